import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/dnf-version-pin';

describe(ID, () => {
  it('reports unpinned packages of dnf and microdnf', () => {
    const text = dedent(`
      FROM fedora:40
      RUN dnf install -y tomcat && microdnf install nginx-1.24.0 jq
    `);
    const f = lint(ID, text);
    expect(f.map((x) => [x.line, x.column, x.endColumn])).toEqual([
      [2, 20, 26],
      [2, 60, 62],
    ]);
  });

  it('accepts pinned packages, options with values, and modules with a stream', () => {
    const text = dedent(`
      FROM fedora:40
      RUN dnf --installroot /mnt/rootfs install -y curl-7.76.1-19.el9 --releasever 9 --setopt install_weak_deps=false \\
          && dnf module install -y nginx:1.18 && dnf install -y @development-tools
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('treats a version from a variable as pinned', () => {
    const text = dedent(`
      FROM fedora:40
      ENV NODE_VERSION=20.11.1
      RUN dnf install -y nodejs-\${NODE_VERSION} && dnf install -y "python3-$PY_VERSION"
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('ignores dnf commands that are not installs', () => {
    const text = dedent(`
      FROM fedora:40
      RUN dnf remove -y vim && dnf upgrade -y && dnf clean all
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('does not count a version set by ENV in another stage: ENV does not cross FROM', () => {
    const text = dedent(`
      FROM fedora:40 AS versions
      ENV version=2.43.0
      FROM fedora:40
      RUN dnf install -y git-core-\${version}
    `);
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 4 });
    expect(out[0].message).toContain('set in another stage only');
    // In the same stage, or set by the script itself, the variable pins the version.
    expect(lint(ID, `FROM fedora:40\nENV version=2.43.0\nRUN dnf install -y git-core-\${version}\n`)).toEqual(
      [],
    );
    expect(
      lint(
        ID,
        `FROM fedora:40 AS a\nENV version=1\nFROM fedora:40\nRUN version=2 && dnf install -y git-core-\${version}\n`,
      ),
    ).toEqual([]);
  });
});
