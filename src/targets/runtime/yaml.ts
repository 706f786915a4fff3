/**
 * YAML reading for compose files and workflows: YAML 1.2 with source ranges, anchors, aliases and merge
 * keys (`<<`) resolved on access, a bound on alias expansion, and every `#` comment of the file.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, Parser, visit } from 'yaml';
import type { Alias, Document, Node as YamlNode, Pair, Scalar, YAMLMap } from 'yaml';
import type { Range } from '../../engine/types.js';
import type { InputProblem } from '../types.js';
import type { LineIndex, SourceComment } from './text.js';

/**
 * How many nodes a document may hold once every alias is expanded: a "billion laughs" file stops here,
 * while a compose file merging one anchor into 20,000 services (about a million nodes) is read.
 */
export const MAX_EXPANDED_NODES = 5_000_000;
/** Nesting (aliases followed) beyond which a document is reported as nesting too deeply. */
const MAX_NESTING = 1_000;
/** How many alias and merge resolutions one file may cost while its settings are read. */
const ALIAS_BUDGET = 100_000;
const MAX_MERGE_DEPTH = 32;

export class AliasBudgetError extends Error {
  constructor() {
    super('the file expands too many aliases (a YAML "billion laughs" shape); it was not read');
  }
}

export interface YamlCtx {
  doc: Document;
  text: string;
  index: LineIndex;
  budget: { left: number };
}

export interface ParsedYaml {
  docs: YamlCtx[];
  problems: InputProblem[];
}

/** Parses every document of a YAML file; syntax errors become problems with their position. */
export function parseYaml(text: string, index: LineIndex): ParsedYaml {
  const problems: InputProblem[] = [];
  const budget = { left: ALIAS_BUDGET };
  const docs: YamlCtx[] = [];
  let parsed: Document[];
  try {
    parsed = parseAllDocuments(text, {
      version: '1.2',
      merge: true,
      prettyErrors: false,
      uniqueKeys: false,
    }) as Document[];
  } catch (e) {
    return {
      docs,
      problems: [{ message: `YAML cannot be read: ${(e as Error).message}`, range: index.range(0, 0) }],
    };
  }
  if (!Array.isArray(parsed)) parsed = [parsed as unknown as Document];
  for (const doc of parsed) {
    for (const e of doc.errors) {
      // The parser recurses per nesting level: `[[[[…` 100,000 deep ends as a stack overflow there.
      const deep = /Maximum call stack/i.test(e.message);
      problems.push({
        message: deep
          ? 'YAML cannot be read: it nests too deeply'
          : `YAML syntax error: ${firstLine(e.message)}`,
        range: index.range(e.pos[0], e.pos[1]),
      });
    }
    if (doc.errors.length > 0) continue;
    const recursive = recursiveAlias(doc);
    if (recursive) {
      // `x: &a {<<: *a}` sends a merge into endless recursion; docker compose rejects it too.
      problems.push({
        message: `YAML cannot be read: the anchor &${recursive.source} contains an alias to itself (*${recursive.source})`,
        range: recursive.range ? index.range(recursive.range[0], recursive.range[1]) : index.range(0, 0),
      });
      continue;
    }
    const expanded = expandedSize(doc);
    if (expanded !== 'ok') {
      problems.push({
        message:
          expanded === 'deep'
            ? 'YAML cannot be read: it nests too deeply'
            : `YAML cannot be read: its aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} ` +
              'nodes (a YAML "billion laughs" shape)',
        range: index.range(0, 0),
      });
      continue;
    }
    docs.push({ doc, text, index, budget });
  }
  return { docs, problems };
}

interface AnchorIndex {
  /** The node each alias names: the last node anchored with its name before it, in document order. */
  targets: Map<Alias, YamlNode>;
  /** The first alias that sits inside the node it names, if any. */
  recursive?: { source: string; range?: [number, number, number] };
}

const anchorIndexes = new WeakMap<Document, AnchorIndex>();

/**
 * Every alias of a document resolved in one walk. yaml's `Alias.resolve` walks the whole document on
 * each call, so following an alias per compose service was quadratic (4,000 services merging one
 * `<<: *base`: 78 s); here each alias is resolved once per file.
 */
function anchorIndex(doc: Document): AnchorIndex {
  let found = anchorIndexes.get(doc);
  if (found) return found;
  const index: AnchorIndex = { targets: new Map() };
  const anchors = new Map<string, YamlNode>();
  visit(doc, {
    Node(_key, node, path) {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (!target) return;
        index.targets.set(node, target);
        if (!index.recursive && path.includes(target as never))
          index.recursive = { source: node.source, range: node.range ?? undefined };
        return;
      }
      const anchor = (node as { anchor?: string }).anchor;
      if (anchor) anchors.set(anchor, node as YamlNode);
    },
  });
  found = index;
  anchorIndexes.set(doc, found);
  return found;
}

/**
 * Whether the document, aliases expanded, stays within MAX_EXPANDED_NODES nodes and MAX_NESTING levels.
 * Each node's expanded size is computed once (an alias costs what its anchor costs, looked up), so the
 * check is linear in the document, unlike yaml's own alias count, which walks the document per alias.
 */
function expandedSize(doc: Document): 'ok' | 'deep' | 'large' {
  const { targets } = anchorIndex(doc);
  const memo = new Map<unknown, number>();
  const size = (node: unknown, depth: number): number => {
    if (depth > MAX_NESTING) throw new NestingError();
    const target = isAlias(node) ? targets.get(node) : node;
    if (!isMap(target) && !isSeq(target)) return 1;
    const known = memo.get(target);
    if (known !== undefined) return known;
    let n = 1;
    for (const item of target.items as unknown[]) {
      if (isPair(item)) n += size(item.key, depth + 1) + size(item.value, depth + 1);
      else n += size(item, depth + 1);
      if (n > MAX_EXPANDED_NODES) break;
    }
    memo.set(target, n);
    return n;
  };
  try {
    return size(doc.contents, 0) > MAX_EXPANDED_NODES ? 'large' : 'ok';
  } catch (e) {
    if (e instanceof NestingError || (e instanceof RangeError && /call stack/i.test(e.message)))
      return 'deep';
    throw e;
  }
}

class NestingError extends Error {}

/** The first alias that sits inside the node it names, if any. */
function recursiveAlias(doc: Document): { source: string; range?: [number, number, number] } | undefined {
  return anchorIndex(doc).recursive;
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}

/** Every `#` comment of a YAML file (from the concrete syntax tree, so `#` inside strings is not one). */
export function yamlComments(text: string, index: LineIndex): SourceComment[] {
  const out: SourceComment[] = [];
  const seen = new Set<unknown>();
  const visit = (tok: unknown, depth: number) => {
    if (depth > 400 || tok === null || typeof tok !== 'object' || seen.has(tok)) return;
    seen.add(tok);
    if (Array.isArray(tok)) {
      for (const t of tok) visit(t, depth + 1);
      return;
    }
    const t = tok as { type?: string; offset?: number; source?: string };
    if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
      const body = t.source.replace(/^#/, '');
      out.push({ text: body.trim(), range: index.range(t.offset, t.offset + t.source.length) });
      return;
    }
    for (const v of Object.values(tok)) if (v && typeof v === 'object') visit(v, depth + 1);
  };
  try {
    for (const token of new Parser().parse(text)) visit(token, 0);
  } catch {
    /* comments are best effort */
  }
  out.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
  return out;
}

/** Follows aliases to the node they name. */
export function deref(node: unknown, ctx: YamlCtx): YamlNode | null {
  let n = node;
  for (let hops = 0; isAlias(n); hops++) {
    if (--ctx.budget.left < 0) throw new AliasBudgetError();
    if (hops > 64) return null;
    n = anchorIndex(ctx.doc).targets.get(n);
  }
  return (n ?? null) as YamlNode | null;
}

export interface Entry {
  key: string;
  keyNode: Scalar;
  /** The value, aliases followed. */
  value: YamlNode | null;
  /** The value as written (an alias node stays an alias), for the range of the pair. */
  written: unknown;
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (typeof key.value === 'symbol' || (key.value === '<<' && key.type === 'PLAIN'));
}

/** The entries of a mapping with merge keys resolved: explicit keys win, then merged maps in order. */
export function entries(node: unknown, ctx: YamlCtx, depth = 0): readonly Entry[] {
  const map = deref(node, ctx);
  if (!isMap(map)) return [];
  // A map merged into every service (`<<: *base`) is read once: its entries are kept, and reused by
  // any read at a merge depth no deeper than the one they were read at (deeper reads may be cut off).
  const cached = entriesCache.get(map);
  if (cached && depth <= cached.depth) return cached.entries;
  const out = readEntries(map as YAMLMap, ctx, depth);
  entriesCache.set(map, { entries: out, depth });
  return out;
}

const entriesCache = new WeakMap<object, { entries: readonly Entry[]; depth: number }>();

function readEntries(map: YAMLMap, ctx: YamlCtx, depth: number): Entry[] {
  const own: Entry[] = [];
  const merged: Entry[] = [];
  for (const pair of map.items as Pair[]) {
    if (isMergeKey(pair.key)) {
      if (depth >= MAX_MERGE_DEPTH) continue;
      const src = deref(pair.value, ctx);
      const sources = isSeq(src) ? src.items : [pair.value];
      for (const s of sources) {
        if (--ctx.budget.left < 0) throw new AliasBudgetError();
        for (const e of entries(s, ctx, depth + 1)) merged.push(e); // not a spread: maps can be huge
      }
      continue;
    }
    const key = deref(pair.key, ctx);
    if (!isScalar(key) || key.value === null || typeof key.value === 'object') continue;
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

export function get(node: unknown, key: string, ctx: YamlCtx): Entry | undefined {
  return entries(node, ctx).find((e) => e.key === key);
}

/** The items of a sequence (aliases followed), with the written item for ranges. */
export function items(node: unknown, ctx: YamlCtx): { value: YamlNode | null; written: unknown }[] {
  const seq = deref(node, ctx);
  if (!isSeq(seq)) return [];
  return seq.items.map((it) => ({ value: deref(it, ctx), written: it }));
}

/** A scalar's value as text (numbers and booleans as written in YAML's canonical form). */
export function scalarString(node: YamlNode | null): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return undefined;
}

function nodeSpan(node: unknown): [number, number] | null {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? [r[0], r[1]] : null;
}

export function rangeOfNode(node: unknown, ctx: YamlCtx): Range {
  const s = nodeSpan(node);
  return s ? ctx.index.range(s[0], s[1]) : ctx.index.range(0, 0);
}

/** The range of `key: value` (the key alone when the value is elsewhere or spans several lines). */
export function rangeOfEntry(entry: Entry, ctx: YamlCtx, keyOnlyIfMultiline = true): Range {
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

/** The source text of a node as written (quotes included), for messages. */
export function sourceOf(node: unknown, ctx: YamlCtx): string {
  const s = nodeSpan(node);
  return s ? ctx.text.slice(s[0], s[1]) : '';
}
