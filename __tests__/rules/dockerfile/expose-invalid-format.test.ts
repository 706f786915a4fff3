import { lint } from '../../helpers/rule-tester.js';
import { applyEdits } from '../../helpers/fix.js';

const ID = 'dockerfile/expose-invalid-format';

describe(ID, () => {
  it('reports an IP address and host-port mapping (BuildKit docs) and keeps the container port', () => {
    const text = 'FROM alpine\nEXPOSE 127.0.0.1:80:80\n';
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 8, endLine: 2, endColumn: 23 });
    expect(out[0].message).toContain(
      "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'",
    );
    expect(applyEdits(text, out[0].fix!.edits)).toBe('FROM alpine\nEXPOSE 80\n');
  });

  it('reports a host-port mapping (BuildKit docs second bad example)', () => {
    const text = 'FROM alpine\nEXPOSE 80:80\n';
    const out = lint(ID, text);
    expect(out.map((f) => f.line)).toEqual([2]);
    expect(applyEdits(text, out[0].fix!.edits)).toBe('FROM alpine\nEXPOSE 80\n');
  });

  it('keeps the protocol and handles IPv6 addresses', () => {
    const text = 'FROM alpine\nEXPOSE [::1]:8080:80/udp 443\n';
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(applyEdits(text, out[0].fix!.edits)).toBe('FROM alpine\nEXPOSE 80/udp 443\n');
  });

  it('accepts plain ports (BuildKit docs good example)', () => {
    expect(lint(ID, 'FROM alpine\nEXPOSE 80\nEXPOSE 8000-8010/tcp\n')).toEqual([]);
  });
});
