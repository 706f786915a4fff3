/**
 * gzip inflated synchronously into one reused output buffer (issue 15, item 4: peak RSS of gzip
 * layers).
 *
 * A zlib stream (`zlib.createGunzip()`) allocates a new output buffer for every `chunkSize` bytes it
 * produces. The file index reads each one and drops it at once, but V8 frees their memory only at its
 * next garbage collection, which small JS heaps make rare: about 30 MB of dead buffers were alive at
 * the peak of a 2 GB gzip image (106 MB peak RSS, against 68 MB for the same image uncompressed).
 * Smaller chunks leave fewer dead bytes but cost ~30 % more CPU in stream overhead.
 *
 * Here the zlib handle under a Gunzip stream is driven directly with `writeSync`, the call Node's own
 * `zlib.gunzipSync` makes: the output goes into one buffer, reused for every piece, and each piece is
 * handed to a callback before the next is inflated. Nothing is allocated per piece, and inflating runs
 * on the calling thread (CPU time is the same; it no longer overlaps with hashing on another core).
 * The handle is not public API: when a runtime's Gunzip has no such handle, `SyncGunzip.create`
 * returns null and the caller uses the stream.
 */
import { types } from 'node:util';
import zlib from 'node:zlib';

/** Bytes inflated per piece (the reused output buffer). */
export const INFLATE_PIECE = 256 * 1024;

interface ZlibHandle {
  writeSync(
    flush: number,
    input: Uint8Array,
    inOff: number,
    inLen: number,
    out: Uint8Array,
    outOff: number,
    outLen: number,
  ): void;
}

/** The output buffer, shared: pieces are handed over synchronously and never kept. */
let shared: Buffer | null = null;

export class SyncGunzip {
  private readonly out: Buffer;

  private constructor(
    private readonly stream: zlib.Gunzip,
    private readonly handle: ZlibHandle,
    /** [output bytes left, input bytes left] after each writeSync. */
    private readonly state: Uint32Array,
  ) {
    this.out = shared ??= Buffer.allocUnsafeSlow(INFLATE_PIECE);
    // zlib errors also destroy the stream, which emits them on the next tick: `errored` has them now.
    stream.on('error', () => {});
  }

  /** A gunzip driven synchronously, or null when this runtime's zlib does not expose its handle. */
  static create(): SyncGunzip | null {
    const stream = zlib.createGunzip();
    const inner = stream as unknown as { _handle?: Partial<ZlibHandle> | null; _writeState?: unknown };
    const handle = inner._handle;
    const state = inner._writeState;
    if (
      !handle ||
      typeof handle.writeSync !== 'function' ||
      !types.isUint32Array(state) ||
      state.length < 2
    ) {
      stream.destroy();
      return null;
    }
    return new SyncGunzip(stream, handle as ZlibHandle, state);
  }

  /**
   * Inflates `input`, handing each piece of output to `sink` (valid until `sink` returns; `sink`
   * returns false to stop). Returns the zlib error that stopped it, if any.
   */
  write(input: Uint8Array, sink: (piece: Uint8Array) => boolean): Error | null {
    return this.run(zlib.constants.Z_NO_FLUSH, input, sink);
  }

  /** Ends the stream (a truncated one is an error: `unexpected end of file`) and frees zlib's state. */
  end(sink: (piece: Uint8Array) => boolean): Error | null {
    const e = this.run(zlib.constants.Z_FINISH, new Uint8Array(0), sink);
    this.close();
    return e;
  }

  /** Frees zlib's state without finishing (stopped at a limit). */
  close(): void {
    if (!this.stream.destroyed) this.stream.destroy();
  }

  private run(flush: number, input: Uint8Array, sink: (piece: Uint8Array) => boolean): Error | null {
    const out = this.out;
    let off = 0;
    let left = input.length;
    for (;;) {
      if (this.stream.destroyed) return this.stream.errored ?? new Error('the stream was closed');
      this.handle.writeSync(flush, input, off, left, out, 0, out.length);
      if (this.stream.errored) return this.stream.errored;
      const outLeft = this.state[0];
      const inLeft = this.state[1];
      const have = out.length - outLeft;
      off += left - inLeft;
      left = inLeft;
      if (have > 0 && !sink(out.subarray(0, have))) return null;
      // Output space left over: zlib has consumed all it could of the input.
      if (outLeft !== 0) return null;
    }
  }
}
