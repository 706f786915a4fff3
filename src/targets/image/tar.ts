/**
 * A push parser for tar streams (POSIX ustar, pax extended headers, GNU long names, base-256
 * numbers), written for reading image layers at the speed of the disk: chunks go in as they arrive,
 * entry headers and content slices come out through synchronous callbacks, and nothing but the
 * current header (and a bounded pax/long-name record) is ever buffered. Content is handed over as
 * sub-arrays of the input chunk, never copied.
 *
 * Names are data, never file-system paths: nothing here or in its callers opens a file by an entry
 * name.
 */

export type TarEntryType = 'file' | 'hardlink' | 'symlink' | 'char' | 'block' | 'dir' | 'fifo' | 'other';

export interface TarHeader {
  /** The name as stored (pax `path` / GNU long name applied), not normalised. */
  name: string;
  type: TarEntryType;
  /** The raw type flag character. */
  flag: string;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  linkname: string;
  /** Offset of the header in the tar stream. */
  offset: number;
}

export interface TarEntrySink {
  /**
   * Content bytes `chunk[start, end)` (the range, not a sub-array: most sinks read a few bytes or
   * none, and a sub-array per entry costs more than reading its header). Valid until it returns.
   */
  content?(chunk: Uint8Array, start: number, end: number): void;
  end?(): void;
}

export interface TarLimits {
  /** Longest name (bytes) accepted; longer entries are reported and skipped. */
  maxNameLength: number;
  /** Largest pax header or GNU long-name record buffered. */
  maxRecordBytes: number;
}

export const DEFAULT_TAR_LIMITS: TarLimits = { maxNameLength: 4096, maxRecordBytes: 1 << 20 };

/** Returned by `TarCallbacks.plainEntry`: decode the header and call `entry` instead. */
export const TAR_DECODE: unique symbol = Symbol('decode the header');

/** Bytes of the longest name a plain header holds: prefix (155), `/`, name (100). */
export const PLAIN_NAME_MAX = 256;

export interface TarCallbacks {
  /** Called for each entry; return a sink to receive its content (or nothing to skip it). */
  entry(header: TarHeader): TarEntrySink | void;
  /**
   * The fast path of an entry with a plain header (no pax or GNU long-name record before it: its
   * name is in the header, at most PLAIN_NAME_MAX bytes), called instead of `entry` when set and the
   * name limit is at least PLAIN_NAME_MAX: it reads what it needs from the header block
   * `block[at, at + 512)` (valid until it returns; `plainName`, `tarNumber`, `tarString`), with no
   * TarHeader and no strings made. `size` is the content size, as `TarHeader.size`. The bytes of
   * `block` past the header, when it has any, are the stream's next bytes: the start of the entry's
   * content (the header is read in place from the chunk written). Returns a sink as `entry` does, or
   * TAR_DECODE to have `entry` called with the decoded header instead.
   */
  plainEntry?(
    block: Buffer,
    at: number,
    type: TarEntryType,
    size: number,
  ): TarEntrySink | void | typeof TAR_DECODE;
  /** A problem that does not stop the parse (an over-long name); the entry is skipped. */
  warning?(message: string): void;
}

/** A tar block: the size of a header, and the unit an entry's content is padded to. */
export const TAR_BLOCK = 512;

const decoder = new TextDecoder('utf-8');

/** A NUL-terminated field: ASCII (most names) made by Buffer's latin1 decoding, else decoded as UTF-8. */
function cstring(buf: Buffer, start: number, len: number): string {
  let end = start;
  const max = start + len;
  let ascii = true;
  for (; end < max; end++) {
    const c = buf[end];
    if (c === 0) break;
    if (c > 0x7f) ascii = false;
  }
  if (ascii) return buf.toString('latin1', start, end);
  return decoder.decode(buf.subarray(start, end));
}

/** A NUL-terminated field of a header (`tarString(block, at + 157, 100)`: the link name). */
export const tarString = cstring;

/** The POSIX magic (`ustar` and a NUL; old GNU tars have `ustar ` and keep other fields in the prefix). */
function isPosixUstar(buf: Uint8Array, at: number): boolean {
  return (
    buf[at + 257] === 0x75 &&
    buf[at + 258] === 0x73 &&
    buf[at + 259] === 0x74 &&
    buf[at + 260] === 0x61 &&
    buf[at + 261] === 0x72 &&
    buf[at + 262] === 0
  );
}

/** Octal (with spaces/NULs) or GNU base-256 (high bit of the first byte set). NaN when invalid. */
function readNumber(buf: Uint8Array, start: number, len: number): number {
  if (buf[start] & 0x80) {
    // Base-256: big-endian two's complement; we only accept non-negative values.
    if (buf[start] & 0x40) return NaN;
    let v = buf[start] & 0x3f;
    for (let i = start + 1; i < start + len; i++) v = v * 256 + buf[i];
    return v;
  }
  let i = start;
  const end = start + len;
  while (i < end && (buf[i] === 0x20 || buf[i] === 0)) i++;
  let v = 0;
  let digits = 0;
  for (; i < end; i++) {
    const c = buf[i];
    if (c === 0 || c === 0x20) break;
    if (c < 0x30 || c > 0x37) return NaN;
    v = v * 8 + (c - 0x30);
    digits++;
  }
  return digits === 0 ? 0 : v;
}

/** A number field of a header (`tarNumber(block, at + 100, 8)`: the mode); NaN when invalid. */
export const tarNumber = readNumber;

/**
 * The name of the plain header at `at` of `block` (the POSIX prefix, a `/` and the name field),
 * copied to `out` (PLAIN_NAME_MAX bytes at least); returns its length, or -1 when a byte is not
 * ASCII (UTF-8 names are decoded by the slow path).
 */
export function plainName(block: Uint8Array, at: number, out: Uint8Array): number {
  let n = 0;
  let high = 0;
  // POSIX ustar prefix (not the old GNU format, which keeps other fields there).
  if (block[at + 345] !== 0 && isPosixUstar(block, at)) {
    for (let i = at + 345; i < at + 500; i++) {
      const c = block[i];
      if (c === 0) break;
      high |= c;
      out[n++] = c;
    }
    out[n++] = 0x2f;
  }
  for (let i = at; i < at + 100; i++) {
    const c = block[i];
    if (c === 0) break;
    high |= c;
    out[n++] = c;
  }
  return high & 0x80 ? -1 : n;
}

/**
 * A chunk's bytes read four at a time: `words` over its buffer from the 4-aligned byte at or before
 * its start (`shift` bytes before it), for the headers at an aligned offset (every header of a
 * plain tar read from a file: plain indexed loads, fast before the JIT has optimised anything too),
 * and a DataView for the others (inflated pieces end anywhere).
 */
class Words {
  readonly words: Uint32Array;
  readonly shift: number;
  private dataView: DataView | null = null;

  constructor(private readonly buf: Uint8Array) {
    this.shift = buf.byteOffset & 3;
    const base = buf.byteOffset - this.shift;
    this.words = new Uint32Array(buf.buffer, base, (buf.byteOffset + buf.byteLength - base) >>> 2);
  }

  get view(): DataView {
    return (this.dataView ??= new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength));
  }
}

/**
 * The header at `at` of `buf` (`words` over the same bytes) has a valid checksum. Hot: once per
 * entry. The unsigned sum adds four bytes per step (two 16-bit lanes of even and of odd bytes,
 * which 126 words cannot overflow: the lanes of a big-endian word are swapped, which the sum of
 * all four does not mind); the signed sum (old tars) only when the unsigned one is wrong.
 */
function checksumOk(buf: Uint8Array, words: Words, at: number): boolean {
  const stored = readNumber(buf, at + 148, 8);
  if (Number.isNaN(stored)) return false;
  let even = 0;
  let odd = 0;
  if (((words.shift + at) & 3) === 0) {
    const w32 = words.words;
    const w0 = (words.shift + at) >>> 2;
    // Words 0-36 (bytes 0-147) and 39-127 (bytes 156-511): the checksum field (148-155) left out.
    for (let i = w0; i < w0 + 37; i++) {
      const w = w32[i];
      even += w & 0x00ff00ff;
      odd += (w >>> 8) & 0x00ff00ff;
    }
    for (let i = w0 + 39; i < w0 + 128; i++) {
      const w = w32[i];
      even += w & 0x00ff00ff;
      odd += (w >>> 8) & 0x00ff00ff;
    }
  } else {
    const view = words.view;
    for (let i = at; i < at + 148; i += 4) {
      const w = view.getUint32(i, true);
      even += w & 0x00ff00ff;
      odd += (w >>> 8) & 0x00ff00ff;
    }
    for (let i = at + 156; i < at + TAR_BLOCK; i += 4) {
      const w = view.getUint32(i, true);
      even += w & 0x00ff00ff;
      odd += (w >>> 8) & 0x00ff00ff;
    }
  }
  // The checksum field itself counts as 8 spaces.
  const unsigned = 8 * 0x20 + (even & 0xffff) + (even >>> 16) + (odd & 0xffff) + (odd >>> 16);
  if (stored === unsigned) return true;
  let signed = 8 * 0x20;
  for (let i = 0; i < TAR_BLOCK; i++) {
    if (i >= 148 && i < 156) continue;
    const b = buf[at + i];
    signed += b > 127 ? b - 256 : b;
  }
  return stored === signed;
}

function isZeroBlock(buf: Uint8Array, at: number): boolean {
  for (let i = at; i < at + TAR_BLOCK; i++) if (buf[i] !== 0) return false;
  return true;
}

/** Whether a 512-byte block is a valid tar header (or the all-zero end block of an empty tar). */
export function looksLikeTar(head: Uint8Array): boolean {
  if (head.length < TAR_BLOCK) return false;
  return isZeroBlock(head, 0) || checksumOk(head, new Words(head), 0);
}

/** Entry types by type flag byte (`other` for the flags not listed). */
const TYPES: TarEntryType[] = new Array<TarEntryType>(256).fill('other');
for (const [flag, type] of [
  ['0', 'file'],
  ['\0', 'file'],
  ['7', 'file'],
  ['S', 'file'],
  ['1', 'hardlink'],
  ['2', 'symlink'],
  ['3', 'char'],
  ['4', 'block'],
  ['5', 'dir'],
  ['6', 'fifo'],
] as const)
  TYPES[flag.charCodeAt(0)] = type;

/** Parses pax records `"%d %s=%s\n"`. */
function parsePax(buf: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < buf.length) {
    let j = i;
    while (j < buf.length && buf[j] !== 0x20) j++;
    const len = parseInt(decoder.decode(buf.subarray(i, j)), 10);
    if (!Number.isFinite(len) || len <= 0 || i + len > buf.length) break;
    const record = decoder.decode(buf.subarray(j + 1, i + len - 1));
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    i += len;
  }
  return out;
}

type State = 'header' | 'data' | 'record' | 'padding' | 'done' | 'failed';

export class TarParser {
  private state: State = 'header';
  /** A header split across chunks, put together. */
  private readonly header = Buffer.alloc(TAR_BLOCK);
  private readonly headerWords = new Words(this.header);
  private headerFill = 0;
  /** Bytes of content left in the current entry. */
  private remaining = 0;
  /** Padding bytes left after the current entry's content. */
  private pad = 0;
  private sink: TarEntrySink | void = undefined;
  private record: Uint8Array | null = null;
  private recordFill = 0;
  private recordKind = '';
  private pax = new Map<string, string>();
  private longName: string | null = null;
  private longLink: string | null = null;
  /** Offset in the stream of the next byte to be consumed. */
  offset = 0;
  /** Why the parse stopped early; null while all is well. */
  error: string | null = null;
  entries = 0;

  constructor(
    private readonly cb: TarCallbacks,
    private readonly limits: TarLimits = DEFAULT_TAR_LIMITS,
  ) {}

  get finished(): boolean {
    return this.state === 'done';
  }

  write(input: Uint8Array): void {
    // Fields are decoded with Buffer methods: a plain Uint8Array is viewed as one (no copy).
    const chunk = Buffer.isBuffer(input)
      ? input
      : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    let words: Words | null = null;
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      switch (this.state) {
        case 'done':
        case 'failed':
          this.offset += n - i;
          return;
        case 'header': {
          const take = Math.min(TAR_BLOCK - this.headerFill, n - i);
          if (take === TAR_BLOCK) {
            // Whole header in this chunk: parse it in place.
            words ??= new Words(chunk);
            if (this.cb.plainEntry !== undefined) {
              i = this.plainRun(chunk, words, i);
              break;
            }
            this.onHeader(chunk, words, i, this.offset);
          } else {
            this.header.set(chunk.subarray(i, i + take), this.headerFill);
            this.headerFill += take;
            if (this.headerFill === TAR_BLOCK) {
              this.headerFill = 0;
              // The header began TAR_BLOCK - take bytes before this chunk's part of it.
              this.onHeader(this.header, this.headerWords, 0, this.offset + take - TAR_BLOCK);
            }
          }
          i += take;
          this.offset += take;
          break;
        }
        case 'data': {
          const take = Math.min(this.remaining, n - i);
          if (take > 0 && this.sink && this.sink.content) this.sink.content(chunk, i, i + take);
          this.remaining -= take;
          i += take;
          this.offset += take;
          if (this.remaining === 0) this.finishEntry();
          break;
        }
        case 'record': {
          const take = Math.min(this.remaining, n - i);
          if (this.record) this.record.set(chunk.subarray(i, i + take), this.recordFill);
          this.recordFill += take;
          this.remaining -= take;
          i += take;
          this.offset += take;
          if (this.remaining === 0) this.finishRecord();
          break;
        }
        case 'padding': {
          const take = Math.min(this.pad, n - i);
          this.pad -= take;
          i += take;
          this.offset += take;
          if (this.pad === 0) this.state = 'header';
          break;
        }
      }
    }
  }

  /**
   * The entries of a layer tar whose headers start at `i` of `chunk` (whole), one after the other in
   * one loop, for as long as each entry needs no sink and its content and padding are in this chunk
   * too (most small files: no `data` and `padding` passes through `write`); returns where it
   * stopped, with the state of the entry it stopped in. Its own method, called only by parsers with
   * a `plainEntry` callback: its type feedback is that of layer entries alone, not mixed with the
   * archive's (an image archive's own entries go through `write` too).
   */
  private plainRun(chunk: Buffer, words: Words, i: number): number {
    const n = chunk.length;
    do {
      this.onHeader(chunk, words, i, this.offset);
      i += TAR_BLOCK;
      this.offset += TAR_BLOCK;
      if (this.state !== 'header') {
        // Content no sink reads, and its padding, all here: skipped at once (`data` and `padding` do the same).
        if (this.state !== 'data' || this.sink !== undefined) return i;
        const skip = this.remaining + this.pad;
        if (skip > n - i) return i;
        i += skip;
        this.offset += skip;
        this.remaining = 0;
        this.pad = 0;
        this.state = 'header';
      }
    } while (i + TAR_BLOCK <= n);
    return i;
  }

  /** Call at end of input: reports a truncated archive. */
  end(): void {
    if (this.state === 'done' || this.state === 'failed') return;
    if (this.state === 'header' && this.headerFill === 0) {
      // No end-of-archive blocks: tolerated (many writers omit them), the entries read stand.
      this.state = 'done';
      return;
    }
    if (this.state === 'data' && this.sink && this.sink.end) this.sink.end();
    this.sink = undefined;
    this.fail(`the tar stream ends in the middle of an entry (at byte ${this.offset})`);
  }

  private fail(message: string) {
    this.error = message;
    this.state = 'failed';
  }

  /** The header at `at` of `block` (`words` over the same bytes), at `offset` in the stream. */
  private onHeader(block: Buffer, words: Words, at: number, offset: number) {
    // The checksum field of a header is never all zeros: its first byte says most headers are not.
    if (block[at + 148] === 0 && isZeroBlock(block, at)) {
      this.state = 'done';
      return;
    }
    if (!checksumOk(block, words, at)) {
      this.fail(`not a valid tar header at byte ${offset} (bad checksum)`);
      return;
    }
    const code = block[at + 156];
    const size = readNumber(block, at + 124, 12);
    if (!Number.isFinite(size) || size < 0) {
      this.fail(`invalid entry size in the tar header at byte ${offset}`);
      return;
    }
    const padded = Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;
    // x, g: pax headers; L, K: GNU long name and long link name.
    if (code === 0x78 || code === 0x67 || code === 0x4c || code === 0x4b) {
      const flag = String.fromCharCode(code);
      this.recordKind = flag;
      this.remaining = size;
      this.pad = padded - size;
      this.recordFill = 0;
      if (size > this.limits.maxRecordBytes) {
        this.cb.warning?.(
          `a ${flag === 'x' || flag === 'g' ? 'pax header' : 'GNU long name'} of ${size} bytes at byte ${offset} exceeds the limit of ${this.limits.maxRecordBytes}; ignored`,
        );
        this.record = null;
      } else {
        this.record = new Uint8Array(size);
      }
      if (size === 0) this.finishRecord();
      else this.state = 'record';
      return;
    }
    const type = TYPES[code];
    if (
      this.cb.plainEntry !== undefined &&
      this.pax.size === 0 &&
      this.longName === null &&
      this.longLink === null &&
      this.limits.maxNameLength >= PLAIN_NAME_MAX
    ) {
      // Only regular files (and unknown types) carry content; a hardlink's size field is ignored.
      const contentSize = type === 'file' || type === 'other' ? size : 0;
      const sink = this.cb.plainEntry(block, at, type, contentSize);
      if (sink !== TAR_DECODE) {
        this.entries++;
        this.startContent(sink, contentSize);
        return;
      }
    }
    this.decoded(block, at, offset, code, type, size);
  }

  /** An entry whose header is decoded into a TarHeader for `entry`. */
  private decoded(block: Buffer, at: number, offset: number, code: number, type: TarEntryType, size: number) {
    const flag = String.fromCharCode(code);
    let name = cstring(block, at, 100);
    // POSIX ustar prefix (not the old GNU format, which keeps other fields there).
    if (block[at + 345] !== 0 && isPosixUstar(block, at)) name = cstring(block, at + 345, 155) + '/' + name;
    let linkname = block[at + 157] === 0 ? '' : cstring(block, at + 157, 100);
    let entrySize = size;
    let uid = readNumber(block, at + 108, 8);
    let gid = readNumber(block, at + 116, 8);
    if (this.longName !== null) name = this.longName;
    if (this.longLink !== null) linkname = this.longLink;
    const pax = this.pax;
    if (pax.size > 0) {
      const p = pax.get('path');
      if (p !== undefined) name = p;
      const l = pax.get('linkpath');
      if (l !== undefined) linkname = l;
      const s = pax.get('size');
      if (s !== undefined && /^\d+$/.test(s)) entrySize = Number(s);
      const u = pax.get('uid');
      if (u !== undefined && /^\d+$/.test(u)) uid = Number(u);
      const g = pax.get('gid');
      if (g !== undefined && /^\d+$/.test(g)) gid = Number(g);
    }
    if (pax.size > 0) this.pax = new Map();
    this.longName = null;
    this.longLink = null;
    // Only regular files (and unknown types) carry content; a hardlink's size field is ignored.
    const contentSize = type === 'file' || type === 'other' ? entrySize : 0;
    this.entries++;
    let sink: TarEntrySink | void = undefined;
    // A UTF-16 code unit is at most 3 UTF-8 bytes: most names need no counting.
    const max = this.limits.maxNameLength;
    if (
      (name.length * 3 > max && Buffer.byteLength(name) > max) ||
      (linkname.length * 3 > max && Buffer.byteLength(linkname) > max)
    ) {
      this.cb.warning?.(
        `an entry name of ${Buffer.byteLength(name)} bytes at byte ${offset} exceeds the limit of ${this.limits.maxNameLength}; entry skipped`,
      );
    } else {
      sink = this.cb.entry({
        name,
        type,
        flag,
        size: contentSize,
        mode: readNumber(block, at + 100, 8) || 0,
        uid: Number.isFinite(uid) ? uid : 0,
        gid: Number.isFinite(gid) ? gid : 0,
        linkname,
        offset,
      });
    }
    this.startContent(sink, contentSize);
  }

  private startContent(sink: TarEntrySink | void, contentSize: number) {
    this.sink = sink;
    this.remaining = contentSize;
    this.pad = Math.ceil(contentSize / TAR_BLOCK) * TAR_BLOCK - contentSize;
    if (contentSize === 0) this.finishEntry();
    else this.state = 'data';
  }

  private finishEntry() {
    const sink = this.sink;
    this.sink = undefined;
    if (sink && sink.end) sink.end();
    this.state = this.pad > 0 ? 'padding' : 'header';
  }

  private finishRecord() {
    const rec = this.record;
    this.record = null;
    if (rec) {
      if (this.recordKind === 'x') this.pax = parsePax(rec);
      else if (this.recordKind === 'L' || this.recordKind === 'K') {
        let end = rec.length;
        while (end > 0 && rec[end - 1] === 0) end--;
        const text = decoder.decode(rec.subarray(0, end));
        if (this.recordKind === 'L') this.longName = text;
        else this.longLink = text;
      }
      // 'g' (global pax): nothing we need (it sets defaults such as mtime).
    }
    this.state = this.pad > 0 ? 'padding' : 'header';
  }
}
