import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/label-email';

describe(ID, () => {
  it('reports a configured label whose value is not an e-mail address', () => {
    const text = dedent(`
      FROM debian:12
      LABEL maintainer="John Doe"
    `);
    const f = lint(ID, text, { labels: ['maintainer'] });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 18, endColumn: 28 });
  });

  it('accepts addr-spec and name-addr forms; checks nothing by default', () => {
    const text = dedent(`
      FROM debian:12
      LABEL a=team@example.com b="Jane Doe <jane.doe+docker@mail.example.org>"
    `);
    expect(lint(ID, text, { labels: ['a', 'b'] })).toEqual([]);
    expect(lint(ID, 'FROM debian:12\nLABEL maintainer=nobody\n')).toEqual([]);
  });

  it('rejects addresses without a domain dot or with spaces', () => {
    const text = dedent(`
      FROM debian:12
      LABEL a=me@localhost b="me @example.com"
    `);
    expect(lint(ID, text, { labels: ['a', 'b'] })).toHaveLength(2);
  });
});
