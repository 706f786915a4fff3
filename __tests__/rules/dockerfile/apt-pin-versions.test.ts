import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/apt-pin-versions';

describe(ID, () => {
  it('reports unpinned packages of apt-get install, with the range of the package words', () => {
    const out = lint(ID, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl git=1:2.39.2-1\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 42, endLine: 2, endColumn: 46 });
    expect(out[0].message).toContain('`curl`');
    expect(out[0].message).not.toContain('`git');
  });

  it('spans every unpinned package of one command across continuation lines', () => {
    const out = lint(
      ID,
      dedent(`
        FROM debian:12
        RUN apt-get install -y --no-install-recommends \\
              curl \\
              ca-certificates=20230311 \\
              wget
      `),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 3, column: 7, endLine: 5, endColumn: 11 });
    expect(out[0].message).toMatch(/`curl`, `wget`/);
  });

  it('accepts pinned packages, local .deb files and option values that are not packages', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt-get install -y -t bookworm-backports -o Dpkg::Options::=--force-confold foo=1.0 ./pkg.deb /tmp/x.deb
      RUN apt-get -qq install --no-install-recommends "bar=2.*"
      RUN apt-get update && apt-get upgrade -y
      RUN apt-get install -f
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('counts versions supplied through ARG/ENV as pinned', () => {
    const text = dedent(`
      FROM debian:12
      ARG FOO_VERSION
      ENV BAR_VERSION=2.0
      RUN apt-get install -y foo=\${FOO_VERSION} "bar=$BAR_VERSION"
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('expands package lists from ARG defaults and earlier shell assignments', () => {
    const good = dedent(`
      FROM debian:12
      ARG PKGS="curl=7.88 git=2.39"
      RUN apt-get install -y $PKGS
      RUN deps="python3=3.11.2-1" && apt-get install -y $deps
    `);
    expect(lint(ID, good)).toEqual([]);
    const bad = dedent(`
      FROM debian:12
      ARG PKGS="curl git=2.39"
      RUN apt-get install -y $PKGS
    `);
    const out = lint(ID, bad);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 3, column: 24, endColumn: 29 });
    expect(out[0].message).toContain('`curl`');
  });

  it('gives a variable of unknown value the benefit of the doubt', () => {
    expect(lint(ID, 'FROM debian:12\nARG PKGS\nRUN apt-get install -y $PKGS\n')).toEqual([]);
  });

  it('checks apt install, heredoc scripts and ONBUILD triggers', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt install -y vim
      RUN <<EOF
      set -e
      apt-get install -y nano
      EOF
      ONBUILD RUN apt-get install -y less
    `);
    const out = lint(ID, text);
    expect(out.map((f) => f.line)).toEqual([2, 5, 7]);
    expect(out[1]).toMatchObject({ column: 20, endColumn: 24 });
  });

  it('sees through sudo and env wrappers', () => {
    const out = lint(
      ID,
      'FROM debian:12\nRUN sudo -E env DEBIAN_FRONTEND=noninteractive apt-get install -y jq\n',
    );
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('`jq`');
  });

  it('reads exec-form RUN', () => {
    const out = lint(ID, 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 5, endColumn: 41 });
  });
});
