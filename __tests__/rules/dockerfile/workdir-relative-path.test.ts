import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/workdir-relative-path';

describe(ID, () => {
  it('reports a first WORKDIR that is relative (BuildKit docs and testWorkdirRelativePath)', () => {
    const out = lint(ID, '\nFROM scratch\nWORKDIR app/\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 3, column: 9, endLine: 3, endColumn: 13 });
    expect(out[0].message).toContain(
      'Relative workdir "app/" can have unexpected results if the base image changes',
    );
    expect(lint(ID, 'FROM alpine\nWORKDIR usr/src/app\n').map((f) => f.line)).toEqual([2]);
  });

  it('accepts an absolute WORKDIR first, then relative ones (BuildKit docs good example)', () => {
    expect(lint(ID, 'FROM alpine\nWORKDIR /usr/src/app\n')).toEqual([]);
    expect(lint(ID, 'FROM alpine\nWORKDIR /usr/src\nWORKDIR app\n')).toEqual([]);
  });

  it('accepts a relative WORKDIR in a stage built on a stage that set one', () => {
    const text = dedent(`
      FROM scratch AS a
      WORKDIR /app

      FROM a AS b
      WORKDIR subdir/
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('reports only the first of several relative WORKDIRs (fixing it fixes the rest)', () => {
    expect(lint(ID, 'FROM alpine\nWORKDIR a\nWORKDIR b\n').map((f) => f.line)).toEqual([2]);
  });

  it('expands variables, and gives a path that starts with an unknown variable the benefit of the doubt', () => {
    expect(lint(ID, 'FROM alpine\nARG DIR=/srv\nWORKDIR $DIR/app\n')).toEqual([]);
    expect(lint(ID, 'FROM alpine\nARG DIR=srv\nWORKDIR $DIR/app\n').map((f) => f.line)).toEqual([3]);
    expect(lint(ID, 'FROM alpine\nARG DIR\nWORKDIR $DIR/app\n')).toEqual([]);
    expect(lint(ID, 'FROM mcr.microsoft.com/windows/servercore\nWORKDIR C:\\\\app\n')).toEqual([]);
  });
});
