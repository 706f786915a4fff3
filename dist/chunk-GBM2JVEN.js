import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  WASTED_FILES_KEPT
} from "./chunk-EOIBO5SL.js";

// src/targets/image/file-index.ts
var NONE = -1;
var WIDE = 32768;
var MAX_SEGMENT_LENGTH = 32767;
var PathTableFullError = class extends Error {
};
function grown(a, need) {
  if (need <= a.length) return a;
  let n = Math.max(a.length * 2, 16);
  while (n < need) n *= 2;
  const b = new a.constructor(n);
  b.set(a);
  return b;
}
function trimmed(a, length) {
  return length === a.length ? a : a.slice(0, length);
}
var PathTable = class _PathTable {
  /** At most this many nodes (the input's folders and files); `intern` throws PathTableFullError. */
  constructor(maxNodes = Infinity) {
    this.maxNodes = maxNodes;
    this.parents[0] = NONE;
  }
  maxNodes;
  parents = new Int32Array(1024);
  nameAt = new Uint32Array(1024);
  nameLen = new Uint16Array(1024);
  names = new Uint8Array(16 * 1024);
  /** `names` as a Buffer, to decode latin1 names natively. */
  namesView = Buffer.from(this.names.buffer, this.names.byteOffset, this.names.byteLength);
  namesUsed = 0;
  /** The last folder whose path was made by pathOf (siblings are usually asked for in a row). */
  lastPathDir = -1;
  lastPathDirPath = "";
  /** Open addressing: node ids (0 = empty slot: the root is never anyone's child). */
  slots = new Int32Array(2048);
  mask = 2047;
  /** Nodes, the root included. */
  count = 1;
  /** The last folder interned, to skip re-walking it (consecutive tar entries share their folder). */
  lastDir = "";
  lastDirId = 0;
  /** Bytes held by the table (typed arrays as allocated). */
  get bytes() {
    return this.parents.byteLength + this.nameAt.byteLength + this.nameLen.byteLength + this.names.byteLength + this.slots.byteLength;
  }
  /** Bytes of names stored (segments, not whole paths). */
  get nameBytes() {
    return this.namesUsed;
  }
  parentOf(id) {
    return this.parents[id];
  }
  /** The node of a normalised path (`a/b/c`, '' for the root), added when new. */
  intern(path) {
    if (path === "") return 0;
    let start = 0;
    let id = 0;
    const slash = path.lastIndexOf("/");
    const dir = this.lastDir;
    if (slash >= 0 && slash === dir.length && path.startsWith(dir)) {
      id = this.lastDirId;
      start = slash + 1;
    }
    for (; ; ) {
      const end = path.indexOf("/", start);
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
  lookup(path) {
    if (path === "") return 0;
    let start = 0;
    let id = 0;
    for (; ; ) {
      const end = path.indexOf("/", start);
      id = this.child(id, path, start, end < 0 ? path.length : end, false);
      if (id < 0 || end < 0) return id;
      start = end + 1;
    }
  }
  static hash(parent, s, start, end) {
    let h = Math.imul(parent ^ 2654435769, 2246822507);
    for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return (h ^ h >>> 15) >>> 0;
  }
  /** PathTable.hash of a stored node, from its bytes. */
  hashOf(id) {
    const stored = this.nameLen[id];
    const len = stored & ~WIDE;
    const at = this.nameAt[id];
    const names = this.names;
    let h = Math.imul(this.parents[id] ^ 2654435769, 2246822507);
    if (stored & WIDE)
      for (let i = 0; i < len; i++)
        h = Math.imul(h ^ (names[at + 2 * i] | names[at + 2 * i + 1] << 8), 16777619);
    else for (let i = 0; i < len; i++) h = Math.imul(h ^ names[at + i], 16777619);
    return (h ^ h >>> 15) >>> 0;
  }
  sameName(id, s, start, end) {
    const stored = this.nameLen[id];
    const len = stored & ~WIDE;
    if (len !== end - start) return false;
    const at = this.nameAt[id];
    const names = this.names;
    if (stored & WIDE) {
      for (let i = 0; i < len; i++)
        if ((names[at + 2 * i] | names[at + 2 * i + 1] << 8) !== s.charCodeAt(start + i)) return false;
    } else {
      for (let i = 0; i < len; i++) if (names[at + i] !== s.charCodeAt(start + i)) return false;
    }
    return true;
  }
  child(parent, s, start, end, add) {
    const h = _PathTable.hash(parent, s, start, end);
    let slot = h & this.mask;
    for (; ; ) {
      const id2 = this.slots[slot];
      if (id2 === 0) break;
      if (this.parents[id2] === parent && this.sameName(id2, s, start, end)) return id2;
      slot = slot + 1 & this.mask;
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
    for (let i = start; i < end; i++) if (s.charCodeAt(i) > 255) wide = true;
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
        this.names[at + 2 * i] = c & 255;
        this.names[at + 2 * i + 1] = c >>> 8;
      }
    } else for (let i = 0; i < len; i++) this.names[at + i] = s.charCodeAt(start + i);
    this.namesUsed += bytes;
    this.parents[id] = parent;
    this.nameAt[id] = at;
    this.nameLen[id] = wide ? len | WIDE : len;
    this.slots[slot] = id;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return id;
  }
  rehash(size) {
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 1; id < this.count; id++) {
      let slot = this.hashOf(id) & this.mask;
      while (this.slots[slot] !== 0) slot = slot + 1 & this.mask;
      this.slots[slot] = id;
    }
  }
  /** The last segment of a node's path. */
  nameOf(id) {
    if (id === 0) return "";
    const stored = this.nameLen[id];
    const len = stored & ~WIDE;
    const at = this.nameAt[id];
    if (stored & WIDE) {
      let out = "";
      for (let i = 0; i < len; i++)
        out += String.fromCharCode(this.names[at + 2 * i] | this.names[at + 2 * i + 1] << 8);
      return out;
    }
    return this.namesView.toString("latin1", at, at + len);
  }
  /** The whole path of a node (`a/b/c`). */
  pathOf(id) {
    if (id <= 0) return "";
    const parent = this.parents[id];
    if (parent === 0) return this.nameOf(id);
    if (parent !== this.lastPathDir) {
      let dir = this.nameOf(parent);
      for (let p = this.parents[parent]; p > 0; p = this.parents[p]) dir = this.nameOf(p) + "/" + dir;
      this.lastPathDir = parent;
      this.lastPathDirPath = dir;
    }
    return this.lastPathDirPath + "/" + this.nameOf(id);
  }
  /**
   * Releases the slack left by doubling, when the input has been read (interning more afterwards
   * works, and grows the arrays again).
   */
  trim() {
    this.parents = trimmed(this.parents, Math.max(this.count, 1));
    this.nameAt = trimmed(this.nameAt, this.count);
    this.nameLen = trimmed(this.nameLen, this.count);
    this.names = trimmed(this.names, this.namesUsed);
    this.namesView = Buffer.from(this.names.buffer, this.names.byteOffset, this.names.byteLength);
  }
};
var TYPES = ["file", "dir", "symlink", "hardlink", "char", "block", "fifo", "other"];
var TYPE_CODE = new Map(TYPES.map((t, i) => [t, i]));
var WHITEOUTS = [void 0, "file", "opaque"];
var MODE_MASK = 4095;
var TYPE_SHIFT = 12;
var WHITEOUT_SHIFT = 15;
var LayerFiles = class _LayerFiles {
  constructor(paths = new PathTable()) {
    this.paths = paths;
  }
  paths;
  pathIds = new Int32Array(64);
  sizes = new Float64Array(64);
  bits = new Uint32Array(64);
  owners = new Uint32Array(64);
  /** Distinct `uid:gid` pairs of the layer (a few), by owner id. */
  ownerIds = /* @__PURE__ */ new Map();
  ownerList = [];
  links;
  keyHeaders;
  contents;
  length = 0;
  /** An index of the given entries (tests, models built by hand). */
  static from(files, paths = new PathTable()) {
    const out = new _LayerFiles(paths);
    for (const f of files) {
      const i = out.push(paths.intern(f.path), f.type, f.whiteout, f.size, f.mode, f.uid, f.gid);
      if (f.linkTarget !== void 0) out.setLinkTarget(i, f.linkTarget);
      if (f.keyHeader !== void 0) out.setKeyHeader(i, f.keyHeader);
      if (f.content !== void 0) out.setContent(i, f.content);
    }
    out.trim();
    return out;
  }
  /** Appends an entry; returns its index. */
  push(pathId, type, whiteout, size, mode, uid, gid) {
    const i = this.length++;
    if (i >= this.pathIds.length) {
      this.pathIds = grown(this.pathIds, i + 1);
      this.sizes = grown(this.sizes, i + 1);
      this.bits = grown(this.bits, i + 1);
      this.owners = grown(this.owners, i + 1);
    }
    this.pathIds[i] = pathId;
    this.sizes[i] = size;
    const wh = whiteout === "file" ? 1 : whiteout === "opaque" ? 2 : 0;
    this.bits[i] = mode & MODE_MASK | TYPE_CODE.get(type) << TYPE_SHIFT | wh << WHITEOUT_SHIFT;
    const key2 = `${uid}:${gid}`;
    let owner = this.ownerIds.get(key2);
    if (owner === void 0) {
      owner = this.ownerList.length / 2;
      this.ownerIds.set(key2, owner);
      this.ownerList.push(uid, gid);
    }
    this.owners[i] = owner;
    return i;
  }
  setLinkTarget(i, target) {
    (this.links ??= /* @__PURE__ */ new Map()).set(i, target);
  }
  setKeyHeader(i, header) {
    (this.keyHeaders ??= /* @__PURE__ */ new Map()).set(i, header);
  }
  setContent(i, text) {
    (this.contents ??= /* @__PURE__ */ new Map()).set(i, text);
  }
  /** Releases the slack left by doubling (when the layer has been read). */
  trim() {
    this.pathIds = trimmed(this.pathIds, this.length);
    this.sizes = trimmed(this.sizes, this.length);
    this.bits = trimmed(this.bits, this.length);
    this.owners = trimmed(this.owners, this.length);
  }
  /** Bytes held by the columns (sparse maps and the shared path table not counted). */
  get bytes() {
    return this.pathIds.byteLength + this.sizes.byteLength + this.bits.byteLength + this.owners.byteLength;
  }
  pathIdAt(i) {
    return this.pathIds[i];
  }
  pathAt(i) {
    return this.paths.pathOf(this.pathIds[i]);
  }
  typeAt(i) {
    return TYPES[this.bits[i] >>> TYPE_SHIFT & 7];
  }
  sizeAt(i) {
    return this.sizes[i];
  }
  modeAt(i) {
    return this.bits[i] & MODE_MASK;
  }
  whiteoutAt(i) {
    return WHITEOUTS[this.bits[i] >>> WHITEOUT_SHIFT & 3];
  }
  uidAt(i) {
    return this.ownerList[2 * this.owners[i]];
  }
  gidAt(i) {
    return this.ownerList[2 * this.owners[i] + 1];
  }
  linkTargetAt(i) {
    return this.links?.get(i);
  }
  keyHeaderAt(i) {
    return this.keyHeaders?.get(i);
  }
  contentAt(i) {
    return this.contents?.get(i);
  }
  /** Entries with a key header (few): their indexes. */
  keyHeaderEntries() {
    return (this.keyHeaders ?? /* @__PURE__ */ new Map()).keys();
  }
  /** Entry i as an object (made now; not kept). */
  get(i, path = this.pathAt(i)) {
    const f = {
      path,
      type: this.typeAt(i),
      size: this.sizes[i],
      mode: this.modeAt(i),
      uid: this.uidAt(i),
      gid: this.gidAt(i)
    };
    const wh = this.whiteoutAt(i);
    if (wh) f.whiteout = wh;
    const link = this.links?.get(i);
    if (link !== void 0) f.linkTarget = link;
    const key2 = this.keyHeaders?.get(i);
    if (key2 !== void 0) f.keyHeader = key2;
    const content = this.contents?.get(i);
    if (content !== void 0) f.content = content;
    return f;
  }
  *[Symbol.iterator]() {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }
  /** Every entry as an object (tests, small layers). */
  toArray() {
    return [...this];
  }
};

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
  for (const path of visible.keys()) {
    if (!path.startsWith("var/lib/dpkg/status.d/")) continue;
    const content = visible.get(path)?.file.content;
    if (content !== void 0) parseDpkgStatus(content, packages);
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
var PRESENT = 1;
var EFF = 2;
var REMOVED = 4;
var NONE2 = -1;
var Tree = class {
  /** `hide(layer, entry, node, by)` is told of every entry pushed out of the tree, and by which layer. */
  constructor(table, hide, typeOf) {
    this.table = table;
    this.hide = hide;
    this.typeOf = typeOf;
    const n = table.count;
    this.flags = new Uint8Array(n);
    this.layerOf = new Int32Array(n);
    this.entryOf = new Int32Array(n).fill(NONE2);
    this.first = new Int32Array(n).fill(NONE2);
    this.last = new Int32Array(n).fill(NONE2);
    this.next = new Int32Array(n).fill(NONE2);
    this.prev = new Int32Array(n).fill(NONE2);
    this.effMin = new Float64Array(n);
    this.effSum = new Float64Array(n);
    this.flags[0] = PRESENT;
    this.layerOf[0] = NONE2;
  }
  table;
  hide;
  typeOf;
  flags;
  layerOf;
  /** The layer entry the node holds (-1: a folder no layer listed, or none). */
  entryOf;
  first;
  next;
  /** Needed while the tree is built only (released by `efficiency`): ~24 bytes a path. */
  last;
  prev;
  effMin;
  effSum;
  /** dive's figures of nodes dropped without being "seen" removed (folders replaced by files…). */
  closedMin = 0;
  closedSum = 0;
  link(node, layer) {
    const p = this.table.parentOf(node);
    const tail = this.last[p];
    this.prev[node] = tail;
    this.next[node] = NONE2;
    if (tail >= 0) this.next[tail] = node;
    else this.first[p] = node;
    this.last[p] = node;
    this.flags[node] |= PRESENT;
    this.layerOf[node] = layer;
    this.entryOf[node] = NONE2;
  }
  unlink(node) {
    const p = this.table.parentOf(node);
    const before = this.prev[node];
    const after = this.next[node];
    if (before >= 0) this.next[before] = after;
    else this.first[p] = after;
    if (after >= 0) this.prev[after] = before;
    else this.last[p] = before;
  }
  /** Puts a node's folders in the tree; a file where a folder is now needed is replaced by it. */
  ensureParents(node, layer) {
    const missing = [];
    let a = this.table.parentOf(node);
    while (a > 0 && !(this.flags[a] & PRESENT)) {
      missing.push(a);
      a = this.table.parentOf(a);
    }
    if (a > 0 && this.entryOf[a] >= 0 && this.typeOf(this.layerOf[a], this.entryOf[a]) !== "dir") {
      this.hide(this.layerOf[a], this.entryOf[a], a, layer);
      this.entryOf[a] = NONE2;
    }
    for (let i = missing.length - 1; i >= 0; i--) this.link(missing[i], layer);
  }
  /** Drops a subtree: hides its files; `seen` leaves are dive's removed paths (seen again, size 0). */
  drop(root, by, seen) {
    const stack = [root];
    while (stack.length > 0) {
      const n = stack.pop();
      const entry = this.entryOf[n];
      if (entry >= 0) this.hide(this.layerOf[n], entry, n, by);
      const leaf = this.first[n] < 0;
      const f = this.flags[n];
      if (f & EFF) {
        if (seen && leaf && entry >= 0) {
          this.flags[n] = f & ~EFF | REMOVED;
          this.effMin[n] = 0;
        } else {
          this.closedMin += this.effMin[n];
          this.closedSum += this.effSum[n];
          this.flags[n] = f & ~EFF;
        }
      }
      for (let k = this.first[n]; k >= 0; k = this.next[k]) stack.push(k);
      this.flags[n] &= ~PRESENT;
      this.entryOf[n] = NONE2;
      this.first[n] = NONE2;
      this.last[n] = NONE2;
    }
  }
  /** A whiteout of layer `by`: removes the path and everything under it. */
  remove(node, by) {
    if (node === 0) return;
    if (!(this.flags[node] & PRESENT)) {
      if (!(this.flags[node] & REMOVED)) {
        this.flags[node] |= REMOVED;
        this.effSum[node] = 0;
      }
      this.effMin[node] = 0;
      return;
    }
    this.unlink(node);
    this.drop(node, by, true);
  }
  /** An opaque whiteout of layer `by`: empties the folder. */
  clear(node, by) {
    if (!(this.flags[node] & PRESENT) || this.first[node] < 0) return;
    const kids = [];
    for (let k = this.first[node]; k >= 0; k = this.next[k]) kids.push(k);
    this.first[node] = NONE2;
    this.last[node] = NONE2;
    for (const k of kids) this.drop(k, by, true);
  }
  /** Entry `entry` of layer `layer`, at path node `node`, `size` bytes of content. */
  set(node, layer, entry, type, size) {
    this.ensureParents(node, layer);
    if (!(this.flags[node] & PRESENT)) this.link(node, layer);
    const old = this.entryOf[node];
    if (old >= 0) this.hide(this.layerOf[node], old, node, layer);
    if (type !== "dir" && this.first[node] >= 0) {
      const kids = [];
      for (let k = this.first[node]; k >= 0; k = this.next[k]) kids.push(k);
      this.first[node] = NONE2;
      this.last[node] = NONE2;
      for (const k of kids) this.drop(k, layer, false);
    }
    this.entryOf[node] = entry;
    this.layerOf[node] = layer;
    const f = this.flags[node];
    if (f & EFF) {
      this.effSum[node] += size;
      if (size < this.effMin[node]) this.effMin[node] = size;
    } else if (f & REMOVED) {
      this.effMin[node] = 0;
      this.effSum[node] += size;
      this.flags[node] = f & ~REMOVED | EFF;
    } else {
      this.effMin[node] = size;
      this.effSum[node] = size;
      this.flags[node] = f | EFF;
    }
  }
  /**
   * dive's score: Σ smallest size seen per path / Σ sizes seen. Ends the building: what only building
   * needs is released, and the tree is read through `first`/`next` from then on.
   */
  efficiency() {
    let minSum = this.closedMin;
    let allSum = this.closedSum;
    for (let n = 0; n < this.flags.length; n++) {
      const f = this.flags[n];
      if (f & REMOVED) allSum += this.effSum[n];
      else if (f & EFF) {
        minSum += this.effMin[n];
        allSum += this.effSum[n];
      }
    }
    this.last = this.prev = new Int32Array(0);
    this.effMin = this.effSum = new Float64Array(0);
    return allSum === 0 ? 1 : minSum / allSum;
  }
  /** Levels the last `following` went up (-1: down to a child). */
  climbed = 0;
  /**
   * The node after `n` in tree order (children in the order they were added, before the next
   * sibling); -1 at the end. Sets `climbed`.
   */
  following(n) {
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
    return n > 0 ? this.next[n] : NONE2;
  }
};
var VisibleFiles = class {
  constructor(tree, files) {
    this.tree = tree;
    this.files = files;
    let n = 0;
    for (let i = 1; i < tree.flags.length; i++) if (tree.flags[i] & PRESENT) n++;
    this.size = n;
  }
  tree;
  files;
  size;
  nodeOf(path) {
    const id = path === "" ? NONE2 : this.tree.table.lookup(path);
    return id > 0 && id < this.tree.flags.length && this.tree.flags[id] & PRESENT ? id : NONE2;
  }
  has(path) {
    return this.nodeOf(path) >= 0;
  }
  get(path) {
    const id = this.nodeOf(path);
    return id < 0 ? void 0 : this.at(id, path);
  }
  /** The path of a node (from `visitFiles`). */
  pathOf(node) {
    return this.tree.table.pathOf(node);
  }
  /** The visible file of a node (from `visitFiles`), made now. */
  at(node, path = this.pathOf(node)) {
    const layer = this.tree.layerOf[node];
    const entry = this.tree.entryOf[node];
    const file = entry >= 0 ? this.files[layer].get(entry, path) : { path, type: "dir", size: 0, mode: 493, uid: 0, gid: 0 };
    return { path, file, layer };
  }
  /**
   * Calls `fn` for every visible path that a layer entry made (folders no layer listed are left out),
   * in tree order, with the entry's layer files and index: read what is needed with their accessors.
   */
  visitFiles(fn) {
    const t = this.tree;
    for (let n = t.first[0]; n >= 0; n = t.following(n)) {
      const entry = t.entryOf[n];
      if (entry >= 0) fn(n, this.files[t.layerOf[n]], entry, t.layerOf[n]);
    }
  }
  /** Every visible node with its path, in tree order (paths made from their folder's). */
  *walk() {
    const t = this.tree;
    const table = t.table;
    const dirs = [""];
    for (let n = t.first[0]; n >= 0; ) {
      const dir = dirs[dirs.length - 1];
      const path = dir === "" ? table.nameOf(n) : `${dir}/${table.nameOf(n)}`;
      yield [n, path];
      const next = t.following(n);
      if (t.climbed < 0) dirs.push(path);
      else dirs.length -= t.climbed;
      n = next;
    }
  }
  *entries() {
    for (const [n, path] of this.walk()) yield [path, this.at(n, path)];
  }
  *keys() {
    for (const [, path] of this.walk()) yield path;
  }
  *values() {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(fn) {
    for (const [k, v] of this.entries()) fn(v, k, this);
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
function commonTable(files) {
  const tables = new Set(files.filter((f) => !!f).map((f) => f.paths));
  if (tables.size <= 1) return { table: tables.values().next().value ?? new PathTable(), ids: [] };
  const table = new PathTable();
  const ids = files.map((f) => {
    if (!f) return void 0;
    const map = new Int32Array(f.paths.count).fill(NONE2);
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
function analyseLayers(layers) {
  const files = layers.map((l) => l.files);
  const { table, ids } = commonTable(files);
  const hiddenBytes = layers.map(() => 0);
  const wasted = /* @__PURE__ */ new Map();
  const tree = new Tree(
    table,
    (layer, entry, node, by) => {
      const f = files[layer];
      if (f.typeAt(entry) !== "file" || f.whiteoutAt(entry)) return;
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
    (layer, entry) => files[layer].typeAt(entry)
  );
  let userBytes = 0;
  files.forEach((f, li) => {
    if (!f) return;
    const idOf = ids[li];
    if (li > 0) {
      let sum = layers[li].contentSize;
      if (sum === void 0) {
        sum = 0;
        for (let i = 0; i < f.length; i++) if (f.typeAt(i) === "file") sum += f.sizeAt(i);
      }
      userBytes += sum;
    }
    for (let i = 0; i < f.length; i++) {
      const wh = f.whiteoutAt(i);
      if (!wh) continue;
      const node = idOf ? idOf[i] : f.pathIdAt(i);
      if (wh === "file") tree.remove(node, li);
      else tree.clear(node, li);
    }
    for (let i = 0; i < f.length; i++) {
      if (f.whiteoutAt(i)) continue;
      const node = idOf ? idOf[i] : f.pathIdAt(i);
      if (node === 0) continue;
      const type = f.typeAt(i);
      tree.set(node, li, i, type, type === "file" ? f.sizeAt(i) : 0);
    }
  });
  const wastedBytes = hiddenBytes.reduce((s, b) => s + b, 0);
  const pathOf = (w) => w.path ??= table.pathOf(w.node);
  const all = [...wasted.values()].filter((w) => w.size > 0);
  all.sort((a, b) => b.size - a.size || (pathOf(a) < pathOf(b) ? -1 : 1));
  const wastedFiles = all.slice(0, WASTED_FILES_KEPT).map((w) => ({
    path: pathOf(w),
    size: w.size,
    layers: w.layers,
    hiddenBy: w.hiddenBy
  }));
  const omitted = { count: all.length - wastedFiles.length, bytes: 0 };
  for (let i = wastedFiles.length; i < all.length; i++) omitted.bytes += all[i].size;
  return {
    visible: new VisibleFiles(tree, files),
    efficiency: tree.efficiency(),
    wastedBytes,
    userBytes,
    userWastedRatio: userBytes === 0 ? 0 : wastedBytes / userBytes,
    wastedFiles,
    wastedFilesOmitted: omitted,
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
  PathTableFullError,
  PathTable,
  LayerFiles,
  analyseImage,
  compareImages
};
