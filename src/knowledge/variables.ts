/**
 * Variables: the `$NAME` / `${NAME…}` references of Dockerfile text as the builder's lexer reads them
 * (single quotes and the escape character respected), and what a shell word of a RUN expands to from
 * the ARG/ENV scope and the assignments made earlier in its script.
 */
import type { DfInstruction, DockerfileModel, ShellWord, VarBinding } from '../targets/dockerfile/model.js';
import { expandVars } from '../targets/dockerfile/vars.js';
import type { Invocation, RunInvocation } from './invocations.js';

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
  // Only `$` makes a reference: text without one (most instructions) needs no scan.
  if (!text.includes('$')) return refs;
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
        // A comment line inside the instruction (`[ \t]*#` within its first 200 characters), read in
        // place rather than from a copy.
        const limit = Math.min(text.length, i + 200);
        let j = i;
        while (j < limit && (text[j] === ' ' || text[j] === '\t')) j++;
        if (j < limit && text[j] === '#') {
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

/** True when text holds an unescaped `$NAME` or `${…}` reference. */
export function hasVariableRef(text: string, escapeChar = '\\'): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === escapeChar) {
      i++;
      continue;
    }
    if (text[i] === '$' && /[A-Za-z_{]/.test(text[i + 1] ?? '')) return true;
  }
  return false;
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;

/**
 * The values a word can take at build time: the word with its `$VAR`/`${VAR}` replaced from the
 * ARG/ENV scope of the instruction and the shell assignments made earlier in the same script
 * (`DEPS="a=1 b=2" && apt-get install $DEPS`), split on whitespace when unquoted. Undefined when a
 * variable's value is unknown, or the word holds a command substitution.
 */
export function expandWord(inv: RunInvocation, word: ShellWord): string[] | undefined {
  if (!word.hasExpansion) return [word.value];
  if (/\$\(|`/.test(word.value)) return undefined;
  const scope = new Map<string, VarBinding>(inv.inst.scope);
  for (const c of inv.inst.script?.commands ?? []) {
    if (c.start >= inv.cmd.start) break;
    const assigns =
      c.words.length === 0
        ? c.assignments.map((a) => a.value)
        : c.name === 'export' || c.name === 'readonly' || c.name === 'local' || c.name === 'declare'
          ? c.args.filter((a) => ASSIGNMENT.test(a))
          : [];
    for (const a of assigns) {
      const m = ASSIGNMENT.exec(a)!;
      const value = expandVars(m[2], scope, '\\');
      // A command substitution's output is only known at build time.
      const known = value.unresolved.length === 0 && !/\$\(|`/.test(m[2]);
      scope.set(m[1], {
        name: m[1],
        value: known ? value.value : undefined,
        kind: 'env',
        declaredAt: inv.inst.index,
      });
    }
  }
  const expanded = expandVars(word.value, scope, '\\');
  if (expanded.unresolved.length > 0) return undefined;
  if (word.quoted) return [expanded.value];
  return expanded.value.split(/\s+/).filter((s) => s.length > 0);
}

/**
 * The value of a shell word after substituting the ARG/ENV variables in scope; `unresolved` lists the
 * variables with no known value (`--build-arg` only, or shell variables of the script).
 */
export function resolveWord(
  model: DockerfileModel,
  inst: DfInstruction,
  w: ShellWord,
): { value: string; unresolved: string[] } {
  if (!w.hasExpansion) return { value: w.value, unresolved: [] };
  if (/\$\(|`/.test(w.value)) return { value: w.value, unresolved: ['$(…)'] };
  const e = expandVars(w.value, inst.scope, '\\');
  return { value: e.value, unresolved: e.unresolved };
}

/** True when a variable is set to a true-ish value for the invocation: ENV/ARG in scope, a prefix assignment, or an earlier `export`. */
export function envFlagSet(inst: DfInstruction, inv: Invocation, name: string): boolean {
  const truthy = (v: string | undefined) =>
    v !== undefined && !/^(?:|0|false|no|off)$/i.test(v.replace(/^["']|["']$/g, '').trim());
  if (truthy(inst.scope.get(name)?.value)) return true;
  const assigned = (words: ShellWord[]) =>
    words.some((a) => a.value.startsWith(`${name}=`) && truthy(a.value.slice(name.length + 1)));
  if (assigned(inv.command.assignments)) return true;
  // `env NAME=1 pip …` puts the assignment among the wrapper's words, before the program word.
  const cmdWords = inv.command.words;
  const progIndex = cmdWords.indexOf(inv.words[0]);
  if (progIndex > 0 && assigned(cmdWords.slice(0, progIndex))) return true;
  for (const c of inst.script?.commands ?? []) {
    if (c.start >= inv.command.start) break;
    if (c.words.length === 0 && assigned(c.assignments)) return true;
    if (c.name === 'export' && assigned(c.words.slice(1))) return true;
  }
  return false;
}
