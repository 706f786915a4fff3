/**
 * The programs a RUN script executes, seen through their wrappers: `sudo apt-get …`,
 * `env DEBIAN_FRONTEND=x apt-get …`, `xargs apt-get install`, `/usr/bin/apt-get`, `python3 -m pip install`,
 * `php composer.phar install` and `./mvnw` are all recognised. Rules ask questions about the simple
 * commands of `DfInstruction.script` (see shell-types.ts):
 *
 * ```ts
 * for (const inv of findCommands(inst, 'apt-get')) {
 *   if (isInstall(inv) && !hasOption(inv, '--no-install-recommends')) report(…rangeOfWords(model, inv.words[0])…);
 * }
 * ```
 *
 * Also here: looking up an option by name (`hasOption`, `optionWord`, `optionValue`) and the ranges of
 * words and invocations. What a package manager's command does is in `package-managers/commands.ts`.
 */
import type { Range } from '../engine/types.js';
import type { DfInstruction, DockerfileModel } from '../targets/dockerfile/model.js';
import type { ShellScript, ShellWord, SimpleCommand } from '../targets/dockerfile/shell-types.js';
import { exact, wordValues } from '../targets/dockerfile/shell.js';
// The path base name that also splits on `\\` (Windows paths), for the wrapper words of a RunInvocation.
import { basename as pathBasename } from '../targets/dockerfile/parse.js';
import { isJsSpace } from '../targets/whitespace.js';
import { withTriggers } from './instructions.js';

/** A command as it runs once wrappers are removed. */
export interface Invocation {
  /** The program's base name (`apt-get` for `sudo /usr/bin/apt-get`, `pip` for `python3 -m pip`). */
  name: string;
  /** The program word and its arguments, wrappers excluded. */
  words: ShellWord[];
  /** `words.slice(1).map(w => w.value)`. */
  args: string[];
  /** The simple command of the script this invocation comes from. */
  command: SimpleCommand;
}

// ------------------------------------------------------------------------------------------------
// Finding commands

/** The last path component (`/usr/bin/apt-get` → `apt-get`, `./mvnw` → `mvnw`). */
export function basename(p: string): string {
  const i = p.lastIndexOf('/');
  return i >= 0 ? p.slice(i + 1) : p;
}

interface Wrapper {
  valueOptions: string[];
  skipOperands?: number;
  assignments?: boolean;
}

/**
 * Wrapper programs and the options that take a separate value, or `skipOperands` leading operands. A
 * Map, as every table keyed by a program name: an object would answer `constructor` or `toString`
 * from Object.prototype.
 */
const WRAPPERS = new Map<string, Wrapper>(
  Object.entries<Wrapper>({
    sudo: {
      valueOptions: [
        '-u',
        '-g',
        '-h',
        '-p',
        '-C',
        '-D',
        '-r',
        '-t',
        '-U',
        '-T',
        '--user',
        '--group',
        '--host',
        '--prompt',
      ],
      assignments: true,
    },
    doas: { valueOptions: ['-u', '-C'] },
    env: { valueOptions: ['-u', '-C', '-S', '--unset', '--chdir', '--split-string'], assignments: true },
    nice: { valueOptions: ['-n', '--adjustment'] },
    ionice: { valueOptions: ['-c', '-n', '-p', '--class', '--classdata'] },
    nohup: { valueOptions: [] },
    time: { valueOptions: ['-f', '-o', '--format', '--output'] },
    exec: { valueOptions: ['-a'] },
    command: { valueOptions: [] },
    builtin: { valueOptions: [] },
    stdbuf: { valueOptions: ['-i', '-o', '-e'] },
    timeout: { valueOptions: ['-k', '-s', '--kill-after', '--signal'], skipOperands: 1 },
    xargs: {
      valueOptions: [
        '-I',
        '-n',
        '-P',
        '-d',
        '-L',
        '-s',
        '-E',
        '-a',
        '--max-args',
        '--max-procs',
        '--delimiter',
        '--arg-file',
        '--replace',
      ],
    },
    chronic: { valueOptions: [] },
    eatmydata: { valueOptions: [] },
    fakeroot: { valueOptions: [] },
    'su-exec': { valueOptions: [], skipOperands: 1 },
    gosu: { valueOptions: [], skipOperands: 1 },
    setuidgid: { valueOptions: [], skipOperands: 1 },
    retry: { valueOptions: ['-t', '-d', '--times', '--delay'] },
  }),
);

const PYTHON = /^python(?:\d+(?:\.\d+)?)?$/;
const PYTHON_MODULES = new Set(['pip', 'pip3', 'pipenv', 'poetry', 'uv', 'conda']);

/** Invocations are asked for by many rules on the same commands: computed once per command. */
const invocationCache = new WeakMap<SimpleCommand, Invocation>();

/** The command with wrappers removed; `name` is '' for an assignment-only command. */
export function invocationOf(cmd: SimpleCommand | Invocation): Invocation {
  // A property read, not `'command' in cmd`: rules call this with invocations and commands of many
  // shapes, and V8's `in` on them was the costliest line of several rules' profiles.
  if ((cmd as Partial<Invocation>).command !== undefined) return cmd as Invocation;
  const command = cmd as SimpleCommand;
  const cached = invocationCache.get(command);
  if (cached) return cached;
  const inv = computeInvocation(command);
  invocationCache.set(command, inv);
  return inv;
}

function computeInvocation(cmd: SimpleCommand): Invocation {
  let words = cmd.words;
  for (let guard = 0; guard < 8 && words.length > 0; guard++) {
    const prog = basename(words[0].value);
    const wrapper = WRAPPERS.get(prog);
    if (wrapper) {
      // `command -v x` looks a program up instead of running it.
      if ((prog === 'command' || prog === 'builtin') && words[1]?.value.startsWith('-')) break;
      let i = 1;
      let operands = wrapper.skipOperands ?? 0;
      while (i < words.length) {
        const v = words[i].value;
        if (v === '--') {
          i++;
          break;
        }
        if (v.startsWith('-') && v.length > 1) {
          i += wrapper.valueOptions.includes(v) ? 2 : 1;
          continue;
        }
        if (wrapper.assignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
          i++;
          continue;
        }
        if (operands > 0) {
          operands--;
          i++;
          continue;
        }
        break;
      }
      if (i >= words.length) break;
      words = words.slice(i);
      continue;
    }
    if (PYTHON.test(prog)) {
      const m = words.findIndex((w, i) => i > 0 && w.value === '-m');
      if (
        m > 0 &&
        words[m + 1] &&
        PYTHON_MODULES.has(words[m + 1].value) &&
        words.slice(1, m).every((w) => w.value.startsWith('-'))
      ) {
        words = words.slice(m + 1);
        continue;
      }
      break;
    }
    if (prog === 'php' && words[1] && /\.phar$/.test(words[1].value)) {
      words = words.slice(1);
      continue;
    }
    break;
  }
  let name = words.length > 0 ? basename(words[0].value) : '';
  if (name.endsWith('.phar')) name = name.slice(0, -5);
  // One array of exactly their number, not a copy of the words and then one of their values: this runs
  // for every command, and lives as long as the model.
  return { name, words, args: wordValues(words), command: cmd };
}

/** The script of an instruction (or the script itself); undefined when it runs no POSIX shell script. */
function scriptOf(source: ShellScript | DfInstruction | undefined): ShellScript | undefined {
  if (!source) return undefined;
  // A property read rather than `in`, which is slow on the many shapes rules pass (see invocationOf).
  return (source as Partial<ShellScript>).commands !== undefined
    ? (source as ShellScript)
    : (source as DfInstruction).script;
}

/** A script's programs, in order, and where each program name occurs among them. */
interface ProgramIndex {
  all: Invocation[];
  /** Only for scripts of more than SMALL_SCRIPT invocations (see programIndex). */
  byName: Map<string, number[]> | undefined;
}

/**
 * Up to this many invocations, a script is searched by a pass over them: as quick as a lookup at that
 * size, and a map per script (about 400 bytes with its arrays) lived as long as the model, a sixth of
 * what a large Dockerfile's RUNs kept.
 */
const SMALL_SCRIPT = 8;

/**
 * Some forty rules each ask a script for the invocations of one program (`dnf`, `wget`, `zypper`…),
 * most of them of a program the script never runs: with the index made once per script, the question
 * costs a lookup instead of a pass over every command (on the corpus's largest files those passes were
 * a third of the rules' time).
 */
const programIndexCache = new WeakMap<ShellScript, ProgramIndex>();

function programIndex(script: ShellScript): ProgramIndex {
  let index = programIndexCache.get(script);
  if (index) return index;
  const all: Invocation[] = [];
  for (const cmd of script.commands) {
    if (cmd.words.length === 0) continue;
    const inv = invocationOf(cmd);
    if (inv.name) all.push(inv);
  }
  let byName: Map<string, number[]> | undefined;
  if (all.length > SMALL_SCRIPT) {
    byName = new Map();
    for (let i = 0; i < all.length; i++) {
      const at = byName.get(all[i].name);
      if (at) at.push(i);
      else byName.set(all[i].name, [i]);
    }
  }
  programIndexCache.set(script, (index = { all: exact(all), byName }));
  return index;
}

/**
 * The invocations in a script (or an instruction's script) whose program is `name` (a base name such
 * as `apt-get`, one of several names, or a predicate on the invocation), in script order. With no name,
 * every invocation. The caller owns the array returned.
 */
export function findCommands(
  source: ShellScript | DfInstruction | undefined,
  name?: string | readonly string[] | ((inv: Invocation) => boolean),
): Invocation[] {
  const script = scriptOf(source);
  if (!script) return [];
  const { all, byName } = programIndex(script);
  if (name === undefined) return all.slice();
  if (typeof name === 'function') return all.filter(name);
  if (typeof name === 'string')
    return byName ? (byName.get(name)?.map((i) => all[i]) ?? []) : all.filter((inv) => inv.name === name);
  if (!byName) return all.filter((inv) => name.includes(inv.name));
  let positions: number[] | undefined;
  let merged = false;
  for (const n of name) {
    const at = byName.get(n);
    if (!at || at === positions) continue;
    if (positions === undefined) positions = at;
    else {
      positions = positions.concat(at);
      merged = true;
    }
  }
  if (positions === undefined) return [];
  if (merged) positions.sort((a, b) => a - b);
  return positions.map((i) => all[i]);
}

// ------------------------------------------------------------------------------------------------
// Options

/**
 * Whether an invocation has one of these options before any `--`: `--long` or `--long=value`; a
 * one-letter `-y` also inside a cluster (`-qy`); a longer single-dash `-mod` also as `-mod=value`.
 */
export function hasOption(cmd: SimpleCommand | Invocation, ...names: string[]): boolean {
  return optionWord(cmd, names) !== undefined;
}

/** The word that carries one of these options (see `hasOption`), or undefined. */
export function optionWord(cmd: SimpleCommand | Invocation, names: readonly string[]): ShellWord | undefined {
  const inv = invocationOf(cmd);
  for (const w of inv.words.slice(1)) {
    const a = w.value;
    if (a === '--') return undefined;
    if (!a.startsWith('-') || a === '-') continue;
    for (const n of names) {
      if (a === n || (n.length > 2 && a.startsWith(n + '='))) return w;
      if (/^-[A-Za-z0-9]$/.test(n) && /^-[A-Za-z0-9]{2,}$/.test(a) && a.includes(n[1])) return w;
    }
  }
  return undefined;
}

/**
 * The value of the first of these options: `--opt=value`, `--opt value`, `-o value` or `-ovalue`
 * (one-letter options only). `word` is the word holding the value.
 */
export function optionValue(
  cmd: SimpleCommand | Invocation,
  ...names: string[]
): { value: string; word: ShellWord } | undefined {
  const inv = invocationOf(cmd);
  const words = inv.words;
  for (let i = 1; i < words.length; i++) {
    const a = words[i].value;
    if (a === '--') return undefined;
    for (const n of names) {
      if (a === n && words[i + 1]) return { value: words[i + 1].value, word: words[i + 1] };
      if (a.startsWith(n + '=')) return { value: a.slice(n.length + 1), word: words[i] };
      if (/^-[A-Za-z]$/.test(n) && a.startsWith(n) && a.length > 2 && !a.startsWith('--')) {
        return { value: a.slice(2), word: words[i] };
      }
    }
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------------
// Ranges

/**
 * The 1-based range of a shell word (or of several, from the first to the last). Words of an exec-form
 * RUN all span the JSON array, since offsets inside JSON strings do not map to the file.
 */
export function rangeOfWords(
  model: DockerfileModel,
  first: { start: number; end: number },
  last = first,
): Range {
  return model.rangeOf(first.start, last.end);
}

/** The range of a whole invocation, from the program word to its last word. */
export function rangeOfInvocation(model: DockerfileModel, inv: Invocation): Range {
  const words = inv.words;
  if (words.length === 0) return model.rangeOf(inv.command.start, inv.command.end);
  return model.rangeOf(words[0].start, words[words.length - 1].end);
}

// ------------------------------------------------------------------------------------------------
// The programs of RUN instructions, with their instruction

/**
 * One program run by a simple command of a RUN (or ONBUILD RUN), seen through wrappers such as `sudo` or
 * `env`, with its instruction, its argument words and the wrappers around it: the view the getopt-style
 * rules (`command-line.ts`) work on. Built on `Invocation`.
 */
export interface RunInvocation {
  cmd: SimpleCommand;
  inst: DfInstruction;
  /** Basename of the program (`/usr/bin/apt-get` → `apt-get`). */
  name: string;
  nameWord: ShellWord;
  /** The program's arguments. */
  args: ShellWord[];
  /** Base names of the words before the program (wrappers such as `sudo`, `env`, and their arguments). */
  wrappers: string[];
}

/** The run view of one of an instruction's invocations: the wrapper words before its program too. */
function runInvocationOf(inst: DfInstruction, inv: Invocation): RunInvocation {
  const cmd = inv.command;
  const first = cmd.words.indexOf(inv.words[0]);
  // Most programs run without a wrapper: nothing to copy then.
  const wrappers =
    first <= 0
      ? []
      : cmd.words
          .slice(0, first)
          .map((w) => pathBasename(w.value))
          .filter((n) => /^[A-Za-z][\w.-]*$/.test(n) && !n.startsWith('-'));
  return { cmd, inst, name: inv.name, nameWord: inv.words[0], args: inv.words.slice(1), wrappers };
}

const programsCache = new WeakMap<DockerfileModel, ReadonlySet<string>>();

/**
 * The names of every program the Dockerfile's scripts run (every instruction with a script, ONBUILD
 * triggers included), as `findCommands`, `invocations` and `runInvocations` name them: wrappers seen
 * through, so `sudo zypper …` counts as `zypper`. The engine skips a rule whose `programs` are none of
 * these (src/rules/define.ts): on the corpus, most Dockerfiles run no zypper, dnf or gem, and some
 * thirty rules each walked every RUN of every file to find that out.
 */
export function programsOf(model: DockerfileModel): ReadonlySet<string> {
  let names = programsCache.get(model);
  if (!names) {
    const found = new Set<string>();
    for (const inst of withTriggers(model))
      if (inst.script) for (const inv of programIndex(inst.script).all) found.add(inv.name);
    programsCache.set(model, (names = found));
  }
  return names;
}

/** Whether the Dockerfile's scripts run any of these programs (`programsOf`). */
export function runsAnyOf(model: DockerfileModel, programs: readonly string[]): boolean {
  const names = programsOf(model);
  return programs.some((p) => names.has(p));
}

/** Asked for by many rules on the same instruction: computed once per instruction (read-only). */
const invocationsCache = new WeakMap<DfInstruction, RunInvocation[]>();

/**
 * Every program the instruction's script runs (RUN, its heredoc scripts, ONBUILD RUN triggers): the
 * script's programs as `findCommands` has them (wrappers seen through, no assignment-only command).
 */
export function invocations(inst: DfInstruction): RunInvocation[] {
  let out = invocationsCache.get(inst);
  if (!out) {
    out = inst.script ? programIndex(inst.script).all.map((inv) => runInvocationOf(inst, inv)) : [];
    invocationsCache.set(inst, out);
  }
  return out;
}

/** `runInvocations` by model: with ONBUILD RUN triggers (`all`) and without (`own`). */
const runInvocationsCache = new WeakMap<DockerfileModel, { all?: RunInvocation[]; own?: RunInvocation[] }>();

/**
 * Every program run by a RUN instruction of the file, ONBUILD RUN triggers included (unless `onbuild`
 * is false). Eleven rules ask for it: made once per model, shared (read-only).
 */
export function runInvocations(
  model: DockerfileModel,
  opts: { onbuild?: boolean } = {},
): readonly RunInvocation[] {
  let cached = runInvocationsCache.get(model);
  if (!cached) runInvocationsCache.set(model, (cached = {}));
  const key = opts.onbuild === false ? 'own' : 'all';
  let out = cached[key];
  if (!out) {
    out = [];
    for (const inst of withTriggers(model)) {
      if (inst.keyword !== 'RUN') continue;
      if (inst.onbuild && opts.onbuild === false) continue;
      for (const inv of invocations(inst)) out.push(inv);
    }
    cached[key] = out;
  }
  return out;
}

/** Range of a whole invocation: from the program name to its last argument. */
export function invocationRange(model: DockerfileModel, inv: RunInvocation): Range {
  const last = inv.args.length > 0 ? inv.args[inv.args.length - 1] : inv.nameWord;
  return model.rangeOf(inv.nameWord.start, Math.max(last.end, inv.nameWord.end));
}

// --- shell structure -----------------------------------------------------------------------------

/**
 * True when a command runs in a subshell `( … )` or a command substitution, so that a `cd` in it does
 * not change the directory of the commands after the group. A forward scan of the script text before
 * the command that tracks quotes and parentheses.
 */
export function inSubshell(model: DockerfileModel, inv: RunInvocation): boolean {
  if (inv.cmd.inSubstitution) return true;
  if (inv.cmd.depth === 0 || inv.inst.form === 'exec') return false;
  const pos = inv.cmd.start;
  let start = inv.inst.argsOffset;
  for (const h of inv.inst.heredocs) {
    if (h.isScript && pos >= h.bodyOffset && pos <= h.bodyOffset + h.body.length) start = h.bodyOffset;
  }
  const text = model.text;
  // Over character codes, with the open parentheses counted: a scan per `cd` of a long RUN, each from
  // the start of its script.
  let open = 0;
  let quote = 0;
  let atWordStart = true;
  for (let i = start; i < pos; i++) {
    const c = text.charCodeAt(i);
    if (quote === SINGLE_QUOTE) {
      if (c === SINGLE_QUOTE) quote = 0;
      continue;
    }
    if (c === BACKSLASH) {
      i++;
      atWordStart = false;
      continue;
    }
    if (quote === DOUBLE_QUOTE) {
      if (c === DOUBLE_QUOTE) quote = 0;
      continue;
    }
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      quote = c;
      atWordStart = false;
      continue;
    }
    if (c === HASH && atWordStart) {
      while (i < pos && text.charCodeAt(i) !== NEWLINE) i++;
      atWordStart = true;
      continue;
    }
    if (c === OPEN_PAREN) open++;
    else if (c === CLOSE_PAREN && open > 0) open--;
    atWordStart =
      isJsSpace(c) ||
      c === SEMICOLON ||
      c === AMPERSAND ||
      c === PIPE ||
      c === OPEN_PAREN ||
      c === CLOSE_PAREN;
  }
  return open > 0;
}

const NEWLINE = 10;
const DOUBLE_QUOTE = 34;
const HASH = 35;
const AMPERSAND = 38;
const SINGLE_QUOTE = 39;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const SEMICOLON = 59;
const BACKSLASH = 92;
const PIPE = 124;

/** The range from the first to the last of some words. */
export function spanRange(model: DockerfileModel, words: { start: number; end: number }[]): Range {
  const start = Math.min(...words.map((w) => w.start));
  const end = Math.max(...words.map((w) => w.end));
  return model.rangeOf(start, end);
}
