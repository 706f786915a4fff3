/**
 * Reads an image archive (docker save, legacy or Docker 25+ OCI style; OCI archive; either possibly
 * gzip-compressed as a whole) in ONE pass, as a stream: a file, or `docker save` piped from the
 * daemon. The archive's table of contents (manifest.json / index.json) usually comes last, so each
 * entry is classified by its first bytes as it arrives: JSON documents (small, bounded) are kept;
 * layers (tar, gzip, zstd) are indexed on the fly by LayerReader; anything else is only hashed.
 * Links between entries (legacy `<id>/layer.tar -> ../<id2>/layer.tar`) are recorded and resolved
 * when the image is assembled.
 */
import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { jsonErrorMessage } from './assemble.js';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { Transform } from 'node:stream';
import { TarParser } from './tar.js';
import type { TarEntrySink, TarHeader } from './tar.js';
import { LayerReader, normalisePath, overRatio, sniffCompression, zstdDecompressor } from './layer-index.js';
import type { ImageLimits, IndexBudget, LayerIndexResult } from './layer-index.js';

export interface ArchiveBlob {
  name: string;
  /** `sha256:<hex>` of the entry's bytes. */
  digest: string;
  size: number;
  /** Present when the entry read as a layer (tar, gzip or zstd). */
  layer?: LayerIndexResult;
}

export interface ArchiveContents {
  /** Parsed JSON documents by normalised entry name. */
  json: Map<string, unknown>;
  /** Entries that started like JSON but could not be parsed or were too large, with the reason. */
  jsonErrors: Map<string, string>;
  /** Every regular entry, by normalised name. */
  blobs: Map<string, ArchiveBlob>;
  /** Symlinks and hardlinks between entries: name -> normalised target name. */
  links: Map<string, string>;
  /** Problems with the archive as a whole (not a tar, truncated, digest mismatch…). */
  problems: string[];
  /** Whether the archive was gzip/zstd-compressed as a whole. */
  compressed?: 'gzip' | 'zstd';
  entries: number;
  bytes: number;
  /** Bytes of JSON documents kept so far (bounded by maxJsonTotalBytes). */
  jsonBytes: number;
}

/** Follows links (at most a few hops) to the entry holding the bytes. */
export function resolveEntry(contents: ArchiveContents, name: string): ArchiveBlob | undefined {
  let n = normalisePath(name);
  for (let i = 0; i < 8; i++) {
    const blob = contents.blobs.get(n);
    if (blob) return blob;
    const next = contents.links.get(n);
    if (next === undefined) return undefined;
    n = next;
  }
  return undefined;
}

const BLOB_NAME = /^blobs\/(sha256|sha512)\/([0-9a-f]+)$/;

function firstNonSpace(head: Uint8Array): number {
  for (const b of head) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return b;
  return -1;
}

/** One entry of the archive being read: sniffs its first bytes, then keeps, indexes or only hashes it. */
class EntryReader implements TarEntrySink {
  private readonly hash: Hash = createHash('sha256');
  private head: Uint8Array[] = [];
  private headLen = 0;
  private mode: 'sniff' | 'json' | 'layer' | 'skip' = 'sniff';
  private layer: LayerReader | null = null;
  private json: Uint8Array[] = [];
  private size = 0;

  constructor(
    private readonly header: TarHeader,
    private readonly name: string,
    private readonly out: ArchiveContents,
    private readonly limits: ImageLimits,
    private readonly budget: IndexBudget,
    private readonly pending: Promise<unknown>[],
  ) {}

  content(whole: Uint8Array, start: number, end: number): void {
    const chunk = whole.subarray(start, end);
    this.size += chunk.length;
    // The first bytes are hashed once what the entry is has been decided (hashHead): a layer hashes
    // its own bytes, and hashing them here as well did it twice.
    if (this.mode !== 'layer' && this.mode !== 'sniff') this.hash.update(chunk);
    switch (this.mode) {
      case 'sniff':
        this.headLen += chunk.length;
        if (this.headLen < 512) {
          // Kept past this call: a copy (the chunk's memory may be reused, see readArchive).
          this.head.push(new Uint8Array(chunk));
          return;
        }
        this.head.push(chunk);
        this.decide();
        return;
      case 'json':
        this.json.push(new Uint8Array(chunk));
        return;
      case 'layer': {
        const p = this.layer!.write(chunk);
        if (p) this.pending.push(p);
        return;
      }
      case 'skip':
        return;
    }
  }

  /** The first bytes, kept while sniffing, hashed when the entry is not a layer. */
  private hashHead(head: Uint8Array) {
    if (this.mode !== 'layer') this.hash.update(head);
  }

  private decide() {
    const head = this.head.length === 1 ? this.head[0] : Buffer.concat(this.head);
    this.head = [];
    const first = firstNonSpace(head.subarray(0, 64));
    if (first === 0x7b /* { */ || first === 0x5b /* [ */) {
      this.startJson(head);
      this.hashHead(head);
      return;
    }
    const compression = sniffCompression(head);
    if (compression !== 'unknown') {
      this.mode = 'layer';
      this.layer = new LayerReader(this.limits, this.budget, this.header.size);
      const p = this.layer.write(head);
      if (p) this.pending.push(p);
      return;
    }
    this.mode = 'skip';
    this.hashHead(head);
  }

  /** Keeps a JSON document when it fits the per-document and per-archive limits. */
  private startJson(head: Uint8Array) {
    const size = this.header.size;
    if (size > this.limits.maxJsonBytes) {
      this.mode = 'skip';
      this.out.jsonErrors.set(
        this.name,
        `it is larger than ${this.limits.maxJsonBytes} bytes (the limit for JSON documents)`,
      );
    } else if (this.out.jsonBytes + size > this.limits.maxJsonTotalBytes) {
      this.mode = 'skip';
      this.out.jsonErrors.set(
        this.name,
        `the archive holds more than ${this.limits.maxJsonTotalBytes} bytes of JSON (the limit)`,
      );
    } else {
      this.out.jsonBytes += size;
      this.mode = 'json';
      this.json.push(new Uint8Array(head));
    }
  }

  end(): void {
    if (this.mode === 'sniff') {
      // Short entry (< 512 bytes): a JSON document, a small text file, or a tiny gzip layer.
      const head = Buffer.concat(this.head);
      this.head = [];
      const first = firstNonSpace(head.subarray(0, 64));
      if (first === 0x7b || first === 0x5b) {
        this.startJson(head);
      } else if (sniffCompression(head) === 'gzip' || sniffCompression(head) === 'zstd') {
        this.mode = 'layer';
        this.layer = new LayerReader(this.limits, this.budget, this.header.size);
        const p = this.layer.write(head);
        if (p) this.pending.push(p);
      } else this.mode = 'skip';
      this.hashHead(head);
    }
    const blob: ArchiveBlob = { name: this.name, digest: '', size: this.size };
    this.out.blobs.set(this.name, blob);
    if (this.mode === 'layer') {
      const layer = this.layer!;
      this.pending.push(
        layer.end().then((r) => {
          blob.layer = r;
          blob.digest = r.digest;
          this.checkName(blob);
        }),
      );
      return;
    }
    blob.digest = 'sha256:' + this.hash.digest('hex');
    this.checkName(blob);
    if (this.mode === 'json') {
      const text = Buffer.concat(this.json).toString('utf8');
      this.json = [];
      try {
        this.out.json.set(this.name, JSON.parse(text));
      } catch (e) {
        this.out.jsonErrors.set(this.name, `it is not valid JSON (${jsonErrorMessage(e)})`);
      }
    }
  }

  /** A `blobs/sha256/<hex>` entry must hash to its name. */
  private checkName(blob: ArchiveBlob) {
    const m = BLOB_NAME.exec(this.name);
    if (!m || m[1] !== 'sha256') return;
    if (blob.digest !== `sha256:${m[2]}`) {
      this.out.problems.push(
        `${this.name} does not match its digest (its content hashes to ${blob.digest}): the archive is corrupt or was altered`,
      );
      (blob as { corrupt?: boolean }).corrupt = true;
    }
  }
}

/**
 * Async iteration over chunks, decompressed when the stream starts with gzip or zstd magic. The
 * decompressed bytes are bounded by `maxArchiveBytes` and by `maxRatio` times the compressed bytes
 * read so far (plus `ratioAllowance`): a bomb stops there with a problem, and decompression stops.
 */
async function* maybeDecompressed(
  source: AsyncIterable<Uint8Array>,
  out: ArchiveContents,
  limits: ImageLimits,
): AsyncGenerator<Uint8Array> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head = first.value;
  const kind = sniffCompression(head.subarray(0, 512));
  if (kind !== 'gzip' && kind !== 'zstd') {
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    return;
  }
  let d: Transform | null;
  if (kind === 'gzip') d = zlib.createGunzip({ chunkSize: 256 * 1024 });
  else {
    d = zstdDecompressor();
    if (!d) {
      out.problems.push(
        `the archive is zstd-compressed, which this Node.js runtime (${process.version}) cannot decompress (zstd needs Node.js 22.15 or later); decompress it first (zstd -d)`,
      );
      return;
    }
  }
  out.compressed = kind;
  let consumed = 0;
  // The stream below reads ahead: it gets copies, the source may reuse a chunk's memory.
  const rest = Readable.from(
    (async function* () {
      consumed += head.length;
      yield Buffer.from(head);
      for (let r = await it.next(); !r.done; r = await it.next()) {
        consumed += r.value.length;
        yield Buffer.from(r.value);
      }
    })(),
    { objectMode: false },
  );
  rest.on('error', (e) => d!.destroy(e));
  rest.pipe(d);
  let produced = 0;
  try {
    for await (const c of d) {
      produced += (c as Uint8Array).length;
      const tooMuch = produced > limits.maxArchiveBytes;
      if (tooMuch || overRatio(limits, produced, consumed)) {
        out.problems.push(
          tooMuch
            ? `the ${kind}-compressed archive decompresses to more than ${limits.maxArchiveBytes} bytes (the limit); the rest of it was not read`
            : `the ${kind}-compressed archive decompresses to more than ${limits.ratioAllowance + limits.maxRatio * consumed} bytes, over ${limits.maxRatio} times its compressed size (the limit, possibly a decompression bomb); the rest of it was not read`,
        );
        rest.unpipe(d);
        rest.destroy();
        d.destroy();
        return;
      }
      yield c as Uint8Array;
    }
  } catch (e) {
    out.problems.push(
      `the archive's ${kind} stream is corrupt (${(e as Error).message}); it was read up to there`,
    );
  }
}

/**
 * Reads a whole archive stream; never throws for bad content (problems are collected). The source may
 * reuse a chunk's memory once the next chunk is asked for: nothing here keeps a chunk past that.
 */
export async function readArchive(
  source: AsyncIterable<Uint8Array>,
  limits: ImageLimits,
  budget: IndexBudget,
): Promise<ArchiveContents> {
  const out: ArchiveContents = {
    json: new Map(),
    jsonErrors: new Map(),
    blobs: new Map(),
    links: new Map(),
    problems: [],
    entries: 0,
    bytes: 0,
    jsonBytes: 0,
  };
  const pending: Promise<unknown>[] = [];
  let tooMany = false;
  const parser = new TarParser(
    {
      entry(h) {
        out.entries++;
        if (out.entries > limits.maxArchiveEntries) {
          if (!tooMany)
            out.problems.push(
              `the archive has more than ${limits.maxArchiveEntries} entries (the limit); the rest were not read`,
            );
          tooMany = true;
          return;
        }
        const name = normalisePath(h.name);
        if (h.type === 'symlink') {
          const dir = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : '';
          out.links.set(name, normalisePath(h.linkname.startsWith('/') ? h.linkname : dir + h.linkname));
          return;
        }
        if (h.type === 'hardlink') {
          out.links.set(name, normalisePath(h.linkname));
          return;
        }
        if (h.type !== 'file') return;
        return new EntryReader(h, name, out, limits, budget, pending);
      },
      warning(m) {
        out.problems.push(m);
      },
    },
    { maxNameLength: limits.maxNameLength, maxRecordBytes: 1 << 20 },
  );
  try {
    for await (const chunk of maybeDecompressed(source, out, limits)) {
      out.bytes += chunk.length;
      parser.write(chunk);
      while (pending.length > 0) await pending.shift();
      // After the end-of-archive blocks there is only padding (or a bomb's zeros): stop reading.
      if (parser.error || parser.finished || tooMany) break;
    }
    parser.end();
    while (pending.length > 0) await pending.shift();
  } catch (e) {
    out.problems.push(`reading the archive failed: ${(e as Error).message}`);
  }
  if (parser.error) out.problems.push(`the archive is not a readable tar: ${parser.error}`);
  if (out.entries === 0 && out.problems.length === 0) out.problems.push('the archive is empty');
  return out;
}
