import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/label-superfluous';

describe(ID, () => {
  it('reports keys outside the allowed list, at the key', () => {
    const text = dedent(`
      FROM debian:12
      LABEL org.opencontainers.image.title=x owner=me
    `);
    const f = lint(ID, text, { allowed: ['org.opencontainers.image.*'] });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 40, endColumn: 45 });
  });

  it('allows everything when no list is configured', () => {
    const text = dedent(`
      FROM debian:12
      LABEL owner=me
    `);
    expect(lint(ID, text)).toEqual([]);
    expect(lint(ID, text, { allowed: ['owner'] })).toEqual([]);
  });
});
