import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/label-git-hash';

describe(ID, () => {
  it('reports a configured label whose value is not a commit hash', () => {
    const text = dedent(`
      FROM debian:12
      LABEL org.opencontainers.image.revision=main
    `);
    const f = lint(ID, text, { labels: ['org.opencontainers.image.revision'] });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 41, endColumn: 45 });
  });

  it('accepts full and abbreviated hashes, SHA-256 and variables; nothing is checked by default', () => {
    const text = dedent(`
      FROM debian:12
      ARG REV
      LABEL a=0123456789abcdef0123456789abcdef01234567 b=abc1234 c=$REV \\
            d=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
    `);
    expect(lint(ID, text, { labels: ['a', 'b', 'c', 'd'] })).toEqual([]);
    expect(lint(ID, 'FROM debian:12\nLABEL org.opencontainers.image.revision=main\n')).toEqual([]);
  });
});
