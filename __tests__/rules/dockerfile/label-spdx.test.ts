import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/label-spdx';

describe(ID, () => {
  it('reports a license label that is not an SPDX expression', () => {
    const text = dedent(`
      FROM debian:12
      LABEL org.opencontainers.image.licenses="Apache License 2.0"
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 41, endColumn: 61 });
  });

  it('accepts identifiers (any case), expressions, exceptions and LicenseRefs', () => {
    for (const v of [
      'MIT',
      'apache-2.0',
      'MIT OR Apache-2.0',
      '(GPL-2.0-only WITH Classpath-exception-2.0) AND BSD-3-Clause',
      'GPL-2.0+',
      'LicenseRef-Proprietary',
      'mit and isc',
    ]) {
      expect(lint(ID, `FROM debian:12\nLABEL org.opencontainers.image.licenses="${v}"\n`)).toEqual([]);
    }
  });

  it('rejects unknown identifiers, dangling operators and bad exceptions', () => {
    for (const v of ['Apache2', 'MIT OR', '(MIT', 'MIT WITH Foo-exception', 'MIT And ISC']) {
      expect(lint(ID, `FROM debian:12\nLABEL org.opencontainers.image.licenses="${v}"\n`)).toHaveLength(1);
    }
  });
});
