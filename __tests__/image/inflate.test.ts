import { randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { INFLATE_PIECE, SyncGunzip } from '../../src/targets/image/inflate.js';

/** Inflates `gz` fed in `step`-byte chunks; returns the output, the pieces' buffers and any error. */
function inflate(gz: Uint8Array, step: number) {
  const g = SyncGunzip.create();
  if (!g) throw new Error('this runtime has no zlib handle to drive (the stream is used instead)');
  const parts: Buffer[] = [];
  const memory = new Set<ArrayBufferLike>();
  const sink = (piece: Uint8Array) => {
    memory.add(piece.buffer);
    parts.push(Buffer.from(piece)); // a copy: the piece is overwritten by the next one
    return true;
  };
  let error: Error | null = null;
  for (let i = 0; i < gz.length && !error; i += step) error = g.write(gz.subarray(i, i + step), sink);
  error ??= g.end(sink);
  return { out: Buffer.concat(parts), pieces: parts.length, memory, error };
}

describe('SyncGunzip', () => {
  const data = Buffer.concat(
    [randomBytes(3 * INFLATE_PIECE).toString('base64'), 'tail'].map((s) => Buffer.from(s)),
  );
  const gz = gzipSync(data);

  it('inflates what gunzip inflates, whatever the input chunks, into one reused buffer', () => {
    for (const step of [1000, 65536, gz.length]) {
      const r = inflate(gz, step);
      expect(r.error).toBeNull();
      expect(r.out.equals(gunzipSync(gz))).toBe(true);
      // Every piece is a view of the same memory: no buffer is allocated per piece.
      expect(r.pieces).toBeGreaterThanOrEqual(Math.ceil(data.length / INFLATE_PIECE));
      expect(r.memory.size).toBe(1);
    }
  });

  it('reads concatenated gzip members as one stream, as gunzip does', () => {
    const r = inflate(Buffer.concat([gz, gzipSync(Buffer.from('second member'))]), 4096);
    expect(r.error).toBeNull();
    expect(r.out.toString('latin1').endsWith('tailsecond member')).toBe(true);
  });

  it('returns the error of a truncated or corrupt stream', () => {
    expect(inflate(gz.subarray(0, gz.length - 100), 4096).error?.message).toBe('unexpected end of file');
    const bad = Buffer.from(gz);
    bad[20] ^= 0xff;
    expect(inflate(bad, 4096).error?.message).toMatch(/invalid|incorrect|unknown/);
  });

  it('stops when the sink says so', () => {
    const g = SyncGunzip.create()!;
    let pieces = 0;
    expect(g.write(gz, () => ++pieces < 2)).toBeNull();
    expect(pieces).toBe(2);
    g.close();
  });
});
