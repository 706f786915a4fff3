/**
 * Dockerfile variable substitution (`$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+alt}`, `${VAR-d}`,
 * `${VAR+a}`), as the builder applies it to FROM, COPY, ENV, ARG, WORKDIR, USER, LABEL…
 */
import type { VarScope } from './model.js';

export interface Expansion {
  value: string;
  /** Names referenced but not defined (or defined without a value). */
  unresolved: string[];
  /** True when any variable was substituted. */
  substituted: boolean;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * Bounds on hostile input: `${A:-${A:-…}}` nested deeper than this is kept as written, and an
 * expansion longer than this is cut (`ARG A2=${A1}${A1}` doubles a value per line: 60 lines would
 * make an exabyte string). No real build gets near either.
 */
export const MAX_EXPANSION_DEPTH = 32;
export const MAX_EXPANSION_LENGTH = 16 * 1024;
const DOLLAR = 36;

export function expandVars(text: string, scope: VarScope, escapeChar = '\\', depth = 0): Expansion {
  if (!text.includes('$') || depth > MAX_EXPANSION_DEPTH)
    return { value: text, unresolved: [], substituted: false };
  const unresolved: string[] = [];
  let substituted = false;
  let out = '';
  let i = 0;
  const lookup = (name: string): string | undefined => scope.get(name)?.value;
  const escape = escapeChar.charCodeAt(0);
  while (i < text.length) {
    if (out.length > MAX_EXPANSION_LENGTH) {
      out = out.slice(0, MAX_EXPANSION_LENGTH);
      break;
    }
    const c = text[i];
    if (c === escapeChar && text[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (c !== '$') {
      // The run of characters up to the next `$` (or escaped `$`) at once; no further than the length
      // check above would let a character at a time go.
      const limit = Math.min(text.length, i + MAX_EXPANSION_LENGTH + 1 - out.length);
      let j = i + 1;
      while (j < limit) {
        const d = text.charCodeAt(j);
        if (d === DOLLAR || (d === escape && text.charCodeAt(j + 1) === DOLLAR)) break;
        j++;
      }
      out += text.slice(i, j);
      i = j;
      continue;
    }
    if (text[i + 1] === '{') {
      const close = findClose(text, i + 2);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      const inner = text.slice(i + 2, close);
      i = close + 1;
      let n = 0;
      while (n < inner.length && NAME_CHAR.test(inner[n])) n++;
      const name = inner.slice(0, n);
      const op = inner.slice(n);
      const value = lookup(name);
      substituted = true;
      if (op.startsWith(':-') || op.startsWith('-')) {
        const word = op.slice(op.startsWith(':-') ? 2 : 1);
        const empty = op.startsWith(':-') ? !value : value === undefined;
        if (empty) {
          const inner2 = expandVars(word, scope, escapeChar, depth + 1);
          unresolved.push(...inner2.unresolved);
          out += inner2.value;
        } else out += value;
      } else if (op.startsWith(':+') || op.startsWith('+')) {
        const word = op.slice(op.startsWith(':+') ? 2 : 1);
        const set = op.startsWith(':+') ? !!value : value !== undefined;
        if (set) {
          const inner2 = expandVars(word, scope, escapeChar, depth + 1);
          unresolved.push(...inner2.unresolved);
          out += inner2.value;
        }
      } else if (op.startsWith(':?') || op.startsWith('?')) {
        if (value === undefined) unresolved.push(name);
        out += value ?? '';
      } else {
        // Plain ${NAME}, or a pattern operator (#, %, /) that we approximate with the plain value.
        if (value === undefined) unresolved.push(name);
        out += value ?? '';
      }
      continue;
    }
    if (i + 1 < text.length && NAME_START.test(text[i + 1])) {
      let j = i + 2;
      while (j < text.length && NAME_CHAR.test(text[j])) j++;
      const name = text.slice(i + 1, j);
      const value = lookup(name);
      substituted = true;
      if (value === undefined) unresolved.push(name);
      out += value ?? '';
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  if (out.length > MAX_EXPANSION_LENGTH) out = out.slice(0, MAX_EXPANSION_LENGTH);
  return { value: out, unresolved, substituted };
}

function findClose(text: string, from: number): number {
  let depth = 1;
  for (let j = from; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

/** For each `{` of the text, the index of the `}` that closes it (as findClose counts), else -1. */
function braceCloses(text: string): Int32Array {
  const out = new Int32Array(text.length).fill(-1);
  const open: number[] = [];
  for (let j = 0; j < text.length; j++) {
    if (text[j] === '{') open.push(j);
    else if (text[j] === '}' && open.length > 0) out[open.pop()!] = j;
  }
  return out;
}

/** The names a text refers to with `$NAME` or `${NAME…}`, in order, with their offsets. */
export function referencedVars(
  text: string,
  escapeChar = '\\',
): { name: string; start: number; end: number }[] {
  const refs: { name: string; start: number; end: number }[] = [];
  let closes: Int32Array | undefined;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === escapeChar && text[i + 1] === '$') {
      i++;
      continue;
    }
    if (text[i] !== '$') continue;
    if (text[i + 1] === '{') {
      let j = i + 2;
      while (j < text.length && NAME_CHAR.test(text[j])) j++;
      if (j > i + 2) {
        // One pass pairs every brace, so that `${A:-${A:-…}}` nested 10,000 deep stays linear.
        closes ??= braceCloses(text);
        const close = closes[i + 1];
        refs.push({ name: text.slice(i + 2, j), start: i, end: close < 0 ? j : close + 1 });
      }
    } else if (NAME_START.test(text[i + 1] ?? '')) {
      let j = i + 2;
      while (j < text.length && NAME_CHAR.test(text[j])) j++;
      refs.push({ name: text.slice(i + 1, j), start: i, end: j });
    }
  }
  return refs;
}

/** ARGs every build defines without a declaration (BuildKit's automatic platform args and proxies). */
export const PREDEFINED_ARGS = [
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'FTP_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'ftp_proxy',
  'no_proxy',
  'all_proxy',
  'BUILDKIT_SYNTAX',
  'BUILDKIT_INLINE_CACHE',
  'SOURCE_DATE_EPOCH',
];
