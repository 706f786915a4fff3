import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/label-required';

describe(ID, () => {
  it('reports each required label the final image lacks, at the final FROM', () => {
    const text = dedent(`
      FROM debian:12 AS build
      LABEL org.opencontainers.image.source=https://example.com/r
      FROM debian:12
      LABEL org.opencontainers.image.title=app
    `);
    const f = lint(ID, text, {
      labels: ['org.opencontainers.image.title', 'org.opencontainers.image.source'],
    });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 15 });
    expect(f[0].message).toContain('org.opencontainers.image.source');
  });

  it('counts labels set in the stages the final one is built FROM', () => {
    const text = dedent(`
      FROM debian:12 AS base
      LABEL team=core
      FROM base
      LABEL app=x
    `);
    expect(lint(ID, text, { labels: ['team', 'app'] })).toEqual([]);
  });

  it('requires nothing by default', () => {
    expect(lint(ID, 'FROM debian:12\n')).toEqual([]);
  });
});
