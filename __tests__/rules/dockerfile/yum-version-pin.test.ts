import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/yum-version-pin';

describe(ID, () => {
  it('reports each unpinned package at its position', () => {
    const text = dedent(`
      FROM centos:7
      RUN yum install -y httpd python3-pip openssl-1.0.2k && yum clean all
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ line: 2, column: 20, endLine: 2, endColumn: 25 });
    expect(f[0].message).toContain('httpd-<version>');
    expect(f[1]).toMatchObject({ column: 26, endColumn: 37 });
  });

  it('accepts name-version, epochs, releases, .rpm files and URLs', () => {
    const text = dedent(`
      FROM centos:7
      RUN yum install -y httpd-2.4.6 java-11-openjdk-11.0.20-1.el7 bash-0:4.2.46-35.el7_9 /tmp/x.rpm \\
          https://example.com/y-1.rpm && yum clean all
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('treats versions from ARG and ENV as pinned, and checks what an ARG default says', () => {
    const text = dedent(`
      FROM centos:7
      ARG HTTPD_VERSION
      ARG PKGS="git-2.9.0 curl"
      RUN yum install -y httpd-\${HTTPD_VERSION} $PKGS
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('curl');
    expect(f[0]).toMatchObject({ line: 4, column: 43, endColumn: 48 });
  });

  it('wants a stream for modules and ignores groups and local installs', () => {
    const text = dedent(`
      FROM centos:8
      RUN yum module install -y nodejs:14 && yum groupinstall -y "Development Tools" && yum localinstall -y x.rpm
      RUN yum module install -y nodejs
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0].line).toBe(3);
    expect(f[0].message).toContain('nodejs:<stream>');
  });

  it('checks ONBUILD triggers and skips options with values', () => {
    const text = dedent(`
      FROM centos:7
      ONBUILD RUN yum --enablerepo epel install -y jq
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 46, endColumn: 48 });
  });

  it('does not count a version set by ENV in another stage: ENV does not cross FROM', () => {
    const text = dedent(`
      FROM centos:7 AS versions
      ENV version=2.43.0
      FROM centos:7
      RUN yum install -y git-core-\${version}
    `);
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 4 });
    expect(out[0].message).toContain('set in another stage only');
    // In the same stage, or set by the script itself, the variable pins the version.
    expect(lint(ID, `FROM centos:7\nENV version=2.43.0\nRUN yum install -y git-core-\${version}\n`)).toEqual(
      [],
    );
    expect(
      lint(
        ID,
        `FROM centos:7 AS a\nENV version=1\nFROM centos:7\nRUN version=2 && yum install -y git-core-\${version}\n`,
      ),
    ).toEqual([]);
  });
});
