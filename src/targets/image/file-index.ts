/**
 * The compact, columnar file index of image layers (issue 15, item 4). A layer of a real image has
 * tens of thousands of entries, and a hostile one hundreds of thousands: one JS object and one path
 * string per entry cost about 0.4 KB each (the whole process grew by ~0.41 KB per entry). Here:
 *
 * - `PathTable`: every path of one input, interned once as a tree of (parent, name) nodes shared by
 *   all its layers (and all its images). Names are interned too (`__init__.py`, `index.js` and
 *   `LICENSE` are stored once however many folders have one), as bytes with a length prefix. A node
 *   costs 12 bytes plus its share of the hash heads (2.7 to 5.3), whatever its depth; a distinct
 *   name its bytes plus about 13.
 * - `LayerFiles`: the entries of one layer in tar order, as columns (path node, size, and type/
 *   mode/whiteout/owner bits) of 12 bytes an entry; link targets, key headers, package database
 *   texts, sizes of 4 GiB and more, and owners past the 32,766th, which few entries have, in sparse
 *   maps.
 *
 * Every column is made of fixed-size blocks (`Int32Blocks`), and the hash tables' heads grow by
 * appending blocks and relinking the chains in place: growing never copies what is stored, so the
 * index never holds an old and a new copy at once, and it leaves no dead arrays for the garbage
 * collector (which V8 collects late: they count against peak RSS until then). Objects (`LayerFile`, path strings) are made only when
 * asked for one entry: by a rule that reports it, by a test, by the baseline diff.
 */
import type { LayerFile, LayerFileType } from './model.js';

const NONE = -1;

/** The longest path segment stored (in UTF-16 code units); tar limits (4096 bytes) refuse far less. */
export const MAX_SEGMENT_LENGTH = 0x7ff0;

export class PathTableFullError extends Error {}

/** The longest path `PathTable.internBytes` takes (a plain tar header's name is at most 256 bytes). */
export const PATH_BYTES_MAX = 256;

const BLOCK_SHIFT = 12;
/** Values per block of a column (16 KiB blocks). */
export const COLUMN_BLOCK = 1 << BLOCK_SHIFT;
const BLOCK_MASK = COLUMN_BLOCK - 1;

/**
 * A column of 32-bit integers in blocks of COLUMN_BLOCK values: appending never copies the values
 * stored. `trim()` shrinks the last block to the values used (when a layer has been read).
 */
export class Int32Blocks {
  private blocks: Int32Array[] = [];
  /** Values the blocks can hold. */
  private capacity = 0;

  get(i: number): number {
    return this.blocks[i >>> BLOCK_SHIFT][i & BLOCK_MASK];
  }

  /** Sets value i; the column grows to hold it (i is at most one past the values set so far). */
  set(i: number, v: number): void {
    if (i >= this.capacity) this.grow(i);
    this.blocks[i >>> BLOCK_SHIFT][i & BLOCK_MASK] = v;
  }

  private grow(i: number) {
    const b = i >>> BLOCK_SHIFT;
    // A trimmed last block is made whole again (a copy of at most one block).
    const last = this.blocks.length - 1;
    if (last >= 0 && this.blocks[last].length < COLUMN_BLOCK) {
      const whole = new Int32Array(COLUMN_BLOCK);
      whole.set(this.blocks[last]);
      this.blocks[last] = whole;
    }
    while (this.blocks.length <= b) this.blocks.push(new Int32Array(COLUMN_BLOCK));
    this.capacity = this.blocks.length * COLUMN_BLOCK;
  }

  /** Keeps `length` values: the last block shrinks to what it holds. */
  trim(length: number): void {
    const keep = Math.ceil(length / COLUMN_BLOCK);
    if (this.blocks.length > keep) this.blocks.length = keep;
    const used = length - (keep - 1) * COLUMN_BLOCK;
    if (keep > 0 && keep === this.blocks.length && this.blocks[keep - 1].length > used)
      this.blocks[keep - 1] = this.blocks[keep - 1].slice(0, used);
    // Only whole blocks count: the next set() past them makes a trimmed last block whole again.
    const partial = this.blocks.length > 0 && this.blocks[this.blocks.length - 1].length < COLUMN_BLOCK;
    this.capacity = (this.blocks.length - (partial ? 1 : 0)) * COLUMN_BLOCK;
  }

  /** Bytes held (blocks as allocated). */
  get bytes(): number {
    let n = 0;
    for (const block of this.blocks) n += block.byteLength;
    return n;
  }
}

/** Values a record of the path table holds: node (parent, name, link), name (hash, offset, link). */
const RECORD = 3;
/** The field of a record that links it to the next of its hash chain (0 ends a chain). */
const LINK = 2;
/** The id bits of a bucket head; the 8 bits above them filter the bucket's hashes (HashIndex). */
const ID_MASK = 0xffffff;
/** The most ids (of nodes, of names) a HashIndex, and so a PathTable, holds. */
export const MAX_PATH_IDS = ID_MASK;

/** The filter bit of hash `h` in a bucket head: one of 8, by the hash's top bits (not the bucket's). */
function filterBit(h: number): number {
  return 1 << (24 + (h >>> 29));
}

/**
 * Ids (1, 2, …, added in that order) by hash, over chained buckets: a power of two of them, with at
 * most 1.5 ids a bucket. The chain links live in the owner's records (one RECORD a id, in one block
 * column); the index holds the bucket heads, 2.7 to 5.3 bytes an id. When the ids outnumber the
 * buckets by half, the heads grow to twice as many (appended blocks: nothing copied) and every id is
 * linked again in id order: the records are read one after the other, not chain by chain (splitting
 * one bucket's chain at a time, as linear hashing does, reads them at random: a cache miss an id,
 * most of the cost of adding ids to a large table).
 *
 * A head holds the bucket's first id (24 bits) and a filter of the hashes added to the bucket (8
 * bits, one set per hash): a lookup of a hash whose bit is not set ends at the head, with no read of
 * the chain's records (most lookups of what is not there yet: adding a new path or name), for no
 * more memory.
 */
class HashIndex {
  private readonly heads = new Int32Blocks();
  /** Buckets (a power of two). */
  private buckets = 64;
  private items = 0;

  /** `hashOf(id)`: the hash an id was added with, recomputed when the heads grow. */
  constructor(
    private readonly records: Int32Blocks,
    private readonly hashOf: (id: number) => number,
  ) {
    for (let b = 0; b < this.buckets; b++) this.heads.set(b, 0);
  }

  /**
   * The first id of the chain that may hold ids of hash `h`, follow with `next`; 0 when none can
   * (the bucket's filter says no id of that hash was added).
   */
  first(h: number): number {
    const head = this.heads.get(h & (this.buckets - 1));
    return (head & filterBit(h)) === 0 ? 0 : head & ID_MASK;
  }

  next(id: number): number {
    return this.records.get(id * RECORD + LINK);
  }

  /** Adds id (its record is set but for the link); the heads grow past 1.5 ids a bucket. */
  add(id: number, h: number): void {
    // grow() relinks ids 1 … items: an id out of order would be lost.
    if (id !== this.items + 1) throw new Error(`hash index: id ${id} added after ${this.items}`);
    if (id > ID_MASK) throw new Error(`hash index: more than ${ID_MASK} ids`);
    const b = h & (this.buckets - 1);
    const head = this.heads.get(b);
    this.records.set(id * RECORD + LINK, head & ID_MASK);
    this.heads.set(b, (head & ~ID_MASK) | filterBit(h) | id);
    if (++this.items > this.buckets + (this.buckets >>> 1)) this.grow();
  }

  /** Doubles the buckets and links every id (1 … items) again, in id order. */
  private grow() {
    const heads = this.heads;
    const records = this.records;
    const buckets = 2 * this.buckets;
    for (let b = 0; b < buckets; b++) heads.set(b, 0);
    this.buckets = buckets;
    const mask = buckets - 1;
    for (let id = 1; id <= this.items; id++) {
      const h = this.hashOf(id);
      const b = h & mask;
      const head = heads.get(b);
      records.set(id * RECORD + LINK, head & ID_MASK);
      heads.set(b, (head & ~ID_MASK) | filterBit(h) | id);
    }
  }

  /** Releases the slack of the last block of heads. */
  trim(): void {
    this.heads.trim(this.buckets);
  }

  get bytes(): number {
    return this.heads.bytes;
  }
}

/** FNV-style hash of UTF-16 code units, the same from a string and from stored bytes. */
function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
const HASH_SEED = 0x811c9dc5 | 0;
/**
 * The hash as a signed 32-bit value: V8 keeps it a small integer, where an unsigned one above 2^31
 * is a heap number (made per call when it crosses a call).
 */
function hashEnd(h: number): number {
  return (h ^ (h >>> 15)) | 0;
}

function nodeHash(parent: number, name: number): number {
  const h = Math.imul(parent ^ 0x9e3779b9, 0x85ebca6b) ^ name;
  return hashEnd(Math.imul(h, 0xc2b2ae35));
}

/** Fields of a node record (and LINK). */
const PARENT = 0;
const NAME = 1;
/** Fields of a name record (and LINK). */
const HASH = 0;
const AT = 1;

/** Bytes per block of name storage; a name (with its prefix) never spans two blocks. */
const NAME_BLOCK_SHIFT = 16;
const NAME_BLOCK = 1 << NAME_BLOCK_SHIFT;
const NAME_BLOCKS_MAX = 2 ** 32 / NAME_BLOCK;
/**
 * Bytes of the first name block: a small one, so that `newName` adds its second block after a few
 * names, while V8 still collects its type feedback. With 64 KiB blocks only, the branch that adds a
 * block ran at the first name (before V8 records any feedback) and next thousands of entries later,
 * in optimised code that knew nothing of it: that code was thrown away there (and the indexer ran
 * unoptimised until it was compiled again, thousands of entries later still).
 */
const FIRST_NAME_BLOCK = 256;

/**
 * Paths as a tree of nodes: node 0 is the root (''), every other node a (parent, name) pair. Interning
 * the same path twice gives the same node id, so node ids are path identities across layers.
 *
 * A node is a record (parent, name id, chain link) of 12 bytes plus 2.7 to 5.3 of hash heads. A name is
 * stored once, as a record (hash, offset, chain link) and its bytes: a length prefix (one byte below 64
 * characters: `length << 1 | wide`; else 0x80 and two bytes), then its latin1 bytes, or its UTF-16
 * code units (2 bytes each, little-endian) when one of them is above 0xff.
 */
export class PathTable {
  private readonly nodeRecords = new Int32Blocks();
  private readonly nodes = new HashIndex(this.nodeRecords, (id) =>
    nodeHash(this.nodeRecords.get(id * RECORD + PARENT), this.nodeRecords.get(id * RECORD + NAME)),
  );
  /** Nodes, the root included. */
  count = 1;

  /** Name 0 is unused; AT is block << 16 | position of the prefix (read as unsigned). */
  private readonly nameRecords = new Int32Blocks();
  private readonly names = new HashIndex(this.nameRecords, (id) => this.nameRecords.get(id * RECORD + HASH));
  private readonly nameBlocks: Buffer[] = [];
  /** Bytes used in the last name block, and its size (the same: full, or trimmed). */
  private lastBlockUsed = 0;
  private lastBlockSize = 0;
  private nameCount = 1;
  private nameBytesUsed = 0;

  /** The last folder whose path was made by pathOf (siblings are usually asked for in a row). */
  private lastPathDir = -1;
  private lastPathDirPath = '';
  /**
   * The last path given to internBytes, and its folders: the position of each of its slashes and the
   * node of the folder it ends.
   */
  private readonly prevPath = new Uint8Array(PATH_BYTES_MAX);
  private prevLen = 0;
  private readonly prevSlash = new Int32Array(PATH_BYTES_MAX);
  private readonly prevDir = new Int32Array(PATH_BYTES_MAX);
  private prevSlashes = 0;
  /** The last folder interned, to skip re-walking it (consecutive tar entries share their folder). */
  private lastDir = '';
  private lastDirId = 0;

  /** At most this many nodes (the input's folders and files); `intern` throws PathTableFullError. */
  constructor(readonly maxNodes = Infinity) {
    this.nodeRecords.set(PARENT, NONE);
    this.nodeRecords.set(NAME, 0);
    this.nodeRecords.set(LINK, 0);
    this.nameRecords.set(LINK, 0);
  }

  /** Bytes held by the table (blocks as allocated). */
  get bytes(): number {
    let n = this.nodeRecords.bytes + this.nodes.bytes + this.nameRecords.bytes + this.names.bytes;
    for (const b of this.nameBlocks) n += b.length;
    return n;
  }

  /** Bytes of the distinct names stored (latin1: one a character; else two), prefixes left out. */
  get nameBytes(): number {
    return this.nameBytesUsed;
  }

  /** Distinct names stored. */
  get nameCountStored(): number {
    return this.nameCount - 1;
  }

  parentOf(id: number): number {
    return this.nodeRecords.get(id * RECORD + PARENT);
  }

  /** The node of a normalised path (`a/b/c`, '' for the root), added when new. */
  intern(path: string): number {
    if (path === '') return 0;
    let start = 0;
    let id = 0;
    const slash = path.lastIndexOf('/');
    const dir = this.lastDir;
    if (slash >= 0 && slash === dir.length && path.startsWith(dir)) {
      id = this.lastDirId;
      start = slash + 1;
    }
    for (;;) {
      const end = path.indexOf('/', start);
      if (end < 0) {
        if (slash >= 0 && id !== this.lastDirId) {
          this.lastDir = path.slice(0, slash);
          this.lastDirId = id;
        }
        return this.child(id, this.name(path, start, path.length, true), true);
      }
      id = this.child(id, this.name(path, start, end, true), true);
      start = end + 1;
    }
  }

  /**
   * The node of the normalised ASCII path `buf[start, end)` (not empty, at most PATH_BYTES_MAX
   * bytes), added when new: the same node as `intern` of its text, found with no string made. The
   * folders of the previous path given here are kept, so that only the segments after the part it
   * shares with this one are looked up (tar entries come folder by folder).
   */
  internBytes(buf: Uint8Array, start: number, end: number): number {
    const n = end - start;
    if (n > PATH_BYTES_MAX)
      return this.intern(Buffer.from(buf.buffer, buf.byteOffset + start, n).toString('latin1'));
    const prev = this.prevPath;
    const m = n < this.prevLen ? n : this.prevLen;
    let same = 0;
    while (same < m && buf[start + same] === prev[same]) same++;
    // The previous path's folders that end before the first difference are this path's too.
    const slashes = this.prevSlash;
    let k = 0;
    while (k < this.prevSlashes && slashes[k] < same) k++;
    let id = k > 0 ? this.prevDir[k - 1] : 0;
    let seg = k > 0 ? slashes[k - 1] + 1 : 0;
    // Kept consistent as it goes (`child` may throw PathTableFullError): the bytes up to prevLen and
    // the folders up to prevSlashes are this path's.
    this.prevLen = same;
    this.prevSlashes = k;
    // One pass over the rest: copied, hashed segment by segment, folders looked up at each slash.
    let h = HASH_SEED;
    for (let i = seg; i < same; i++) h = hashStep(h, prev[i]);
    for (let i = same; i < n; i++) {
      const c = buf[start + i];
      prev[i] = c;
      if (c !== 0x2f) {
        h = hashStep(h, c);
        continue;
      }
      id = this.childOfBytes(id, prev, seg, i, hashEnd(h));
      slashes[k] = i;
      this.prevDir[k] = id;
      this.prevSlashes = ++k;
      seg = i + 1;
      h = HASH_SEED;
    }
    this.prevLen = n;
    return this.childOfBytes(id, prev, seg, n, hashEnd(h));
  }

  /** The node (parent, the ASCII name `b[start, end)` of hash `h`), added when new. */
  private childOfBytes(parent: number, b: Uint8Array, start: number, end: number, h: number): number {
    const names = this.nameCount;
    const name = this.nameOfBytes(b, start, end, h);
    // A name stored just now is in no node yet: the node is new, with no chain to search for it (a
    // random read a step, most of what adding a path costs in a large table).
    return name >= names
      ? this.addChild(parent, name, nodeHash(parent, name))
      : this.child(parent, name, true);
  }

  /** The node of a normalised path, or -1 when no layer has it. */
  lookup(path: string): number {
    if (path === '') return 0;
    let start = 0;
    let id = 0;
    for (;;) {
      const end = path.indexOf('/', start);
      const name = this.name(path, start, end < 0 ? path.length : end, false);
      if (name === NONE) return NONE;
      id = this.child(id, name, false);
      if (id < 0 || end < 0) return id;
      start = end + 1;
    }
  }

  /** The node (parent, name), added when new and `add`; -1 when absent. */
  private child(parent: number, name: number, add: boolean): number {
    const h = nodeHash(parent, name);
    const records = this.nodeRecords;
    for (let id = this.nodes.first(h); id !== 0; id = records.get(id * RECORD + LINK))
      if (records.get(id * RECORD + NAME) === name && records.get(id * RECORD + PARENT) === parent) return id;
    if (!add) return NONE;
    return this.addChild(parent, name, h);
  }

  /** Adds the node (parent, name) of hash `h`, which is not in the table. */
  private addChild(parent: number, name: number, h: number): number {
    if (this.count >= this.maxNodes || this.count > MAX_PATH_IDS)
      throw new PathTableFullError(`more than ${Math.min(this.maxNodes, MAX_PATH_IDS)} distinct paths`);
    const id = this.count++;
    const records = this.nodeRecords;
    records.set(id * RECORD + PARENT, parent);
    records.set(id * RECORD + NAME, name);
    this.nodes.add(id, h);
    return id;
  }

  /**
   * The id of the ASCII name `b[start, end)` of hash `h` (hashed as `name` hashes its text), stored
   * when new.
   */
  private nameOfBytes(b: Uint8Array, start: number, end: number, h: number): number {
    const records = this.nameRecords;
    const len = end - start;
    for (let id = this.names.first(h); id !== 0; id = records.get(id * RECORD + LINK)) {
      if (records.get(id * RECORD + HASH) !== h) continue;
      const v = this.locate(id);
      if (v !== len << 1) continue; // another length, or stored wide
      const block = this.spanBlock;
      const at = this.spanAt - start;
      let i = start;
      while (i < end && block[at + i] === b[i]) i++;
      if (i === end) return id;
    }
    const block = this.newName(h, len, false);
    let at = this.spanAt;
    for (let i = start; i < end; i++) block[at++] = b[i];
    return this.nameCount - 1;
  }

  /** The id of the name `s[start, end)`, stored when new and `add`; -1 when absent. */
  private name(s: string, start: number, end: number, add: boolean): number {
    let h = HASH_SEED;
    let wide = false;
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c > 0xff) wide = true;
      h = hashStep(h, c);
    }
    h = hashEnd(h);
    const records = this.nameRecords;
    for (let id = this.names.first(h); id !== 0; id = records.get(id * RECORD + LINK))
      if (records.get(id * RECORD + HASH) === h && this.sameName(id, s, start, end)) return id;
    if (!add) return NONE;
    const block = this.newName(h, end - start, wide);
    let at = this.spanAt;
    if (wide) {
      for (let i = start; i < end; i++) {
        const c = s.charCodeAt(i);
        block[at++] = c & 0xff;
        block[at++] = c >>> 8;
      }
    } else for (let i = start; i < end; i++) block[at++] = s.charCodeAt(i);
    return this.nameCount - 1;
  }

  /**
   * Adds a name of `len` characters and hash `h` (its id: nameCount - 1): writes its prefix and
   * returns the block its bytes go to, from `spanAt` (the caller writes them).
   */
  private newName(h: number, len: number, wide: boolean): Buffer {
    if (len > MAX_SEGMENT_LENGTH)
      throw new PathTableFullError(`a path segment longer than ${MAX_SEGMENT_LENGTH} characters`);
    if (this.nameCount > MAX_PATH_IDS)
      throw new PathTableFullError(`more than ${MAX_PATH_IDS} distinct path names`);
    const v = (len << 1) | (wide ? 1 : 0);
    const bytes = wide ? 2 * len : len;
    const prefix = v < 0x80 ? 1 : 3;
    if (this.lastBlockUsed + prefix + bytes > this.lastBlockSize) {
      if (this.nameBlocks.length >= NAME_BLOCKS_MAX)
        throw new PathTableFullError(`more than ${2 ** 32} bytes of path names`);
      const size =
        this.nameBlocks.length === 0 && prefix + bytes <= FIRST_NAME_BLOCK ? FIRST_NAME_BLOCK : NAME_BLOCK;
      this.nameBlocks.push(Buffer.allocUnsafeSlow(size));
      this.lastBlockUsed = 0;
      this.lastBlockSize = size;
    }
    const block = this.nameBlocks[this.nameBlocks.length - 1];
    let at = this.lastBlockUsed;
    const id = this.nameCount++;
    const records = this.nameRecords;
    records.set(id * RECORD + HASH, h | 0);
    records.set(id * RECORD + AT, ((this.nameBlocks.length - 1) << NAME_BLOCK_SHIFT) | at | 0);
    if (prefix === 1) block[at++] = v;
    else {
      block[at++] = 0x80;
      block[at++] = v & 0xff;
      block[at++] = v >>> 8;
    }
    this.lastBlockUsed = at + bytes;
    this.nameBytesUsed += bytes;
    this.names.add(id, h);
    this.spanAt = at;
    return block;
  }

  /** Set by `locate`: the block of a name and where its bytes start (after the prefix). */
  private spanBlock: Buffer = Buffer.alloc(0);
  private spanAt = 0;

  /** Finds name `id` (spanBlock, spanAt); returns its prefix value, `length << 1 | wide`. */
  private locate(id: number): number {
    const off = this.nameRecords.get(id * RECORD + AT) >>> 0;
    const block = this.nameBlocks[off >>> NAME_BLOCK_SHIFT];
    let at = off & (NAME_BLOCK - 1);
    let v = block[at++];
    if (v === 0x80) {
      v = block[at] | (block[at + 1] << 8);
      at += 2;
    }
    this.spanBlock = block;
    this.spanAt = at;
    return v;
  }

  private sameName(id: number, s: string, start: number, end: number): boolean {
    const v = this.locate(id);
    const block = this.spanBlock;
    const at = this.spanAt;
    const len = v >>> 1;
    if (len !== end - start) return false;
    if (v & 1) {
      for (let i = 0; i < len; i++)
        if ((block[at + 2 * i] | (block[at + 2 * i + 1] << 8)) !== s.charCodeAt(start + i)) return false;
    } else {
      for (let i = 0; i < len; i++) if (block[at + i] !== s.charCodeAt(start + i)) return false;
    }
    return true;
  }

  /** The last segment of a node's path. */
  nameOf(id: number): string {
    if (id === 0) return '';
    const v = this.locate(this.nodeRecords.get(id * RECORD + NAME));
    const block = this.spanBlock;
    const at = this.spanAt;
    const len = v >>> 1;
    if ((v & 1) === 0) return block.toString('latin1', at, at + len);
    let out = '';
    for (let i = 0; i < len; i++)
      out += String.fromCharCode(block[at + 2 * i] | (block[at + 2 * i + 1] << 8));
    return out;
  }

  /** The whole path of a node (`a/b/c`). */
  pathOf(id: number): string {
    if (id <= 0) return '';
    const parent = this.parentOf(id);
    if (parent === 0) return this.nameOf(id);
    if (parent !== this.lastPathDir) {
      let dir = this.nameOf(parent);
      for (let p = this.parentOf(parent); p > 0; p = this.parentOf(p)) dir = this.nameOf(p) + '/' + dir;
      this.lastPathDir = parent;
      this.lastPathDirPath = dir;
    }
    return this.lastPathDirPath + '/' + this.nameOf(id);
  }

  /**
   * Releases the slack of the last blocks, when the input has been read (interning more afterwards
   * works: names go to a new block).
   */
  trim(): void {
    this.nodeRecords.trim(this.count * RECORD);
    this.nodes.trim();
    this.nameRecords.trim(this.nameCount * RECORD);
    this.names.trim();
    const last = this.nameBlocks.length - 1;
    if (last >= 0 && this.lastBlockUsed < this.nameBlocks[last].length) {
      this.nameBlocks[last] = Buffer.from(this.nameBlocks[last].subarray(0, this.lastBlockUsed));
      this.lastBlockSize = this.lastBlockUsed; // full: the next name starts a new block
    }
  }
}

const TYPES: LayerFileType[] = ['file', 'dir', 'symlink', 'hardlink', 'char', 'block', 'fifo', 'other'];
const TYPE_CODE: Record<LayerFileType, number> = {
  file: 0,
  dir: 1,
  symlink: 2,
  hardlink: 3,
  char: 4,
  block: 5,
  fifo: 6,
  other: 7,
};
const WHITEOUTS = [undefined, 'file', 'opaque'] as const;

/** `bits` of an entry: mode (12 bits), type (3 bits), whiteout (2 bits), owner (15 bits). */
const MODE_MASK = 0o7777;
const TYPE_SHIFT = 12;
const WHITEOUT_SHIFT = 15;
const OWNER_SHIFT = 17;
/** In the owner bits: the owner is in `bigOwners` (a layer with more than 32,766 distinct owners). */
const OWNER_SPILLED = 0x7fff;
/** In the size column: the size is in `bigSizes` (4 GiB or more, or not a whole number). */
const SIZE_SPILLED = 0xffffffff;

/**
 * The entries of one layer, in tar order, as columns. `get(i)` (and iterating) gives `LayerFile`
 * objects, made on demand; the accessors read one field without making any.
 */
export class LayerFiles implements Iterable<LayerFile> {
  private readonly pathIds = new Int32Blocks();
  /** Sizes as unsigned 32-bit values; SIZE_SPILLED: in bigSizes. */
  private readonly sizes = new Int32Blocks();
  private readonly bits = new Int32Blocks();
  private bigSizes?: Map<number, number>;
  private bigOwners?: Map<number, number>;
  /**
   * Distinct `uid:gid` pairs of the layer (a few), by owner id. Root (0:0), which owns most entries,
   * is owner 0 from the start, so that a layer of root's files never looks an owner up in `push`:
   * the first entry of every layer did, and V8, which had seen that branch run only on the very
   * first entry (before it records type feedback), threw the code it had optimised away there.
   */
  private readonly ownerIds = new Map<string, number>([['0:0', 0]]);
  private readonly ownerList: number[] = [0, 0];
  private lastUid = 0;
  private lastGid = 0;
  private lastOwner = 0;
  private links?: Map<number, string>;
  private keyHeaders?: Map<number, string>;
  private contents?: Map<number, string>;
  length = 0;

  constructor(readonly paths: PathTable = new PathTable()) {}

  /** An index of the given entries (tests, models built by hand). */
  static from(files: Iterable<LayerFile>, paths: PathTable = new PathTable()): LayerFiles {
    const out = new LayerFiles(paths);
    for (const f of files) {
      const i = out.push(paths.intern(f.path), f.type, f.whiteout, f.size, f.mode, f.uid, f.gid);
      if (f.linkTarget !== undefined) out.setLinkTarget(i, f.linkTarget);
      if (f.keyHeader !== undefined) out.setKeyHeader(i, f.keyHeader);
      if (f.content !== undefined) out.setContent(i, f.content);
    }
    out.trim();
    return out;
  }

  /** Appends an entry; returns its index. */
  push(
    pathId: number,
    type: LayerFileType,
    whiteout: LayerFile['whiteout'],
    size: number,
    mode: number,
    uid: number,
    gid: number,
  ): number {
    const i = this.length++;
    this.pathIds.set(i, pathId);
    if (size >= 0 && size < SIZE_SPILLED && Math.floor(size) === size) this.sizes.set(i, size | 0);
    else {
      this.sizes.set(i, SIZE_SPILLED | 0);
      (this.bigSizes ??= new Map()).set(i, size);
    }
    let owner = this.lastOwner;
    if (uid !== this.lastUid || gid !== this.lastGid) {
      const key = `${uid}:${gid}`;
      const known = this.ownerIds.get(key);
      if (known === undefined) {
        owner = this.ownerList.length / 2;
        this.ownerIds.set(key, owner);
        this.ownerList.push(uid, gid);
      } else owner = known;
      this.lastUid = uid;
      this.lastGid = gid;
      this.lastOwner = owner;
    }
    let ownerBits = owner;
    if (owner >= OWNER_SPILLED) {
      ownerBits = OWNER_SPILLED;
      (this.bigOwners ??= new Map()).set(i, owner);
    }
    const wh = whiteout === 'file' ? 1 : whiteout === 'opaque' ? 2 : 0;
    this.bits.set(
      i,
      (mode & MODE_MASK) |
        (TYPE_CODE[type] << TYPE_SHIFT) |
        (wh << WHITEOUT_SHIFT) |
        (ownerBits << OWNER_SHIFT),
    );
    return i;
  }

  setLinkTarget(i: number, target: string): void {
    (this.links ??= new Map()).set(i, target);
  }
  setKeyHeader(i: number, header: string): void {
    (this.keyHeaders ??= new Map()).set(i, header);
  }
  setContent(i: number, text: string): void {
    (this.contents ??= new Map()).set(i, text);
  }

  /** Releases the slack of the last blocks (when the layer has been read). */
  trim(): void {
    this.pathIds.trim(this.length);
    this.sizes.trim(this.length);
    this.bits.trim(this.length);
  }

  /** Bytes held by the columns (sparse maps and the shared path table not counted). */
  get bytes(): number {
    return this.pathIds.bytes + this.sizes.bytes + this.bits.bytes;
  }

  pathIdAt(i: number): number {
    return this.pathIds.get(i);
  }
  pathAt(i: number): string {
    return this.paths.pathOf(this.pathIds.get(i));
  }
  typeAt(i: number): LayerFileType {
    return TYPES[(this.bits.get(i) >>> TYPE_SHIFT) & 7];
  }
  /** Whether entry i is a regular file (not a whiteout): the entries that hold bytes. */
  isPlainFile(i: number): boolean {
    return (this.bits.get(i) & (0x1f << TYPE_SHIFT)) === 0;
  }
  sizeAt(i: number): number {
    const s = this.sizes.get(i) >>> 0;
    return s === SIZE_SPILLED ? this.bigSizes!.get(i)! : s;
  }
  modeAt(i: number): number {
    return this.bits.get(i) & MODE_MASK;
  }
  whiteoutAt(i: number): LayerFile['whiteout'] {
    return WHITEOUTS[(this.bits.get(i) >>> WHITEOUT_SHIFT) & 3];
  }
  private ownerAt(i: number): number {
    const o = this.bits.get(i) >>> OWNER_SHIFT;
    return o === OWNER_SPILLED ? this.bigOwners!.get(i)! : o;
  }
  uidAt(i: number): number {
    return this.ownerList[2 * this.ownerAt(i)];
  }
  gidAt(i: number): number {
    return this.ownerList[2 * this.ownerAt(i) + 1];
  }
  linkTargetAt(i: number): string | undefined {
    return this.links?.get(i);
  }
  keyHeaderAt(i: number): string | undefined {
    return this.keyHeaders?.get(i);
  }
  contentAt(i: number): string | undefined {
    return this.contents?.get(i);
  }
  /** Entries with a key header (few): their indexes. */
  keyHeaderEntries(): IterableIterator<number> {
    return (this.keyHeaders ?? new Map<number, string>()).keys();
  }

  /** Entry i as an object (made now; not kept). */
  get(i: number, path = this.pathAt(i)): LayerFile {
    const f: LayerFile = {
      path,
      type: this.typeAt(i),
      size: this.sizeAt(i),
      mode: this.modeAt(i),
      uid: this.uidAt(i),
      gid: this.gidAt(i),
    };
    const wh = this.whiteoutAt(i);
    if (wh) f.whiteout = wh;
    const link = this.links?.get(i);
    if (link !== undefined) f.linkTarget = link;
    const key = this.keyHeaders?.get(i);
    if (key !== undefined) f.keyHeader = key;
    const content = this.contents?.get(i);
    if (content !== undefined) f.content = content;
    return f;
  }

  *[Symbol.iterator](): Iterator<LayerFile> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }

  /** Every entry as an object (tests, small layers). */
  toArray(): LayerFile[] {
    return [...this];
  }
}
