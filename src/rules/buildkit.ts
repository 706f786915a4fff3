/**
 * Helpers shared by the rules that match BuildKit's build checks (`docker build --check`): BuildKit's
 * "did you mean" suggestions, instruction-keyword casing, variable references as the Dockerfile lexer
 * sees them (single quotes and the escape character respected), the platform names `--platform` takes,
 * image references as the builder validates them, and document offsets of 1-based positions.
 *
 * Everything here is pure and works on strings and the DockerfileModel only.
 */
import type { Range } from '../engine/types.js';
import type { DfInstruction, DockerfileModel } from '../targets/dockerfile/model.js';

/** Levenshtein distance (insertions, deletions and substitutions cost 1). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * A budget for "did you mean" searches over names an input defines. A hostile Dockerfile can define
 * tens of thousands of names and misspell one on every line, which makes an unbounded search quadratic
 * (20,000 stages each `COPY --from=<unknown>`: minutes of CPU). Each search pays one unit per candidate
 * it looks at plus the cells of every edit-distance table it fills; once the budget is spent, the
 * remaining searches suggest nothing. Counting work instead of time keeps the results deterministic.
 */
export class SuggestionBudget {
  /** Units spent so far (candidates looked at plus edit-distance cells). */
  spent = 0;
  constructor(readonly limit = 2_000_000) {}
  get exhausted(): boolean {
    return this.spent >= this.limit;
  }
}

/** Names longer than this get no suggestion: the edit-distance table grows with the square of the length. */
const MAX_SUGGESTED_NAME_LENGTH = 64;

/**
 * The candidate closest to `value` when it is fewer than `maxDistance` edits away (3 by default, as
 * BuildKit suggests names in its "(did you mean X?)" hints), looking at candidates only while the
 * budget lasts; undefined when there is none or `value` itself is a candidate. Candidates whose length
 * alone puts them too far away cost one unit and no table.
 */
export function suggestNameWithin(
  value: string,
  candidates: Iterable<string>,
  budget: SuggestionBudget,
  options: { caseSensitive?: boolean; maxDistance?: number } = {},
): string | undefined {
  const { caseSensitive = true, maxDistance = 3 } = options;
  if (budget.exhausted || value.length > MAX_SUGGESTED_NAME_LENGTH) return undefined;
  const v = caseSensitive ? value : value.toLowerCase();
  let best: string | undefined;
  let bestDist = maxDistance;
  for (const c of candidates) {
    budget.spent++;
    if (budget.exhausted) break;
    const o = caseSensitive ? c : c.toLowerCase();
    if (o === v) return undefined;
    if (Math.abs(o.length - v.length) >= bestDist || o.length > MAX_SUGGESTED_NAME_LENGTH) continue;
    budget.spent += o.length * v.length;
    const d = levenshtein(v, o);
    if (d < bestDist) {
      bestDist = d;
      best = c;
    }
  }
  return best;
}

/** `(did you mean X?)` with a leading space, or ''. */
export function didYouMean(suggestion: string | undefined, prefix = ''): string {
  return suggestion ? ` (did you mean ${prefix}${suggestion}?)` : '';
}

/** True for `run` and `RUN`, false for `Run` (BuildKit's "self-consistent" casing). */
export function isSelfConsistentCase(s: string): boolean {
  return s === s.toLowerCase() || s === s.toUpperCase();
}

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

const lineStartsMemo = new WeakMap<DockerfileModel, number[]>();

/** Document offset of a 1-based line/column position. */
export function offsetAt(model: DockerfileModel, line: number, column: number): number {
  let starts = lineStartsMemo.get(model);
  if (!starts) {
    starts = [0];
    for (let i = 0; i < model.lines.length; i++) starts.push(starts[i] + model.lines[i].length + 1);
    lineStartsMemo.set(model, starts);
  }
  return starts[Math.max(0, Math.min(line - 1, model.lines.length))] + column - 1;
}

/** Document offset where a range starts. */
export function rangeStart(model: DockerfileModel, r: Range): number {
  return offsetAt(model, r.line, r.column);
}

/** The text of the instruction's arguments before any heredoc body (the whole argument text without one). */
export function argsTextBeforeHeredocs(model: DockerfileModel, inst: DfInstruction): string {
  if (inst.heredocs.length === 0) return inst.argsText;
  const firstBody = inst.heredocs[0].bodyOffset;
  const lineEnd = model.text.lastIndexOf('\n', firstBody - 1);
  return model.text.slice(inst.argsOffset, Math.max(inst.argsOffset, lineEnd));
}

// ------------------------------------------------------------------------------------------------
// Platforms

export interface Platform {
  os: string;
  arch: string;
  variant?: string;
}

const KNOWN_OS = new Set([
  'aix',
  'android',
  'darwin',
  'dragonfly',
  'freebsd',
  'illumos',
  'ios',
  'js',
  'linux',
  'netbsd',
  'openbsd',
  'plan9',
  'solaris',
  'wasip1',
  'windows',
]);

const ARCH_ALIASES: Record<string, Platform['arch'] | [string, string]> = {
  i386: '386',
  '386': '386',
  x86_64: 'amd64',
  'x86-64': 'amd64',
  amd64: 'amd64',
  aarch64: 'arm64',
  arm64: 'arm64',
  armhf: ['arm', 'v7'],
  armel: ['arm', 'v6'],
  arm: 'arm',
  ppc64le: 'ppc64le',
  ppc64: 'ppc64',
  s390x: 's390x',
  riscv64: 'riscv64',
  mips64le: 'mips64le',
  mips64: 'mips64',
  mipsle: 'mipsle',
  mips: 'mips',
  loong64: 'loong64',
  wasm: 'wasm',
};

const PLATFORM_PART = /^[A-Za-z0-9_.-]+$/;

/**
 * A `--platform` value (`linux/amd64`, `linux/arm64/v8`, `windows`, `arm64`) normalised as the builder
 * reads it (`x86_64` → `amd64`, `aarch64` → `arm64`, `macos` → `darwin`); undefined when it does not parse.
 */
export function parsePlatform(value: string): Platform | undefined {
  const parts = value.trim().split('/');
  if (parts.length === 0 || parts.length > 3 || parts.some((p) => !PLATFORM_PART.test(p))) return undefined;
  const norm = (os: string) => (os.toLowerCase() === 'macos' ? 'darwin' : os.toLowerCase());
  const arch = (a: string): Platform | undefined => {
    const m = ARCH_ALIASES[a.toLowerCase()];
    if (m === undefined) return undefined;
    return Array.isArray(m) ? { os: '', arch: m[0], variant: m[1] } : { os: '', arch: m };
  };
  if (parts.length === 1) {
    const p = parts[0];
    if (KNOWN_OS.has(norm(p))) return { os: norm(p), arch: 'amd64' };
    const a = arch(p);
    return a ? { ...a, os: 'linux' } : undefined;
  }
  const os = norm(parts[0]);
  const a = arch(parts[1]);
  if (!a) return { os, arch: parts[1].toLowerCase(), variant: parts[2] };
  return { os, arch: a.arch, variant: parts[2] ?? a.variant };
}

/** Values the automatic platform ARGs take when nothing else is known (a linux/amd64 build). */
export const PLATFORM_ARG_DEFAULTS: Readonly<Record<string, string>> = {
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
};

// ------------------------------------------------------------------------------------------------
// Image references

const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;

function validDomain(d: string): boolean {
  let host = d;
  const portMatch = /:(\d+)$/.exec(d);
  if (portMatch && !d.startsWith('[')) host = d.slice(0, -portMatch[0].length);
  if (host.startsWith('[')) return /^\[[0-9A-Fa-f:.]+\](?::\d+)?$/.test(d);
  return host.split('.').every((c) => DOMAIN_COMPONENT.test(c));
}

/**
 * Why an image reference (after variable expansion) is not one the builder accepts, or undefined when
 * it is valid: `[domain/]path[:tag][@digest]`, lower-case repository, at most 255 characters of name.
 */
export function imageReferenceProblem(ref: string): string | undefined {
  if (ref === '') return 'it is empty';
  if (/\s/.test(ref)) return 'it contains white space';
  if (/^[a-f0-9]{64}$/.test(ref)) return 'a 64-character hexadecimal string is an image ID, not a reference';
  let rest = ref;
  const at = rest.indexOf('@');
  if (at >= 0) {
    if (!DIGEST.test(rest.slice(at + 1))) return `"${rest.slice(at + 1)}" is not a valid digest`;
    rest = rest.slice(0, at);
  }
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    const tag = rest.slice(colon + 1);
    if (!TAG.test(tag)) return tag === '' ? 'the tag after ":" is empty' : `"${tag}" is not a valid tag`;
    rest = rest.slice(0, colon);
  }
  if (rest === '') return 'the repository name is empty';
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (
      first.includes('.') ||
      first.includes(':') ||
      first === 'localhost' ||
      first !== first.toLowerCase()
    ) {
      if (!validDomain(first)) return `"${first}" is not a valid registry host`;
      path = rest.slice(slash + 1);
    }
  }
  if (path.length > 255) return 'the repository name is longer than 255 characters';
  for (const comp of path.split('/')) {
    if (!PATH_COMPONENT.test(comp)) {
      if (comp !== comp.toLowerCase()) return 'repository names must be lower-case';
      return comp === ''
        ? 'the repository name has an empty path component'
        : `"${comp}" is not a valid repository name component`;
    }
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------------
// Exec form

/** Shell builtins with no executable of their own: they need the shell form. */
const SHELL_BUILTINS = new Set([
  'cd',
  'source',
  '.',
  'export',
  'set',
  'unset',
  'eval',
  'alias',
  'ulimit',
  'umask',
  'trap',
  'wait',
  'read',
  ':',
  'test',
  '[',
  'exit',
  'return',
]);

/**
 * The JSON array equivalent of a shell-form CMD/ENTRYPOINT whose script is one plain command (no
 * variables, globs, redirections, operators, assignments, builtins), e.g. `my-app --port 80` →
 * `["my-app", "--port", "80"]`; undefined when the shell does real work and the conversion would change
 * what runs. A leading `exec` is dropped.
 */
export function jsonArgsFor(inst: DfInstruction): string | undefined {
  const script = inst.script;
  if (!script || script.errors.length > 0 || script.commands.length !== 1) return undefined;
  const cmd = script.commands[0];
  if (cmd.assignments.length > 0 || cmd.redirects.length > 0 || cmd.negated || cmd.depth !== 0 || cmd.next)
    return undefined;
  let words = cmd.words;
  if (words[0]?.value === 'exec') words = words.slice(1);
  if (words.length === 0 || SHELL_BUILTINS.has(words[0].value)) return undefined;
  for (const w of words) {
    if (w.hasExpansion) return undefined;
    if (!w.quoted && /[*?[~{}]/.test(w.value)) return undefined;
  }
  // The command must be all the instruction says (nothing after it but white space).
  const tail = inst.argsText.slice(words[words.length - 1].end - inst.argsOffset);
  if (tail.trim() !== '') return undefined;
  return `[${words.map((w) => JSON.stringify(w.value)).join(', ')}]`;
}

// ------------------------------------------------------------------------------------------------
// EXPOSE

/** One port specification of an EXPOSE, after variable expansion. */
export interface ExposeSpec {
  /** The specification as the builder sees it (`80/tcp`, `127.0.0.1:8080:80`). */
  spec: string;
  /** The argument it comes from. */
  arg: { value: string; range: Range };
  /** True when the argument is written literally (no variables, no quotes): fixes may rewrite it. */
  literal: boolean;
  ip: string;
  hostPort: string;
  containerPort: string;
  /** The protocol as written, '' when absent. */
  proto: string;
}

/** Splits `[ip:][hostPort:]containerPort[/proto]` as the builder does. */
export function splitPortSpec(spec: string): Pick<ExposeSpec, 'ip' | 'hostPort' | 'containerPort' | 'proto'> {
  const parts = spec.split(':');
  let ip = '';
  let hostPort = '';
  let rest: string;
  if (parts.length === 1) rest = parts[0];
  else if (parts.length === 2) [hostPort, rest] = parts;
  else {
    ip = parts.slice(0, -2).join(':');
    hostPort = parts[parts.length - 2];
    rest = parts[parts.length - 1];
  }
  const slash = rest.indexOf('/');
  return {
    ip,
    hostPort,
    containerPort: slash < 0 ? rest : rest.slice(0, slash),
    proto: slash < 0 ? '' : rest.slice(slash + 1),
  };
}

/**
 * The port specifications of an EXPOSE instruction, variables expanded with its scope. Arguments whose
 * variables have no known value are left out (the value comes from --build-arg).
 */
export function exposeSpecs(
  model: DockerfileModel,
  inst: DfInstruction,
  expand: (text: string) => { value: string; unresolved: string[] },
): ExposeSpec[] {
  const out: ExposeSpec[] = [];
  for (const arg of inst.args) {
    const literal = !/[$"'\\]/.test(arg.value);
    let text = arg.value;
    if (!literal) {
      const e = expand(arg.value);
      if (e.unresolved.length > 0) continue;
      text = e.value.replace(/^(["'])(.*)\1$/, '$2');
    }
    for (const spec of text.split(/\s+/).filter(Boolean))
      out.push({ spec, arg, literal, ...splitPortSpec(spec) });
  }
  return out;
}
