import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/use-workdir';

describe(ID, () => {
  it('reports cd in RUN with the range of the cd command', () => {
    const out = lint(ID, 'FROM debian:12\nRUN cd /usr/src/app && make\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 5, endLine: 2, endColumn: 20 });
    expect(out[0].message).toContain('WORKDIR /usr/src/app');
  });

  it('accepts cd scoped in a subshell or a command substitution', () => {
    const text = dedent(`
      FROM debian:12
      RUN git clone https://x/y /tmp/y && (cd /tmp/y && make install) && rm -rf /tmp/y
      RUN DIR="$(cd "$(dirname x)" && pwd)" && echo "$DIR"
      RUN ( set -e; cd /tmp; ls )
      RUN echo "(" && make
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('reports cd in a brace group or an if body, which leak to later commands', () => {
    const text = dedent(`
      FROM debian:12
      RUN { cd /src; make; }
      RUN if [ -d /src ]; then cd /src; fi; make
      RUN echo "(" && cd /x
    `);
    expect(lint(ID, text).map((f) => [f.line, f.column])).toEqual([
      [2, 7],
      [3, 26],
      [4, 17],
    ]);
  });

  it('checks heredoc scripts and ONBUILD', () => {
    const text = dedent(`
      FROM debian:12
      RUN <<EOF
      cd /src
      (cd /other && make)
      EOF
      ONBUILD RUN cd /app && npm ci
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([3, 6]);
  });
});
