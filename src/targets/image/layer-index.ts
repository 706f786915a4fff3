/**
 * Reads one layer blob as it streams past: hashes the bytes as stored (the blob digest), sniffs the
 * compression (gzip, zstd, none), decompresses on the fly, hashes the uncompressed tar (the diff ID)
 * and parses it with TarParser into the layer's file index. Nothing is written to disk and no layer
 * is held in memory: memory is the file index plus one chunk.
 *
 * Every limit is enforced here: decompressed bytes (absolute and as a ratio of the stored size),
 * entries per image, name lengths, record sizes. Crossing one stops the index (the hashing goes on so
 * that the rest of the input can still be read) and leaves a message for the target's problems.
 */
import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import zlib from 'node:zlib';
import type { Transform } from 'node:stream';
import {
  PLAIN_NAME_MAX,
  TAR_BLOCK,
  TAR_DECODE,
  TarParser,
  looksLikeTar,
  plainName,
  tarNumber,
  tarString,
} from './tar.js';
import type { TarEntrySink, TarEntryType, TarHeader } from './tar.js';
import { isPackageDb, PACKAGE_DB_MAX_BYTES } from './model.js';
import type { LayerFile, LayerFileType } from './model.js';
import { LayerFiles, PathTable, PathTableFullError } from './file-index.js';
import { SyncGunzip } from './inflate.js';

export interface ImageLimits {
  /** Most uncompressed bytes read from one layer. */
  maxLayerBytes: number;
  /** Most uncompressed bytes per stored byte (gzip/zstd bombs), above `ratioAllowance`. */
  maxRatio: number;
  /** Uncompressed bytes always allowed whatever the ratio. */
  ratioAllowance: number;
  /** Most file entries indexed over one input (all layers). */
  maxFiles: number;
  /**
   * Most distinct paths (files and the folders above them) over one input: a hostile archive of
   * deep, distinct paths would otherwise cost a node per path segment.
   */
  maxPaths: number;
  /** Longest entry name. */
  maxNameLength: number;
  /** Largest JSON document (index, manifest, config, inspect output) read. */
  maxJsonBytes: number;
  /** Most bytes of JSON documents kept from one archive (SBOM attestations can be large). */
  maxJsonTotalBytes: number;
  /** Most entries in an image archive (outer tar). */
  maxArchiveEntries: number;
  /**
   * Most bytes a compressed archive (`docker save | gzip`) is decompressed to; `maxRatio` and
   * `ratioAllowance` bound it relative to the compressed bytes read, as for layers.
   */
  maxArchiveBytes: number;
  /**
   * Longest pause in the output of `docker save` (an image read by name), and longest wait for it to
   * exit once its archive is read, in milliseconds: a daemon that stops answering would hold the run.
   */
  dockerStallMs: number;
}

export const DEFAULT_LIMITS: ImageLimits = {
  maxLayerBytes: 64 * 1024 ** 3,
  maxRatio: 200,
  ratioAllowance: 64 * 1024 ** 2,
  maxFiles: 1_000_000,
  maxPaths: 2_000_000,
  maxNameLength: 4096,
  maxJsonBytes: 16 * 1024 ** 2,
  maxJsonTotalBytes: 64 * 1024 ** 2,
  maxArchiveEntries: 200_000,
  maxArchiveBytes: 64 * 1024 ** 3,
  dockerStallMs: 60_000,
};

/** Whether `produced` bytes decompressed from `consumed` compressed bytes exceed the ratio limit. */
export function overRatio(limits: ImageLimits, produced: number, consumed: number): boolean {
  return produced > limits.ratioAllowance + limits.maxRatio * consumed;
}

/** Shared across the layers of one input, so that `maxFiles` bounds the whole input. */
export interface IndexBudget {
  files: number;
  /** The paths of the input, interned once for all its layers (made by the first layer read). */
  paths?: PathTable;
}

export type Compression = 'gzip' | 'zstd' | 'none';

export interface LayerIndexResult {
  /** `sha256:<hex>` of the bytes as stored. */
  digest: string;
  storedSize: number;
  compression: Compression;
  /** `sha256:<hex>` of the uncompressed tar; undefined when decompression stopped early. */
  diffId?: string;
  /** Uncompressed bytes read. */
  size: number;
  /** Sum of regular file sizes. */
  contentSize: number;
  files: LayerFiles;
  /** True when the index is incomplete (a limit, an error, an unsupported compression). */
  truncated: boolean;
  /** What went wrong, for the target's problems. */
  problems: string[];
}

const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

export function sniffCompression(head: Uint8Array): Compression | 'unknown' {
  if (head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) return 'gzip';
  if (head.length >= 4 && ZSTD_MAGIC.every((b, i) => head[i] === b)) return 'zstd';
  if (looksLikeTar(head)) return 'none';
  return 'unknown';
}

/** The zstd decompressor of this Node runtime, when it has one (Node >= 22.15 / 23.8). */
export function zstdDecompressor(): Transform | null {
  const create = (zlib as unknown as { createZstdDecompress?: () => Transform }).createZstdDecompress;
  return typeof create === 'function' ? create() : null;
}

const KEY_HEADER_RE = /^-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/;
/** What KEY_HEADER_RE's match and a PuTTY key file start with, as bytes. */
const PEM_BEGIN = Buffer.from('-----BEGIN ', 'latin1');
const PUTTY_BEGIN = Buffer.from('PuTTY-User-Key-File-', 'latin1');

/** Whether `buf[start, end)` starts with `prefix`. */
function startsWith(buf: Uint8Array, start: number, end: number, prefix: Uint8Array): boolean {
  if (end - start < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[start + i] !== prefix[i]) return false;
  return true;
}

/** The private-key header at the start of a file's content (`buf[start, end)`), if any. */
export function keyHeaderOf(buf: Uint8Array, start = 0, end = buf.length): string | undefined {
  if (end - start < 11) return undefined;
  const first = buf[start];
  // The prefixes are compared as bytes first: content that only starts with their first byte (one
  // file in 128 of random bytes) makes no string.
  if (first === 0x2d) {
    if (!startsWith(buf, start, end, PEM_BEGIN)) return undefined;
    const text = Buffer.from(buf.buffer, buf.byteOffset + start, Math.min(end - start, 80)).toString(
      'latin1',
    );
    const m = KEY_HEADER_RE.exec(text);
    return m ? m[1] : undefined;
  }
  if (first === 0x50 && startsWith(buf, start, end, PUTTY_BEGIN)) return 'PUTTY PRIVATE KEY';
  return undefined;
}

/** Paths that need the slow normalisation: empty or dot segments, double or leading slashes. */
const UNCLEAN_PATH = /(?:^|\/)\.{1,2}(?:\/|$)|\/\/|^\/|\/$/;

/** `./a//b/../c/` -> `a/c`; never climbs above the root. */
export function normalisePath(name: string): string {
  // Fast path (almost every entry): nothing to remove but a leading `./` or `/` or a trailing `/`.
  let start = 0;
  if (name.startsWith('./')) start = 2;
  else if (name.startsWith('/')) start = 1;
  let end = name.length;
  if (end > start && name.charCodeAt(end - 1) === 0x2f) end--;
  const core = start === 0 && end === name.length ? name : name.slice(start, end);
  if (!UNCLEAN_PATH.test(core)) return core;
  const parts: string[] = [];
  for (const seg of name.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

const DPKG_STATUS = Buffer.from('var/lib/dpkg/status', 'latin1');
const APK_INSTALLED = Buffer.from('lib/apk/db/installed', 'latin1');

/** Whether the path `b[start, end)` may be a package database (isPackageDb tells). */
function mayBePackageDb(b: Uint8Array, start: number, end: number): boolean {
  const first = b[start];
  if (first !== 0x76 && first !== 0x6c) return false; // v, l
  const prefix = first === 0x76 ? DPKG_STATUS : APK_INSTALLED;
  if (end - start < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (b[start + i] !== prefix[i]) return false;
  return true;
}

const TYPE_MAP: Record<TarHeader['type'], LayerFileType> = {
  file: 'file',
  hardlink: 'hardlink',
  symlink: 'symlink',
  char: 'char',
  block: 'block',
  dir: 'dir',
  fifo: 'fifo',
  other: 'other',
};

/** Checks only this many bytes of small files for a key header. */
const KEY_SNIFF_MAX_FILE = 1 << 20;
const KEY_SNIFF_BYTES = 64;

/**
 * The sink of a small file's content: reads its first KEY_SNIFF_BYTES for a private-key header. One
 * per indexer, reused from entry to entry (the parser feeds one entry at a time): no object per file.
 */
class KeySniffer implements TarEntrySink {
  private readonly head = new Uint8Array(KEY_SNIFF_BYTES);
  private fill = 0;
  private entry = 0;
  private size = 0;
  private done = false;

  constructor(private readonly files: LayerFiles) {}

  /** Starts on entry `entry` of `size` bytes. */
  reset(entry: number, size: number): this {
    this.entry = entry;
    this.size = size;
    this.fill = 0;
    this.done = false;
    return this;
  }

  content(chunk: Uint8Array, start: number, end: number): void {
    if (this.done) return;
    const n = end - start;
    // Most files: the first bytes are all in the first piece.
    if (this.fill === 0 && (n >= KEY_SNIFF_BYTES || n >= this.size)) {
      this.check(chunk, start, Math.min(end, start + KEY_SNIFF_BYTES));
      return;
    }
    const take = Math.min(KEY_SNIFF_BYTES - this.fill, n);
    this.head.set(chunk.subarray(start, start + take), this.fill); // kept past this call: a copy
    this.fill += take;
    if (this.fill >= KEY_SNIFF_BYTES) this.check(this.head, 0, this.fill);
  }

  end(): void {
    if (!this.done && this.fill > 0) this.check(this.head, 0, this.fill);
  }

  private check(buf: Uint8Array, start: number, end: number) {
    this.done = true;
    const k = keyHeaderOf(buf, start, end);
    if (k) this.files.setKeyHeader(this.entry, k);
  }
}

/**
 * Builds the file index of an uncompressed layer tar pushed to it chunk by chunk (synchronously).
 */
export class TarIndexer {
  readonly files: LayerFiles;
  contentSize = 0;
  truncated = false;
  readonly problems: string[] = [];
  private readonly parser: TarParser;
  private readonly sniffer: KeySniffer;
  /** sha256 of the uncompressed tar; null when the caller hashes the same bytes already (plain tar). */
  private readonly hash: Hash | null;
  size = 0;
  /** True once a limit stopped the index: the caller may stop decompressing. */
  stopped = false;

  constructor(
    private readonly limits: ImageLimits,
    private readonly budget: IndexBudget,
    private readonly maxBytes: number,
    hashContent = true,
  ) {
    this.hash = hashContent ? createHash('sha256') : null;
    budget.paths ??= new PathTable(limits.maxPaths);
    this.files = new LayerFiles(budget.paths);
    this.sniffer = new KeySniffer(this.files);
    this.parser = new TarParser(
      {
        entry: (h) => this.onEntry(h),
        plainEntry: (block, at, type, size) => this.onPlainEntry(block, at, type, size),
        warning: (m) => {
          this.truncated = true;
          this.note(m);
        },
      },
      { maxNameLength: limits.maxNameLength, maxRecordBytes: 1 << 20 },
    );
  }

  private note(message: string) {
    if (this.problems.length < 20) this.problems.push(message);
  }

  /** Stops the index at a limit found by the caller (the decompression ratio). */
  stop(message: string): void {
    if (this.stopped) return;
    this.stopped = true;
    this.truncated = true;
    this.note(message);
  }

  write(chunk: Uint8Array): void {
    if (this.stopped) return;
    if (this.size + chunk.length > this.maxBytes) {
      this.stopped = true;
      this.truncated = true;
      this.note(
        `the layer decompresses to more than ${this.maxBytes} bytes (the limit, possibly a decompression bomb); the rest of it was not read`,
      );
      return;
    }
    this.size += chunk.length;
    this.hash?.update(chunk);
    this.parser.write(chunk);
  }

  /** Ends the index; returns the diff ID when the whole tar was read (and this indexer hashed it). */
  end(): string | undefined {
    this.files.trim();
    if (this.stopped) return undefined;
    this.parser.end();
    if (this.parser.error) {
      this.truncated = true;
      this.note(`the layer is not a readable tar: ${this.parser.error}`);
    }
    return this.hash ? 'sha256:' + this.hash.digest('hex') : undefined;
  }

  /** The name of the current plain entry (see onPlainEntry). */
  private readonly nameBuf = new Uint8Array(PLAIN_NAME_MAX);

  /**
   * An entry with a plain header (TarCallbacks.plainEntry): indexed from the header's bytes, with no
   * TarHeader and no path string made, when its name is ASCII and clean (no `.`, `..` or empty
   * segment past a leading `./` or `/`), not a whiteout and not a package database; anything else
   * (TAR_DECODE) goes to onEntry. What is indexed is what onEntry would index.
   */
  private onPlainEntry(block: Buffer, at: number, type: TarEntryType, size: number) {
    const name = this.nameBuf;
    const n = plainName(block, at, name);
    if (n < 0) return TAR_DECODE;
    let start = 0;
    if (n >= 2 && name[0] === 0x2e && name[1] === 0x2f) start = 2;
    else if (n >= 1 && name[0] === 0x2f) start = 1;
    let end = n;
    if (end > start && name[end - 1] === 0x2f) end--;
    if (end === start) return TAR_DECODE; // the root
    // Every segment must be clean: not empty, not `.` nor `..` (what normalisePath's fast path keeps).
    let seg = start;
    for (let i = start; i <= end; i++) {
      if (i < end && name[i] !== 0x2f) continue;
      const len = i - seg;
      if (len === 0 || (name[seg] === 0x2e && (len === 1 || (len === 2 && name[seg + 1] === 0x2e))))
        return TAR_DECODE;
      if (i < end) seg = i + 1;
    }
    // `seg`: the start of the last segment. A whiteout (`.wh.`) is read by onEntry.
    if (
      end - seg >= 4 &&
      name[seg] === 0x2e &&
      name[seg + 1] === 0x77 &&
      name[seg + 2] === 0x68 &&
      name[seg + 3] === 0x2e
    )
      return TAR_DECODE;
    if (type === 'file' && size > 0 && mayBePackageDb(name, start, end)) return TAR_DECODE;
    if (type === 'file') this.contentSize += size;
    if (this.fileLimitReached()) return;
    let node: number;
    try {
      node = this.files.paths.internBytes(name, start, end);
    } catch (e) {
      this.pathTableFull(e);
      return;
    }
    this.budget.files++;
    const files = this.files;
    const uid = tarNumber(block, at + 108, 8);
    const gid = tarNumber(block, at + 116, 8);
    const i = files.push(
      node,
      type,
      undefined,
      size,
      tarNumber(block, at + 100, 8) || 0,
      Number.isFinite(uid) ? uid : 0,
      Number.isFinite(gid) ? gid : 0,
    );
    if (type === 'symlink' || type === 'hardlink') {
      const link = block[at + 157] === 0 ? '' : tarString(block, at + 157, 100);
      files.setLinkTarget(i, type === 'hardlink' ? normalisePath(link) : link);
    }
    if (type === 'file' && size > 0 && size <= KEY_SNIFF_MAX_FILE) {
      // The first bytes of the content are usually in the block too (the chunk the header was read
      // from, in place): read there, with no sink, they are what the sniffer would see (KeySniffer).
      // The sniffer is set for every file all the same: the rare case (the bytes are in the next
      // chunk) then runs nothing the JIT has not seen run, and no longer deoptimises this method.
      const sniffer = this.sniffer.reset(i, size);
      const sniff = at + TAR_BLOCK + (size < KEY_SNIFF_BYTES ? size : KEY_SNIFF_BYTES);
      if (sniff > block.length) return sniffer;
      const key = keyHeaderOf(block, at + TAR_BLOCK, sniff);
      if (key !== undefined) files.setKeyHeader(i, key);
    }
    return undefined;
  }

  /** Whether the index holds as many files as it may (said once): later entries are not indexed. */
  private fileLimitReached(): boolean {
    if (this.budget.files < this.limits.maxFiles) return false;
    if (!this.truncated) {
      this.truncated = true;
      this.note(
        `the image has more than ${this.limits.maxFiles} files (the limit); the file index stops here`,
      );
    }
    return true;
  }

  /** A path the table could not take: said once if the table is full, rethrown otherwise. */
  private pathTableFull(e: unknown): void {
    if (!(e instanceof PathTableFullError)) throw e;
    if (!this.truncated) {
      this.truncated = true;
      this.note(`the image has ${e.message} (the limit); the file index stops here`);
    }
  }

  private onEntry(h: TarHeader) {
    let path = normalisePath(h.name);
    let whiteout: LayerFile['whiteout'];
    const slash = path.lastIndexOf('/');
    if (path.startsWith('.wh.', slash + 1)) {
      const base = path.slice(slash + 1);
      const dir = slash >= 0 ? path.slice(0, slash) : '';
      if (base === '.wh..wh..opq') {
        whiteout = 'opaque';
        path = dir;
      } else if (base.startsWith('.wh..wh.')) {
        return; // aufs metadata (.wh..wh.plnk, .wh..wh.aufs): not part of the image's file system
      } else {
        whiteout = 'file';
        path = (dir ? dir + '/' : '') + base.slice(4);
      }
    }
    if (path === '' && !whiteout) return; // the root directory itself
    if (h.type === 'file') this.contentSize += h.size;
    if (this.fileLimitReached()) return;
    let node: number;
    try {
      node = this.files.paths.intern(path);
    } catch (e) {
      this.pathTableFull(e);
      return;
    }
    this.budget.files++;
    const files = this.files;
    const i = files.push(
      node,
      whiteout ? 'file' : TYPE_MAP[h.type],
      whiteout,
      whiteout ? 0 : h.size,
      h.mode,
      h.uid,
      h.gid,
    );
    if ((h.type === 'symlink' || h.type === 'hardlink') && !whiteout) {
      files.setLinkTarget(i, h.type === 'hardlink' ? normalisePath(h.linkname) : h.linkname);
    }
    if (h.type === 'file' && !whiteout && h.size > 0 && h.size <= PACKAGE_DB_MAX_BYTES && isPackageDb(path)) {
      const parts: Uint8Array[] = [];
      return {
        content(chunk: Uint8Array, start: number, end: number) {
          parts.push(new Uint8Array(chunk.subarray(start, end))); // a copy: the chunk's memory is reused
        },
        end() {
          files.setContent(i, Buffer.concat(parts).toString('utf8'));
        },
      };
    }
    if (h.type === 'file' && !whiteout && h.size > 0 && h.size <= KEY_SNIFF_MAX_FILE)
      return this.sniffer.reset(i, h.size);
    return undefined;
  }
}

/**
 * A layer blob as a push target: `write` each stored chunk (awaiting what it returns, for
 * backpressure), then `end()` for the result. The compression is sniffed from the first bytes.
 *
 * Once `write` has returned and what it returned has settled, the chunk is no longer referenced: the
 * caller may read the next bytes into the same memory (`fileChunks`). Whatever is kept longer (the
 * first bytes, a package database, a key header) is copied.
 */
export class LayerReader {
  private readonly rawHash: Hash = createHash('sha256');
  private storedSize = 0;
  private head: Uint8Array[] = [];
  private headLen = 0;
  private compression: Compression | 'unknown' | null = null;
  private decompressor: Transform | null = null;
  private decompressDone: Promise<void> | null = null;
  /** gzip inflated synchronously into a reused buffer (see inflate.ts); null: the stream is used. */
  private inflater: SyncGunzip | null = null;
  private inflateFailed = false;
  private indexer: TarIndexer | null = null;
  private readonly problems: string[] = [];
  private unsupported = false;

  constructor(
    private readonly limits: ImageLimits,
    private readonly budget: IndexBudget,
    /** The stored size when known in advance (for the ratio limit). */
    private readonly expectedSize?: number,
  ) {}

  write(chunk: Uint8Array): void | Promise<void> {
    this.rawHash.update(chunk);
    this.storedSize += chunk.length;
    if (this.compression === null) {
      this.headLen += chunk.length;
      if (this.headLen < 512) {
        this.head.push(new Uint8Array(chunk)); // kept past this call: a copy (see `write`)
        return;
      }
      this.head.push(chunk);
      return this.start(Buffer.concat(this.head));
    }
    return this.feed(chunk);
  }

  private start(head: Uint8Array): void | Promise<void> {
    this.head = [];
    this.compression = sniffCompression(head);
    const stored = this.expectedSize ?? Infinity;
    const ratioCap = this.limits.ratioAllowance + this.limits.maxRatio * stored;
    const maxBytes = Math.min(this.limits.maxLayerBytes, this.compression === 'none' ? Infinity : ratioCap);
    // A plain tar's diff ID is its blob digest: hash its bytes once.
    this.indexer = new TarIndexer(this.limits, this.budget, maxBytes, this.compression !== 'none');
    if (this.compression === 'gzip') {
      this.inflater = SyncGunzip.create();
      if (!this.inflater) this.decompressor = zlib.createGunzip({ chunkSize: 256 * 1024 });
    } else if (this.compression === 'zstd') {
      this.decompressor = zstdDecompressor();
      if (!this.decompressor) {
        this.unsupported = true;
        this.problems.push(
          `the layer is zstd-compressed, which this Node.js runtime (${process.version}) cannot decompress (zstd needs Node.js 22.15 or later); its files were not checked`,
        );
      }
    } else if (this.compression === 'unknown') {
      this.unsupported = true;
      this.problems.push(
        'the layer is neither a tar nor gzip- or zstd-compressed; its files were not checked',
      );
    }
    if (this.decompressor) {
      const d = this.decompressor;
      this.decompressDone = new Promise<void>((resolve) => {
        d.on('data', (c: Uint8Array) => {
          if (!this.inflated(c) && this.decompressor) {
            // Over a limit: stop inflating (a bomb would otherwise burn CPU for nothing).
            this.decompressor = null;
            d.destroy();
            resolve();
          }
        });
        d.on('end', resolve);
        d.on('error', (e: Error) => {
          this.problems.push(
            `the layer's ${this.compression} stream is corrupt (${e.message}); the rest of it was not read`,
          );
          this.decompressor = null;
          resolve();
        });
      });
    }
    return this.feed(head);
  }

  /** A piece of inflated tar: checked against the ratio limit, then indexed; false: stop inflating. */
  private readonly inflated = (piece: Uint8Array): boolean => {
    const indexer = this.indexer!;
    // The ratio is checked against the stored bytes read so far, so that a bomb stops early even when
    // the size it declares (a truncated or lying tar header) would allow more.
    if (overRatio(this.limits, indexer.size + piece.length, this.storedSize)) {
      const limit = this.limits.ratioAllowance + this.limits.maxRatio * this.storedSize;
      indexer.stop(
        `the layer decompresses to more than ${limit} bytes, over ${this.limits.maxRatio} times its compressed size (the limit, possibly a decompression bomb); the rest of it was not read`,
      );
    } else indexer.write(piece);
    return !indexer.stopped;
  };

  /** Runs the synchronous inflater on a chunk (or to its end); a corrupt stream stops it. */
  private inflate(chunk: Uint8Array | null) {
    const inflater = this.inflater!;
    if (this.inflateFailed || this.indexer!.stopped) return;
    const e = chunk ? inflater.write(chunk, this.inflated) : inflater.end(this.inflated);
    if (e) {
      this.problems.push(`the layer's gzip stream is corrupt (${e.message}); the rest of it was not read`);
      this.inflateFailed = true;
    }
    // Over a limit: stop inflating (a bomb would otherwise burn CPU for nothing).
    if (e || this.indexer!.stopped) inflater.close();
  }

  private feed(chunk: Uint8Array): void | Promise<void> {
    if (this.unsupported) return;
    if (this.compression === 'none') {
      this.indexer!.write(chunk);
      return;
    }
    if (this.inflater) {
      this.inflate(chunk);
      return;
    }
    const d = this.decompressor;
    if (!d) return;
    // Settles when the decompressor has consumed the chunk (or was stopped), after which the caller
    // may reuse the chunk's memory; it also bounds what is queued to one chunk.
    return new Promise<void>((resolve) => {
      let settled = false;
      const done = () => {
        if (settled) return;
        settled = true;
        d.off('close', done);
        resolve();
      };
      d.on('close', done);
      d.write(chunk, done);
    });
  }

  async end(): Promise<LayerIndexResult> {
    if (this.compression === null) await this.start(Buffer.concat(this.head));
    if (this.inflater) this.inflate(null);
    else if (this.decompressor) {
      this.decompressor.end();
      await this.decompressDone;
    } else if (this.decompressDone) await this.decompressDone;
    const indexer = this.indexer!;
    const compressed = this.compression === 'gzip' || this.compression === 'zstd';
    const inflatedWhole = this.inflater ? !this.inflateFailed : this.decompressor !== null;
    const decompressed = !this.unsupported && !indexer.stopped && (!compressed || inflatedWhole);
    const digest = 'sha256:' + this.rawHash.digest('hex');
    const indexed = decompressed ? indexer.end() : undefined;
    const diffId = decompressed ? (this.compression === 'none' ? digest : indexed) : undefined;
    const truncated = indexer.truncated || !decompressed;
    return {
      digest,
      storedSize: this.storedSize,
      compression: this.compression === 'unknown' || this.compression === null ? 'none' : this.compression,
      diffId,
      size: this.unsupported ? 0 : indexer.size,
      contentSize: indexer.contentSize,
      files: indexer.files,
      truncated,
      problems: [...this.problems, ...indexer.problems],
    };
  }
}
