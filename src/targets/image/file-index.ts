/**
 * The compact, columnar file index of image layers (issue 15, item 4). A layer of a real image has
 * tens of thousands of entries, and a hostile one hundreds of thousands: one JS object and one path
 * string per entry cost about 0.4 KB each (the whole process grew by ~0.41 KB per entry). Here:
 *
 * - `PathTable`: every path of one input, interned once as a tree of (parent, name) nodes shared by
 *   all its layers (and all its images). Names are stored as bytes in one buffer, the nodes in typed
 *   arrays, the (parent, name) -> node lookup in an open-addressing hash table of node ids. A path
 *   costs its last segment's bytes plus about 18 bytes, whatever its depth.
 * - `LayerFiles`: the entries of one layer in tar order, as columns (path node, size, type/mode/
 *   whiteout bits, owner) of about 20 bytes an entry; link targets, key headers and package database
 *   texts, which few entries have, in sparse maps.
 *
 * Both grow by doubling and are trimmed when a layer ends. Objects (`LayerFile`, path strings) are
 * made only when asked for one entry: by a rule that reports it, by a test, by the baseline diff.
 */
import type { LayerFile, LayerFileType } from './model.js';

const NONE = -1;
/** Bit 15 of a name length: the name is stored as UTF-16 code units (2 bytes each), not latin1. */
const WIDE = 0x8000;

/** The longest path segment stored; longer names are refused by the tar limits (4096) long before. */
export const MAX_SEGMENT_LENGTH = 0x7fff;

export class PathTableFullError extends Error {}

function grown<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array>(
  a: T,
  need: number,
): T {
  if (need <= a.length) return a;
  let n = Math.max(a.length * 2, 16);
  while (n < need) n *= 2;
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

function trimmed<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array>(
  a: T,
  length: number,
): T {
  return length === a.length ? a : (a.slice(0, length) as T);
}

/**
 * Paths as a tree of nodes: node 0 is the root (''), every other node a (parent, name) pair. Interning
 * the same path twice gives the same node id, so node ids are path identities across layers.
 */
export class PathTable {
  private parents = new Int32Array(1024);
  private nameAt = new Uint32Array(1024);
  private nameLen = new Uint16Array(1024);
  private names = new Uint8Array(16 * 1024);
  /** `names` as a Buffer, to decode latin1 names natively. */
  private namesView = Buffer.from(this.names.buffer, this.names.byteOffset, this.names.byteLength);
  private namesUsed = 0;
  /** The last folder whose path was made by pathOf (siblings are usually asked for in a row). */
  private lastPathDir = -1;
  private lastPathDirPath = '';
  /** Open addressing: node ids (0 = empty slot: the root is never anyone's child). */
  private slots = new Int32Array(2048);
  private mask = 2047;
  /** Nodes, the root included. */
  count = 1;
  /** The last folder interned, to skip re-walking it (consecutive tar entries share their folder). */
  private lastDir = '';
  private lastDirId = 0;

  /** At most this many nodes (the input's folders and files); `intern` throws PathTableFullError. */
  constructor(readonly maxNodes = Infinity) {
    this.parents[0] = NONE;
  }

  /** Bytes held by the table (typed arrays as allocated). */
  get bytes(): number {
    return (
      this.parents.byteLength +
      this.nameAt.byteLength +
      this.nameLen.byteLength +
      this.names.byteLength +
      this.slots.byteLength
    );
  }

  /** Bytes of names stored (segments, not whole paths). */
  get nameBytes(): number {
    return this.namesUsed;
  }

  parentOf(id: number): number {
    return this.parents[id];
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
        return this.child(id, path, start, path.length, true);
      }
      id = this.child(id, path, start, end, true);
      start = end + 1;
    }
  }

  /** The node of a normalised path, or -1 when no layer has it. */
  lookup(path: string): number {
    if (path === '') return 0;
    let start = 0;
    let id = 0;
    for (;;) {
      const end = path.indexOf('/', start);
      id = this.child(id, path, start, end < 0 ? path.length : end, false);
      if (id < 0 || end < 0) return id;
      start = end + 1;
    }
  }

  private static hash(parent: number, s: string, start: number, end: number): number {
    let h = Math.imul(parent ^ 0x9e3779b9, 0x85ebca6b);
    for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return (h ^ (h >>> 15)) >>> 0;
  }

  /** PathTable.hash of a stored node, from its bytes. */
  private hashOf(id: number): number {
    const stored = this.nameLen[id];
    const len = stored & ~WIDE;
    const at = this.nameAt[id];
    const names = this.names;
    let h = Math.imul(this.parents[id] ^ 0x9e3779b9, 0x85ebca6b);
    if (stored & WIDE)
      for (let i = 0; i < len; i++)
        h = Math.imul(h ^ (names[at + 2 * i] | (names[at + 2 * i + 1] << 8)), 0x01000193);
    else for (let i = 0; i < len; i++) h = Math.imul(h ^ names[at + i], 0x01000193);
    return (h ^ (h >>> 15)) >>> 0;
  }

  private sameName(id: number, s: string, start: number, end: number): boolean {
    const stored = this.nameLen[id];
    const len = stored & ~WIDE;
    if (len !== end - start) return false;
    const at = this.nameAt[id];
    const names = this.names;
    if (stored & WIDE) {
      for (let i = 0; i < len; i++)
        if ((names[at + 2 * i] | (names[at + 2 * i + 1] << 8)) !== s.charCodeAt(start + i)) return false;
    } else {
      for (let i = 0; i < len; i++) if (names[at + i] !== s.charCodeAt(start + i)) return false;
    }
    return true;
  }

  private child(parent: number, s: string, start: number, end: number, add: boolean): number {
    const h = PathTable.hash(parent, s, start, end);
    let slot = h & this.mask;
    for (;;) {
      const id = this.slots[slot];
      if (id === 0) break;
      if (this.parents[id] === parent && this.sameName(id, s, start, end)) return id;
      slot = (slot + 1) & this.mask;
    }
    if (!add) return NONE;
    if (end - start > MAX_SEGMENT_LENGTH)
      throw new PathTableFullError(`a path segment longer than ${MAX_SEGMENT_LENGTH} characters`);
    if (this.count >= this.maxNodes)
      throw new PathTableFullError(`more than ${this.maxNodes} distinct paths`);
    const id = this.count++;
    this.parents = grown(this.parents, id + 1);
    this.nameAt = grown(this.nameAt, id + 1);
    this.nameLen = grown(this.nameLen, id + 1);
    let wide = false;
    for (let i = start; i < end; i++) if (s.charCodeAt(i) > 0xff) wide = true;
    const len = end - start;
    const bytes = wide ? 2 * len : len;
    if (this.namesUsed + bytes > this.names.length) {
      this.names = grown(this.names, this.namesUsed + bytes);
      this.namesView = Buffer.from(this.names.buffer, this.names.byteOffset, this.names.byteLength);
    }
    const at = this.namesUsed;
    if (wide) {
      for (let i = 0; i < len; i++) {
        const c = s.charCodeAt(start + i);
        this.names[at + 2 * i] = c & 0xff;
        this.names[at + 2 * i + 1] = c >>> 8;
      }
    } else for (let i = 0; i < len; i++) this.names[at + i] = s.charCodeAt(start + i);
    this.namesUsed += bytes;
    this.parents[id] = parent;
    this.nameAt[id] = at;
    this.nameLen[id] = wide ? len | WIDE : len;
    this.slots[slot] = id;
    // Keep the table at most half full.
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return id;
  }

  private rehash(size: number) {
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 1; id < this.count; id++) {
      let slot = this.hashOf(id) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id;
    }
  }

  /** The last segment of a node's path. */
  nameOf(id: number): string {
    if (id === 0) return '';
    const stored = this.nameLen[id];
    const len = stored & ~WIDE;
    const at = this.nameAt[id];
    if (stored & WIDE) {
      let out = '';
      for (let i = 0; i < len; i++)
        out += String.fromCharCode(this.names[at + 2 * i] | (this.names[at + 2 * i + 1] << 8));
      return out;
    }
    return this.namesView.toString('latin1', at, at + len);
  }

  /** The whole path of a node (`a/b/c`). */
  pathOf(id: number): string {
    if (id <= 0) return '';
    const parent = this.parents[id];
    if (parent === 0) return this.nameOf(id);
    if (parent !== this.lastPathDir) {
      let dir = this.nameOf(parent);
      for (let p = this.parents[parent]; p > 0; p = this.parents[p]) dir = this.nameOf(p) + '/' + dir;
      this.lastPathDir = parent;
      this.lastPathDirPath = dir;
    }
    return this.lastPathDirPath + '/' + this.nameOf(id);
  }

  /**
   * Releases the slack left by doubling, when the input has been read (interning more afterwards
   * works, and grows the arrays again).
   */
  trim(): void {
    this.parents = trimmed(this.parents, Math.max(this.count, 1));
    this.nameAt = trimmed(this.nameAt, this.count);
    this.nameLen = trimmed(this.nameLen, this.count);
    this.names = trimmed(this.names, this.namesUsed);
    this.namesView = Buffer.from(this.names.buffer, this.names.byteOffset, this.names.byteLength);
  }
}

const TYPES: LayerFileType[] = ['file', 'dir', 'symlink', 'hardlink', 'char', 'block', 'fifo', 'other'];
const TYPE_CODE = new Map(TYPES.map((t, i) => [t, i]));
const WHITEOUTS = [undefined, 'file', 'opaque'] as const;

/** `bits` of an entry: mode (12 bits), type (3 bits), whiteout (2 bits). */
const MODE_MASK = 0o7777;
const TYPE_SHIFT = 12;
const WHITEOUT_SHIFT = 15;

/**
 * The entries of one layer, in tar order, as columns. `get(i)` (and iterating) gives `LayerFile`
 * objects, made on demand; the accessors read one field without making any.
 */
export class LayerFiles implements Iterable<LayerFile> {
  private pathIds = new Int32Array(64);
  private sizes = new Float64Array(64);
  private bits = new Uint32Array(64);
  private owners = new Uint32Array(64);
  /** Distinct `uid:gid` pairs of the layer (a few), by owner id. */
  private ownerIds = new Map<string, number>();
  private ownerList: number[] = [];
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
    if (i >= this.pathIds.length) {
      this.pathIds = grown(this.pathIds, i + 1);
      this.sizes = grown(this.sizes, i + 1);
      this.bits = grown(this.bits, i + 1);
      this.owners = grown(this.owners, i + 1);
    }
    this.pathIds[i] = pathId;
    this.sizes[i] = size;
    const wh = whiteout === 'file' ? 1 : whiteout === 'opaque' ? 2 : 0;
    this.bits[i] = (mode & MODE_MASK) | (TYPE_CODE.get(type)! << TYPE_SHIFT) | (wh << WHITEOUT_SHIFT);
    const key = `${uid}:${gid}`;
    let owner = this.ownerIds.get(key);
    if (owner === undefined) {
      owner = this.ownerList.length / 2;
      this.ownerIds.set(key, owner);
      this.ownerList.push(uid, gid);
    }
    this.owners[i] = owner;
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

  /** Releases the slack left by doubling (when the layer has been read). */
  trim(): void {
    this.pathIds = trimmed(this.pathIds, this.length);
    this.sizes = trimmed(this.sizes, this.length);
    this.bits = trimmed(this.bits, this.length);
    this.owners = trimmed(this.owners, this.length);
  }

  /** Bytes held by the columns (sparse maps and the shared path table not counted). */
  get bytes(): number {
    return this.pathIds.byteLength + this.sizes.byteLength + this.bits.byteLength + this.owners.byteLength;
  }

  pathIdAt(i: number): number {
    return this.pathIds[i];
  }
  pathAt(i: number): string {
    return this.paths.pathOf(this.pathIds[i]);
  }
  typeAt(i: number): LayerFileType {
    return TYPES[(this.bits[i] >>> TYPE_SHIFT) & 7];
  }
  sizeAt(i: number): number {
    return this.sizes[i];
  }
  modeAt(i: number): number {
    return this.bits[i] & MODE_MASK;
  }
  whiteoutAt(i: number): LayerFile['whiteout'] {
    return WHITEOUTS[(this.bits[i] >>> WHITEOUT_SHIFT) & 3];
  }
  uidAt(i: number): number {
    return this.ownerList[2 * this.owners[i]];
  }
  gidAt(i: number): number {
    return this.ownerList[2 * this.owners[i] + 1];
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
      size: this.sizes[i],
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
