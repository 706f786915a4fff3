import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/label-empty';

describe(ID, () => {
  it('reports a listed label set to an empty value', () => {
    const text = dedent(`
      FROM debian:12
      LABEL org.opencontainers.image.version="" other=""
    `);
    const f = lint(ID, text, { labels: ['org.opencontainers.image.*'] });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 7 });
    expect(f[0].message).toContain('org.opencontainers.image.version');
  });

  it('accepts values and variables, and checks nothing by default', () => {
    const text = dedent(`
      FROM debian:12
      ARG VERSION
      LABEL version=$VERSION title=x cleared=""
    `);
    expect(lint(ID, text, { labels: ['version', 'title'] })).toEqual([]);
    expect(lint(ID, text)).toEqual([]);
  });
});
