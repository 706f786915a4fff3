/**
 * Variables in Dockerfile text as the builder's lexer reads them: the `$NAME` / `${NAME…}` references of
 * a word or an instruction (single quotes and the escape character respected).
 */
/** A variable reference found in Dockerfile text. Offsets are relative to the scanned text. */
export interface VarRef {
  name: string;
  start: number;
  end: number;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * The variables a Dockerfile word or argument text refers to, as BuildKit's lexer expands them:
 * `$NAME`, `${NAME}`, `${NAME:-word}` (the names inside `word` too), nothing inside single quotes,
 * nothing after the escape character. With `instructionText`, lines that start with `#` after the
 * first (comment lines inside a continued instruction) are skipped.
 */
export function scanVarRefs(text: string, escapeChar = '\\', instructionText = false): VarRef[] {
  const refs: VarRef[] = [];
  let closeOf: Map<number, number> | undefined;
  let single = false;
  let double = false;
  let lineStart = true;
  let first = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      first = false;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      if (instructionText && !first) {
        const rest = /^[ \t]*#/.exec(text.slice(i, i + 200));
        if (rest) {
          const nl = text.indexOf('\n', i);
          if (nl < 0) break;
          i = nl - 1;
          continue;
        }
      }
    }
    if (single) {
      if (c === "'") single = false;
      continue;
    }
    if (c === escapeChar) {
      // A line continuation: the newline still starts a line (which may be a comment line).
      if (text[i + 1] !== '\n') i++;
      continue;
    }
    if (c === "'" && !double) {
      single = true;
      continue;
    }
    if (c === '"') {
      double = !double;
      continue;
    }
    if (c !== '$') continue;
    const next = text[i + 1] ?? '';
    if (next === '{') {
      let j = i + 2;
      while (j < text.length && NAME_CHAR.test(text[j])) j++;
      if (j === i + 2) continue;
      closeOf ??= matchingBraces(text);
      const k = closeOf.get(i + 1) ?? text.length;
      refs.push({ name: text.slice(i + 2, j), start: i, end: Math.min(text.length, k + 1) });
      // Names in the default/alternative word (`${a:-$b}`) are looked up too: continue inside it.
      i = j - 1;
      continue;
    }
    if (NAME_START.test(next)) {
      let j = i + 2;
      while (j < text.length && NAME_CHAR.test(text[j])) j++;
      refs.push({ name: text.slice(i + 1, j), start: i, end: j });
      i = j - 1;
    }
  }
  return refs;
}

/** The offset of each `{` and its matching `}`, found in one pass (nested `${a:-${b:-…}}` stay linear). */
function matchingBraces(text: string): Map<number, number> {
  const close = new Map<number, number>();
  const open: number[] = [];
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '{') open.push(k);
    else if (text[k] === '}' && open.length > 0) close.set(open.pop()!, k);
  }
  return close;
}
