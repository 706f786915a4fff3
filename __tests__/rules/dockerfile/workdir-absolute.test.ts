import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/workdir-absolute';

describe(ID, () => {
  it('reports a relative WORKDIR with the range of its path', () => {
    const out = lint(ID, 'FROM debian:12\nWORKDIR app/src\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 9, endLine: 2, endColumn: 16 });
    expect(out[0].message).toContain('WORKDIR /app/src');
  });

  it('reports quoted relative paths and relative paths after variable expansion', () => {
    const text = dedent(`
      FROM debian:12
      WORKDIR "var/lib"
      ARG DIR=srv
      WORKDIR $DIR/app
      ONBUILD WORKDIR build
    `);
    expect(lint(ID, text).map((f) => [f.line, f.column])).toEqual([
      [2, 9],
      [4, 9],
      [5, 17],
    ]);
  });

  it('accepts absolute, quoted, variable and Windows paths', () => {
    const text = dedent(`
      FROM debian:12
      WORKDIR /app
      WORKDIR "/usr/src"
      WORKDIR '/usr/local'
      ENV HOME_DIR=/home/app
      WORKDIR \${HOME_DIR}/work
      ARG UNKNOWN
      WORKDIR $UNKNOWN/x
      WORKDIR C:\\\\app
      WORKDIR c:/app
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
