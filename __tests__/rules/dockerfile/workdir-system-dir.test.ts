import { lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/workdir-system-dir';

describe(ID, () => {
  it('reports WORKDIR inside /proc, quoted or not (Trivy DS030 tests)', () => {
    const out = lint(ID, 'FROM alpine:3.5\nRUN apk add --update py2-pip\nWORKDIR /proc/self/fd/1\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 3, column: 9, endLine: 3, endColumn: 24 });
    expect(out[0].message).toContain("WORKDIR path '/proc/self/fd/1' should not mount system directories");
    expect(lint(ID, 'FROM alpine\nWORKDIR "/proc/self/fd/1"\n').map((f) => f.line)).toEqual([2]);
  });

  it('reports /dev, /boot, /sys and the directories themselves, also through an ARG', () => {
    expect(
      lint(ID, 'FROM alpine\nWORKDIR /dev\nWORKDIR /boot/x\nARG D=/sys/kernel\nWORKDIR $D\n').map(
        (f) => f.line,
      ),
    ).toEqual([2, 3, 5]);
  });

  it('accepts other directories, even ones that start like a system directory (Trivy DS030 tests)', () => {
    expect(
      lint(
        ID,
        'FROM alpine\nWORKDIR /path/to/workdir\nWORKDIR /development\nWORKDIR "/path/to/workdir"\nWORKDIR /procfiles\n',
      ),
    ).toEqual([]);
  });
});
