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

export function expandVars(text: string, scope: VarScope, escapeChar = '\\'): Expansion {
  if (!text.includes('$')) return { value: text, unresolved: [], substituted: false };
  const unresolved: string[] = [];
  let substituted = false;
  let out = '';
  let i = 0;
  const lookup = (name: string): string | undefined => scope.get(name)?.value;
  while (i < text.length) {
    const c = text[i];
    if (c === escapeChar && text[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (c !== '$') {
      out += c;
      i++;
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
          const inner2 = expandVars(word, scope, escapeChar);
          unresolved.push(...inner2.unresolved);
          out += inner2.value;
        } else out += value;
      } else if (op.startsWith(':+') || op.startsWith('+')) {
        const word = op.slice(op.startsWith(':+') ? 2 : 1);
        const set = op.startsWith(':+') ? !!value : value !== undefined;
        if (set) {
          const inner2 = expandVars(word, scope, escapeChar);
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

/** The names a text refers to with `$NAME` or `${NAME…}`, in order, with their offsets. */
export function referencedVars(
  text: string,
  escapeChar = '\\',
): { name: string; start: number; end: number }[] {
  const refs: { name: string; start: number; end: number }[] = [];
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
        const close = findClose(text, i + 2);
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
