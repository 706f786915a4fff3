import { lint } from '../../helpers/rule-tester.js';
import { applyEdits } from '../../helpers/fix.js';

const ID = 'dockerfile/expose-proto-casing';

describe(ID, () => {
  it('reports a protocol that is not lower-case (BuildKit docs) and lower-cases it', () => {
    const text = 'FROM alpine\nEXPOSE 80/TcP\n';
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 8, endLine: 2, endColumn: 14 });
    expect(out[0].message).toContain("Defined protocol '80/TcP' in EXPOSE instruction should be lowercase");
    expect(applyEdits(text, out[0].fix!.edits)).toBe('FROM alpine\nEXPOSE 80/tcp\n');
  });

  it('accepts lower-case protocols and ports without one (BuildKit docs good example)', () => {
    expect(lint(ID, 'FROM alpine\nEXPOSE 80/tcp 53/udp 8080\n')).toEqual([]);
  });

  it('checks values that come from an ARG, without a fix', () => {
    const out = lint(ID, 'FROM alpine\nARG PORT=80/UDP\nEXPOSE $PORT\n');
    expect(out.map((f) => f.line)).toEqual([3]);
    expect(out[0].fix).toBeUndefined();
  });
});
