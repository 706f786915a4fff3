import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/zypper-version-pin';

describe(ID, () => {
  it('reports unpinned packages', () => {
    const text = dedent(`
      FROM opensuse/leap:15.6
      RUN zypper -n install httpd 'vim>=9' && zypper clean
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 23, endColumn: 28 });
    expect(f[0].message).toContain('httpd=<version>');
  });

  it('accepts =, >=, <, .rpm files and versions from variables', () => {
    const text = dedent(`
      FROM opensuse/leap:15.6
      ARG GIT_VERSION
      RUN zypper -n in a=1.0 'b>=2' 'c<3' /tmp/d.rpm git=\${GIT_VERSION}
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('ignores patterns and other non-package types', () => {
    const text = dedent(`
      FROM opensuse/leap:15.6
      RUN zypper -n in -t pattern devel_basis
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('checks ONBUILD triggers', () => {
    const text = dedent(`
      FROM opensuse/leap:15.6
      ONBUILD RUN zypper -n in git
    `);
    expect(lint(ID, text)[0]).toMatchObject({ line: 2, column: 26 });
  });
});
