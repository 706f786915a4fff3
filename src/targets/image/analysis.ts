/**
 * Pure analyses over an ImageModel's layer file indexes, shared by the image rules and the report
 * stats, and memoised per model (rules run many times on the same model):
 *
 * - the final file system: the layers stacked with OCI whiteout semantics (a whiteout hides the path
 *   in the layers below; an opaque whiteout hides everything the layers below had in the folder;
 *   whiteouts only apply to lower layers, so each layer's whiteouts are applied before its files);
 * - wasted bytes, exactly: the bytes of every layer entry that is not part of the final file system
 *   because a later entry hid it — overwritten (the same path written again, in a later layer or later
 *   in the same layer), deleted by a whiteout, hidden by an opaque whiteout, or replaced by a folder or
 *   a file of another type. These are the bytes shipped and pulled but never seen; the copy that is
 *   kept is not counted. Every output (the headline, the per-layer column, the per-file list, the rule)
 *   uses this one figure;
 * - dive's efficiency score, kept as dive defines it because policies are written against it: every
 *   leaf path of every layer is visited, and the score is Σ smallest size seen per path / Σ all sizes
 *   seen. One deliberate difference: dive counts a removed *folder* as one path seen once, so `rm -rf`
 *   of a folder never lowers the score; here each removed file counts as that file's path seen again
 *   (what dive already does for a removed single file).
 */
import type { ImageLayer, ImageModel, LayerFile } from './model.js';
import { WASTED_FILES_KEPT } from './model.js';
import { PathTable } from './file-index.js';
import type { LayerFiles } from './file-index.js';
import { diffPackages, packagesOf } from './packages.js';
import type { PackageChange } from './packages.js';

/** A path of the final file system with the layer (0-based) it comes from. */
export interface VisibleFile {
  path: string;
  file: LayerFile;
  layer: number;
}

/** One path whose bytes are shipped but hidden in the final file system. */
export interface WastedFile {
  path: string;
  /** Bytes of every hidden copy of the path. */
  size: number;
  /** 0-based layers that wrote the hidden copies, in order. */
  layers: number[];
  /** 0-based layer that hid the last hidden copy (overwrote or deleted it). */
  hiddenBy: number;
}

export interface ImageAnalysis {
  /** Every visible path of the final file system (directories included), by path. */
  visible: VisibleFiles;
  /** dive's efficiency score (0..1). */
  efficiency: number;
  /** Bytes of the layer entries hidden in the final file system (see above); Σ hiddenBytes. */
  wastedBytes: number;
  /** Bytes of the layers after the first (dive's "user" bytes). */
  userBytes: number;
  /** wastedBytes / userBytes (0 when there are no user bytes). */
  userWastedRatio: number;
  /**
   * The paths with hidden bytes, largest first (then by path): the first WASTED_FILES_KEPT of them
   * (a hostile image may have hundreds of thousands; the rest are counted in `wastedFilesOmitted`).
   */
  wastedFiles: WastedFile[];
  /** Paths with hidden bytes left out of `wastedFiles`, and their bytes. */
  wastedFilesOmitted: { count: number; bytes: number };
  /** Per layer (0-based): bytes of its entries that later entries hide. */
  hiddenBytes: number[];
}

/** Node flags of the final tree. */
const PRESENT = 1;
/** dive's smallest size seen of the path is in effMin. */
const EFF = 2;
/** The path was removed by a whiteout: dive's smallest size seen of it is 0. */
const REMOVED = 4;
const NONE = -1;
/** In effMin: the size is in effMinSpilled (4 GiB or more). */
const MIN_SPILLED = 0xffffffff;

/**
 * The final file system, built layer by layer over the input's PathTable: the nodes are the table's
 * path ids, and the state of each (in the tree or not, the layer entry it holds, its children as a
 * doubly linked list, dive's smallest size seen) lives in typed arrays, 23 bytes a path while it is
 * built and 15 afterwards (layers are counted in 16 bits when there are fewer than 65,535). Children
 * are linked at the head of their folder's list while the tree is built (no tail pointer to keep) and
 * the lists are reversed when it is done: the order is then the order they were added in. dive's
 * other figure, the sum of every size seen, is one running total (`seenSum`). Nothing is made per
 * path but for the paths that are reported.
 */
class Tree {
  readonly flags: Uint8Array;
  /** The layer a node's entry (or the folder) comes from; NONE (or 0xffff) for the root. */
  readonly layerOf: Uint16Array | Int32Array;
  /** The layer entry the node holds (-1: a folder no layer listed, or none). */
  readonly entryOf: Int32Array;
  readonly first: Int32Array;
  readonly next: Int32Array;
  /** Needed while the tree is built only (released by `efficiency`): 8 bytes a path. */
  private prev: Int32Array;
  /** dive's smallest size seen of a path (unsigned; MIN_SPILLED: in effMinSpilled). */
  private effMin: Uint32Array;
  private effMinSpilled = new Map<number, number>();
  /** dive's smallest sizes of nodes dropped without being "seen" removed (folders replaced by files…). */
  closedMin = 0;
  /** dive's sum of every size seen: every entry's size, once. */
  seenSum = 0;

  /** `hide(layer, entry, node, by)` is told of every entry pushed out of the tree, and by which layer. */
  constructor(
    readonly table: PathTable,
    private readonly hide: (layer: number, entry: number, node: number, by: number) => void,
    private readonly typeOf: (layer: number, entry: number) => LayerFile['type'],
    layers: number,
  ) {
    const n = table.count;
    this.flags = new Uint8Array(n);
    this.layerOf = layers < 0xffff ? new Uint16Array(n) : new Int32Array(n);
    this.entryOf = new Int32Array(n).fill(NONE);
    this.first = new Int32Array(n).fill(NONE);
    this.next = new Int32Array(n).fill(NONE);
    this.prev = new Int32Array(n).fill(NONE);
    this.effMin = new Uint32Array(n);
    this.flags[0] = PRESENT;
    this.layerOf[0] = NONE;
  }

  private minOf(node: number): number {
    const m = this.effMin[node];
    return m === MIN_SPILLED ? this.effMinSpilled.get(node)! : m;
  }

  private setMin(node: number, size: number) {
    if (size < MIN_SPILLED && Math.floor(size) === size) this.effMin[node] = size;
    else {
      this.effMin[node] = MIN_SPILLED;
      this.effMinSpilled.set(node, size);
    }
  }

  private link(node: number, layer: number) {
    const p = this.table.parentOf(node);
    const head = this.first[p];
    this.prev[node] = NONE;
    this.next[node] = head;
    if (head >= 0) this.prev[head] = node;
    this.first[p] = node;
    this.flags[node] |= PRESENT;
    this.layerOf[node] = layer;
    this.entryOf[node] = NONE;
  }

  private unlink(node: number) {
    const p = this.table.parentOf(node);
    const before = this.prev[node];
    const after = this.next[node];
    if (before >= 0) this.next[before] = after;
    else this.first[p] = after;
    if (after >= 0) this.prev[after] = before;
  }

  /** Puts a node's folders in the tree; a file where a folder is now needed is replaced by it. */
  private ensureParents(node: number, layer: number) {
    const parent = this.table.parentOf(node);
    let a = parent;
    while (a > 0 && !(this.flags[a] & PRESENT)) a = this.table.parentOf(a);
    // The nearest folder in the tree: the only one that may be a file (a node with children never is).
    if (a > 0 && this.entryOf[a] >= 0 && this.typeOf(this.layerOf[a], this.entryOf[a]) !== 'dir') {
      this.hide(this.layerOf[a], this.entryOf[a], a, layer);
      this.entryOf[a] = NONE;
    }
    // The missing folders below it (each goes into its own parent's list: their order is free).
    for (let m = parent; m !== a; m = this.table.parentOf(m)) this.link(m, layer);
  }

  /** Drops a subtree: hides its files; `seen` leaves are dive's removed paths (seen again, size 0). */
  private drop(root: number, by: number, seen: boolean) {
    const stack = [root];
    while (stack.length > 0) {
      const n = stack.pop()!;
      const entry = this.entryOf[n];
      if (entry >= 0) this.hide(this.layerOf[n], entry, n, by);
      const leaf = this.first[n] < 0;
      const f = this.flags[n];
      if (f & EFF) {
        if (seen && leaf && entry >= 0) {
          this.flags[n] = (f & ~EFF) | REMOVED;
          this.effMin[n] = 0;
        } else {
          this.closedMin += this.minOf(n);
          this.flags[n] = f & ~EFF;
        }
      }
      for (let k = this.first[n]; k >= 0; k = this.next[k]) stack.push(k);
      this.flags[n] &= ~PRESENT;
      this.entryOf[n] = NONE;
      this.first[n] = NONE;
    }
  }

  /** A whiteout of layer `by`: removes the path and everything under it. */
  remove(node: number, by: number): void {
    if (node === 0) return;
    if (!(this.flags[node] & PRESENT)) {
      // Nothing to remove: dive still sees the path, with 0 bytes.
      this.flags[node] |= REMOVED;
      this.effMin[node] = 0;
      return;
    }
    this.unlink(node);
    this.drop(node, by, true);
  }

  /** An opaque whiteout of layer `by`: empties the folder. */
  clear(node: number, by: number): void {
    if (!(this.flags[node] & PRESENT) || this.first[node] < 0) return;
    const kids: number[] = [];
    for (let k = this.first[node]; k >= 0; k = this.next[k]) kids.push(k);
    this.first[node] = NONE;
    for (const k of kids) this.drop(k, by, true);
  }

  /** Entry `entry` of layer `layer`, at path node `node`, `size` bytes of content. */
  set(node: number, layer: number, entry: number, type: LayerFile['type'], size: number): void {
    this.ensureParents(node, layer);
    if (!(this.flags[node] & PRESENT)) this.link(node, layer);
    const old = this.entryOf[node];
    if (old >= 0) this.hide(this.layerOf[node], old, node, layer);
    if (type !== 'dir' && this.first[node] >= 0) {
      const kids: number[] = [];
      for (let k = this.first[node]; k >= 0; k = this.next[k]) kids.push(k);
      this.first[node] = NONE;
      for (const k of kids) this.drop(k, layer, false);
    }
    this.entryOf[node] = entry;
    this.layerOf[node] = layer;
    // dive sees the path again with this entry's size.
    this.seenSum += size;
    const f = this.flags[node];
    if (f & EFF) {
      if (size < this.minOf(node)) this.setMin(node, size);
    } else if (f & REMOVED) {
      this.effMin[node] = 0;
      this.flags[node] = (f & ~REMOVED) | EFF;
    } else {
      this.setMin(node, size);
      this.flags[node] = f | EFF;
    }
  }

  /**
   * dive's score: Σ smallest size seen per path / Σ sizes seen. Ends the building: what only building
   * needs is released, and the tree is read through `first`/`next` from then on.
   */
  efficiency(): number {
    let minSum = this.closedMin;
    for (let n = 0; n < this.flags.length; n++) {
      if (this.flags[n] & EFF) minSum += this.minOf(n);
      // Children were linked at the head: reversed, they are in the order they were added.
      let k = this.first[n];
      let reversed = NONE;
      while (k >= 0) {
        const after = this.next[k];
        this.next[k] = reversed;
        reversed = k;
        k = after;
      }
      this.first[n] = reversed;
    }
    this.prev = new Int32Array(0);
    this.effMin = new Uint32Array(0);
    this.effMinSpilled.clear();
    const allSum = this.seenSum;
    return allSum === 0 ? 1 : minSum / allSum;
  }

  /** Levels the last `following` went up (-1: down to a child). */
  climbed = 0;

  /**
   * The node after `n` in tree order (children in the order they were added, before the next
   * sibling); -1 at the end. Sets `climbed`.
   */
  following(n: number): number {
    if (this.first[n] >= 0) {
      this.climbed = -1;
      return this.first[n];
    }
    let up = 0;
    while (n > 0 && this.next[n] < 0) {
      n = this.table.parentOf(n);
      up++;
    }
    this.climbed = up;
    return n > 0 ? this.next[n] : NONE;
  }
}

/**
 * The visible paths of the final file system, as a read-only Map from path to VisibleFile whose
 * values are made when read. Rules that scan every path use `visitFiles`, which makes nothing.
 */
export class VisibleFiles implements ReadonlyMap<string, VisibleFile> {
  readonly size: number;

  constructor(
    private readonly tree: Tree,
    private readonly files: readonly (LayerFiles | undefined)[],
  ) {
    let n = 0;
    for (let i = 1; i < tree.flags.length; i++) if (tree.flags[i] & PRESENT) n++;
    this.size = n;
  }

  private nodeOf(path: string): number {
    const id = path === '' ? NONE : this.tree.table.lookup(path);
    return id > 0 && id < this.tree.flags.length && this.tree.flags[id] & PRESENT ? id : NONE;
  }

  has(path: string): boolean {
    return this.nodeOf(path) >= 0;
  }

  get(path: string): VisibleFile | undefined {
    const id = this.nodeOf(path);
    return id < 0 ? undefined : this.at(id, path);
  }

  /** The path of a node (from `visitFiles`). */
  pathOf(node: number): string {
    return this.tree.table.pathOf(node);
  }

  /** The visible file of a node (from `visitFiles`), made now. */
  at(node: number, path = this.pathOf(node)): VisibleFile {
    const layer = this.tree.layerOf[node];
    const entry = this.tree.entryOf[node];
    const file =
      entry >= 0
        ? this.files[layer]!.get(entry, path)
        : { path, type: 'dir' as const, size: 0, mode: 0o755, uid: 0, gid: 0 };
    return { path, file, layer };
  }

  /**
   * Calls `fn` for every visible path that a layer entry made (folders no layer listed are left out),
   * in tree order, with the entry's layer files and index: read what is needed with their accessors.
   */
  visitFiles(fn: (node: number, files: LayerFiles, entry: number, layer: number) => void): void {
    const t = this.tree;
    for (let n = t.first[0]; n >= 0; n = t.following(n)) {
      const entry = t.entryOf[n];
      if (entry >= 0) fn(n, this.files[t.layerOf[n]]!, entry, t.layerOf[n]);
    }
  }

  /** Every visible node with its path, in tree order (paths made from their folder's). */
  private *walk(): Generator<[number, string]> {
    const t = this.tree;
    const table = t.table;
    /** The paths of the folders above the current node (dirs[0] = '' for the root). */
    const dirs: string[] = [''];
    for (let n = t.first[0]; n >= 0;) {
      const dir = dirs[dirs.length - 1];
      const path = dir === '' ? table.nameOf(n) : `${dir}/${table.nameOf(n)}`;
      yield [n, path];
      const next = t.following(n);
      if (t.climbed < 0) dirs.push(path);
      else dirs.length -= t.climbed;
      n = next;
    }
  }

  *entries(): MapIterator<[string, VisibleFile]> {
    for (const [n, path] of this.walk()) yield [path, this.at(n, path)];
  }

  *keys(): MapIterator<string> {
    for (const [, path] of this.walk()) yield path;
  }

  *values(): MapIterator<VisibleFile> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, VisibleFile]> {
    return this.entries();
  }

  forEach(fn: (value: VisibleFile, key: string, map: ReadonlyMap<string, VisibleFile>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

const cache = new WeakMap<ImageModel, ImageAnalysis>();

/** The analysis of a model whose layers have file indexes (layers without one count as empty). */
export function analyseImage(model: ImageModel): ImageAnalysis {
  const hit = cache.get(model);
  if (hit) return hit;
  const result = analyseLayers(model.layers);
  cache.set(model, result);
  return result;
}

/**
 * The path table all the layers' entries are in, and for layers of another table (models built by
 * hand, layers of different inputs), their path ids translated into it.
 */
function commonTable(files: readonly (LayerFiles | undefined)[]): {
  table: PathTable;
  ids: (Int32Array | undefined)[];
} {
  const tables = new Set(files.filter((f): f is LayerFiles => !!f).map((f) => f.paths));
  if (tables.size <= 1) return { table: tables.values().next().value ?? new PathTable(), ids: [] };
  const table = new PathTable();
  const ids = files.map((f) => {
    if (!f) return undefined;
    const map = new Int32Array(f.paths.count).fill(NONE);
    const out = new Int32Array(f.length);
    for (let i = 0; i < f.length; i++) {
      const id = f.pathIdAt(i);
      if (map[id] < 0) map[id] = table.intern(f.paths.pathOf(id));
      out[i] = map[id];
    }
    return out;
  });
  return { table, ids };
}

interface WastedAcc {
  node: number;
  size: number;
  layers: number[];
  hiddenBy: number;
  path?: string;
}

/**
 * The whiteouts of layer `li` (entries `f`, path ids translated by `idOf` when given) applied to the
 * tree. The loops over a layer's entries are functions of their own, one loop each: the JIT optimises
 * each on the first layer, with the type feedback of what every layer runs (as one closure with both
 * loops and the per-layer code around them, it was optimised in the middle of the first layer and
 * thrown away again at the start of every later one, at code the first layer had not run yet).
 */
function removeWhiteouts(tree: Tree, f: LayerFiles, li: number, idOf: Int32Array | undefined): void {
  for (let i = 0; i < f.length; i++) {
    const wh = f.whiteoutAt(i);
    if (!wh) continue;
    const node = idOf ? idOf[i] : f.pathIdAt(i);
    if (wh === 'file') tree.remove(node, li);
    else tree.clear(node, li);
  }
}

/** The entries of layer `li` but its whiteouts put in the tree (see removeWhiteouts). */
function addEntries(tree: Tree, f: LayerFiles, li: number, idOf: Int32Array | undefined): void {
  for (let i = 0; i < f.length; i++) {
    if (f.whiteoutAt(i)) continue;
    const node = idOf ? idOf[i] : f.pathIdAt(i);
    if (node === 0) continue;
    const type = f.typeAt(i);
    tree.set(node, li, i, type, type === 'file' ? f.sizeAt(i) : 0);
  }
}

export function analyseLayers(layers: readonly ImageLayer[]): ImageAnalysis {
  const files = layers.map((l) => l.files);
  const { table, ids } = commonTable(files);
  const hiddenBytes = layers.map(() => 0);
  const wasted = new Map<number, WastedAcc>();
  const tree = new Tree(
    table,
    (layer, entry, node, by) => {
      const f = files[layer]!;
      if (f.typeAt(entry) !== 'file' || f.whiteoutAt(entry)) return;
      const size = f.sizeAt(entry);
      hiddenBytes[layer] += size;
      let w = wasted.get(node);
      if (!w) {
        w = { node, size: 0, layers: [], hiddenBy: by };
        wasted.set(node, w);
      }
      w.size += size;
      if (w.layers[w.layers.length - 1] !== layer) w.layers.push(layer);
      w.hiddenBy = by;
    },
    (layer, entry) => files[layer]!.typeAt(entry),
    layers.length,
  );
  let userBytes = 0;
  files.forEach((f, li) => {
    if (!f) return;
    const idOf = ids[li];
    if (li > 0) {
      let sum = layers[li].contentSize;
      if (sum === undefined) {
        sum = 0;
        for (let i = 0; i < f.length; i++) if (f.typeAt(i) === 'file') sum += f.sizeAt(i);
      }
      userBytes += sum;
    }
    // Whiteouts first: they only apply to the layers below.
    removeWhiteouts(tree, f, li, idOf);
    addEntries(tree, f, li, idOf);
  });
  const wastedBytes = hiddenBytes.reduce((s, b) => s + b, 0);
  const pathOf = (w: WastedAcc) => (w.path ??= table.pathOf(w.node));
  const all = [...wasted.values()].filter((w) => w.size > 0);
  all.sort((a, b) => b.size - a.size || (pathOf(a) < pathOf(b) ? -1 : 1));
  const wastedFiles = all.slice(0, WASTED_FILES_KEPT).map((w) => ({
    path: pathOf(w),
    size: w.size,
    layers: w.layers,
    hiddenBy: w.hiddenBy,
  }));
  const omitted = { count: all.length - wastedFiles.length, bytes: 0 };
  for (let i = wastedFiles.length; i < all.length; i++) omitted.bytes += all[i].size;
  const efficiency = tree.efficiency(); // ends the building: the tree is read from here on
  return {
    visible: new VisibleFiles(tree, files),
    efficiency,
    wastedBytes,
    userBytes,
    userWastedRatio: userBytes === 0 ? 0 : wastedBytes / userBytes,
    wastedFiles,
    wastedFilesOmitted: omitted,
    hiddenBytes,
  };
}

export interface AddedPath {
  path: string;
  size: number;
  /** 0-based layer of the image it comes from. */
  layer: number;
  /** True when the baseline has the path with another size (changed rather than added). */
  changed: boolean;
}

export interface BaselineComparison {
  sizeDelta: number;
  layerDelta: number;
  /** Layers of the image that the baseline also has (same diff ID or digest). */
  sharedLayers: number;
  /** Per layer of the image (0-based): whether the baseline has it. */
  layerShared: boolean[];
  /** Files of the image that the baseline lacks or has with another size, largest first; undefined
   * when either side has no file index. */
  addedPaths?: AddedPath[];
  addedBytes?: number;
  /** Every added, removed and changed entry (folders left out), largest size change first. */
  fileChanges?: FileChange[];
  /** Package changes (dpkg, apk) when either side has a package database. */
  packageChanges?: PackageChange[];
  /** Package databases that were not read (rpm), on either side. */
  packagesUnreadable?: string[];
}

export type FileChangeKind = 'size' | 'type' | 'mode' | 'owner' | 'link';

/** One entry of the final file system that differs from the baseline's. */
export interface FileChange {
  path: string;
  change: 'added' | 'removed' | 'changed';
  type: LayerFile['type'];
  /** Bytes in the image (0 when removed). */
  size: number;
  /** Bytes in the image minus bytes in the baseline. */
  sizeDelta: number;
  /** For `changed`: what differs (content of the same size is not compared: hashes are not kept). */
  what?: FileChangeKind[];
  /** Permission bits (with setuid/setgid/sticky) in the image and, when changed, in the baseline. */
  mode?: number;
  baselineMode?: number;
  /** `uid:gid` in the image and, when changed, in the baseline. */
  owner?: string;
  baselineOwner?: string;
  /** True when the image sets setuid or setgid where the baseline did not (or the file is new). */
  setuidSet?: boolean;
  /** 0-based layer of the image the entry comes from (not for removed). */
  layer?: number;
}

const SUID_BITS = 0o6000;

/** The entries of `after` that differ from `before` (folders left out), largest size change first. */
export function diffFiles(
  before: ReadonlyMap<string, VisibleFile>,
  after: ReadonlyMap<string, VisibleFile>,
): FileChange[] {
  const out: FileChange[] = [];
  for (const v of after.values()) {
    const f = v.file;
    if (f.type === 'dir') continue;
    const old = before.get(v.path)?.file;
    const owner = `${f.uid}:${f.gid}`;
    if (!old || old.type === 'dir') {
      const c: FileChange = {
        path: v.path,
        change: 'added',
        type: f.type,
        size: f.size,
        sizeDelta: f.size,
        mode: f.mode,
        owner,
        layer: v.layer,
      };
      if (f.mode & SUID_BITS && f.type === 'file') c.setuidSet = true;
      out.push(c);
      continue;
    }
    const what: FileChangeKind[] = [];
    if (old.type !== f.type) what.push('type');
    if (old.size !== f.size) what.push('size');
    if (old.mode !== f.mode) what.push('mode');
    const oldOwner = `${old.uid}:${old.gid}`;
    if (oldOwner !== owner) what.push('owner');
    if ((old.linkTarget ?? '') !== (f.linkTarget ?? '')) what.push('link');
    if (what.length === 0) continue;
    const c: FileChange = {
      path: v.path,
      change: 'changed',
      type: f.type,
      size: f.size,
      sizeDelta: f.size - old.size,
      what,
      mode: f.mode,
      owner,
      layer: v.layer,
    };
    if (old.mode !== f.mode) c.baselineMode = old.mode;
    if (oldOwner !== owner) c.baselineOwner = oldOwner;
    if (f.type === 'file' && f.mode & SUID_BITS & ~(old.type === 'file' ? old.mode : 0)) c.setuidSet = true;
    out.push(c);
  }
  for (const v of before.values()) {
    if (v.file.type === 'dir') continue;
    const now = after.get(v.path);
    if (now && now.file.type !== 'dir') continue;
    out.push({ path: v.path, change: 'removed', type: v.file.type, size: 0, sizeDelta: -v.file.size });
  }
  out.sort(
    (a, b) =>
      Math.abs(b.sizeDelta) - Math.abs(a.sizeDelta) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  return out;
}

const compareCache = new WeakMap<ImageModel, WeakMap<ImageModel, BaselineComparison>>();

function layerKey(l: ImageLayer): string | undefined {
  return l.diffId ?? l.digest;
}

export function compareImages(model: ImageModel, baseline: ImageModel): BaselineComparison {
  let inner = compareCache.get(model);
  const hit = inner?.get(baseline);
  if (hit) return hit;
  const baseKeys = new Set(baseline.layers.map(layerKey).filter((k): k is string => !!k));
  const layerShared = model.layers.map((l) => {
    const k = layerKey(l);
    return k !== undefined && baseKeys.has(k);
  });
  const result: BaselineComparison = {
    sizeDelta: model.size - baseline.size,
    layerDelta: model.layers.length - baseline.layers.length,
    sharedLayers: layerShared.filter(Boolean).length,
    layerShared,
  };
  if (model.filesIndexed && baseline.filesIndexed) {
    const before = analyseImage(baseline).visible;
    const added: AddedPath[] = [];
    let addedBytes = 0;
    for (const v of analyseImage(model).visible.values()) {
      if (v.file.type !== 'file') continue;
      const old = before.get(v.path);
      if (old && old.file.type === 'file' && old.file.size === v.file.size) continue;
      added.push({ path: v.path, size: v.file.size, layer: v.layer, changed: !!old });
      addedBytes += v.file.size;
    }
    added.sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1));
    result.addedPaths = added;
    result.addedBytes = addedBytes;
    const after = analyseImage(model).visible;
    result.fileChanges = diffFiles(before, after);
    const pb = packagesOf(before);
    const pa = packagesOf(after);
    if (pb.packages.size > 0 || pa.packages.size > 0) result.packageChanges = diffPackages(pb, pa);
    const unreadable = [...new Set([...pb.unreadable, ...pa.unreadable])];
    if (unreadable.length > 0) result.packagesUnreadable = unreadable;
  }
  if (!inner) {
    inner = new WeakMap();
    compareCache.set(model, inner);
  }
  inner.set(baseline, result);
  return result;
}
