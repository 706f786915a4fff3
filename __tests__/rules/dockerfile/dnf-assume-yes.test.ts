import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/dnf-assume-yes';

describe(ID, () => {
  it('reports dnf install without -y with a fix', () => {
    const text = dedent(`
      FROM fedora:40
      RUN dnf install httpd-2.4.59 && dnf clean all
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 5, endLine: 2, endColumn: 16 });
    expect(f[0].fix!.edits[0]).toEqual({
      range: { line: 2, column: 16, endLine: 2, endColumn: 16 },
      text: ' -y',
    });
  });

  it('reports dnf5, tdnf and dnf module install, placing -y after the action', () => {
    const text = dedent(`
      FROM fedora:40
      RUN dnf5 upgrade && tdnf remove x && dnf module install nodejs:20
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(3);
    expect(f[2]).toMatchObject({ line: 2, column: 38, endColumn: 56 });
    expect(f[2].fix!.edits[0].range).toEqual({ line: 2, column: 56, endLine: 2, endColumn: 56 });
  });

  it('accepts -y in any position and --assumeyes', () => {
    const text = dedent(`
      FROM fedora:40
      RUN dnf -y install a-1 && dnf install --assumeyes b-1 && dnf --setopt=install_weak_deps=0 install -qy c-1
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('does not report microdnf, which never asks for confirmation', () => {
    const text = dedent(`
      FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
      RUN microdnf install tar-1.34 && microdnf clean all
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('checks ONBUILD triggers but offers no fix for exec-form words', () => {
    const text = dedent(`
      FROM fedora:40
      ONBUILD RUN dnf install git
      RUN ["dnf", "install", "git"]
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ line: 2, column: 13 });
    expect(f[0].fix).toBeDefined();
    expect(f[1].line).toBe(3);
    expect(f[1].fix).toBeUndefined();
  });
});
