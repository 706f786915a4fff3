import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/label-semver';

describe(ID, () => {
  it('reports a configured version label that is not a semantic version', () => {
    const text = dedent(`
      FROM debian:12
      LABEL org.opencontainers.image.version=1.2
    `);
    const f = lint(ID, text, { labels: ['org.opencontainers.image.version'] });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 40, endColumn: 43 });
  });

  it('accepts semantic versions with pre-release and build parts', () => {
    const text = dedent(`
      FROM debian:12
      LABEL a=1.2.3 b=2.0.0-rc.1 c=1.0.0-alpha+001 d=10.20.30
    `);
    expect(lint(ID, text, { labels: ['a', 'b', 'c', 'd'] })).toEqual([]);
  });

  it('rejects leading zeros and a v prefix unless allowed', () => {
    const text = dedent(`
      FROM debian:12
      LABEL a=01.2.3 b=v1.2.3
    `);
    expect(lint(ID, text, { labels: ['a', 'b'] })).toHaveLength(2);
    expect(lint(ID, text, { labels: ['a', 'b'], allowPrefixV: true })).toHaveLength(1);
  });
});
