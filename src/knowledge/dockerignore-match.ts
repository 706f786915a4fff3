/**
 * `.dockerignore` matching as the builder applies it to the build context: patterns are cleaned paths
 * relative to the context root (a leading `/` is dropped), `*` matches within one path segment, `?` one
 * character, `[...]` a character class, `**` any number of segments, `\` escapes; a `!pattern`
 * re-includes what earlier patterns excluded, the last matching pattern winning; a pattern that matches
 * a parent directory excludes everything below it.
 *
 * Matching runs over the pattern and the path directly (no regular expression is built from the
 * patterns), in time bounded by their lengths' product.
 */
import path from 'node:path';

export interface IgnorePattern {
  /** The cleaned pattern (without `!`). */
  pattern: string;
  exclusion: boolean;
  /** The line as written in the file. */
  source: string;
}

/** Cleans a path as Go's `filepath.Clean` does on Linux (`./a//b/../c` → `a/c`, `` → `.`). */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (abs) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** The patterns of a `.dockerignore` (comment lines and blank lines already removed by the loader). */
export function compileIgnore(lines: readonly string[]): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  for (const line of lines) {
    let p = line.trim();
    if (p === '' || p.startsWith('#')) continue;
    let exclusion = false;
    if (p.startsWith('!')) {
      exclusion = true;
      p = p.slice(1).trim();
    }
    p = cleanPath(p);
    if (p.length > 1 && p.startsWith('/')) p = p.slice(1);
    if (p === '') continue;
    out.push({ pattern: p, exclusion, source: line });
  }
  return out;
}

/**
 * Whether a glob (one `.dockerignore` pattern) matches the whole path. `*`, `?` and classes never
 * match `/`; `**` matches any run of characters, `/` included, and may match no segment at all before a `/`.
 */
export function globMatches(pattern: string, file: string): boolean {
  // Memoised recursion over (pattern index, file index): O(|pattern| * |file|).
  const memo = new Map<number, boolean>();
  const width = file.length + 1;
  const go = (pi: number, fi: number): boolean => {
    const key = pi * width + fi;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let result: boolean;
    if (pi === pattern.length) result = fi === file.length;
    else {
      const c = pattern[pi];
      if (c === '*' && pattern[pi + 1] === '*') {
        const next = pi + 2;
        // `**/` may match zero segments.
        if (pattern[next] === '/' && go(next + 1, fi)) result = true;
        else {
          result = false;
          for (let k = fi; k <= file.length && !result; k++) result = go(next, k);
        }
      } else if (c === '*') {
        result = false;
        for (let k = fi; k <= file.length; k++) {
          if (go(pi + 1, k)) {
            result = true;
            break;
          }
          if (k < file.length && file[k] === '/') break;
        }
      } else if (fi === file.length) result = false;
      else if (c === '?') result = file[fi] !== '/' && go(pi + 1, fi + 1);
      else if (c === '[') {
        const cls = matchClass(pattern, pi, file[fi]);
        if (cls === null) result = file[fi] === '[' && go(pi + 1, fi + 1);
        else result = cls.matched && file[fi] !== '/' && go(cls.end, fi + 1);
      } else if (c === '\\' && pi + 1 < pattern.length)
        result = file[fi] === pattern[pi + 1] && go(pi + 2, fi + 1);
      else result = file[fi] === c && go(pi + 1, fi + 1);
    }
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

/** `[abc]`, `[a-z]`, `[^x]`/`[!x]` at `pi`: whether `ch` is in it and where the class ends; null if unterminated. */
function matchClass(pattern: string, pi: number, ch: string): { matched: boolean; end: number } | null {
  let i = pi + 1;
  let negate = false;
  if (pattern[i] === '^' || pattern[i] === '!') {
    negate = true;
    i++;
  }
  let matched = false;
  let firstItem = true;
  while (i < pattern.length && (pattern[i] !== ']' || firstItem)) {
    firstItem = false;
    let lo = pattern[i];
    if (lo === '\\' && i + 1 < pattern.length) lo = pattern[++i];
    let hi = lo;
    if (pattern[i + 1] === '-' && pattern[i + 2] !== undefined && pattern[i + 2] !== ']') {
      hi = pattern[i + 2];
      if (hi === '\\' && i + 3 < pattern.length) {
        hi = pattern[i + 3];
        i++;
      }
      i += 2;
    }
    if (ch >= lo && ch <= hi) matched = true;
    i++;
  }
  if (i >= pattern.length) return null;
  return { matched: matched !== negate, end: i + 1 };
}

/**
 * The pattern that decides whether `file` (a path relative to the context root) is excluded, or
 * undefined when it is not. A pattern that matches a parent directory excludes the file too.
 */
export function ignoredBy(patterns: readonly IgnorePattern[], file: string): IgnorePattern | undefined {
  const parent = path.posix.dirname(file);
  const dirs = parent === '.' ? [] : parent.split('/');
  let matched: IgnorePattern | undefined;
  for (const p of patterns) {
    // An inclusion only matters while the file is not excluded, an exclusion only once it is.
    if (p.exclusion !== (matched !== undefined)) continue;
    let hit = globMatches(p.pattern, file);
    for (let i = 0; !hit && i < dirs.length; i++)
      hit = globMatches(p.pattern, dirs.slice(0, i + 1).join('/'));
    if (hit) matched = p.exclusion ? undefined : p;
  }
  return matched;
}
