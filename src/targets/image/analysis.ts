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
import { diffPackages, packagesOf } from './packages.js';
import type { PackageChange } from './packages.js';

interface Node {
  kids?: Map<string, Node>;
  file?: LayerFile;
  layer: number;
  /** dive's score for this path: smallest size seen and sum of sizes seen (undefined: never seen). */
  effMin?: number;
  effSum?: number;
}

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
  visible: Map<string, VisibleFile>;
  /** dive's efficiency score (0..1). */
  efficiency: number;
  /** Bytes of the layer entries hidden in the final file system (see above); Σ hiddenBytes. */
  wastedBytes: number;
  /** Bytes of the layers after the first (dive's "user" bytes). */
  userBytes: number;
  /** wastedBytes / userBytes (0 when there are no user bytes). */
  userWastedRatio: number;
  /** Every path with hidden bytes, largest first (then by path). */
  wastedFiles: WastedFile[];
  /** Per layer (0-based): bytes of its entries that later entries hide. */
  hiddenBytes: number[];
}

/** dive's score for the paths no longer in the tree. */
interface Seen {
  min: number;
  sum: number;
}

/**
 * The final file system, built layer by layer. Memory is one small node per path (no path strings:
 * a node's path is its file's own `path`), and dive's per-path figures live on the nodes, so that
 * indexing an image costs little more than its file index (issue 15, item 4).
 */
class Tree {
  readonly root: Node = { layer: -1 };
  /** Paths removed by whiteouts with dive's figures so far (a later layer may add them again). */
  readonly removed = new Map<string, Seen>();
  /** dive's figures of nodes dropped without being "seen" removed (folders replaced by files…). */
  closedMin = 0;
  closedSum = 0;

  /** `hide(file, layer, by)` is told of every entry pushed out of the tree, and by which layer. */
  constructor(private readonly hide: (file: LayerFile, layer: number, by: number) => void) {}

  private parentOf(path: string, create: boolean, layer: number): Node | undefined {
    let n = this.root;
    let start = 0;
    for (;;) {
      const slash = path.indexOf('/', start);
      if (slash < 0) return n;
      const seg = path.slice(start, slash);
      let next = n.kids?.get(seg);
      if (!next) {
        if (!create) return undefined;
        next = { layer };
        (n.kids ??= new Map()).set(seg, next);
      } else if (create && next.file && next.file.type !== 'dir') {
        // A file where a folder is now needed: the folder replaces it.
        this.hide(next.file, next.layer, layer);
        next.file = undefined;
      }
      n = next;
      start = slash + 1;
    }
  }

  private static base(path: string): string {
    return path.slice(path.lastIndexOf('/') + 1);
  }

  /** Drops a subtree: hides its files; `seen` leaves are dive's removed paths (seen again, size 0). */
  private drop(node: Node, by: number, seen: boolean) {
    if (node.file) this.hide(node.file, node.layer, by);
    const leaf = !node.kids || node.kids.size === 0;
    if (node.effSum !== undefined) {
      if (seen && leaf && node.file) {
        this.removed.set(node.file.path, { min: 0, sum: node.effSum });
      } else {
        this.closedMin += node.effMin!;
        this.closedSum += node.effSum;
      }
    } else if (seen && leaf && node.file) this.removed.set(node.file.path, { min: 0, sum: 0 });
    if (node.kids) for (const kid of node.kids.values()) this.drop(kid, by, seen);
  }

  /** A whiteout of layer `by`: removes the path and everything under it. */
  remove(path: string, by: number): void {
    if (path === '') return;
    const parent = this.parentOf(path, false, by);
    const name = Tree.base(path);
    const node = parent?.kids?.get(name);
    if (!node) {
      // Nothing to remove: dive still sees the path, with 0 bytes.
      const r = this.removed.get(path);
      if (r) r.min = 0;
      else this.removed.set(path, { min: 0, sum: 0 });
      return;
    }
    parent!.kids!.delete(name);
    this.drop(node, by, true);
  }

  /** An opaque whiteout of layer `by`: empties the folder. */
  clear(path: string, by: number): void {
    const dir = path === '' ? this.root : this.parentOf(path, false, by)?.kids?.get(Tree.base(path));
    if (!dir?.kids) return;
    const kids = dir.kids;
    dir.kids = undefined;
    for (const kid of kids.values()) this.drop(kid, by, true);
  }

  set(file: LayerFile, layer: number) {
    const path = file.path;
    const parent = this.parentOf(path, true, layer)!;
    const name = Tree.base(path);
    let n = parent.kids?.get(name);
    if (!n) {
      n = { layer };
      (parent.kids ??= new Map()).set(name, n);
    }
    if (n.file) this.hide(n.file, n.layer, layer);
    if (file.type !== 'dir' && n.kids) {
      for (const kid of n.kids.values()) this.drop(kid, layer, false);
      n.kids = undefined;
    }
    n.file = file;
    n.layer = layer;
    // dive sees the path again with this entry's size.
    const size = file.type === 'file' ? file.size : 0;
    if (n.effSum === undefined) {
      const before = this.removed.get(path);
      if (before) {
        this.removed.delete(path);
        n.effMin = Math.min(before.min, size);
        n.effSum = before.sum + size;
      } else {
        n.effMin = size;
        n.effSum = size;
      }
    } else {
      n.effSum += size;
      if (size < n.effMin!) n.effMin = size;
    }
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

export function analyseLayers(layers: readonly ImageLayer[]): ImageAnalysis {
  const hiddenBytes = layers.map(() => 0);
  const wasted = new Map<string, WastedFile>();
  const tree = new Tree((f, layer, by) => {
    if (f.type !== 'file' || f.whiteout) return;
    hiddenBytes[layer] += f.size;
    let w = wasted.get(f.path);
    if (!w) {
      w = { path: f.path, size: 0, layers: [], hiddenBy: by };
      wasted.set(f.path, w);
    }
    w.size += f.size;
    if (w.layers[w.layers.length - 1] !== layer) w.layers.push(layer);
    w.hiddenBy = by;
  });
  let userBytes = 0;
  layers.forEach((layer, li) => {
    const files = layer.files ?? [];
    if (li > 0)
      userBytes += layer.contentSize ?? files.reduce((s, f) => s + (f.type === 'file' ? f.size : 0), 0);
    // Whiteouts first: they only apply to the layers below.
    for (const f of files) {
      if (f.whiteout === 'file') tree.remove(f.path, li);
      else if (f.whiteout === 'opaque') tree.clear(f.path, li);
    }
    for (const f of files) if (!f.whiteout && f.path !== '') tree.set(f, li);
  });
  const visible = new Map<string, VisibleFile>();
  let minSum = tree.closedMin;
  let allSum = tree.closedSum;
  for (const r of tree.removed.values()) {
    minSum += r.min;
    allSum += r.sum;
  }
  // Folders no layer listed (implicit parents) are visible too, as synthetic folder entries.
  const visit = (node: Node, path: string) => {
    if (node.effSum !== undefined) {
      minSum += node.effMin!;
      allSum += node.effSum;
    }
    if (path !== '') {
      const f = node.file ?? { path, type: 'dir' as const, size: 0, mode: 0o755, uid: 0, gid: 0 };
      visible.set(path, { path, file: f, layer: node.layer });
    }
    if (node.kids)
      for (const [name, kid] of node.kids)
        visit(kid, kid.file ? kid.file.path : path ? `${path}/${name}` : name);
  };
  visit(tree.root, '');
  const wastedBytes = hiddenBytes.reduce((s, b) => s + b, 0);
  const wastedFiles = [...wasted.values()].filter((w) => w.size > 0);
  wastedFiles.sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1));
  return {
    visible,
    efficiency: allSum === 0 ? 1 : minSum / allSum,
    wastedBytes,
    userBytes,
    userWastedRatio: userBytes === 0 ? 0 : wastedBytes / userBytes,
    wastedFiles,
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
