import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-D2KG54VX.js";
import {
  __toESM
} from "./chunk-YJ6SUC6Q.js";

// src/targets/runtime/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_EXPANDED_NODES = 5e6;
var MAX_NESTING = 1e3;
var ALIAS_BUDGET = 1e5;
var MAX_MERGE_DEPTH = 32;
var AliasBudgetError = class extends Error {
  constructor() {
    super('the file expands too many aliases (a YAML "billion laughs" shape); it was not read');
  }
};
function parseYaml(text, index) {
  const problems = [];
  const budget = { left: ALIAS_BUDGET };
  const docs = [];
  let parsed;
  try {
    parsed = (0, import_yaml.parseAllDocuments)(text, {
      version: "1.2",
      merge: true,
      prettyErrors: false,
      uniqueKeys: false
    });
  } catch (e) {
    return {
      docs,
      problems: [{ message: `YAML cannot be read: ${e.message}`, range: index.range(0, 0) }]
    };
  }
  if (!Array.isArray(parsed)) parsed = [parsed];
  for (const doc of parsed) {
    for (const e of doc.errors) {
      const deep = /Maximum call stack/i.test(e.message);
      problems.push({
        message: deep ? "YAML cannot be read: it nests too deeply" : `YAML syntax error: ${firstLine(e.message)}`,
        range: index.range(e.pos[0], e.pos[1])
      });
    }
    if (doc.errors.length > 0) continue;
    const recursive = recursiveAlias(doc);
    if (recursive) {
      problems.push({
        message: `YAML cannot be read: the anchor &${recursive.source} contains an alias to itself (*${recursive.source})`,
        range: recursive.range ? index.range(recursive.range[0], recursive.range[1]) : index.range(0, 0)
      });
      continue;
    }
    const expanded = expandedSize(doc);
    if (expanded !== "ok") {
      problems.push({
        message: expanded === "deep" ? "YAML cannot be read: it nests too deeply" : `YAML cannot be read: its aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString("en-US")} nodes (a YAML "billion laughs" shape)`,
        range: index.range(0, 0)
      });
      continue;
    }
    docs.push({ doc, text, index, budget });
  }
  return { docs, problems };
}
var anchorIndexes = /* @__PURE__ */ new WeakMap();
function anchorIndex(doc) {
  let found = anchorIndexes.get(doc);
  if (found) return found;
  const index = { targets: /* @__PURE__ */ new Map() };
  const anchors = /* @__PURE__ */ new Map();
  (0, import_yaml.visit)(doc, {
    Node(_key, node, path) {
      if ((0, import_yaml.isAlias)(node)) {
        const target = anchors.get(node.source);
        if (!target) return;
        index.targets.set(node, target);
        if (!index.recursive && path.includes(target))
          index.recursive = { source: node.source, range: node.range ?? void 0 };
        return;
      }
      const anchor = node.anchor;
      if (anchor) anchors.set(anchor, node);
    }
  });
  found = index;
  anchorIndexes.set(doc, found);
  return found;
}
function expandedSize(doc) {
  const { targets } = anchorIndex(doc);
  const memo = /* @__PURE__ */ new Map();
  const size = (node, depth) => {
    if (depth > MAX_NESTING) throw new NestingError();
    const target = (0, import_yaml.isAlias)(node) ? targets.get(node) : node;
    if (!(0, import_yaml.isMap)(target) && !(0, import_yaml.isSeq)(target)) return 1;
    const known = memo.get(target);
    if (known !== void 0) return known;
    let n = 1;
    for (const item of target.items) {
      if ((0, import_yaml.isPair)(item)) n += size(item.key, depth + 1) + size(item.value, depth + 1);
      else n += size(item, depth + 1);
      if (n > MAX_EXPANDED_NODES) break;
    }
    memo.set(target, n);
    return n;
  };
  try {
    return size(doc.contents, 0) > MAX_EXPANDED_NODES ? "large" : "ok";
  } catch (e) {
    if (e instanceof NestingError || e instanceof RangeError && /call stack/i.test(e.message))
      return "deep";
    throw e;
  }
}
var NestingError = class extends Error {
};
function recursiveAlias(doc) {
  return anchorIndex(doc).recursive;
}
function firstLine(s) {
  return s.split("\n")[0].trim();
}
function yamlComments(text, index) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit2 = (tok, depth) => {
    if (depth > 400 || tok === null || typeof tok !== "object" || seen.has(tok)) return;
    seen.add(tok);
    if (Array.isArray(tok)) {
      for (const t2 of tok) visit2(t2, depth + 1);
      return;
    }
    const t = tok;
    if (t.type === "comment" && typeof t.offset === "number" && typeof t.source === "string") {
      const body = t.source.replace(/^#/, "");
      out.push({ text: body.trim(), range: index.range(t.offset, t.offset + t.source.length) });
      return;
    }
    for (const v of Object.values(tok)) if (v && typeof v === "object") visit2(v, depth + 1);
  };
  try {
    for (const token of new import_yaml.Parser().parse(text)) visit2(token, 0);
  } catch {
  }
  out.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
  return out;
}
function deref(node, ctx) {
  let n = node;
  for (let hops = 0; (0, import_yaml.isAlias)(n); hops++) {
    if (--ctx.budget.left < 0) throw new AliasBudgetError();
    if (hops > 64) return null;
    n = anchorIndex(ctx.doc).targets.get(n);
  }
  return n ?? null;
}
function isMergeKey(key) {
  return (0, import_yaml.isScalar)(key) && (typeof key.value === "symbol" || key.value === "<<" && key.type === "PLAIN");
}
function entries(node, ctx, depth = 0) {
  const map = deref(node, ctx);
  if (!(0, import_yaml.isMap)(map)) return [];
  const cached = entriesCache.get(map);
  if (cached && depth <= cached.depth) return cached.entries;
  const out = readEntries(map, ctx, depth);
  entriesCache.set(map, { entries: out, depth });
  return out;
}
var entriesCache = /* @__PURE__ */ new WeakMap();
function readEntries(map, ctx, depth) {
  const own = [];
  const merged = [];
  for (const pair of map.items) {
    if (isMergeKey(pair.key)) {
      if (depth >= MAX_MERGE_DEPTH) continue;
      const src = deref(pair.value, ctx);
      const sources = (0, import_yaml.isSeq)(src) ? src.items : [pair.value];
      for (const s of sources) {
        if (--ctx.budget.left < 0) throw new AliasBudgetError();
        for (const e of entries(s, ctx, depth + 1)) merged.push(e);
      }
      continue;
    }
    const key = deref(pair.key, ctx);
    if (!(0, import_yaml.isScalar)(key) || key.value === null || typeof key.value === "object") continue;
    own.push({ key: String(key.value), keyNode: key, value: deref(pair.value, ctx), written: pair.value });
  }
  const out = [...own];
  const seen = new Set(own.map((e) => e.key));
  for (const e of merged) {
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    out.push(e);
  }
  return out;
}
function get(node, key, ctx) {
  return entries(node, ctx).find((e) => e.key === key);
}
function items(node, ctx) {
  const seq = deref(node, ctx);
  if (!(0, import_yaml.isSeq)(seq)) return [];
  return seq.items.map((it) => ({ value: deref(it, ctx), written: it }));
}
function scalarString(node) {
  if (!(0, import_yaml.isScalar)(node)) return void 0;
  const v = node.value;
  if (v === null || v === void 0) return void 0;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  return void 0;
}
function nodeSpan(node) {
  const r = node?.range;
  return r ? [r[0], r[1]] : null;
}
function rangeOfNode(node, ctx) {
  const s = nodeSpan(node);
  return s ? ctx.index.range(s[0], s[1]) : ctx.index.range(0, 0);
}
function rangeOfEntry(entry, ctx, keyOnlyIfMultiline = true) {
  const k = nodeSpan(entry.keyNode);
  if (!k) return ctx.index.range(0, 0);
  const v = nodeSpan(entry.written);
  let end = k[1];
  if (v && v[0] >= k[0]) {
    const multi = ctx.index.lineOf(v[1]) !== ctx.index.lineOf(k[0]);
    if (!(keyOnlyIfMultiline && multi)) end = v[1];
  }
  return ctx.index.range(k[0], end);
}
function sourceOf(node, ctx) {
  const s = nodeSpan(node);
  return s ? ctx.text.slice(s[0], s[1]) : "";
}

// src/targets/runtime/model.ts
function emptySpec(source, engine) {
  return {
    source,
    engine,
    capAdd: [],
    capDrop: [],
    securityOpt: [],
    volumes: [],
    devices: [],
    sysctls: [],
    hostPorts: [],
    env: []
  };
}

// src/targets/runtime/text.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  text;
  starts = [0];
  get lineCount() {
    return this.starts.length;
  }
  /** Offset of the first character of a 1-based line. */
  lineStart(line) {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
  }
  /** The 1-based line holding an offset. */
  lineOf(offset) {
    const o = Math.min(Math.max(offset, 0), this.text.length);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  pos(offset) {
    const o = Math.min(Math.max(offset, 0), this.text.length);
    const line = this.lineOf(o);
    return { line, column: o - this.starts[line - 1] + 1 };
  }
  /** The range of [start, end) (end exclusive); an empty span covers one column. */
  range(start, end) {
    const a = this.pos(start);
    let b = this.pos(Math.max(end, start));
    if (end > start && b.column === 1 && b.line > a.line) {
      const prev = b.line - 1;
      const lineEnd = this.starts[prev] - 1;
      const cr = lineEnd > 0 && this.text.charCodeAt(lineEnd - 1) === 13 ? 1 : 0;
      b = { line: prev, column: lineEnd - cr - this.starts[prev - 1] + 1 };
    }
    if (b.line === a.line && b.column <= a.column) b = { line: a.line, column: a.column + 1 };
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  /** The range of the text of one line (at least one column). */
  lineRange(line) {
    const start = this.lineStart(line);
    let end = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.range(start, end);
  }
};
function shellCommentSpans(text) {
  const out = [];
  let quote = null;
  const heredocs = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\" && quote !== "'") i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "\\") {
      i++;
    } else if (c === '"' || c === "'" || c === "`") {
      quote = c;
    } else if (c === "<" && text[i + 1] === "<" && text[i + 2] !== "<") {
      const m = /^<<(-?)[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([A-Za-z0-9_.-]+))/.exec(text.slice(i, i + 200));
      if (m) heredocs.push({ delimiter: m[2] ?? m[3] ?? m[4], strip: m[1] === "-" });
    } else if (c === "\n" && heredocs.length > 0) {
      let at = i + 1;
      for (const h of heredocs.splice(0)) {
        for (; ; ) {
          if (at >= text.length) break;
          let end = text.indexOf("\n", at);
          if (end < 0) end = text.length;
          const line = text.slice(at, end).replace(/\r$/, "");
          at = end + 1;
          if ((h.strip ? line.replace(/^\t+/, "") : line) === h.delimiter) break;
        }
      }
      i = at - 1;
    } else if (c === "#" && (i === 0 || /[\s;&|()]/.test(text[i - 1]))) {
      let end = text.indexOf("\n", i);
      if (end < 0) end = text.length;
      const body = text.slice(i + 1, end).replace(/\r$/, "");
      out.push({ start: i, end: i + 1 + body.length, text: body.trim() });
      i = end - 1;
    }
  }
  return out;
}

export {
  AliasBudgetError,
  parseYaml,
  yamlComments,
  entries,
  get,
  items,
  scalarString,
  rangeOfNode,
  rangeOfEntry,
  sourceOf,
  emptySpec,
  LineIndex,
  shellCommentSpans
};
