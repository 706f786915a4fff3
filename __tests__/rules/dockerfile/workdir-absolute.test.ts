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

describe(`${ID}: the hint resolves against the WORKDIR in effect`, () => {
  it('suggests /src/tools/gopls for WORKDIR tools/gopls after WORKDIR /src (golang/tools shape)', () => {
    const out = lint(ID, 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nWORKDIR tools/gopls\nRUN go build\n');
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('e.g. WORKDIR /src/tools/gopls.');
  });

  it('normalises ./ and ../ instead of writing /./../..', () => {
    const out = lint(ID, 'FROM alpine\nWORKDIR /a/b/c\nWORKDIR ./../../d\n');
    expect(out[0].message).toContain('e.g. WORKDIR /a/d.');
    expect(out[0].message).not.toContain('/./');
    // Through a parent stage, and from / when nothing set one.
    const chained = lint(ID, 'FROM alpine AS base\nWORKDIR /opt\nFROM base\nWORKDIR app\n');
    expect(chained[0].message).toContain('e.g. WORKDIR /opt/app.');
    expect(lint(ID, 'FROM alpine\nWORKDIR app\n')[0].message).toContain('e.g. WORKDIR /app.');
  });
});
