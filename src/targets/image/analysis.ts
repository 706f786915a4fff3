/**
 * Pure analyses over an ImageModel's layer file indexes, shared by the image rules and the report
 * stats, and memoised per model (rules run many times on the same model):
 *
 * - the final file system: the layers stacked with OCI whiteout semantics (a whiteout hides the path
 *   in the layers below; an opaque whiteout hides everything the layers below had in the folder;
 *   whiteouts only apply to lower layers, so each layer's whiteouts are applied before its files);
 * - dive's efficiency: every leaf path of every layer is visited; a path seen in several layers
 *   (added, overwritten, removed) is an inefficiency whose cumulative size is wasted; the score is
 *   Σ smallest size seen / Σ all sizes seen; the user-wasted percent is wasted bytes over the bytes
 *   of every layer after the first. One deliberate difference: dive counts a removed *folder* as one
 *   path holding the folder's bytes, seen once, so `rm -rf` of a folder a lower layer added never
 *   shows as waste; here each removed file counts as that file's path seen again (what dive already
 *   does for a removed single file), so bytes deleted in a later layer are wasted bytes, as they are.
 * - per layer, the bytes later layers hide (overwrite or delete): shipped, never seen.
 */
import type { ImageLayer, ImageModel, LayerFile } from './model.js';

interface Node {
  kids?: Map<string, Node>;
  file?: LayerFile;
  layer: number;
}

/** A path of the final file system with the layer (0-based) it comes from. */
export interface VisibleFile {
  path: string;
  file: LayerFile;
  layer: number;
}

export interface Inefficiency {
  path: string;
  /** Bytes over every time the path was seen. */
  cumulativeSize: number;
  /** 0-based layers the path was seen in. */
  layers: number[];
}

export interface ImageAnalysis {
  /** Every visible path of the final file system (directories included), by path. */
  visible: Map<string, VisibleFile>;
  efficiency: number;
  wastedBytes: number;
  /** Bytes of the layers after the first (dive's "user" bytes). */
  userBytes: number;
  /** wastedBytes / userBytes (0 when there are no user bytes). */
  userWastedRatio: number;
  /** Sorted by cumulative size, largest first. */
  inefficiencies: Inefficiency[];
  /** Per layer (0-based): bytes of its files that later layers overwrite or delete. */
  hiddenBytes: number[];
}

function segments(path: string): string[] {
  return path === '' ? [] : path.split('/');
}

class Tree {
  readonly root: Node = { layer: -1 };

  find(path: string): Node | undefined {
    let n: Node | undefined = this.root;
    for (const s of segments(path)) {
      n = n.kids?.get(s);
      if (!n) return undefined;
    }
    return n;
  }

  /** Removes the node at `path`; returns it (with its subtree). */
  remove(path: string): Node | undefined {
    const segs = segments(path);
    if (segs.length === 0) return undefined;
    const parent = this.find(segs.slice(0, -1).join('/'));
    const last = segs[segs.length - 1];
    const node = parent?.kids?.get(last);
    if (node) parent!.kids!.delete(last);
    return node;
  }

  set(path: string, file: LayerFile, layer: number) {
    let n = this.root;
    for (const s of segments(path)) {
      if (!n.kids) n.kids = new Map();
      let next = n.kids.get(s);
      if (!next) {
        next = { layer };
        n.kids.set(s, next);
      } else if (next.file && next.file.type !== 'dir') {
        // A file where a folder is now needed: the folder replaces it.
        next.file = undefined;
      }
      n = next;
    }
    n.file = file;
    n.layer = layer;
    if (file.type !== 'dir') n.kids = undefined;
  }
}

/** Calls `fn` for each node with a file under (and including) `node`, with its path. */
function walk(node: Node, path: string, fn: (path: string, node: Node) => void) {
  if (node.file) fn(path, node);
  if (node.kids) for (const [name, kid] of node.kids) walk(kid, path ? `${path}/${name}` : name, fn);
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
  const tree = new Tree();
  const eff = new Map<string, { cumulative: number; min: number; layers: number[] }>();
  const see = (path: string, size: number, layer: number) => {
    let e = eff.get(path);
    if (!e) {
      e = { cumulative: 0, min: size, layers: [] };
      eff.set(path, e);
    }
    e.cumulative += size;
    if (size < e.min) e.min = size;
    e.layers.push(layer);
  };
  let userBytes = 0;
  layers.forEach((layer, li) => {
    const files = layer.files ?? [];
    if (li > 0)
      userBytes += layer.contentSize ?? files.reduce((s, f) => s + (f.type === 'file' ? f.size : 0), 0);
    // dive visits the leaves of each layer's tree: entries that no other entry of the layer is under.
    const parents = new Set<string>();
    for (const f of files) {
      if (f.whiteout) continue;
      let i = f.path.lastIndexOf('/');
      while (i > 0) {
        const p = f.path.slice(0, i);
        if (parents.has(p)) break;
        parents.add(p);
        i = p.lastIndexOf('/');
      }
    }
    // Whiteouts first: they only apply to the layers below.
    for (const f of files) {
      if (!f.whiteout) continue;
      if (f.whiteout === 'file') {
        const removed = tree.remove(f.path);
        if (removed && removed.kids && removed.kids.size > 0) {
          walk(removed, f.path, (p, n) => {
            if (!n.kids || n.kids.size === 0) see(p, 0, li);
          });
        } else see(f.path, 0, li);
      } else {
        const dir = tree.find(f.path);
        if (dir?.kids) {
          for (const [name, kid] of dir.kids) {
            walk(kid, f.path ? `${f.path}/${name}` : name, (p, n) => {
              if (!n.kids || n.kids.size === 0) see(p, 0, li);
            });
          }
          dir.kids = undefined;
        }
      }
    }
    for (const f of files) {
      if (f.whiteout) continue;
      tree.set(f.path, f, li);
      if (!parents.has(f.path)) see(f.path, f.type === 'file' ? f.size : 0, li);
    }
  });
  const visible = new Map<string, VisibleFile>();
  const shown = new Set<LayerFile>();
  // Folders no layer listed (implicit parents) are visible too, as synthetic folder entries.
  const visit = (node: Node, path: string) => {
    if (path !== '') {
      const f = node.file ?? { path, type: 'dir' as const, size: 0, mode: 0o755, uid: 0, gid: 0 };
      visible.set(path, { path, file: f, layer: node.layer });
      if (node.file) shown.add(node.file);
    }
    if (node.kids) for (const [name, kid] of node.kids) visit(kid, path ? `${path}/${name}` : name);
  };
  visit(tree.root, '');
  const hiddenBytes = layers.map((layer) => {
    let s = 0;
    for (const f of layer.files ?? []) if (f.type === 'file' && !f.whiteout && !shown.has(f)) s += f.size;
    return s;
  });
  let minSum = 0;
  let allSum = 0;
  let wastedBytes = 0;
  const inefficiencies: Inefficiency[] = [];
  for (const [path, e] of eff) {
    minSum += e.min;
    allSum += e.cumulative;
    if (e.layers.length > 1) {
      wastedBytes += e.cumulative;
      if (e.cumulative > 0) inefficiencies.push({ path, cumulativeSize: e.cumulative, layers: e.layers });
    }
  }
  inefficiencies.sort((a, b) => b.cumulativeSize - a.cumulativeSize || (a.path < b.path ? -1 : 1));
  return {
    visible,
    efficiency: allSum === 0 ? 1 : minSum / allSum,
    wastedBytes,
    userBytes,
    userWastedRatio: userBytes === 0 ? 0 : wastedBytes / userBytes,
    inefficiencies,
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
  }
  if (!inner) {
    inner = new WeakMap();
    compareCache.set(model, inner);
  }
  inner.set(baseline, result);
  return result;
}
