/**
 * Reads a policy (or hadolint) YAML file as YAML 1.2 (so `off`, `yes` and dates stay strings), with
 * a size cap and an alias cap, and maps paths in the data back to `line:col` through the node ranges.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import type { PolicyProblem } from './types.js';
import type { Range } from '../engine/types.js';

export const MAX_POLICY_BYTES = 1024 * 1024;
export const MAX_ALIAS_COUNT = 100;

export type PathSegment = string | number;

export interface YamlSource {
  /** How the file is named in messages (`.layerguard.yml`, `builtin:strict`, `github:o/r/p.yml@v1`). */
  display: string;
  text: string;
  doc: Document.Parsed;
  /** The data, or undefined when the YAML could not be read. */
  data: unknown;
  /** 1-based line and column of the key (`key: true`) or the value at `path`, else of its nearest parent. */
  locate(path: readonly PathSegment[], opts?: { key?: boolean }): { line: number; column: number };
  /** The 1-based range of the value at `path` (or of its nearest parent). */
  rangeOf(path: readonly PathSegment[], opts?: { key?: boolean }): Range;
}

function firstLine(message: string): string {
  return message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/:$/, '');
}

/** Parses YAML text; problems (syntax errors, too large, too many aliases) go to `problems`. */
export function readYaml(text: string, display: string, problems: PolicyProblem[]): YamlSource {
  const lineCounter = new LineCounter();
  const oversize = Buffer.byteLength(text, 'utf8') > MAX_POLICY_BYTES;
  const doc = parseDocument(oversize ? '' : text, {
    version: '1.2',
    lineCounter,
    prettyErrors: false,
    // Duplicate keys are found by shapeProblem in linear time; the parser's own check is quadratic.
    uniqueKeys: false,
    strict: true,
  });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  // Each problem is located by its path: index every mapping's keys once, not once per problem.
  const pairIndexes = new WeakMap<object, Map<string, Pair>>();
  const pairIndex = (map: YAMLMap): Map<string, Pair> => {
    let index = pairIndexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        const k = isScalar(p.key) ? String(p.key.value) : undefined;
        if (k !== undefined && !index.has(k)) index.set(k, p as Pair);
      }
      pairIndexes.set(map, index);
    }
    return index;
  };
  const nodeAt = (path: readonly PathSegment[], key: boolean): YamlNode | null => {
    let node: YamlNode | null = (doc.contents as YamlNode | null) ?? null;
    for (let i = 0; i < path.length; i++) {
      if (node && isAlias(node)) node = (node.resolve(doc) as YamlNode | undefined) ?? node;
      const seg = path[i];
      const last = i === path.length - 1;
      if (node && isMap(node)) {
        const pair = pairIndex(node).get(String(seg));
        if (!pair) return node;
        if (last && key) return (pair.key as YamlNode) ?? node;
        const value = pair.value as YamlNode | null;
        // `key:` with nothing after it: point at the key.
        if (
          !value ||
          !value.range ||
          (isScalar(value) && value.value === null && value.range[0] === value.range[1])
        ) {
          return pair.key as YamlNode;
        }
        node = value;
      } else if (node && isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as YamlNode | undefined;
        if (!item) return node;
        node = item;
      } else {
        return node;
      }
    }
    return node;
  };
  const startOf = (node: YamlNode | null) => (node?.range ? pos(node.range[0]) : { line: 1, column: 1 });
  const source: YamlSource = {
    display,
    text,
    doc,
    data: undefined,
    locate: (path, opts) => startOf(nodeAt(path, opts?.key ?? false)),
    rangeOf(path, opts) {
      const node = nodeAt(path, opts?.key ?? false);
      if (!node?.range) return { line: 1, column: 1, endLine: 1, endColumn: 2 };
      const start = pos(node.range[0]);
      const end = pos(Math.max(node.range[1], node.range[0] + 1));
      return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    },
  };
  if (oversize) {
    problems.push({
      message: `the file is larger than ${MAX_POLICY_BYTES / 1024} KiB; a policy this large is most likely not a policy`,
      file: display,
      line: 1,
      column: 1,
    });
    return source;
  }
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const p = pos(e.pos[0]);
      // The parser quotes the offending text; leave it out, the location says where it is.
      const raw = firstLine(e.message);
      const message = /Maximum call stack/i.test(raw)
        ? `the policy nests too deeply to read (a policy needs at most a few levels)`
        : e.code === 'MULTIPLE_DOCS'
          ? // The parser's own text names its API (parseAllDocuments), which means nothing to a user.
            'the policy file must hold one document: remove the `---` line that starts a second one (or ' +
            'move that policy to its own file and list it under `extends`)'
          : raw.replace(/:\s*".*"\s*$/, '');
      problems.push({ message: `invalid YAML: ${message}`, file: display, ...p });
    }
    return source;
  }
  const shape = shapeProblem(doc.contents as YamlNode | null);
  if (shape) {
    problems.push({ message: shape.message, file: display, ...startOf(shape.node) });
    return source;
  }
  try {
    source.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    problems.push({
      message: `the file uses too many YAML aliases (more than ${MAX_ALIAS_COUNT} expansions); write the values out: ${(e as Error).message}`,
      file: display,
      line: 1,
      column: 1,
    });
  }
  return source;
}

const MAX_POLICY_DEPTH = 64;

/**
 * What a policy's YAML may not be, found without recursion before the document is converted: keys
 * that are collections (`? [a, b]`, which the conversion stringifies in exponential time when nested)
 * and nesting deeper than any policy needs.
 */
function shapeProblem(root: YamlNode | null): { message: string; node: YamlNode } | undefined {
  const stack: { node: YamlNode; depth: number }[] = root ? [{ node: root, depth: 0 }] : [];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_POLICY_DEPTH) {
      return {
        message: `the policy nests more than ${MAX_POLICY_DEPTH} levels deep; no policy key needs that`,
        node,
      };
    }
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null;
        if (key && isScalar(key)) {
          if (seen.has(key.value)) return { message: 'invalid YAML: Map keys must be unique', node: key };
          seen.add(key.value);
        }
        if (key && !isScalar(key)) {
          return {
            message: 'a key is a list or a mapping; policy keys are plain words such as rules or failOn',
            node: key,
          };
        }
        if (pair.value) stack.push({ node: pair.value as YamlNode, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (item) stack.push({ node: item as YamlNode, depth: depth + 1 });
    }
  }
  return undefined;
}
