import { lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/expose-ssh-port';

describe(ID, () => {
  it('reports port 22 with or without a protocol (Trivy DS004, Checkov CKV_DOCKER_1)', () => {
    const out = lint(ID, 'FROM alpine\nEXPOSE 3000 22\nEXPOSE 22/tcp\nEXPOSE 22/udp\n');
    expect(out.map((f) => [f.line, f.column])).toEqual([
      [2, 13],
      [3, 8],
      [4, 8],
    ]);
    expect(out[0].message).toContain('SSH');
  });

  it('reports a range that includes 22 and a port from an ARG', () => {
    expect(lint(ID, 'FROM alpine\nEXPOSE 20-25\n').map((f) => f.line)).toEqual([2]);
    expect(lint(ID, 'FROM alpine\nARG SSH=22\nEXPOSE $SSH\n').map((f) => f.line)).toEqual([3]);
  });

  it('accepts other ports (Trivy test_allowed)', () => {
    expect(lint(ID, 'FROM alpine\nEXPOSE 8080 2222 220\n')).toEqual([]);
  });
});
