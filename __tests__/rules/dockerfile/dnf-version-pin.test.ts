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
});
