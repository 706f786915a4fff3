import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  LayerFiles,
  PACKAGE_DB_MAX_BYTES,
  PathTable,
  PathTableFullError,
  WHOLE_FILE,
  abandonChild,
  analyseImage,
  compareImages,
  isInside,
  isPackageDb
} from "./chunk-ZDLOVJPG.mjs";
import "./chunk-Y3MIJE7F.mjs";

// src/targets/image/load.ts
import { createHash as createHash4 } from "node:crypto";
import { promises as fs2 } from "node:fs";
import path2 from "node:path";
import { spawn } from "node:child_process";

// src/targets/image/archive.ts
import { createHash as createHash2 } from "node:crypto";

// src/targets/image/assemble.ts
function obj(x) {
  return x !== null && typeof x === "object" && !Array.isArray(x) ? x : void 0;
}
function str(x) {
  return typeof x === "string" ? x : void 0;
}
function num(x) {
  return typeof x === "number" && Number.isFinite(x) ? x : void 0;
}
function arr(x) {
  return Array.isArray(x) ? x : [];
}
function strings(x) {
  if (!Array.isArray(x)) return void 0;
  return x.filter((v) => typeof v === "string");
}
function stringMap(x) {
  const out = {};
  const o = obj(x);
  if (o) {
    for (const [k, v] of Object.entries(o)) if (typeof v === "string") out[k] = v;
  }
  return out;
}
function jsonErrorMessage(e) {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/,? ?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, "").trim() || "invalid JSON";
}
var DIGEST_RE = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;
function normaliseConfig(raw) {
  const c = obj(raw) ?? {};
  const env = [];
  for (const e of strings(c.Env) ?? []) {
    const eq = e.indexOf("=");
    env.push(eq >= 0 ? { name: e.slice(0, eq), value: e.slice(eq + 1) } : { name: e, value: "" });
  }
  let healthcheck;
  const hc = obj(c.Healthcheck);
  if (hc) {
    const test = strings(hc.Test);
    if (test && test.length > 0) {
      healthcheck = { test };
      const ns = (v) => num(v) !== void 0 ? num(v) / 1e9 : void 0;
      if (ns(hc.Interval) !== void 0) healthcheck.interval = ns(hc.Interval);
      if (ns(hc.Timeout) !== void 0) healthcheck.timeout = ns(hc.Timeout);
      if (ns(hc.StartPeriod) !== void 0) healthcheck.startPeriod = ns(hc.StartPeriod);
      if (num(hc.Retries) !== void 0) healthcheck.retries = num(hc.Retries);
    }
  }
  const config = {
    user: str(c.User) ?? "",
    env,
    labels: stringMap(c.Labels),
    exposedPorts: Object.keys(obj(c.ExposedPorts) ?? {}),
    volumes: Object.keys(obj(c.Volumes) ?? {})
  };
  if (healthcheck) config.healthcheck = healthcheck;
  const entrypoint = strings(c.Entrypoint);
  if (entrypoint) config.entrypoint = entrypoint;
  const cmd = strings(c.Cmd);
  if (cmd) config.cmd = cmd;
  if (str(c.WorkingDir)) config.workingDir = str(c.WorkingDir);
  if (str(c.StopSignal)) config.stopSignal = str(c.StopSignal);
  return config;
}
function normaliseHistory(raw) {
  const out = [];
  for (const h of arr(raw)) {
    const o = obj(h);
    if (!o) continue;
    const e = {
      createdBy: str(o.created_by) ?? str(o.CreatedBy) ?? "",
      emptyLayer: o.empty_layer === true || o.EmptyLayer === true
    };
    const created = str(o.created) ?? str(o.Created);
    if (created) e.created = created;
    const author = str(o.author) ?? str(o.Author);
    if (author) e.author = author;
    const comment = str(o.comment) ?? str(o.Comment);
    if (comment) e.comment = comment;
    out.push(e);
  }
  return out;
}
function platformString(os2, arch, variant) {
  if (!os2 && !arch) return "unknown";
  return [os2 || "unknown", arch || "unknown", ...variant ? [variant] : []].join("/");
}
function platformOfConfig(config) {
  const c = obj(config) ?? {};
  return platformString(
    str(c.os) ?? str(c.Os),
    str(c.architecture) ?? str(c.Architecture),
    str(c.variant) ?? str(c.Variant)
  );
}
function lineUpHistory(history, layers) {
  let li = 0;
  history.forEach((h, hi) => {
    if (h.emptyLayer) return;
    if (li < layers.length) {
      h.layerIndex = li;
      layers[li].createdBy = h.createdBy;
      layers[li].historyIndex = hi;
    }
    li++;
  });
}
var short = (d) => d ? d.replace(/^sha256:/, "").slice(0, 12) : "?";
function assemble(input) {
  const problems = [];
  const cfg = obj(input.config) ?? {};
  const history = normaliseHistory(cfg.history);
  const diffIds = strings(obj(cfg.rootfs)?.diff_ids) ?? [];
  if (input.layers.length !== diffIds.length && diffIds.length > 0) {
    problems.push(
      `the manifest lists ${input.layers.length} layers but the image config's rootfs lists ${diffIds.length}: the image is inconsistent`
    );
  }
  const layers = [];
  let filesIndexed = input.layers.length > 0 || diffIds.length === 0;
  input.layers.forEach((l, i) => {
    const r = l.result;
    const layer = { createdBy: "" };
    if (r) layer.size = r.size;
    if (l.digest) layer.digest = l.digest;
    const diffId = diffIds[i];
    if (diffId) layer.diffId = diffId;
    if (l.mediaType) layer.mediaType = l.mediaType;
    if (r && r.compression !== "none") layer.compressedSize = r.storedSize;
    else if (l.size !== void 0 && l.mediaType && /gzip|zstd/.test(l.mediaType))
      layer.compressedSize = l.size;
    const label = `layer ${i + 1} (${short(l.digest ?? diffId)})`;
    if (l.skipped) {
      filesIndexed = false;
      if (l.size !== void 0 && !(l.mediaType && /gzip|zstd/.test(l.mediaType))) layer.size = l.size;
    } else if (!r) {
      filesIndexed = false;
      if (l.size !== void 0 && !(l.mediaType && /gzip|zstd/.test(l.mediaType))) layer.size = l.size;
      problems.push(`${label}: ${l.missing ?? "its blob is not in the input"}; its files were not checked`);
    } else {
      layer.contentSize = r.contentSize;
      layer.files = r.files;
      if (r.truncated) {
        layer.filesTruncated = true;
        filesIndexed = false;
      }
      for (const p of r.problems) problems.push(`${label}: ${p}`);
      if (l.digest && DIGEST_RE.test(l.digest) && l.digest.startsWith("sha256:") && r.digest !== l.digest) {
        problems.push(
          `${label} does not match its digest (its content hashes to ${r.digest}): the input is corrupt or was altered`
        );
      }
      if (diffId && r.diffId && diffId !== r.diffId) {
        problems.push(
          `${label}: its uncompressed content hashes to ${r.diffId}, not to the diff ID ${diffId} the image config names: the input is corrupt or was altered`
        );
      }
    }
    layers.push(layer);
  });
  lineUpHistory(history, layers);
  const size = layers.reduce((s, l) => s + (l.size ?? 0), 0);
  const model = {
    ref: input.ref,
    source: input.source,
    platform: input.platform ?? platformOfConfig(cfg),
    config: normaliseConfig(cfg.config ?? cfg.container_config),
    annotations: input.annotations ?? {},
    history,
    layers,
    filesIndexed: filesIndexed && layers.length > 0,
    size
  };
  if (input.name) model.name = input.name;
  if (input.manifestDigest) model.manifestDigest = input.manifestDigest;
  if (input.configDigest) model.configDigest = input.configDigest;
  if (str(cfg.created)) model.created = str(cfg.created);
  return { model, problems };
}

// src/targets/image/archive.ts
import { Readable } from "node:stream";
import zlib3 from "node:zlib";

// src/targets/image/tar.ts
var DEFAULT_TAR_LIMITS = { maxNameLength: 4096, maxRecordBytes: 1 << 20 };
var TAR_DECODE = /* @__PURE__ */ Symbol("decode the header");
var PLAIN_NAME_MAX = 256;
var TAR_BLOCK = 512;
var decoder = new TextDecoder("utf-8");
function cstring(buf, start, len) {
  let end = start;
  const max = start + len;
  let ascii = true;
  for (; end < max; end++) {
    const c = buf[end];
    if (c === 0) break;
    if (c > 127) ascii = false;
  }
  if (ascii) return buf.toString("latin1", start, end);
  return decoder.decode(buf.subarray(start, end));
}
var tarString = cstring;
function isPosixUstar(buf, at) {
  return buf[at + 257] === 117 && buf[at + 258] === 115 && buf[at + 259] === 116 && buf[at + 260] === 97 && buf[at + 261] === 114 && buf[at + 262] === 0;
}
function readNumber(buf, start, len) {
  if (buf[start] & 128) {
    if (buf[start] & 64) return NaN;
    let v2 = buf[start] & 63;
    for (let i2 = start + 1; i2 < start + len; i2++) v2 = v2 * 256 + buf[i2];
    return v2;
  }
  let i = start;
  const end = start + len;
  while (i < end && (buf[i] === 32 || buf[i] === 0)) i++;
  let v = 0;
  let digits = 0;
  for (; i < end; i++) {
    const c = buf[i];
    if (c === 0 || c === 32) break;
    if (c < 48 || c > 55) return NaN;
    v = v * 8 + (c - 48);
    digits++;
  }
  return digits === 0 ? 0 : v;
}
var tarNumber = readNumber;
function plainName(block, at, out) {
  let n = 0;
  let high = 0;
  if (block[at + 345] !== 0 && isPosixUstar(block, at)) {
    for (let i = at + 345; i < at + 500; i++) {
      const c = block[i];
      if (c === 0) break;
      high |= c;
      out[n++] = c;
    }
    out[n++] = 47;
  }
  for (let i = at; i < at + 100; i++) {
    const c = block[i];
    if (c === 0) break;
    high |= c;
    out[n++] = c;
  }
  return high & 128 ? -1 : n;
}
var Words = class {
  constructor(buf) {
    this.buf = buf;
    this.shift = buf.byteOffset & 3;
    const base = buf.byteOffset - this.shift;
    this.words = new Uint32Array(buf.buffer, base, buf.byteOffset + buf.byteLength - base >>> 2);
  }
  buf;
  words;
  shift;
  dataView = null;
  get view() {
    return this.dataView ??= new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
  }
};
function checksumOk(buf, words, at) {
  const stored = readNumber(buf, at + 148, 8);
  if (Number.isNaN(stored)) return false;
  let even = 0;
  let odd = 0;
  if ((words.shift + at & 3) === 0) {
    const w32 = words.words;
    const w0 = words.shift + at >>> 2;
    for (let i = w0; i < w0 + 37; i++) {
      const w = w32[i];
      even += w & 16711935;
      odd += w >>> 8 & 16711935;
    }
    for (let i = w0 + 39; i < w0 + 128; i++) {
      const w = w32[i];
      even += w & 16711935;
      odd += w >>> 8 & 16711935;
    }
  } else {
    const view = words.view;
    for (let i = at; i < at + 148; i += 4) {
      const w = view.getUint32(i, true);
      even += w & 16711935;
      odd += w >>> 8 & 16711935;
    }
    for (let i = at + 156; i < at + TAR_BLOCK; i += 4) {
      const w = view.getUint32(i, true);
      even += w & 16711935;
      odd += w >>> 8 & 16711935;
    }
  }
  const unsigned = 8 * 32 + (even & 65535) + (even >>> 16) + (odd & 65535) + (odd >>> 16);
  if (stored === unsigned) return true;
  let signed = 8 * 32;
  for (let i = 0; i < TAR_BLOCK; i++) {
    if (i >= 148 && i < 156) continue;
    const b = buf[at + i];
    signed += b > 127 ? b - 256 : b;
  }
  return stored === signed;
}
function isZeroBlock(buf, at) {
  for (let i = at; i < at + TAR_BLOCK; i++) if (buf[i] !== 0) return false;
  return true;
}
function looksLikeTar(head) {
  if (head.length < TAR_BLOCK) return false;
  return isZeroBlock(head, 0) || checksumOk(head, new Words(head), 0);
}
var TYPES = new Array(256).fill("other");
for (const [flag, type] of [
  ["0", "file"],
  ["\0", "file"],
  ["7", "file"],
  ["S", "file"],
  ["1", "hardlink"],
  ["2", "symlink"],
  ["3", "char"],
  ["4", "block"],
  ["5", "dir"],
  ["6", "fifo"]
])
  TYPES[flag.charCodeAt(0)] = type;
function parsePax(buf) {
  const out = /* @__PURE__ */ new Map();
  let i = 0;
  while (i < buf.length) {
    let j = i;
    while (j < buf.length && buf[j] !== 32) j++;
    const len = parseInt(decoder.decode(buf.subarray(i, j)), 10);
    if (!Number.isFinite(len) || len <= 0 || i + len > buf.length) break;
    const record = decoder.decode(buf.subarray(j + 1, i + len - 1));
    const eq = record.indexOf("=");
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    i += len;
  }
  return out;
}
var TarParser = class {
  constructor(cb, limits = DEFAULT_TAR_LIMITS) {
    this.cb = cb;
    this.limits = limits;
  }
  cb;
  limits;
  state = "header";
  /** A header split across chunks, put together. */
  header = Buffer.alloc(TAR_BLOCK);
  headerWords = new Words(this.header);
  headerFill = 0;
  /** Bytes of content left in the current entry. */
  remaining = 0;
  /** Padding bytes left after the current entry's content. */
  pad = 0;
  sink = void 0;
  record = null;
  recordFill = 0;
  recordKind = "";
  pax = /* @__PURE__ */ new Map();
  longName = null;
  longLink = null;
  /** Offset in the stream of the next byte to be consumed. */
  offset = 0;
  /** Why the parse stopped early; null while all is well. */
  error = null;
  entries = 0;
  get finished() {
    return this.state === "done";
  }
  write(input) {
    const chunk = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    let words = null;
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      switch (this.state) {
        case "done":
        case "failed":
          this.offset += n - i;
          return;
        case "header": {
          const take = Math.min(TAR_BLOCK - this.headerFill, n - i);
          if (take === TAR_BLOCK) {
            words ??= new Words(chunk);
            if (this.cb.plainEntry !== void 0) {
              i = this.plainRun(chunk, words, i);
              break;
            }
            this.onHeader(chunk, words, i, this.offset);
          } else {
            this.header.set(chunk.subarray(i, i + take), this.headerFill);
            this.headerFill += take;
            if (this.headerFill === TAR_BLOCK) {
              this.headerFill = 0;
              this.onHeader(this.header, this.headerWords, 0, this.offset + take - TAR_BLOCK);
            }
          }
          i += take;
          this.offset += take;
          break;
        }
        case "data": {
          const take = Math.min(this.remaining, n - i);
          if (take > 0 && this.sink && this.sink.content) this.sink.content(chunk, i, i + take);
          this.remaining -= take;
          i += take;
          this.offset += take;
          if (this.remaining === 0) this.finishEntry();
          break;
        }
        case "record": {
          const take = Math.min(this.remaining, n - i);
          if (this.record) this.record.set(chunk.subarray(i, i + take), this.recordFill);
          this.recordFill += take;
          this.remaining -= take;
          i += take;
          this.offset += take;
          if (this.remaining === 0) this.finishRecord();
          break;
        }
        case "padding": {
          const take = Math.min(this.pad, n - i);
          this.pad -= take;
          i += take;
          this.offset += take;
          if (this.pad === 0) this.state = "header";
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
  plainRun(chunk, words, i) {
    const n = chunk.length;
    do {
      this.onHeader(chunk, words, i, this.offset);
      i += TAR_BLOCK;
      this.offset += TAR_BLOCK;
      if (this.state !== "header") {
        if (this.state !== "data" || this.sink !== void 0) return i;
        const skip = this.remaining + this.pad;
        if (skip > n - i) return i;
        i += skip;
        this.offset += skip;
        this.remaining = 0;
        this.pad = 0;
        this.state = "header";
      }
    } while (i + TAR_BLOCK <= n);
    return i;
  }
  /** Call at end of input: reports a truncated archive. */
  end() {
    if (this.state === "done" || this.state === "failed") return;
    if (this.state === "header" && this.headerFill === 0) {
      this.state = "done";
      return;
    }
    if (this.state === "data" && this.sink && this.sink.end) this.sink.end();
    this.sink = void 0;
    this.fail(`the tar stream ends in the middle of an entry (at byte ${this.offset})`);
  }
  fail(message) {
    this.error = message;
    this.state = "failed";
  }
  /** The header at `at` of `block` (`words` over the same bytes), at `offset` in the stream. */
  onHeader(block, words, at, offset) {
    if (block[at + 148] === 0 && isZeroBlock(block, at)) {
      this.state = "done";
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
    if (code === 120 || code === 103 || code === 76 || code === 75) {
      const flag = String.fromCharCode(code);
      this.recordKind = flag;
      this.remaining = size;
      this.pad = padded - size;
      this.recordFill = 0;
      if (size > this.limits.maxRecordBytes) {
        this.cb.warning?.(
          `a ${flag === "x" || flag === "g" ? "pax header" : "GNU long name"} of ${size} bytes at byte ${offset} exceeds the limit of ${this.limits.maxRecordBytes}; ignored`
        );
        this.record = null;
      } else {
        this.record = new Uint8Array(size);
      }
      if (size === 0) this.finishRecord();
      else this.state = "record";
      return;
    }
    const type = TYPES[code];
    if (this.cb.plainEntry !== void 0 && this.pax.size === 0 && this.longName === null && this.longLink === null && this.limits.maxNameLength >= PLAIN_NAME_MAX) {
      const contentSize = type === "file" || type === "other" ? size : 0;
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
  decoded(block, at, offset, code, type, size) {
    const flag = String.fromCharCode(code);
    let name = cstring(block, at, 100);
    if (block[at + 345] !== 0 && isPosixUstar(block, at)) name = cstring(block, at + 345, 155) + "/" + name;
    let linkname = block[at + 157] === 0 ? "" : cstring(block, at + 157, 100);
    let entrySize = size;
    let uid = readNumber(block, at + 108, 8);
    let gid = readNumber(block, at + 116, 8);
    if (this.longName !== null) name = this.longName;
    if (this.longLink !== null) linkname = this.longLink;
    const pax = this.pax;
    if (pax.size > 0) {
      const p = pax.get("path");
      if (p !== void 0) name = p;
      const l = pax.get("linkpath");
      if (l !== void 0) linkname = l;
      const s = pax.get("size");
      if (s !== void 0 && /^\d+$/.test(s)) entrySize = Number(s);
      const u = pax.get("uid");
      if (u !== void 0 && /^\d+$/.test(u)) uid = Number(u);
      const g = pax.get("gid");
      if (g !== void 0 && /^\d+$/.test(g)) gid = Number(g);
    }
    if (pax.size > 0) this.pax = /* @__PURE__ */ new Map();
    this.longName = null;
    this.longLink = null;
    const contentSize = type === "file" || type === "other" ? entrySize : 0;
    this.entries++;
    let sink = void 0;
    const max = this.limits.maxNameLength;
    if (name.length * 3 > max && Buffer.byteLength(name) > max || linkname.length * 3 > max && Buffer.byteLength(linkname) > max) {
      this.cb.warning?.(
        `an entry name of ${Buffer.byteLength(name)} bytes at byte ${offset} exceeds the limit of ${this.limits.maxNameLength}; entry skipped`
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
        offset
      });
    }
    this.startContent(sink, contentSize);
  }
  startContent(sink, contentSize) {
    this.sink = sink;
    this.remaining = contentSize;
    this.pad = Math.ceil(contentSize / TAR_BLOCK) * TAR_BLOCK - contentSize;
    if (contentSize === 0) this.finishEntry();
    else this.state = "data";
  }
  finishEntry() {
    const sink = this.sink;
    this.sink = void 0;
    if (sink && sink.end) sink.end();
    this.state = this.pad > 0 ? "padding" : "header";
  }
  finishRecord() {
    const rec = this.record;
    this.record = null;
    if (rec) {
      if (this.recordKind === "x") this.pax = parsePax(rec);
      else if (this.recordKind === "L" || this.recordKind === "K") {
        let end = rec.length;
        while (end > 0 && rec[end - 1] === 0) end--;
        const text = decoder.decode(rec.subarray(0, end));
        if (this.recordKind === "L") this.longName = text;
        else this.longLink = text;
      }
    }
    this.state = this.pad > 0 ? "padding" : "header";
  }
};

// src/targets/image/layer-index.ts
import { createHash } from "node:crypto";
import zlib2 from "node:zlib";

// src/targets/image/inflate.ts
import { types } from "node:util";
import zlib from "node:zlib";
var INFLATE_PIECE = 256 * 1024;
var shared = null;
var SyncGunzip = class _SyncGunzip {
  constructor(stream, handle, state) {
    this.stream = stream;
    this.handle = handle;
    this.state = state;
    this.out = shared ??= Buffer.allocUnsafeSlow(INFLATE_PIECE);
    stream.on("error", () => {
    });
  }
  stream;
  handle;
  state;
  out;
  /** A gunzip driven synchronously, or null when this runtime's zlib does not expose its handle. */
  static create() {
    const stream = zlib.createGunzip();
    const inner = stream;
    const handle = inner._handle;
    const state = inner._writeState;
    if (!handle || typeof handle.writeSync !== "function" || !types.isUint32Array(state) || state.length < 2) {
      stream.destroy();
      return null;
    }
    return new _SyncGunzip(stream, handle, state);
  }
  /**
   * Inflates `input`, handing each piece of output to `sink` (valid until `sink` returns; `sink`
   * returns false to stop). Returns the zlib error that stopped it, if any.
   */
  write(input, sink) {
    return this.run(zlib.constants.Z_NO_FLUSH, input, sink);
  }
  /** Ends the stream (a truncated one is an error: `unexpected end of file`) and frees zlib's state. */
  end(sink) {
    const e = this.run(zlib.constants.Z_FINISH, new Uint8Array(0), sink);
    this.close();
    return e;
  }
  /** Frees zlib's state without finishing (stopped at a limit). */
  close() {
    if (!this.stream.destroyed) this.stream.destroy();
  }
  run(flush, input, sink) {
    const out = this.out;
    let off = 0;
    let left = input.length;
    for (; ; ) {
      if (this.stream.destroyed) return this.stream.errored ?? new Error("the stream was closed");
      this.handle.writeSync(flush, input, off, left, out, 0, out.length);
      if (this.stream.errored) return this.stream.errored;
      const outLeft = this.state[0];
      const inLeft = this.state[1];
      const have = out.length - outLeft;
      off += left - inLeft;
      left = inLeft;
      if (have > 0 && !sink(out.subarray(0, have))) return null;
      if (outLeft !== 0) return null;
    }
  }
};

// src/targets/image/layer-index.ts
var DEFAULT_LIMITS = {
  maxLayerBytes: 64 * 1024 ** 3,
  maxRatio: 200,
  ratioAllowance: 64 * 1024 ** 2,
  maxFiles: 1e6,
  maxPaths: 2e6,
  maxNameLength: 4096,
  maxJsonBytes: 16 * 1024 ** 2,
  maxJsonTotalBytes: 64 * 1024 ** 2,
  maxArchiveEntries: 2e5,
  maxArchiveBytes: 64 * 1024 ** 3,
  dockerStallMs: 6e4
};
function overRatio(limits, produced, consumed) {
  return produced > limits.ratioAllowance + limits.maxRatio * consumed;
}
var GZIP_MAGIC = [31, 139];
var ZSTD_MAGIC = [40, 181, 47, 253];
function sniffCompression(head) {
  if (head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) return "gzip";
  if (head.length >= 4 && ZSTD_MAGIC.every((b, i) => head[i] === b)) return "zstd";
  if (looksLikeTar(head)) return "none";
  return "unknown";
}
function zstdDecompressor() {
  const create = zlib2.createZstdDecompress;
  return typeof create === "function" ? create() : null;
}
var KEY_HEADER_RE = /^-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/;
var PEM_BEGIN = Buffer.from("-----BEGIN ", "latin1");
var PUTTY_BEGIN = Buffer.from("PuTTY-User-Key-File-", "latin1");
function startsWith(buf, start, end, prefix) {
  if (end - start < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[start + i] !== prefix[i]) return false;
  return true;
}
function keyHeaderOf(buf, start = 0, end = buf.length) {
  if (end - start < 11) return void 0;
  const first = buf[start];
  if (first === 45) {
    if (!startsWith(buf, start, end, PEM_BEGIN)) return void 0;
    const text = Buffer.from(buf.buffer, buf.byteOffset + start, Math.min(end - start, 80)).toString(
      "latin1"
    );
    const m = KEY_HEADER_RE.exec(text);
    return m ? m[1] : void 0;
  }
  if (first === 80 && startsWith(buf, start, end, PUTTY_BEGIN)) return "PUTTY PRIVATE KEY";
  return void 0;
}
var UNCLEAN_PATH = /(?:^|\/)\.{1,2}(?:\/|$)|\/\/|^\/|\/$/;
function normalisePath(name) {
  let start = 0;
  if (name.startsWith("./")) start = 2;
  else if (name.startsWith("/")) start = 1;
  let end = name.length;
  if (end > start && name.charCodeAt(end - 1) === 47) end--;
  const core = start === 0 && end === name.length ? name : name.slice(start, end);
  if (!UNCLEAN_PATH.test(core)) return core;
  const parts = [];
  for (const seg of name.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/");
}
var DPKG_STATUS = Buffer.from("var/lib/dpkg/status", "latin1");
var APK_INSTALLED = Buffer.from("lib/apk/db/installed", "latin1");
function mayBePackageDb(b, start, end) {
  const first = b[start];
  if (first !== 118 && first !== 108) return false;
  const prefix = first === 118 ? DPKG_STATUS : APK_INSTALLED;
  if (end - start < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (b[start + i] !== prefix[i]) return false;
  return true;
}
var TYPE_MAP = {
  file: "file",
  hardlink: "hardlink",
  symlink: "symlink",
  char: "char",
  block: "block",
  dir: "dir",
  fifo: "fifo",
  other: "other"
};
var KEY_SNIFF_MAX_FILE = 1 << 20;
var KEY_SNIFF_BYTES = 64;
var KeySniffer = class {
  constructor(files) {
    this.files = files;
  }
  files;
  head = new Uint8Array(KEY_SNIFF_BYTES);
  fill = 0;
  entry = 0;
  size = 0;
  done = false;
  /** Starts on entry `entry` of `size` bytes. */
  reset(entry, size) {
    this.entry = entry;
    this.size = size;
    this.fill = 0;
    this.done = false;
    return this;
  }
  content(chunk, start, end) {
    if (this.done) return;
    const n = end - start;
    if (this.fill === 0 && (n >= KEY_SNIFF_BYTES || n >= this.size)) {
      this.check(chunk, start, Math.min(end, start + KEY_SNIFF_BYTES));
      return;
    }
    const take = Math.min(KEY_SNIFF_BYTES - this.fill, n);
    this.head.set(chunk.subarray(start, start + take), this.fill);
    this.fill += take;
    if (this.fill >= KEY_SNIFF_BYTES) this.check(this.head, 0, this.fill);
  }
  end() {
    if (!this.done && this.fill > 0) this.check(this.head, 0, this.fill);
  }
  check(buf, start, end) {
    this.done = true;
    const k = keyHeaderOf(buf, start, end);
    if (k) this.files.setKeyHeader(this.entry, k);
  }
};
var TarIndexer = class {
  constructor(limits, budget, maxBytes, hashContent = true) {
    this.limits = limits;
    this.budget = budget;
    this.maxBytes = maxBytes;
    this.hash = hashContent ? createHash("sha256") : null;
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
        }
      },
      { maxNameLength: limits.maxNameLength, maxRecordBytes: 1 << 20 }
    );
  }
  limits;
  budget;
  maxBytes;
  files;
  contentSize = 0;
  truncated = false;
  problems = [];
  parser;
  sniffer;
  /** sha256 of the uncompressed tar; null when the caller hashes the same bytes already (plain tar). */
  hash;
  size = 0;
  /** True once a limit stopped the index: the caller may stop decompressing. */
  stopped = false;
  note(message) {
    if (this.problems.length < 20) this.problems.push(message);
  }
  /** Stops the index at a limit found by the caller (the decompression ratio). */
  stop(message) {
    if (this.stopped) return;
    this.stopped = true;
    this.truncated = true;
    this.note(message);
  }
  write(chunk) {
    if (this.stopped) return;
    if (this.size + chunk.length > this.maxBytes) {
      this.stopped = true;
      this.truncated = true;
      this.note(
        `the layer decompresses to more than ${this.maxBytes} bytes (the limit, possibly a decompression bomb); the rest of it was not read`
      );
      return;
    }
    this.size += chunk.length;
    this.hash?.update(chunk);
    this.parser.write(chunk);
  }
  /** Ends the index; returns the diff ID when the whole tar was read (and this indexer hashed it). */
  end() {
    this.files.trim();
    if (this.stopped) return void 0;
    this.parser.end();
    if (this.parser.error) {
      this.truncated = true;
      this.note(`the layer is not a readable tar: ${this.parser.error}`);
    }
    return this.hash ? "sha256:" + this.hash.digest("hex") : void 0;
  }
  /** The name of the current plain entry (see onPlainEntry). */
  nameBuf = new Uint8Array(PLAIN_NAME_MAX);
  /**
   * An entry with a plain header (TarCallbacks.plainEntry): indexed from the header's bytes, with no
   * TarHeader and no path string made, when its name is ASCII and clean (no `.`, `..` or empty
   * segment past a leading `./` or `/`), not a whiteout and not a package database; anything else
   * (TAR_DECODE) goes to onEntry. What is indexed is what onEntry would index.
   */
  onPlainEntry(block, at, type, size) {
    const name = this.nameBuf;
    const n = plainName(block, at, name);
    if (n < 0) return TAR_DECODE;
    let start = 0;
    if (n >= 2 && name[0] === 46 && name[1] === 47) start = 2;
    else if (n >= 1 && name[0] === 47) start = 1;
    let end = n;
    if (end > start && name[end - 1] === 47) end--;
    if (end === start) return TAR_DECODE;
    let seg = start;
    for (let i2 = start; i2 <= end; i2++) {
      if (i2 < end && name[i2] !== 47) continue;
      const len = i2 - seg;
      if (len === 0 || name[seg] === 46 && (len === 1 || len === 2 && name[seg + 1] === 46))
        return TAR_DECODE;
      if (i2 < end) seg = i2 + 1;
    }
    if (end - seg >= 4 && name[seg] === 46 && name[seg + 1] === 119 && name[seg + 2] === 104 && name[seg + 3] === 46)
      return TAR_DECODE;
    if (type === "file" && size > 0 && mayBePackageDb(name, start, end)) return TAR_DECODE;
    if (type === "file") this.contentSize += size;
    if (this.fileLimitReached()) return;
    let node;
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
      void 0,
      size,
      tarNumber(block, at + 100, 8) || 0,
      Number.isFinite(uid) ? uid : 0,
      Number.isFinite(gid) ? gid : 0
    );
    if (type === "symlink" || type === "hardlink") {
      const link = block[at + 157] === 0 ? "" : tarString(block, at + 157, 100);
      files.setLinkTarget(i, type === "hardlink" ? normalisePath(link) : link);
    }
    if (type === "file" && size > 0 && size <= KEY_SNIFF_MAX_FILE) {
      const sniffer = this.sniffer.reset(i, size);
      const sniff = at + TAR_BLOCK + (size < KEY_SNIFF_BYTES ? size : KEY_SNIFF_BYTES);
      if (sniff > block.length) return sniffer;
      const key = keyHeaderOf(block, at + TAR_BLOCK, sniff);
      if (key !== void 0) files.setKeyHeader(i, key);
    }
    return void 0;
  }
  /** Whether the index holds as many files as it may (said once): later entries are not indexed. */
  fileLimitReached() {
    if (this.budget.files < this.limits.maxFiles) return false;
    if (!this.truncated) {
      this.truncated = true;
      this.note(
        `the image has more than ${this.limits.maxFiles} files (the limit); the file index stops here`
      );
    }
    return true;
  }
  /** A path the table could not take: said once if the table is full, rethrown otherwise. */
  pathTableFull(e) {
    if (!(e instanceof PathTableFullError)) throw e;
    if (!this.truncated) {
      this.truncated = true;
      this.note(`the image has ${e.message} (the limit); the file index stops here`);
    }
  }
  onEntry(h) {
    let path3 = normalisePath(h.name);
    let whiteout;
    const slash = path3.lastIndexOf("/");
    if (path3.startsWith(".wh.", slash + 1)) {
      const base = path3.slice(slash + 1);
      const dir = slash >= 0 ? path3.slice(0, slash) : "";
      if (base === ".wh..wh..opq") {
        whiteout = "opaque";
        path3 = dir;
      } else if (base.startsWith(".wh..wh.")) {
        return;
      } else {
        whiteout = "file";
        path3 = (dir ? dir + "/" : "") + base.slice(4);
      }
    }
    if (path3 === "" && !whiteout) return;
    if (h.type === "file") this.contentSize += h.size;
    if (this.fileLimitReached()) return;
    let node;
    try {
      node = this.files.paths.intern(path3);
    } catch (e) {
      this.pathTableFull(e);
      return;
    }
    this.budget.files++;
    const files = this.files;
    const i = files.push(
      node,
      whiteout ? "file" : TYPE_MAP[h.type],
      whiteout,
      whiteout ? 0 : h.size,
      h.mode,
      h.uid,
      h.gid
    );
    if ((h.type === "symlink" || h.type === "hardlink") && !whiteout) {
      files.setLinkTarget(i, h.type === "hardlink" ? normalisePath(h.linkname) : h.linkname);
    }
    if (h.type === "file" && !whiteout && h.size > 0 && h.size <= PACKAGE_DB_MAX_BYTES && isPackageDb(path3)) {
      const parts = [];
      return {
        content(chunk, start, end) {
          parts.push(new Uint8Array(chunk.subarray(start, end)));
        },
        end() {
          files.setContent(i, Buffer.concat(parts).toString("utf8"));
        }
      };
    }
    if (h.type === "file" && !whiteout && h.size > 0 && h.size <= KEY_SNIFF_MAX_FILE)
      return this.sniffer.reset(i, h.size);
    return void 0;
  }
};
var LayerReader = class {
  constructor(limits, budget, expectedSize) {
    this.limits = limits;
    this.budget = budget;
    this.expectedSize = expectedSize;
  }
  limits;
  budget;
  expectedSize;
  rawHash = createHash("sha256");
  storedSize = 0;
  head = [];
  headLen = 0;
  compression = null;
  decompressor = null;
  decompressDone = null;
  /** gzip inflated synchronously into a reused buffer (see inflate.ts); null: the stream is used. */
  inflater = null;
  inflateFailed = false;
  indexer = null;
  problems = [];
  unsupported = false;
  write(chunk) {
    this.rawHash.update(chunk);
    this.storedSize += chunk.length;
    if (this.compression === null) {
      this.headLen += chunk.length;
      if (this.headLen < 512) {
        this.head.push(new Uint8Array(chunk));
        return;
      }
      this.head.push(chunk);
      return this.start(Buffer.concat(this.head));
    }
    return this.feed(chunk);
  }
  start(head) {
    this.head = [];
    this.compression = sniffCompression(head);
    const stored = this.expectedSize ?? Infinity;
    const ratioCap = this.limits.ratioAllowance + this.limits.maxRatio * stored;
    const maxBytes = Math.min(this.limits.maxLayerBytes, this.compression === "none" ? Infinity : ratioCap);
    this.indexer = new TarIndexer(this.limits, this.budget, maxBytes, this.compression !== "none");
    if (this.compression === "gzip") {
      this.inflater = SyncGunzip.create();
      if (!this.inflater) this.decompressor = zlib2.createGunzip({ chunkSize: 256 * 1024 });
    } else if (this.compression === "zstd") {
      this.decompressor = zstdDecompressor();
      if (!this.decompressor) {
        this.unsupported = true;
        this.problems.push(
          `the layer is zstd-compressed, which this Node.js runtime (${process.version}) cannot decompress (zstd needs Node.js 22.15 or later); its files were not checked`
        );
      }
    } else if (this.compression === "unknown") {
      this.unsupported = true;
      this.problems.push(
        "the layer is neither a tar nor gzip- or zstd-compressed; its files were not checked"
      );
    }
    if (this.decompressor) {
      const d = this.decompressor;
      this.decompressDone = new Promise((resolve) => {
        d.on("data", (c) => {
          if (!this.inflated(c) && this.decompressor) {
            this.decompressor = null;
            d.destroy();
            resolve();
          }
        });
        d.on("end", resolve);
        d.on("error", (e) => {
          this.problems.push(
            `the layer's ${this.compression} stream is corrupt (${e.message}); the rest of it was not read`
          );
          this.decompressor = null;
          resolve();
        });
      });
    }
    return this.feed(head);
  }
  /** A piece of inflated tar: checked against the ratio limit, then indexed; false: stop inflating. */
  inflated = (piece) => {
    const indexer = this.indexer;
    if (overRatio(this.limits, indexer.size + piece.length, this.storedSize)) {
      const limit = this.limits.ratioAllowance + this.limits.maxRatio * this.storedSize;
      indexer.stop(
        `the layer decompresses to more than ${limit} bytes, over ${this.limits.maxRatio} times its compressed size (the limit, possibly a decompression bomb); the rest of it was not read`
      );
    } else indexer.write(piece);
    return !indexer.stopped;
  };
  /** Runs the synchronous inflater on a chunk (or to its end); a corrupt stream stops it. */
  inflate(chunk) {
    const inflater = this.inflater;
    if (this.inflateFailed || this.indexer.stopped) return;
    const e = chunk ? inflater.write(chunk, this.inflated) : inflater.end(this.inflated);
    if (e) {
      this.problems.push(`the layer's gzip stream is corrupt (${e.message}); the rest of it was not read`);
      this.inflateFailed = true;
    }
    if (e || this.indexer.stopped) inflater.close();
  }
  feed(chunk) {
    if (this.unsupported) return;
    if (this.compression === "none") {
      this.indexer.write(chunk);
      return;
    }
    if (this.inflater) {
      this.inflate(chunk);
      return;
    }
    const d = this.decompressor;
    if (!d) return;
    return new Promise((resolve) => {
      let settled = false;
      const done = () => {
        if (settled) return;
        settled = true;
        d.off("close", done);
        resolve();
      };
      d.on("close", done);
      d.write(chunk, done);
    });
  }
  async end() {
    if (this.compression === null) await this.start(Buffer.concat(this.head));
    if (this.inflater) this.inflate(null);
    else if (this.decompressor) {
      this.decompressor.end();
      await this.decompressDone;
    } else if (this.decompressDone) await this.decompressDone;
    const indexer = this.indexer;
    const compressed = this.compression === "gzip" || this.compression === "zstd";
    const inflatedWhole = this.inflater ? !this.inflateFailed : this.decompressor !== null;
    const decompressed = !this.unsupported && !indexer.stopped && (!compressed || inflatedWhole);
    const digest = "sha256:" + this.rawHash.digest("hex");
    const indexed = decompressed ? indexer.end() : void 0;
    const diffId = decompressed ? this.compression === "none" ? digest : indexed : void 0;
    const truncated = indexer.truncated || !decompressed;
    return {
      digest,
      storedSize: this.storedSize,
      compression: this.compression === "unknown" || this.compression === null ? "none" : this.compression,
      diffId,
      size: this.unsupported ? 0 : indexer.size,
      contentSize: indexer.contentSize,
      files: indexer.files,
      truncated,
      problems: [...this.problems, ...indexer.problems]
    };
  }
};

// src/targets/image/archive.ts
function resolveEntry(contents, name) {
  let n = normalisePath(name);
  for (let i = 0; i < 8; i++) {
    const blob = contents.blobs.get(n);
    if (blob) return blob;
    const next = contents.links.get(n);
    if (next === void 0) return void 0;
    n = next;
  }
  return void 0;
}
var BLOB_NAME = /^blobs\/(sha256|sha512)\/([0-9a-f]+)$/;
function firstNonSpace(head) {
  for (const b of head) if (b !== 32 && b !== 10 && b !== 13 && b !== 9) return b;
  return -1;
}
var EntryReader = class {
  constructor(header, name, out, limits, budget, pending) {
    this.header = header;
    this.name = name;
    this.out = out;
    this.limits = limits;
    this.budget = budget;
    this.pending = pending;
  }
  header;
  name;
  out;
  limits;
  budget;
  pending;
  hash = createHash2("sha256");
  head = [];
  headLen = 0;
  mode = "sniff";
  layer = null;
  json = [];
  size = 0;
  content(whole, start, end) {
    const chunk = whole.subarray(start, end);
    this.size += chunk.length;
    if (this.mode !== "layer" && this.mode !== "sniff") this.hash.update(chunk);
    switch (this.mode) {
      case "sniff":
        this.headLen += chunk.length;
        if (this.headLen < 512) {
          this.head.push(new Uint8Array(chunk));
          return;
        }
        this.head.push(chunk);
        this.decide();
        return;
      case "json":
        this.json.push(new Uint8Array(chunk));
        return;
      case "layer": {
        const p = this.layer.write(chunk);
        if (p) this.pending.push(p);
        return;
      }
      case "skip":
        return;
    }
  }
  /** The first bytes, kept while sniffing, hashed when the entry is not a layer. */
  hashHead(head) {
    if (this.mode !== "layer") this.hash.update(head);
  }
  decide() {
    const head = this.head.length === 1 ? this.head[0] : Buffer.concat(this.head);
    this.head = [];
    const first = firstNonSpace(head.subarray(0, 64));
    if (first === 123 || first === 91) {
      this.startJson(head);
      this.hashHead(head);
      return;
    }
    const compression = sniffCompression(head);
    if (compression !== "unknown") {
      this.mode = "layer";
      this.layer = new LayerReader(this.limits, this.budget, this.header.size);
      const p = this.layer.write(head);
      if (p) this.pending.push(p);
      return;
    }
    this.mode = "skip";
    this.hashHead(head);
  }
  /** Keeps a JSON document when it fits the per-document and per-archive limits. */
  startJson(head) {
    const size = this.header.size;
    if (size > this.limits.maxJsonBytes) {
      this.mode = "skip";
      this.out.jsonErrors.set(
        this.name,
        `it is larger than ${this.limits.maxJsonBytes} bytes (the limit for JSON documents)`
      );
    } else if (this.out.jsonBytes + size > this.limits.maxJsonTotalBytes) {
      this.mode = "skip";
      this.out.jsonErrors.set(
        this.name,
        `the archive holds more than ${this.limits.maxJsonTotalBytes} bytes of JSON (the limit)`
      );
    } else {
      this.out.jsonBytes += size;
      this.mode = "json";
      this.json.push(new Uint8Array(head));
    }
  }
  end() {
    if (this.mode === "sniff") {
      const head = Buffer.concat(this.head);
      this.head = [];
      const first = firstNonSpace(head.subarray(0, 64));
      if (first === 123 || first === 91) {
        this.startJson(head);
      } else if (sniffCompression(head) === "gzip" || sniffCompression(head) === "zstd") {
        this.mode = "layer";
        this.layer = new LayerReader(this.limits, this.budget, this.header.size);
        const p = this.layer.write(head);
        if (p) this.pending.push(p);
      } else this.mode = "skip";
      this.hashHead(head);
    }
    const blob = { name: this.name, digest: "", size: this.size };
    this.out.blobs.set(this.name, blob);
    if (this.mode === "layer") {
      const layer = this.layer;
      this.pending.push(
        layer.end().then((r) => {
          blob.layer = r;
          blob.digest = r.digest;
          this.checkName(blob);
        })
      );
      return;
    }
    blob.digest = "sha256:" + this.hash.digest("hex");
    this.checkName(blob);
    if (this.mode === "json") {
      const text = Buffer.concat(this.json).toString("utf8");
      this.json = [];
      try {
        this.out.json.set(this.name, JSON.parse(text));
      } catch (e) {
        this.out.jsonErrors.set(this.name, `it is not valid JSON (${jsonErrorMessage(e)})`);
      }
    }
  }
  /** A `blobs/sha256/<hex>` entry must hash to its name. */
  checkName(blob) {
    const m = BLOB_NAME.exec(this.name);
    if (!m || m[1] !== "sha256") return;
    if (blob.digest !== `sha256:${m[2]}`) {
      this.out.problems.push(
        `${this.name} does not match its digest (its content hashes to ${blob.digest}): the archive is corrupt or was altered`
      );
      blob.corrupt = true;
    }
  }
};
async function* maybeDecompressed(source, out, limits) {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head = first.value;
  const kind = sniffCompression(head.subarray(0, 512));
  if (kind !== "gzip" && kind !== "zstd") {
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    return;
  }
  let d;
  if (kind === "gzip") d = zlib3.createGunzip({ chunkSize: 256 * 1024 });
  else {
    d = zstdDecompressor();
    if (!d) {
      out.problems.push(
        `the archive is zstd-compressed, which this Node.js runtime (${process.version}) cannot decompress (zstd needs Node.js 22.15 or later); decompress it first (zstd -d)`
      );
      return;
    }
  }
  out.compressed = kind;
  let consumed = 0;
  const rest = Readable.from(
    (async function* () {
      consumed += head.length;
      yield Buffer.from(head);
      for (let r = await it.next(); !r.done; r = await it.next()) {
        consumed += r.value.length;
        yield Buffer.from(r.value);
      }
    })(),
    { objectMode: false }
  );
  rest.on("error", (e) => d.destroy(e));
  rest.pipe(d);
  let produced = 0;
  try {
    for await (const c of d) {
      produced += c.length;
      const tooMuch = produced > limits.maxArchiveBytes;
      if (tooMuch || overRatio(limits, produced, consumed)) {
        out.problems.push(
          tooMuch ? `the ${kind}-compressed archive decompresses to more than ${limits.maxArchiveBytes} bytes (the limit); the rest of it was not read` : `the ${kind}-compressed archive decompresses to more than ${limits.ratioAllowance + limits.maxRatio * consumed} bytes, over ${limits.maxRatio} times its compressed size (the limit, possibly a decompression bomb); the rest of it was not read`
        );
        rest.unpipe(d);
        rest.destroy();
        d.destroy();
        return;
      }
      yield c;
    }
  } catch (e) {
    out.problems.push(
      `the archive's ${kind} stream is corrupt (${e.message}); it was read up to there`
    );
  }
}
async function readArchive(source, limits, budget) {
  const out = {
    json: /* @__PURE__ */ new Map(),
    jsonErrors: /* @__PURE__ */ new Map(),
    blobs: /* @__PURE__ */ new Map(),
    links: /* @__PURE__ */ new Map(),
    problems: [],
    entries: 0,
    bytes: 0,
    jsonBytes: 0
  };
  const pending = [];
  let tooMany = false;
  const parser = new TarParser(
    {
      entry(h) {
        out.entries++;
        if (out.entries > limits.maxArchiveEntries) {
          if (!tooMany)
            out.problems.push(
              `the archive has more than ${limits.maxArchiveEntries} entries (the limit); the rest were not read`
            );
          tooMany = true;
          return;
        }
        const name = normalisePath(h.name);
        if (h.type === "symlink") {
          const dir = name.includes("/") ? name.slice(0, name.lastIndexOf("/") + 1) : "";
          out.links.set(name, normalisePath(h.linkname.startsWith("/") ? h.linkname : dir + h.linkname));
          return;
        }
        if (h.type === "hardlink") {
          out.links.set(name, normalisePath(h.linkname));
          return;
        }
        if (h.type !== "file") return;
        return new EntryReader(h, name, out, limits, budget, pending);
      },
      warning(m) {
        out.problems.push(m);
      }
    },
    { maxNameLength: limits.maxNameLength, maxRecordBytes: 1 << 20 }
  );
  try {
    for await (const chunk of maybeDecompressed(source, out, limits)) {
      out.bytes += chunk.length;
      parser.write(chunk);
      while (pending.length > 0) await pending.shift();
      if (parser.error || parser.finished || tooMany) break;
    }
    parser.end();
    while (pending.length > 0) await pending.shift();
  } catch (e) {
    out.problems.push(`reading the archive failed: ${e.message}`);
  }
  if (parser.error) out.problems.push(`the archive is not a readable tar: ${parser.error}`);
  if (out.entries === 0 && out.problems.length === 0) out.problems.push("the archive is empty");
  return out;
}

// src/targets/image/oci.ts
var INDEX_TYPES = /* @__PURE__ */ new Set([
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json"
]);
var MANIFEST_TYPES = /* @__PURE__ */ new Set([
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json"
]);
var NAME_ANNOTATIONS = ["io.containerd.image.name", "org.opencontainers.image.ref.name"];
var MAX_DEPTH = 4;
function annotationsOf(x) {
  const out = {};
  const o = obj(x);
  if (o) {
    for (const [k, v] of Object.entries(o)) if (typeof v === "string") out[k] = v;
  }
  return out;
}
function describe(v) {
  if (typeof v === "string") return JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}\u2026` : v);
  if (v === null || v === void 0) return "none";
  if (Array.isArray(v)) return "a list";
  return typeof v === "object" ? "an object" : String(v).slice(0, 40);
}
function nameOf(annotations) {
  for (const k of NAME_ANNOTATIONS) if (annotations[k]) return annotations[k];
  return void 0;
}
function platformMatches(wanted, platform) {
  if (!wanted || wanted === "all") return true;
  const w = wanted.split("/");
  const p = platform.split("/");
  return w.every((part, i) => part === p[i]);
}
async function imagesFromIndex(index, store, opts) {
  const images = [];
  const problems = [];
  const skipped = [];
  const otherPlatforms = [];
  const seen = /* @__PURE__ */ new Map();
  async function visit(desc, inherited, depth) {
    const d = obj(desc);
    if (!d) return;
    const digest = str(d.digest);
    if (!digest || !DIGEST_RE.test(digest)) {
      problems.push(`a descriptor has no valid digest (${describe(d.digest)}); it was skipped`);
      return;
    }
    const annotations = { ...inherited, ...annotationsOf(d.annotations) };
    const platform = obj(d.platform);
    if (annotations["vnd.docker.reference.type"] === "attestation-manifest" || platform && str(platform.os) === "unknown" && str(platform.architecture) === "unknown") {
      return;
    }
    const platformText = platform ? platformString(str(platform.os), str(platform.architecture), str(platform.variant)) : void 0;
    if (platformText && !platformMatches(opts.platform, platformText)) {
      otherPlatforms.push(platformText);
      return;
    }
    const already = seen.get(digest);
    if (already) {
      const n = nameOf(annotations);
      if (n && already.model.name && !already.model.name.split(", ").includes(n))
        already.model.name += `, ${n}`;
      return;
    }
    let doc;
    try {
      doc = await store.json(digest, "manifest");
    } catch (e) {
      problems.push(`${digest} cannot be read: ${e.message}`);
      return;
    }
    if (doc === void 0) {
      skipped.push(platformText ?? digest);
      return;
    }
    const o = obj(doc);
    if (!o) {
      problems.push(`${digest} is not a JSON object`);
      return;
    }
    const mediaType = str(d.mediaType) ?? str(o.mediaType);
    const isIndex = mediaType && INDEX_TYPES.has(mediaType) || !mediaType && Array.isArray(o.manifests);
    if (isIndex) {
      if (depth >= MAX_DEPTH) {
        problems.push(`indexes nest deeper than ${MAX_DEPTH} levels at ${digest}; not followed`);
        return;
      }
      for (const m of arr(o.manifests))
        await visit(m, nameOf(annotations) ? { [NAME_ANNOTATIONS[0]]: nameOf(annotations) } : {}, depth + 1);
      return;
    }
    if (mediaType && !MANIFEST_TYPES.has(mediaType) && !Array.isArray(o.layers)) {
      return;
    }
    const found = await imageFromManifest(o, digest, annotations, platformText, store, opts);
    if (found) {
      seen.set(digest, found);
      images.push(found);
    } else {
      skipped.push(platformText ?? digest);
    }
  }
  const idx = obj(index);
  if (!idx) {
    problems.push("index.json is not a JSON object");
    return { images, problems, skipped, otherPlatforms };
  }
  for (const m of arr(idx.manifests)) await visit(m, {}, 0);
  return { images, problems, skipped, otherPlatforms };
}
async function imageFromManifest(manifest, manifestDigest, annotations, platformText, store, opts) {
  const problems = [];
  const configDesc = obj(manifest.config);
  const configDigest = str(configDesc?.digest);
  if (!configDigest || !DIGEST_RE.test(configDigest)) {
    return {
      model: emptyModel(opts, manifestDigest, platformText),
      problems: [`the manifest ${manifestDigest} has no valid config digest`]
    };
  }
  let config;
  try {
    config = await store.json(configDigest, "config");
  } catch (e) {
    problems.push(`the image config ${configDigest} cannot be read: ${e.message}`);
  }
  if (config === void 0 && problems.length === 0) {
    return void 0;
  }
  const layers = [];
  for (const l of arr(manifest.layers)) {
    const ld = obj(l);
    const digest = str(ld?.digest);
    const mediaType = str(ld?.mediaType);
    const size = typeof ld?.size === "number" ? ld.size : void 0;
    if (!digest || !DIGEST_RE.test(digest)) {
      layers.push({ mediaType, size, missing: "its descriptor has no valid digest" });
      continue;
    }
    if (store.readsLayers === false) {
      layers.push({ digest, mediaType, size, skipped: true });
      continue;
    }
    let result;
    let why;
    try {
      result = await store.layer(digest, size);
    } catch (e) {
      why = e.message;
    }
    const foreign = mediaType?.includes("foreign") || mediaType?.includes("nondistributable");
    layers.push({
      digest,
      mediaType,
      size,
      result,
      missing: result ? void 0 : why ?? (foreign ? "it is a foreign layer, not shipped in the input" : "its blob is not in the input")
    });
  }
  const manifestAnnotations = { ...annotations, ...annotationsOf(manifest.annotations) };
  const { model, problems: more } = assemble({
    ref: opts.ref,
    name: nameOf(annotations),
    source: opts.source,
    platform: platformText,
    manifestDigest,
    configDigest,
    config: config ?? {},
    annotations: manifestAnnotations,
    layers
  });
  return { model, problems: [...problems, ...more] };
}
function emptyModel(opts, manifestDigest, platform) {
  return assemble({ ref: opts.ref, source: opts.source, manifestDigest, platform, config: {}, layers: [] }).model;
}

// src/targets/image/legacy.ts
function imagesFromManifestJson(manifest, contents, opts) {
  const images = [];
  const problems = [];
  const entries = Array.isArray(manifest) ? manifest : [];
  if (!Array.isArray(manifest)) problems.push("manifest.json is not a JSON array");
  for (const [i, e] of entries.entries()) {
    const o = obj(e);
    const configName = str(o?.Config);
    if (!o || !configName) {
      problems.push(`manifest.json entry ${i + 1} has no Config`);
      continue;
    }
    const configPath = normalisePath(configName);
    const configBlob = resolveEntry(contents, configPath);
    const config = contents.json.get(configPath) ?? (configBlob ? contents.json.get(configBlob.name) : void 0);
    const itemProblems = [];
    if (config === void 0) {
      const why = contents.jsonErrors.get(configPath);
      itemProblems.push(
        why ? `the image config ${configName} cannot be read: ${why}` : `the image config ${configName} is not in the archive`
      );
    }
    const layers = arr(o.Layers).map((l) => {
      const name = str(l);
      if (!name) return { missing: "its manifest.json entry is not a file name" };
      const blob = resolveEntry(contents, name);
      if (!blob) return { missing: `${name} is not in the archive` };
      if (!blob.layer) return { missing: `${name} is not a layer tar` };
      const m = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(blob.name);
      return { digest: m ? `sha256:${m[1]}` : void 0, result: blob.layer };
    });
    const tags = arr(o.RepoTags).filter((t) => typeof t === "string");
    const { model, problems: more } = assemble({
      ref: opts.ref,
      name: tags.length > 0 ? tags.join(", ") : void 0,
      source: opts.source,
      configDigest: configBlob?.digest,
      config: config ?? {},
      layers
    });
    images.push({ model, problems: [...itemProblems, ...more] });
  }
  return { images, problems };
}

// src/targets/image/inspect.ts
function isInspectObject(x) {
  const o = obj(x);
  return !!o && (o.RootFS !== void 0 || o.Config !== void 0 && (o.Id !== void 0 || o.RepoTags !== void 0));
}
function isInspectJson(doc) {
  return Array.isArray(doc) ? doc.length > 0 && doc.every(isInspectObject) : isInspectObject(doc);
}
function modelsFromInspect(doc, ref) {
  const items = Array.isArray(doc) ? doc : [doc];
  return items.map((item) => {
    const o = obj(item) ?? {};
    const layers = arr(obj(o.RootFS)?.Layers).filter((l) => typeof l === "string").map((diffId) => ({ diffId, createdBy: "" }));
    const history = normaliseHistory(o.History);
    lineUpHistory(history, layers);
    const tags = arr(o.RepoTags).filter((t) => typeof t === "string");
    const digests = arr(o.RepoDigests).filter((t) => typeof t === "string");
    const annotations = {};
    const ann = obj(o.Annotations);
    if (ann) {
      for (const [k, v] of Object.entries(ann)) if (typeof v === "string") annotations[k] = v;
    }
    const model = {
      ref,
      source: "inspect-json",
      platform: platformString(str(o.Os), str(o.Architecture), str(o.Variant)),
      config: normaliseConfig(o.Config),
      annotations,
      history,
      layers,
      filesIndexed: false,
      size: num(o.Size) ?? num(o.VirtualSize) ?? 0
    };
    const name = tags[0] ?? digests[0];
    if (name) model.name = tags.length > 1 ? tags.join(", ") : name;
    const id = str(o.Id);
    if (id && /^sha256:[0-9a-f]{64}$/.test(id)) model.configDigest = id;
    if (str(o.Created)) model.created = str(o.Created);
    return model;
  });
}
function isBuildxEntry(x) {
  const o = obj(x);
  return !!o && Object.keys(o).some(
    (k) => k.startsWith("containerimage.") || k === "image.name" || k === "buildx.build.ref"
  );
}
function isBuildxMetadata(doc) {
  if (isBuildxEntry(doc)) return true;
  const o = obj(doc);
  return !!o && Object.keys(o).length > 0 && Object.values(o).every(isBuildxEntry);
}
function buildxImages(doc) {
  const entries = isBuildxEntry(doc) ? [[void 0, doc]] : Object.entries(obj(doc) ?? {});
  return entries.map(([target, e]) => {
    const o = obj(e) ?? {};
    const names = (str(o["image.name"]) ?? "").split(",").map((n) => n.trim()).filter(Boolean);
    const img = { names };
    if (target) img.target = target;
    const md = str(o["containerimage.digest"]);
    if (md) img.manifestDigest = md;
    const cd = str(o["containerimage.config.digest"]);
    if (cd) img.configDigest = cd;
    return img;
  });
}

// src/targets/image/registry.ts
import { createHash as createHash3 } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
var REPO_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
var TAG_RE = /^\w[\w.-]{0,127}$/;
var HOST_RE = /^(?:[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/;
function parseDockerReference(text) {
  let rest = text.replace(/^\/\//, "");
  if (rest.length > 512) throw new Error("the image reference is longer than 512 characters");
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) throw new Error(`"${digest}" is not a valid digest (sha256:<64 hex>)`);
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) throw new Error(`"${tag}" is not a valid tag`);
  }
  const slash = rest.indexOf("/");
  const first = slash >= 0 ? rest.slice(0, slash) : "";
  let host;
  let repo;
  if (slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost" || first.startsWith("["))) {
    host = first;
    repo = rest.slice(slash + 1);
  } else {
    host = "docker.io";
    repo = rest.includes("/") ? rest : `library/${rest}`;
  }
  if (!HOST_RE.test(host)) throw new Error(`"${host}" is not a valid registry host`);
  if (!REPO_RE.test(repo)) throw new Error(`"${repo}" is not a valid repository name`);
  if (!tag && !digest) tag = "latest";
  const display = `${host}/${repo}${tag ? `:${tag}` : ""}${digest ? `@${digest}` : ""}`;
  return { host, repo, tag, digest, display };
}
function baseUrl(host, env) {
  const name = host.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  const loopback = name === "localhost" || /^127(?:\.\d{1,3}){3}$/.test(name) || name === "::1";
  const insecure = (env.LAYERGUARD_INSECURE_REGISTRIES ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const api = host === "docker.io" ? "registry-1.docker.io" : host;
  return `${loopback || insecure.includes(host) ? "http" : "https"}://${api}`;
}
async function dockerConfigCredential(host, env) {
  const dir = env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), ".docker");
  let doc;
  try {
    const text = await fs.readFile(path.join(dir, "config.json"), "utf8");
    if (text.length > 1 << 20) return void 0;
    doc = JSON.parse(text);
  } catch {
    return void 0;
  }
  const auths = doc?.auths;
  if (!auths || typeof auths !== "object") return void 0;
  const keys = host === "docker.io" ? ["https://index.docker.io/v1/", "index.docker.io", "docker.io", "registry-1.docker.io"] : [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
  for (const k of keys) {
    const e = auths[k];
    if (!e || typeof e !== "object") continue;
    if (typeof e.username === "string" && typeof e.password === "string")
      return { username: e.username, password: e.password };
    if (typeof e.auth === "string") {
      const plain = Buffer.from(e.auth, "base64").toString("utf8");
      const i = plain.indexOf(":");
      if (i > 0) return { username: plain.slice(0, i), password: plain.slice(i + 1) };
    }
  }
  return void 0;
}
function parseChallenge(header) {
  const m = /^\s*(\S+)\s*(.*)$/.exec(header) ?? ["", "", ""];
  const params = {};
  for (const p of m[2].matchAll(/([a-zA-Z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g))
    params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? "").replace(/\\(.)/g, "$1");
  return { scheme: m[1].toLowerCase(), params };
}
var MANIFEST_ACCEPT = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json"
].join(", ");
var RegistryClient = class {
  constructor(ref, opts, limits) {
    this.ref = ref;
    this.opts = opts;
    this.limits = limits;
    this.base = baseUrl(ref.host, opts.env);
    const t = Number(opts.env.LAYERGUARD_REGISTRY_TIMEOUT_MS);
    this.timeoutMs = Number.isFinite(t) && t > 0 ? t : 6e4;
  }
  ref;
  opts;
  limits;
  authorization;
  credential;
  credentialLoaded = false;
  base;
  timeoutMs;
  /** Requests made (tests count them to show which blobs were fetched). */
  requests = [];
  async loadCredential() {
    if (!this.credentialLoaded) {
      this.credentialLoaded = true;
      this.credential = this.opts.credentials?.[this.ref.host] ?? await dockerConfigCredential(this.ref.host, this.opts.env);
    }
    return this.credential;
  }
  /** A request with the negotiated auth; on a first 401, follows the challenge and tries again once. */
  async request(kind, reference, accept) {
    const url = `${this.base}/v2/${this.ref.repo}/${kind}/${reference}`;
    for (let attempt = 0; ; attempt++) {
      const headers = {};
      if (accept) headers.Accept = accept;
      if (this.authorization) headers.Authorization = this.authorization;
      this.requests.push(`${kind}/${reference}`);
      const res = await this.fetchTimed(url, { headers });
      if (res.status === 401 && attempt === 0) {
        const challenge = res.headers.get("www-authenticate");
        await res.body?.cancel().catch(() => {
        });
        if (challenge && await this.authenticate(challenge)) continue;
        throw this.httpError(401, kind, reference, res);
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => {
        });
        throw this.httpError(res.status, kind, reference, res);
      }
      return res;
    }
  }
  /** fetch with a time limit on the headers (the body has its own, per pause). */
  async fetchTimed(url, init) {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), this.timeoutMs);
    try {
      return await fetch(url, { ...init, signal: ctrl.signal, redirect: "follow" });
    } catch (e) {
      const why = ctrl.signal.aborted ? `no answer within ${this.timeoutMs / 1e3} s` : e.cause?.message ?? e.message;
      throw new Error(`cannot reach the registry ${this.ref.host} for ${this.ref.display}: ${why}`);
    } finally {
      clearTimeout(timer);
    }
  }
  /** Sets `authorization` from a challenge; false when there is nothing to try. */
  async authenticate(header) {
    const { scheme, params } = parseChallenge(header);
    const cred = await this.loadCredential();
    const basic = cred ? "Basic " + Buffer.from(`${cred.username}:${cred.password}`).toString("base64") : void 0;
    if (scheme === "basic") {
      if (!basic) return false;
      this.authorization = basic;
      return true;
    }
    if (scheme !== "bearer" || !params.realm) return false;
    let realm;
    try {
      realm = new URL(params.realm);
    } catch {
      throw new Error(`the registry ${this.ref.host} sent a token realm that is not a URL`);
    }
    if (realm.protocol !== "https:" && realm.protocol !== "http:")
      throw new Error(`the registry ${this.ref.host} sent a token realm that is not http(s)`);
    if (params.service) realm.searchParams.set("service", params.service);
    realm.searchParams.set("scope", params.scope ?? `repository:${this.ref.repo}:pull`);
    const res = await this.fetchTimed(realm.toString(), { headers: basic ? { Authorization: basic } : {} });
    if (!res.ok) {
      await res.body?.cancel().catch(() => {
      });
      throw this.httpError(res.status, "token", realm.host, res);
    }
    const body = await readBounded(res, 1 << 20, this.timeoutMs);
    let token;
    try {
      const doc = JSON.parse(body.toString("utf8"));
      token = doc.token ?? doc.access_token;
    } catch (e) {
      throw new Error(
        `the token service of ${this.ref.host} answered with invalid JSON (${jsonErrorMessage(e)})`
      );
    }
    if (typeof token !== "string" || token === "")
      throw new Error(`the token service of ${this.ref.host} answered without a token`);
    this.authorization = `Bearer ${token}`;
    return true;
  }
  httpError(status, kind, reference, res) {
    const image = this.ref.display;
    const login = `log in with \`docker login ${this.ref.host}\` (layerguard reads the \`auths\` of ~/.docker/config.json; credential helpers are not run)`;
    const what = kind === "manifests" ? `the manifest ${reference}` : kind === "blobs" ? `the blob ${reference}` : `a token from ${reference}`;
    switch (status) {
      case 401:
        return new Error(
          this.credential ? `the registry ${this.ref.host} refused the credentials for ${image} (401 Unauthorized): check the user name and password or token` : `the registry ${this.ref.host} asks for credentials to read ${image} (401 Unauthorized): ${login}`
        );
      case 403:
        return new Error(
          `the registry ${this.ref.host} denies access to ${image} (403 Forbidden): the credentials used may not pull this repository`
        );
      case 404:
        return new Error(
          kind === "manifests" && reference === (this.ref.digest ?? this.ref.tag) ? `${image} does not exist (404 Not Found): check the repository name and the tag` : `${what} of ${image} is not in the registry (404 Not Found)`
        );
      case 429: {
        const after = res.headers.get("retry-after");
        return new Error(
          `the registry ${this.ref.host} is rate-limiting requests for ${image} (429 Too Many Requests)${after ? `; retry after ${after.slice(0, 40)} s` : ""}: log in to get a higher limit, or try later`
        );
      }
      default:
        return new Error(`the registry ${this.ref.host} answered ${status} for ${what} of ${image}`);
    }
  }
  /** A manifest or JSON blob, verified against `digest` when given; returns the bytes' digest too. */
  async json(kind, reference, digest) {
    const res = await this.request(kind, reference, kind === "manifests" ? MANIFEST_ACCEPT : void 0);
    const declared = Number(res.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > this.limits.maxJsonBytes) {
      await res.body?.cancel().catch(() => {
      });
      throw new Error(
        `${reference} of ${this.ref.display} is larger than ${this.limits.maxJsonBytes} bytes (the limit for JSON documents)`
      );
    }
    const buf = await readBounded(res, this.limits.maxJsonBytes, this.timeoutMs);
    const alg = digest?.split(":")[0] ?? "sha256";
    const actual = `${alg}:${createHash3(alg).update(buf).digest("hex")}`;
    if (digest && actual !== digest)
      throw new Error(
        `${kind === "manifests" ? "the manifest" : "the blob"} ${digest} of ${this.ref.display} hashes to ${actual}: the registry sent other content`
      );
    const header = res.headers.get("docker-content-digest");
    if (!digest && header && DIGEST_RE.test(header) && header.startsWith("sha256:") && header !== actual)
      throw new Error(
        `the manifest of ${this.ref.display} hashes to ${actual}, not to the digest the registry names (${header})`
      );
    let doc;
    try {
      doc = JSON.parse(buf.toString("utf8"));
    } catch (e) {
      throw new Error(`${reference} of ${this.ref.display} is not valid JSON (${jsonErrorMessage(e)})`);
    }
    const mediaType = res.headers.get("content-type")?.split(";")[0].trim();
    return { doc, digest: actual, mediaType };
  }
  /** Streams a layer blob into a LayerReader; never reads past the descriptor's size. */
  async layer(digest, size, budget) {
    const res = await this.request("blobs", digest);
    const reader = new LayerReader(this.limits, budget, size);
    const max = size ?? this.limits.maxLayerBytes;
    let read = 0;
    let overflow = false;
    for await (const chunk of timedChunks(res, this.timeoutMs, `the blob ${digest} of ${this.ref.display}`)) {
      read += chunk.length;
      if (read > max) {
        overflow = true;
        break;
      }
      const wait = reader.write(chunk);
      if (wait) await wait;
    }
    const result = await reader.end();
    if (overflow) {
      result.truncated = true;
      result.diffId = void 0;
      result.problems.push(
        `the registry sent more than the ${max} bytes the manifest declares for this blob; the rest was not read`
      );
    }
    return result;
  }
};
async function* timedChunks(res, timeoutMs, what) {
  if (!res.body) return;
  const it = res.body[Symbol.asyncIterator]();
  for (; ; ) {
    let timer;
    const next = await Promise.race([
      it.next(),
      new Promise((resolve) => {
        timer = setTimeout(() => resolve("timeout"), timeoutMs);
      })
    ]).finally(() => clearTimeout(timer));
    if (next === "timeout") {
      await it.return?.().catch(() => {
      });
      throw new Error(`${what} stalled: no data for ${timeoutMs / 1e3} s`);
    }
    if (next.done) return;
    yield next.value;
  }
}
async function readBounded(res, max, timeoutMs) {
  const parts = [];
  let n = 0;
  for await (const chunk of timedChunks(res, timeoutMs, "the answer")) {
    n += chunk.length;
    if (n > max) throw new Error(`the answer is larger than ${max} bytes (the limit for JSON documents)`);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
async function readRegistryImage(text, input, limits, opts) {
  let ref;
  try {
    ref = parseDockerReference(text);
  } catch (e) {
    return { images: [], problems: [`${input} is not a valid image reference: ${e.message}`] };
  }
  const client = new RegistryClient(ref, opts, limits);
  let top;
  try {
    top = await client.json("manifests", ref.digest ?? ref.tag, ref.digest);
  } catch (e) {
    return { images: [], problems: [e.message], client };
  }
  const budget = { files: 0 };
  const fetched = /* @__PURE__ */ new Map([[top.digest, top.doc]]);
  const store = {
    readsLayers: opts.layers,
    async json(digest, role) {
      const hit = fetched.get(digest);
      if (hit !== void 0) return hit;
      const r2 = await client.json(role === "config" ? "blobs" : "manifests", digest, digest);
      return r2.doc;
    },
    layer(digest, size) {
      return client.layer(digest, size, budget);
    }
  };
  const topDoc = top.doc;
  const mediaType = (typeof topDoc?.mediaType === "string" ? topDoc.mediaType : void 0) ?? top.mediaType;
  const index = {
    manifests: [
      {
        mediaType,
        digest: top.digest,
        annotations: { "org.opencontainers.image.ref.name": ref.display.replace(/@.*$/, "") }
      }
    ]
  };
  const r = await imagesFromIndex(index, store, { ref: input, source: "registry", platform: opts.platform });
  budget.paths?.trim();
  const problems = [...r.problems];
  if (r.images.length === 0) {
    problems.push(
      r.otherPlatforms.length > 0 ? `${ref.display} has no image for ${opts.platform} (it has ${r.otherPlatforms.join(", ")}): choose one with --platform, or --platform all` : `${ref.display} holds no image`
    );
  }
  return { images: r.images, problems, client };
}

// src/targets/image/load.ts
var LAYER_CONTENT_RULES = [
  "image/wasted-space",
  "image/secret-files",
  "image/setuid-files",
  "image/package-caches",
  "image/max-size",
  "image/size-growth"
];
var ARCHIVE_PREFIXES = ["docker-archive:", "oci-archive:", "oci:"];
var CHUNK = 1 << 20;
async function* fileChunks(file) {
  const fh = await fs2.open(file, "r");
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (; ; ) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK, null);
      if (bytesRead === 0) return;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}
var LIMIT_ENV = {
  maxLayerBytes: "LAYERGUARD_MAX_LAYER_BYTES",
  maxRatio: "LAYERGUARD_MAX_DECOMPRESSION_RATIO",
  ratioAllowance: "LAYERGUARD_DECOMPRESSION_ALLOWANCE_BYTES",
  maxFiles: "LAYERGUARD_MAX_IMAGE_FILES",
  maxPaths: "LAYERGUARD_MAX_IMAGE_PATHS",
  maxNameLength: "LAYERGUARD_MAX_NAME_LENGTH",
  maxJsonBytes: "LAYERGUARD_MAX_JSON_BYTES",
  maxJsonTotalBytes: "LAYERGUARD_MAX_JSON_TOTAL_BYTES",
  maxArchiveEntries: "LAYERGUARD_MAX_ARCHIVE_ENTRIES",
  maxArchiveBytes: "LAYERGUARD_MAX_ARCHIVE_BYTES",
  dockerStallMs: "LAYERGUARD_DOCKER_TIMEOUT_MS"
};
var LIMIT_UNITS = { dockerStallMs: "milliseconds" };
function limitsFromEnv(env) {
  const limits = {};
  const problems = [];
  for (const [key, name] of Object.entries(LIMIT_ENV)) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    const n = Number(raw);
    if (/^\d+(\.\d+)?$/.test(raw) && n > 0 && Number.isFinite(n)) limits[key] = n;
    else
      problems.push(
        `${name}=${raw.slice(0, 40)} is not a positive number${LIMIT_UNITS[key] ? ` of ${LIMIT_UNITS[key]}` : ""}; the default ${DEFAULT_LIMITS[key]} applies`
      );
  }
  return { limits, problems };
}
async function loadImageTargets(input, opts) {
  const fromEnv = limitsFromEnv(process.env);
  const limits = { ...DEFAULT_LIMITS, ...fromEnv.limits, ...opts.limits };
  const ctx = {
    cwd: opts.cwd,
    limits,
    docker: opts.dockerCommand ?? "docker",
    platform: opts.platform,
    registry: {
      platform: opts.platform ?? "linux/amd64",
      layers: opts.registryLayers ?? true,
      credentials: opts.registryCredentials,
      env: process.env
    }
  };
  let read;
  try {
    read = await readImageInput(input, ctx);
  } catch (e) {
    read = { images: [], problems: [`cannot read this image: ${e.message}`] };
  }
  read.problems.unshift(...fromEnv.problems);
  let baseline;
  if (opts.baseline) {
    try {
      baseline = await readBaseline(opts.baseline, { ...ctx, registry: { ...ctx.registry, layers: true } });
    } catch (e) {
      baseline = { images: [], problems: [e.message] };
    }
  }
  if (read.images.length === 0) {
    return [
      {
        kind: "image",
        file: input,
        units: [],
        problems: (read.problems.length ? read.problems : ["no image found in this input"]).map(
          (message) => ({
            message,
            range: WHOLE_FILE
          })
        )
      }
    ];
  }
  const files = targetNames(
    input,
    read.images.map((i) => i.model)
  );
  return read.images.map((found, i) => {
    const model = found.model;
    const problems = [...i === 0 ? read.problems : [], ...found.problems];
    if (baseline && opts.baseline) {
      const base = pickBaseline(baseline, model);
      if (base.model) model.baseline = { ref: opts.baseline, model: base.model };
      else problems.push(`the baseline ${opts.baseline} cannot be compared with: ${base.why}`);
    }
    const target = {
      kind: "image",
      file: files[i],
      units: [{ model, context: { image: model.name ?? input, platform: model.platform } }],
      problems: problems.map((message) => ({ message, range: WHOLE_FILE })),
      stats: { image: imageStats(model, files[i]) }
    };
    return target;
  });
}
function targetNames(input, models) {
  if (models.length === 1) return [input];
  const names = new Set(models.map((m) => m.name ?? ""));
  const platforms = new Set(models.map((m) => m.platform));
  const out = models.map((m) => {
    let f = input;
    if (names.size > 1) f += `#${(m.name ?? "").split(", ")[0] || "unnamed"}`;
    if (platforms.size > 1) f += `#${m.platform}`;
    return f;
  });
  const seen = /* @__PURE__ */ new Map();
  return out.map((f) => {
    const n = (seen.get(f) ?? 0) + 1;
    seen.set(f, n);
    return n === 1 ? f : `${f}#${n}`;
  });
}
function pickBaseline(read, model) {
  if (read.images.length === 0) return { why: read.problems.join("; ") || "it holds no image" };
  const same = read.images.filter((i) => i.model.platform === model.platform);
  if (same.length >= 1) return { model: same[0].model, why: "" };
  if (read.images.length === 1) return { model: read.images[0].model, why: "" };
  return {
    why: `it has no image for ${model.platform} (it has ${read.images.map((i) => i.model.platform).join(", ")})`
  };
}
function imageStats(model, ref = model.ref) {
  const analysis = model.filesIndexed ? analyseImage(model) : void 0;
  const comparison = model.baseline ? compareImages(model, model.baseline.model) : void 0;
  const compressed = model.layers.every((l) => l.compressedSize !== void 0) && model.layers.length > 0;
  const stats = {
    ref,
    platform: model.platform,
    source: model.source,
    size: model.size,
    layerCount: model.layers.length,
    filesIndexed: model.filesIndexed,
    layers: model.layers.map((l, i) => {
      const row = { index: i + 1, createdBy: l.createdBy };
      if (l.size !== void 0) row.size = l.size;
      if (l.digest ?? l.diffId) row.digest = l.digest ?? l.diffId;
      if (l.compressedSize !== void 0) row.compressedSize = l.compressedSize;
      if (analysis) row.wastedBytes = analysis.hiddenBytes[i];
      if (comparison) row.baseline = comparison.layerShared[i] ? "shared" : "new";
      return row;
    })
  };
  if (model.name) stats.name = model.name;
  if (model.manifestDigest) stats.manifestDigest = model.manifestDigest;
  if (model.configDigest) stats.configDigest = model.configDigest;
  if (compressed) stats.compressedSize = model.layers.reduce((s, l) => s + (l.compressedSize ?? 0), 0);
  if (analysis) {
    stats.efficiency = analysis.efficiency;
    stats.wastedBytes = analysis.wastedBytes;
    stats.wastedFiles = analysis.wastedFiles.map((w) => ({
      path: w.path,
      size: w.size,
      layers: w.layers.map((l) => l + 1),
      hiddenBy: w.hiddenBy + 1
    }));
    if (analysis.wastedFilesOmitted.count > 0) stats.wastedFilesOmitted = { ...analysis.wastedFilesOmitted };
  }
  if (comparison && model.baseline) {
    const b = model.baseline.model;
    stats.baseline = {
      ref: model.baseline.ref,
      platform: b.platform,
      size: b.size,
      layerCount: b.layers.length,
      sizeDelta: comparison.sizeDelta,
      layerDelta: comparison.layerDelta,
      sharedLayers: comparison.sharedLayers
    };
    if (comparison.fileChanges) {
      const fc = comparison.fileChanges;
      const sum = (xs) => xs.reduce((s, c) => s + Math.abs(c.sizeDelta), 0);
      const added = fc.filter((c) => c.change === "added");
      const removed = fc.filter((c) => c.change === "removed");
      stats.baseline.files = {
        added: added.length,
        removed: removed.length,
        changed: fc.length - added.length - removed.length,
        addedBytes: sum(added),
        removedBytes: sum(removed),
        setuidSet: fc.filter((c) => c.setuidSet).length
      };
      stats.baseline.fileChanges = fc.map((c) => c.layer === void 0 ? c : { ...c, layer: c.layer + 1 });
    }
    if (comparison.packageChanges) {
      const count = (k) => comparison.packageChanges.filter((p) => p.change === k).length;
      stats.baseline.packages = {
        added: count("added"),
        removed: count("removed"),
        upgraded: count("upgraded"),
        downgraded: count("downgraded")
      };
      stats.baseline.packageChanges = comparison.packageChanges;
    }
    if (comparison.packagesUnreadable) stats.baseline.packagesUnreadable = comparison.packagesUnreadable;
  }
  return stats;
}
var baselineCache = /* @__PURE__ */ new Map();
async function readBaseline(ref, ctx) {
  const abs = path2.resolve(ctx.cwd, ref);
  const st = await fs2.stat(abs).catch(() => null);
  if (!st) return readImageInput(ref, ctx);
  const key = `${abs}\0${st.size}\0${st.mtimeMs}\0${JSON.stringify(ctx.limits)}\0${ctx.platform}`;
  let p = baselineCache.get(key);
  if (!p) {
    p = readImageInput(ref, ctx);
    baselineCache.set(key, p);
    if (baselineCache.size > 8) baselineCache.delete(baselineCache.keys().next().value);
  }
  return p;
}
var REFERENCE_RE = /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::\w[\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/;
function looksLikeImageReference(text) {
  return text.length <= 512 && REFERENCE_RE.test(text) && !/\.(tar|tgz|gz|zst|json)$/i.test(text);
}
async function readImageInput(input, ctx) {
  const { cwd, limits, docker } = ctx;
  if (input.startsWith("docker-daemon:"))
    return readFromDaemon(input.slice("docker-daemon:".length), input, limits, docker);
  if (input.startsWith("docker://")) {
    const r = await readRegistryImage(input.slice("docker://".length), input, limits, ctx.registry);
    return { images: r.images, problems: r.problems };
  }
  const prefix = ARCHIVE_PREFIXES.find((p) => input.startsWith(p));
  if (prefix) return readPrefixed(input, prefix, ctx);
  const abs = path2.resolve(cwd, input);
  const st = await fs2.stat(abs).catch(() => null);
  if (!st) {
    if (looksLikeImageReference(input)) return readFromDaemon(input, input, limits, docker);
    return { images: [], problems: [`there is no file or folder "${input}", and it is not an image name`] };
  }
  if (st.isDirectory()) return readLayoutDir(abs, input, limits, ctx.platform);
  if (!st.isFile()) return { images: [], problems: [`"${input}" is not a file or a folder`] };
  const head = await readHead(abs, 64);
  const first = head.toString("latin1").trimStart()[0];
  if (first === "{" || first === "[") return readJsonInput(abs, input, st.size, limits, docker);
  const budget = { files: 0 };
  const chunks = fileChunks(abs);
  const contents = await readArchive(chunks, limits, budget).finally(() => chunks.return(void 0));
  budget.paths?.trim();
  return imagesFromArchive(contents, input, void 0, ctx.platform);
}
async function readPrefixed(input, prefix, ctx) {
  const rest = input.slice(prefix.length);
  let file = rest;
  let name;
  const exists = async (p) => !!await fs2.stat(path2.resolve(ctx.cwd, p)).catch(() => null);
  if (!await exists(rest)) {
    const colon = rest.indexOf(":");
    if (colon > 0 && await exists(rest.slice(0, colon))) {
      file = rest.slice(0, colon);
      name = rest.slice(colon + 1);
    }
  }
  if (!await exists(file))
    return { images: [], problems: [`there is no file or folder "${file}" (from ${prefix}${rest})`] };
  const r = await readImageInput(file, { ...ctx });
  if (!name) return r;
  const wanted = name;
  const matches = (n) => n === wanted || n.endsWith(`/${wanted}`) || n.endsWith(`:${wanted}`) || n.startsWith(`${wanted}:`);
  const images = r.images.filter((i) => (i.model.name ?? "").split(", ").some(matches));
  if (images.length === 0 && r.images.length > 0) {
    const names = r.images.map((i) => i.model.name ?? "unnamed").join("; ");
    return {
      images: [],
      problems: [...r.problems, `${file} holds no image named "${wanted}" (it has ${names})`]
    };
  }
  return { images, problems: r.problems };
}
async function readHead(abs, n) {
  const fh = await fs2.open(abs, "r");
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
function imagesFromArchive(contents, ref, sourceOverride, platform) {
  return (async () => {
    const problems = [...contents.problems];
    const hasIndex = contents.json.has("index.json");
    const hasManifest = contents.json.has("manifest.json");
    for (const name of ["index.json", "manifest.json"]) {
      const why = contents.jsonErrors.get(name);
      if (why) problems.push(`${name} cannot be read: ${why}`);
    }
    if (hasIndex) {
      const source = sourceOverride ?? (hasManifest ? "docker-archive-oci" : "oci-archive");
      const r = await imagesFromIndex(contents.json.get("index.json"), archiveStore(contents), {
        ref,
        source,
        platform
      });
      if (r.images.length > 0) return { images: r.images, problems: [...problems, ...r.problems] };
      if (!hasManifest) {
        const skipped = r.skipped.length ? [`the index lists ${r.skipped.join(", ")}, whose blobs are not in the archive`] : [];
        return {
          images: [],
          problems: [
            ...problems,
            ...r.problems,
            ...skipped,
            ...r.problems.length || skipped.length ? [] : ["index.json lists no image"]
          ]
        };
      }
      problems.push(...r.problems);
    }
    if (hasManifest) {
      const source = sourceOverride ?? "docker-archive";
      const r = imagesFromManifestJson(contents.json.get("manifest.json"), contents, { ref, source });
      return { images: r.images, problems: [...problems, ...r.problems] };
    }
    if (contents.entries > 0 && !problems.some((p) => p.includes("index.json") || p.includes("manifest.json"))) {
      problems.push(
        "this is not an image archive: it has neither index.json (OCI archive, Docker 25+ docker save) nor manifest.json (docker save)"
      );
    }
    return { images: [], problems };
  })();
}
function archiveStore(contents) {
  const nameOf2 = (digest) => `blobs/${digest.replace(":", "/")}`;
  return {
    async json(digest) {
      const name = nameOf2(digest);
      const blob = resolveEntry(contents, name);
      if (!blob) return void 0;
      const why = contents.jsonErrors.get(blob.name);
      if (why) throw new Error(why);
      if (blob.corrupt)
        throw new Error(`its content hashes to ${blob.digest}, not to its name`);
      const doc = contents.json.get(blob.name);
      if (doc === void 0) throw new Error("it is not a JSON document");
      return doc;
    },
    async layer(digest) {
      const blob = resolveEntry(contents, nameOf2(digest));
      if (!blob) return void 0;
      if (!blob.layer) throw new Error("its blob is not a layer (neither a tar nor a gzip or zstd stream)");
      return blob.layer;
    }
  };
}
async function readLayoutDir(dir, ref, limits, platform) {
  const layoutFile = async (file) => {
    const s = await fs2.stat(file).catch(() => null);
    if (!s) return null;
    if (!s.isFile()) throw new Error("it is not a regular file");
    if (!isInside(file, dir)) throw new Error("it is a symbolic link that leads outside the layout");
    return s;
  };
  const indexPath = path2.join(dir, "index.json");
  let st;
  try {
    st = await layoutFile(indexPath);
  } catch (e) {
    return { images: [], problems: [`index.json cannot be read: ${e.message}`] };
  }
  if (!st) {
    return { images: [], problems: ["this folder is not an OCI image layout: it has no index.json"] };
  }
  if (st.size > limits.maxJsonBytes) {
    return {
      images: [],
      problems: [`index.json is larger than ${limits.maxJsonBytes} bytes (the limit for JSON documents)`]
    };
  }
  let index;
  try {
    index = JSON.parse(await fs2.readFile(indexPath, "utf8"));
  } catch (e) {
    return { images: [], problems: [`index.json is not valid JSON (${jsonErrorMessage(e)})`] };
  }
  const budget = { files: 0 };
  const layers = /* @__PURE__ */ new Map();
  const blobPath = (digest) => {
    if (!DIGEST_RE.test(digest)) throw new Error(`"${digest}" is not a valid digest`);
    const [alg, hex] = digest.split(":");
    return path2.join(dir, "blobs", alg, hex);
  };
  const store = {
    async json(digest) {
      const file = blobPath(digest);
      const s = await layoutFile(file);
      if (!s) return void 0;
      if (s.size > limits.maxJsonBytes)
        throw new Error(`it is larger than ${limits.maxJsonBytes} bytes (the limit for JSON documents)`);
      const buf = await fs2.readFile(file);
      const [alg, hex] = digest.split(":");
      const actual = createHash4(alg).update(buf).digest("hex");
      if (actual !== hex)
        throw new Error(
          `its content hashes to ${alg}:${actual}, not to its name: the layout is corrupt or was altered`
        );
      try {
        return JSON.parse(buf.toString("utf8"));
      } catch (e) {
        throw new Error(`it is not valid JSON (${jsonErrorMessage(e)})`);
      }
    },
    layer(digest) {
      let p = layers.get(digest);
      if (!p) {
        p = (async () => {
          const file = blobPath(digest);
          const s = await layoutFile(file);
          if (!s) return void 0;
          const reader = new LayerReader(limits, budget, s.size);
          for await (const chunk of fileChunks(file)) {
            const wait = reader.write(chunk);
            if (wait) await wait;
          }
          return reader.end();
        })();
        layers.set(digest, p);
      }
      return p;
    }
  };
  const r = await imagesFromIndex(index, store, { ref, source: "oci-layout", platform });
  budget.paths?.trim();
  const problems = [...r.problems];
  if (r.images.length === 0) {
    problems.push(
      r.skipped.length ? `the index lists ${r.skipped.join(", ")}, whose blobs are not in the layout` : "index.json lists no image"
    );
  }
  return { images: r.images, problems };
}
async function readJsonInput(abs, ref, size, limits, docker) {
  if (size > limits.maxJsonBytes) {
    return {
      images: [],
      problems: [`this JSON file is larger than ${limits.maxJsonBytes} bytes (the limit for JSON documents)`]
    };
  }
  let doc;
  try {
    doc = JSON.parse(await fs2.readFile(abs, "utf8"));
  } catch (e) {
    return { images: [], problems: [`this file is not valid JSON (${jsonErrorMessage(e)})`] };
  }
  if (isInspectJson(doc))
    return { images: modelsFromInspect(doc, ref).map((model) => ({ model, problems: [] })), problems: [] };
  if (isBuildxMetadata(doc)) return readBuildx(doc, ref, limits, docker);
  if (path2.basename(abs) === "index.json") return readLayoutDir(path2.dirname(abs), ref, limits);
  return {
    images: [],
    problems: [
      "this JSON file is neither `docker image inspect` output nor buildx --metadata-file output (nor an OCI layout index.json)"
    ]
  };
}
async function readBuildx(doc, ref, limits, docker) {
  const out = { images: [], problems: [] };
  for (const img of buildxImages(doc)) {
    const label = img.target ? `target "${img.target}"` : "the build";
    if (img.names.length === 0) {
      out.problems.push(
        `buildx metadata of ${label} names no image (built without a tag or not loaded): give the image itself, e.g. \`docker save IMAGE -o image.tar\``
      );
      continue;
    }
    const r = await readFromDaemon(img.names[0], ref, limits, docker, "buildx-metadata");
    out.problems.push(...r.problems);
    for (const found of r.images) {
      if (img.configDigest && r.images.length === 1 && found.model.configDigest && found.model.configDigest !== img.configDigest) {
        found.problems.push(
          `the local image ${img.names[0]} (config ${found.model.configDigest}) is not the one the buildx metadata describes (config ${img.configDigest}): was it rebuilt or re-tagged since?`
        );
      }
      if (img.manifestDigest && !found.model.manifestDigest) found.model.manifestDigest = img.manifestDigest;
      out.images.push(found);
    }
  }
  return out;
}
async function readFromDaemon(name, ref, limits, docker, source = "docker-daemon") {
  if (!looksLikeImageReference(name))
    return { images: [], problems: [`"${name}" is not a valid image name`] };
  const child = spawn(docker, ["save", name], { stdio: ["ignore", "pipe", "pipe"] });
  const started = await new Promise((resolve) => {
    child.once("spawn", () => resolve(null));
    child.once("error", (e) => resolve(e));
  });
  if (started) {
    const missing = started.code === "ENOENT";
    return {
      images: [],
      problems: [
        missing ? `there is no file "${ref}", and no docker CLI on PATH to read the image ${name} from a daemon: save it first (\`docker save ${name} -o image.tar\`) and give the file` : `running \`${docker} save ${name}\` failed: ${started.message}`
      ]
    };
  }
  let stderr = "";
  child.stderr.on("data", (c) => {
    if (stderr.length < 4096) stderr += c.toString("utf8");
  });
  const exited = new Promise((resolve) => {
    child.once("close", (code2) => resolve(code2));
    child.once("error", () => resolve(-1));
  });
  const stdout = child.stdout;
  let stalled = false;
  let seen = -1;
  let lastProgress = Date.now();
  const watchdog = setInterval(
    () => {
      const read = stdout.bytesRead ?? seen + 1;
      if (read !== seen) {
        seen = read;
        lastProgress = Date.now();
      } else if (Date.now() - lastProgress >= limits.dockerStallMs) {
        stalled = true;
        clearInterval(watchdog);
        abandonChild(child);
      }
    },
    Math.max(10, Math.min(1e3, limits.dockerStallMs / 4))
  );
  const budget = { files: 0 };
  const output = child.stdout[Symbol.asyncIterator]();
  let contents;
  try {
    contents = await readArchive({ [Symbol.asyncIterator]: () => output }, limits, budget);
  } catch (e) {
    if (!stalled) {
      clearInterval(watchdog);
      abandonChild(child);
      throw e;
    }
  }
  if (!stalled) {
    budget.paths?.trim();
    try {
      while (!(await output.next()).done) ;
    } catch {
    }
  }
  const code = await exited;
  clearInterval(watchdog);
  if (stalled || contents === void 0) {
    return {
      images: [],
      problems: [
        `\`${docker} save ${name}\` sent nothing more for ${limits.dockerStallMs / 1e3} s without finishing, and was stopped: is the Docker daemon answering (\`docker info\`)? Save the image to a file and give the file instead, or allow a longer pause with LAYERGUARD_DOCKER_TIMEOUT_MS (milliseconds)`,
        // What it had sent, when that was read to its end (or found not to be an archive).
        ...contents?.problems ?? []
      ]
    };
  }
  if (code !== 0) {
    const msg = stderr.trim().split("\n").slice(-3).join(" ").slice(0, 500);
    return {
      images: [],
      problems: [`\`${docker} save ${name}\` failed (exit ${code})${msg ? `: ${msg}` : ""}`]
    };
  }
  return imagesFromArchive(contents, ref, source);
}
export {
  LAYER_CONTENT_RULES,
  LIMIT_ENV,
  imageStats,
  limitsFromEnv,
  loadImageTargets,
  looksLikeImageReference
};
