import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);

// src/targets/image/packages.ts
var RPM_DBS = [
  "var/lib/rpm/rpmdb.sqlite",
  "var/lib/rpm/Packages",
  "var/lib/rpm/Packages.db",
  "usr/lib/sysimage/rpm/rpmdb.sqlite"
];
function key(p) {
  return `${p.manager}:${p.name}${p.arch && p.manager === "dpkg" && p.arch !== "all" ? `:${p.arch}` : ""}`;
}
function* paragraphs(text) {
  let fields = /* @__PURE__ */ new Map();
  let last = "";
  for (const line of text.split("\n")) {
    if (line.trim() === "") {
      if (fields.size > 0) yield fields;
      fields = /* @__PURE__ */ new Map();
      last = "";
      continue;
    }
    if (line[0] === " " || line[0] === "	") {
      if (last) fields.set(last, `${fields.get(last)}
${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    last = line.slice(0, colon).toLowerCase();
    fields.set(last, line.slice(colon + 1).trim());
  }
  if (fields.size > 0) yield fields;
}
function parseDpkgStatus(text, out) {
  for (const p of paragraphs(text)) {
    const name = p.get("package");
    const version = p.get("version");
    if (!name || !version) continue;
    const status = p.get("status");
    if (status !== void 0 && !/\binstalled$/.test(status)) continue;
    const pkg = { name, version, manager: "dpkg" };
    const arch = p.get("architecture");
    if (arch) pkg.arch = arch;
    out.set(key(pkg), pkg);
  }
}
function parseApkInstalled(text, out) {
  let name = "";
  let version = "";
  let arch = "";
  const flush = () => {
    if (name && version) {
      const pkg = { name, version, manager: "apk" };
      if (arch) pkg.arch = arch;
      out.set(key(pkg), pkg);
    }
    name = version = arch = "";
  };
  for (const line of text.split("\n")) {
    if (line.trim() === "") flush();
    else if (line.startsWith("P:")) name = line.slice(2).trim();
    else if (line.startsWith("V:")) version = line.slice(2).trim();
    else if (line.startsWith("A:")) arch = line.slice(2).trim();
  }
  flush();
}
function packagesOf(visible) {
  const packages = /* @__PURE__ */ new Map();
  const status = visible.get("var/lib/dpkg/status");
  if (status?.file.content !== void 0) parseDpkgStatus(status.file.content, packages);
  for (const [path, v] of visible) {
    if (path.startsWith("var/lib/dpkg/status.d/") && v.file.content !== void 0)
      parseDpkgStatus(v.file.content, packages);
  }
  const apk = visible.get("lib/apk/db/installed");
  if (apk?.file.content !== void 0) parseApkInstalled(apk.file.content, packages);
  const unreadable = RPM_DBS.filter((p) => visible.get(p)?.file.type === "file");
  return { packages, unreadable };
}
function compareDebianVersions(a, b) {
  const split = (v) => {
    const colon = v.indexOf(":");
    const epoch = colon > 0 && /^\d+$/.test(v.slice(0, colon)) ? Number(v.slice(0, colon)) : 0;
    const rest = colon > 0 ? v.slice(colon + 1) : v;
    const dash = rest.lastIndexOf("-");
    return {
      epoch,
      upstream: dash >= 0 ? rest.slice(0, dash) : rest,
      revision: dash >= 0 ? rest.slice(dash + 1) : ""
    };
  };
  const order = (c) => {
    if (c === "~") return -1;
    if (c === "") return 0;
    if (/[A-Za-z]/.test(c)) return c.charCodeAt(0);
    return c.charCodeAt(0) + 256;
  };
  const part = (x, y) => {
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      while (i < x.length && !/\d/.test(x[i]) || j < y.length && !/\d/.test(y[j])) {
        const cx = i < x.length && !/\d/.test(x[i]) ? x[i] : "";
        const cy = j < y.length && !/\d/.test(y[j]) ? y[j] : "";
        const d2 = order(cx) - order(cy);
        if (d2 !== 0) return d2;
        if (cx) i++;
        if (cy) j++;
      }
      let nx = "";
      let ny = "";
      while (i < x.length && /\d/.test(x[i])) nx += x[i++];
      while (j < y.length && /\d/.test(y[j])) ny += y[j++];
      const d = Number(nx || "0") - Number(ny || "0");
      if (d !== 0) return d;
    }
    return 0;
  };
  const va = split(a);
  const vb = split(b);
  if (va.epoch !== vb.epoch) return va.epoch - vb.epoch;
  return part(va.upstream, vb.upstream) || part(va.revision, vb.revision);
}
function compareApkVersions(a, b) {
  const tokens = (v) => v.match(/\d+|[^\d]+/g) ?? [];
  const ta = tokens(a);
  const tb = tokens(b);
  for (let i = 0; i < Math.max(ta.length, tb.length); i++) {
    const x = ta[i];
    const y = tb[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
    } else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
function diffPackages(before, after) {
  const out = [];
  const base = (p) => ({
    name: p.name,
    manager: p.manager,
    ...p.arch ? { arch: p.arch } : {}
  });
  for (const [k, p] of after.packages) {
    const old = before.packages.get(k);
    if (!old) out.push({ ...base(p), change: "added", to: p.version });
    else if (old.version !== p.version) {
      const cmp = p.manager === "dpkg" ? compareDebianVersions(p.version, old.version) : compareApkVersions(p.version, old.version);
      out.push({ ...base(p), change: cmp < 0 ? "downgraded" : "upgraded", from: old.version, to: p.version });
    }
  }
  for (const [k, p] of before.packages)
    if (!after.packages.has(k)) out.push({ ...base(p), change: "removed", from: p.version });
  const rank = { added: 0, upgraded: 1, downgraded: 2, removed: 3 };
  out.sort((x, y) => rank[x.change] - rank[y.change] || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return out;
}

// src/targets/image/analysis.ts
var Tree = class _Tree {
  /** `hide(file, layer, by)` is told of every entry pushed out of the tree, and by which layer. */
  constructor(hide) {
    this.hide = hide;
  }
  hide;
  root = { layer: -1 };
  /** Paths removed by whiteouts with dive's figures so far (a later layer may add them again). */
  removed = /* @__PURE__ */ new Map();
  /** dive's figures of nodes dropped without being "seen" removed (folders replaced by files…). */
  closedMin = 0;
  closedSum = 0;
  parentOf(path, create, layer) {
    let n = this.root;
    let start = 0;
    for (; ; ) {
      const slash = path.indexOf("/", start);
      if (slash < 0) return n;
      const seg = path.slice(start, slash);
      let next = n.kids?.get(seg);
      if (!next) {
        if (!create) return void 0;
        next = { layer };
        (n.kids ??= /* @__PURE__ */ new Map()).set(seg, next);
      } else if (create && next.file && next.file.type !== "dir") {
        this.hide(next.file, next.layer, layer);
        next.file = void 0;
      }
      n = next;
      start = slash + 1;
    }
  }
  static base(path) {
    return path.slice(path.lastIndexOf("/") + 1);
  }
  /** Drops a subtree: hides its files; `seen` leaves are dive's removed paths (seen again, size 0). */
  drop(node, by, seen) {
    if (node.file) this.hide(node.file, node.layer, by);
    const leaf = !node.kids || node.kids.size === 0;
    if (node.effSum !== void 0) {
      if (seen && leaf && node.file) {
        this.removed.set(node.file.path, { min: 0, sum: node.effSum });
      } else {
        this.closedMin += node.effMin;
        this.closedSum += node.effSum;
      }
    } else if (seen && leaf && node.file) this.removed.set(node.file.path, { min: 0, sum: 0 });
    if (node.kids) for (const kid of node.kids.values()) this.drop(kid, by, seen);
  }
  /** A whiteout of layer `by`: removes the path and everything under it. */
  remove(path, by) {
    if (path === "") return;
    const parent = this.parentOf(path, false, by);
    const name = _Tree.base(path);
    const node = parent?.kids?.get(name);
    if (!node) {
      const r = this.removed.get(path);
      if (r) r.min = 0;
      else this.removed.set(path, { min: 0, sum: 0 });
      return;
    }
    parent.kids.delete(name);
    this.drop(node, by, true);
  }
  /** An opaque whiteout of layer `by`: empties the folder. */
  clear(path, by) {
    const dir = path === "" ? this.root : this.parentOf(path, false, by)?.kids?.get(_Tree.base(path));
    if (!dir?.kids) return;
    const kids = dir.kids;
    dir.kids = void 0;
    for (const kid of kids.values()) this.drop(kid, by, true);
  }
  set(file, layer) {
    const path = file.path;
    const parent = this.parentOf(path, true, layer);
    const name = _Tree.base(path);
    let n = parent.kids?.get(name);
    if (!n) {
      n = { layer };
      (parent.kids ??= /* @__PURE__ */ new Map()).set(name, n);
    }
    if (n.file) this.hide(n.file, n.layer, layer);
    if (file.type !== "dir" && n.kids) {
      for (const kid of n.kids.values()) this.drop(kid, layer, false);
      n.kids = void 0;
    }
    n.file = file;
    n.layer = layer;
    const size = file.type === "file" ? file.size : 0;
    if (n.effSum === void 0) {
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
      if (size < n.effMin) n.effMin = size;
    }
  }
};
var cache = /* @__PURE__ */ new WeakMap();
function analyseImage(model) {
  const hit = cache.get(model);
  if (hit) return hit;
  const result = analyseLayers(model.layers);
  cache.set(model, result);
  return result;
}
function analyseLayers(layers) {
  const hiddenBytes = layers.map(() => 0);
  const wasted = /* @__PURE__ */ new Map();
  const tree = new Tree((f, layer, by) => {
    if (f.type !== "file" || f.whiteout) return;
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
      userBytes += layer.contentSize ?? files.reduce((s, f) => s + (f.type === "file" ? f.size : 0), 0);
    for (const f of files) {
      if (f.whiteout === "file") tree.remove(f.path, li);
      else if (f.whiteout === "opaque") tree.clear(f.path, li);
    }
    for (const f of files) if (!f.whiteout && f.path !== "") tree.set(f, li);
  });
  const visible = /* @__PURE__ */ new Map();
  let minSum = tree.closedMin;
  let allSum = tree.closedSum;
  for (const r of tree.removed.values()) {
    minSum += r.min;
    allSum += r.sum;
  }
  const visit = (node, path) => {
    if (node.effSum !== void 0) {
      minSum += node.effMin;
      allSum += node.effSum;
    }
    if (path !== "") {
      const f = node.file ?? { path, type: "dir", size: 0, mode: 493, uid: 0, gid: 0 };
      visible.set(path, { path, file: f, layer: node.layer });
    }
    if (node.kids)
      for (const [name, kid] of node.kids)
        visit(kid, kid.file ? kid.file.path : path ? `${path}/${name}` : name);
  };
  visit(tree.root, "");
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
    hiddenBytes
  };
}
var SUID_BITS = 3072;
function diffFiles(before, after) {
  const out = [];
  for (const v of after.values()) {
    const f = v.file;
    if (f.type === "dir") continue;
    const old = before.get(v.path)?.file;
    const owner = `${f.uid}:${f.gid}`;
    if (!old || old.type === "dir") {
      const c2 = {
        path: v.path,
        change: "added",
        type: f.type,
        size: f.size,
        sizeDelta: f.size,
        mode: f.mode,
        owner,
        layer: v.layer
      };
      if (f.mode & SUID_BITS && f.type === "file") c2.setuidSet = true;
      out.push(c2);
      continue;
    }
    const what = [];
    if (old.type !== f.type) what.push("type");
    if (old.size !== f.size) what.push("size");
    if (old.mode !== f.mode) what.push("mode");
    const oldOwner = `${old.uid}:${old.gid}`;
    if (oldOwner !== owner) what.push("owner");
    if ((old.linkTarget ?? "") !== (f.linkTarget ?? "")) what.push("link");
    if (what.length === 0) continue;
    const c = {
      path: v.path,
      change: "changed",
      type: f.type,
      size: f.size,
      sizeDelta: f.size - old.size,
      what,
      mode: f.mode,
      owner,
      layer: v.layer
    };
    if (old.mode !== f.mode) c.baselineMode = old.mode;
    if (oldOwner !== owner) c.baselineOwner = oldOwner;
    if (f.type === "file" && f.mode & SUID_BITS & ~(old.type === "file" ? old.mode : 0)) c.setuidSet = true;
    out.push(c);
  }
  for (const v of before.values()) {
    if (v.file.type === "dir") continue;
    const now = after.get(v.path);
    if (now && now.file.type !== "dir") continue;
    out.push({ path: v.path, change: "removed", type: v.file.type, size: 0, sizeDelta: -v.file.size });
  }
  out.sort(
    (a, b) => Math.abs(b.sizeDelta) - Math.abs(a.sizeDelta) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
  return out;
}
var compareCache = /* @__PURE__ */ new WeakMap();
function layerKey(l) {
  return l.diffId ?? l.digest;
}
function compareImages(model, baseline) {
  let inner = compareCache.get(model);
  const hit = inner?.get(baseline);
  if (hit) return hit;
  const baseKeys = new Set(baseline.layers.map(layerKey).filter((k) => !!k));
  const layerShared = model.layers.map((l) => {
    const k = layerKey(l);
    return k !== void 0 && baseKeys.has(k);
  });
  const result = {
    sizeDelta: model.size - baseline.size,
    layerDelta: model.layers.length - baseline.layers.length,
    sharedLayers: layerShared.filter(Boolean).length,
    layerShared
  };
  if (model.filesIndexed && baseline.filesIndexed) {
    const before = analyseImage(baseline).visible;
    const added = [];
    let addedBytes = 0;
    for (const v of analyseImage(model).visible.values()) {
      if (v.file.type !== "file") continue;
      const old = before.get(v.path);
      if (old && old.file.type === "file" && old.file.size === v.file.size) continue;
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
    const unreadable = [.../* @__PURE__ */ new Set([...pb.unreadable, ...pa.unreadable])];
    if (unreadable.length > 0) result.packagesUnreadable = unreadable;
  }
  if (!inner) {
    inner = /* @__PURE__ */ new WeakMap();
    compareCache.set(model, inner);
  }
  inner.set(baseline, result);
  return result;
}

export {
  analyseImage,
  compareImages
};
