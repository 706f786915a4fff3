/**
 * Helpers shared by the hadolint-parity rules DL3000–DL3029: walking instructions together with their
 * ONBUILD triggers, looking at the commands a RUN executes through common wrappers (`sudo`, `env`…),
 * splitting a command's words into options and operands the way its CLI reads them, and expanding the
 * variables of a word from the ARG/ENV scope and the shell assignments made earlier in the same script.
 */
import type { Range } from '../engine/types.js';
import type {
  DfInstruction,
  DockerfileModel,
  ShellWord,
  SimpleCommand,
} from '../targets/dockerfile/model.js';
import type { VarBinding } from '../targets/dockerfile/model.js';
import { basename } from '../targets/dockerfile/parse.js';
import { expandVars } from '../targets/dockerfile/vars.js';
import { invocationOf as sharedInvocationOf } from './packages.js';
import { mountsOf } from './stages.js';

/** Every top-level instruction, each followed by its ONBUILD trigger (when it has one). */
export function withTriggers(model: DockerfileModel): DfInstruction[] {
  const out: DfInstruction[] = [];
  for (const inst of model.instructions) {
    out.push(inst);
    if (inst.trigger) out.push(inst.trigger);
  }
  return out;
}

/** Instructions (and ONBUILD triggers) with one of these keywords. */
export function instructionsOf(model: DockerfileModel, ...keywords: string[]): DfInstruction[] {
  return withTriggers(model).filter((i) => keywords.includes(i.keyword));
}

export { basename };

/** One program run by a simple command, seen through wrappers such as `sudo` or `env`. */
export interface Invocation {
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

/**
 * The program a simple command runs, seen through wrappers (`sudo`, `env`, `nice`, `timeout`, `xargs`,
 * `python -m pip`…) as the shared `packages.invocationOf` unwraps them.
 */
export function invocationOf(inst: DfInstruction, cmd: SimpleCommand): Invocation | undefined {
  if (cmd.words.length === 0) return undefined;
  const inv = sharedInvocationOf(cmd);
  if (!inv.name || inv.words.length === 0) return undefined;
  const first = cmd.words.indexOf(inv.words[0]);
  const wrappers = cmd.words
    .slice(0, Math.max(0, first))
    .map((w) => basename(w.value))
    .filter((n) => /^[A-Za-z][\w.-]*$/.test(n) && !n.startsWith('-'));
  return { cmd, inst, name: inv.name, nameWord: inv.words[0], args: inv.words.slice(1), wrappers };
}

/** Asked for by many rules on the same instruction: computed once per instruction (read-only). */
const invocationsCache = new WeakMap<DfInstruction, Invocation[]>();

/** Every program the instruction's script runs (RUN, its heredoc scripts, ONBUILD RUN triggers). */
export function invocations(inst: DfInstruction): Invocation[] {
  const cached = invocationsCache.get(inst);
  if (cached) return cached;
  const out: Invocation[] = [];
  for (const cmd of inst.script?.commands ?? []) {
    const inv = invocationOf(inst, cmd);
    if (inv) out.push(inv);
  }
  invocationsCache.set(inst, out);
  return out;
}

/** Every program run by a RUN instruction of the file, ONBUILD RUN triggers included. */
export function runInvocations(model: DockerfileModel, opts: { onbuild?: boolean } = {}): Invocation[] {
  const out: Invocation[] = [];
  for (const inst of withTriggers(model)) {
    if (inst.keyword !== 'RUN') continue;
    if (inst.onbuild && opts.onbuild === false) continue;
    out.push(...invocations(inst));
  }
  return out;
}

/** Range of a whole invocation: from the program name to its last argument. */
export function invocationRange(model: DockerfileModel, inv: Invocation): Range {
  const last = inv.args.length > 0 ? inv.args[inv.args.length - 1] : inv.nameWord;
  return model.rangeOf(inv.nameWord.start, Math.max(last.end, inv.nameWord.end));
}

/** True when word offsets point at the text as written, so that an edit can be placed (not exec form). */
export function editable(inv: Invocation): boolean {
  return inv.inst.form !== 'exec';
}

/** An empty-range insertion just after a word. */
export function insertAfter(model: DockerfileModel, w: ShellWord, text: string) {
  const r = model.rangeOf(w.end, w.end);
  return { range: r, text };
}

// --- command-line parsing ----------------------------------------------------------------------

export interface CliOption {
  /** `-y`, `--yes` (a short bundle `-yq` gives `-y` and `-q`). */
  name: string;
  /** The value of `--name=value`, `-ovalue`, or the next word for options that take one. */
  value?: string;
  word: ShellWord;
  valueWord?: ShellWord;
}

export interface CliArgs {
  options: CliOption[];
  /** Operands in order (subcommand first, for CLIs that have one). */
  operands: ShellWord[];
}

export interface CliSpec {
  /** Options that take a value in the next word when not written `--name=value` (`-o`, `--target-release`). */
  valued: ReadonlySet<string>;
}

/** Splits a command's argument words into options and operands, getopt-style; `--` ends options. */
export function parseCli(words: readonly ShellWord[], spec: CliSpec): CliArgs {
  const options: CliOption[] = [];
  const operands: ShellWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const v = word.value;
    if (v === '--') {
      operands.push(...words.slice(i + 1));
      break;
    }
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      if (eq >= 0) options.push({ name: v.slice(0, eq), value: v.slice(eq + 1), word });
      else if (spec.valued.has(v) && i + 1 < words.length) {
        options.push({ name: v, value: words[i + 1].value, word, valueWord: words[i + 1] });
        i++;
      } else options.push({ name: v, word });
      continue;
    }
    if (v.startsWith('-') && v.length > 1 && !word.hasExpansion) {
      for (let j = 1; j < v.length; j++) {
        const name = `-${v[j]}`;
        if (spec.valued.has(name)) {
          let rest = v.slice(j + 1);
          if (rest.startsWith('=')) rest = rest.slice(1);
          if (rest) options.push({ name, value: rest, word });
          else if (i + 1 < words.length) {
            options.push({ name, value: words[i + 1].value, word, valueWord: words[i + 1] });
            i++;
          } else options.push({ name, word });
          break;
        }
        if (v[j] === '=') {
          // `-q=2`: the value of the previous letter.
          const prev = options[options.length - 1];
          if (prev) prev.value = v.slice(j + 1);
          break;
        }
        options.push({ name, word });
      }
      continue;
    }
    operands.push(word);
  }
  return { options, operands };
}

export function hasOption(args: CliArgs, ...names: string[]): boolean {
  return args.options.some((o) => names.includes(o.name));
}

// --- variables -----------------------------------------------------------------------------------

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;

/**
 * The values a word can take at build time: the word with its `$VAR`/`${VAR}` replaced from the
 * ARG/ENV scope of the instruction and the shell assignments made earlier in the same script
 * (`DEPS="a=1 b=2" && apt-get install $DEPS`), split on whitespace when unquoted. Undefined when a
 * variable's value is unknown, or the word holds a command substitution.
 */
export function expandWord(inv: Invocation, word: ShellWord): string[] | undefined {
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

// --- RUN mounts ----------------------------------------------------------------------------------

/** True when a RUN mounts a cache or tmpfs over `dir` or one of its parents (nothing stays in the layer). */
export function mountsOver(inst: DfInstruction, dir: string): boolean {
  const norm = (p: string) => p.replace(/\/+$/, '') || '/';
  const d = norm(dir);
  for (const m of mountsOf(inst)) {
    if (m.type !== 'cache' && m.type !== 'tmpfs') continue;
    if (!m.target) continue;
    const t = norm(m.target);
    if (d === t || d.startsWith(t === '/' ? '/' : `${t}/`)) return true;
  }
  return false;
}

// --- shell structure -----------------------------------------------------------------------------

/**
 * True when a command runs in a subshell `( … )` or a command substitution, so that a `cd` in it does
 * not change the directory of the commands after the group. A forward scan of the script text before
 * the command that tracks quotes and parentheses.
 */
export function inSubshell(model: DockerfileModel, inv: Invocation): boolean {
  if (inv.cmd.inSubstitution) return true;
  if (inv.cmd.depth === 0 || inv.inst.form === 'exec') return false;
  const pos = inv.cmd.start;
  let start = inv.inst.argsOffset;
  for (const h of inv.inst.heredocs) {
    if (h.isScript && pos >= h.bodyOffset && pos <= h.bodyOffset + h.body.length) start = h.bodyOffset;
  }
  const text = model.text;
  const stack: string[] = [];
  let quote: '"' | "'" | null = null;
  let atWordStart = true;
  for (let i = start; i < pos; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      continue;
    }
    if (c === '\\') {
      i++;
      atWordStart = false;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = null;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      atWordStart = false;
      continue;
    }
    if (c === '#' && atWordStart) {
      while (i < pos && text[i] !== '\n') i++;
      atWordStart = true;
      continue;
    }
    if (c === '(') stack.push(text[i - 1] === '$' ? 'subst' : 'paren');
    else if (c === ')') stack.pop();
    atWordStart = /\s|[;&|()]/.test(c);
  }
  return stack.length > 0;
}

// --- COPY / ADD ----------------------------------------------------------------------------------

export interface CopyPart {
  value: string;
  range: Range;
}

export interface CopyParts {
  sources: CopyPart[];
  dest?: CopyPart;
  /** Written as a JSON array (`COPY ["a", "b", "/dest/"]`); ranges then cover the whole array. */
  json: boolean;
  /** Number of sources that are heredocs (`COPY <<EOF /dest`). */
  heredocSources: number;
}

/**
 * Sources and destination of a COPY or ADD. Handles the JSON form and heredocs (whose bodies the
 * model's `args` include: only the words before the first body count).
 */
export function copyParts(model: DockerfileModel, inst: DfInstruction): CopyParts {
  const trimmed = inst.argsText.trim();
  if (trimmed.startsWith('[')) {
    try {
      const arr = JSON.parse(trimmed.replace(new RegExp(`\\${model.escapeChar}\\n`, 'g'), ''));
      if (Array.isArray(arr) && arr.every((x) => typeof x === 'string') && arr.length > 0) {
        const range = inst.argsRange ?? inst.range;
        const parts = arr.map((value: string) => ({ value, range }));
        return { sources: parts.slice(0, -1), dest: parts[parts.length - 1], json: true, heredocSources: 0 };
      }
    } catch {
      /* not JSON: shell form */
    }
  }
  let args = inst.args.filter((a) => !a.value.startsWith('--'));
  if (inst.heredocs.length > 0) {
    // Bodies start on the line after the first `<<EOF`; everything from there on is heredoc content.
    const lastLine = inst.heredocs[0].range.endLine;
    args = args.filter((a) => a.range.line <= lastLine);
  }
  const parts = args.map((a) => ({ value: a.value, range: a.range }));
  const heredocSources = parts.filter((p) => /^<<-?/.test(p.value)).length;
  return {
    sources: parts.slice(0, -1),
    dest: parts.length > 0 ? parts[parts.length - 1] : undefined,
    json: false,
    heredocSources,
  };
}

/** File-name endings of the tar archives ADD extracts (by content; these are the usual names). */
export const TAR_ARCHIVE =
  /\.(tar|tar\.gz|tgz|tar\.bz2|tbz|tbz2|tb2|tar\.xz|txz|tar\.lz|tlz|tar\.lzma|tar\.z|taz|tz|tpz|tar\.zst|tzst)$/i;
/** Compressed files ADD may extract when they hold a tar (gzip, bzip2, xz, zstd… decided by content). */
export const MAYBE_ARCHIVE = /\.(gz|bz2|xz|lz|lzma|z|zst)$/i;

export function isUrl(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^git@[^:]+:/.test(s);
}

/** Removes one pair of surrounding quotes. */
export function unquote(s: string): string {
  const m = /^(["'])([\s\S]*)\1$/.exec(s);
  return m ? m[2] : s;
}

// --- package managers ----------------------------------------------------------------------------

export interface PackageCommand {
  inv: Invocation;
  cli: CliArgs;
  /** The subcommand word (`install`, `add`); undefined when there is none. */
  sub?: ShellWord;
  /** Operands after the subcommand (package names, files, URLs). */
  packages: ShellWord[];
}

const APT_VALUED = new Set([
  '-o',
  '-c',
  '-t',
  '-a',
  '--option',
  '--config-file',
  '--target-release',
  '--default-release',
  '--host-architecture',
]);

/** `apt-get`/`apt`/`aptitude` invocations with their subcommand and operands. */
export function aptCommands(invs: Invocation[], names: readonly string[] = ['apt-get']): PackageCommand[] {
  const out: PackageCommand[] = [];
  for (const inv of invs) {
    if (!names.includes(inv.name)) continue;
    const cli = parseCli(inv.args, { valued: APT_VALUED });
    out.push({ inv, cli, sub: cli.operands[0], packages: cli.operands.slice(1) });
  }
  return out;
}

/** The values of `-o`/`--option` settings (`APT::Install-Recommends=false`), keys lower-cased. */
export function aptSettings(cli: CliArgs): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of cli.options) {
    if ((o.name === '-o' || o.name === '--option') && o.value) {
      const eq = o.value.indexOf('=');
      if (eq > 0) out.set(o.value.slice(0, eq).toLowerCase(), o.value.slice(eq + 1).toLowerCase());
    }
  }
  return out;
}

export function isFalse(v: string | undefined): boolean {
  return v !== undefined && /^(false|0|no|off)$/i.test(v);
}

export function isTrue(v: string | undefined): boolean {
  return v !== undefined && /^(true|1|yes|on)$/i.test(v);
}

/**
 * Package words that are not pinned. `pinned` tells whether a literal package spec carries a version;
 * a word with variables is judged on what it expands to, and is given the benefit of the doubt when a
 * variable's value is unknown (a version passed with `--build-arg`).
 */
export function unpinnedPackages(
  cmd: PackageCommand,
  pinned: (spec: string) => boolean,
  words: ShellWord[] = cmd.packages,
): { word: ShellWord; names: string[] }[] {
  const out: { word: ShellWord; names: string[] }[] = [];
  for (const w of words) {
    if (pinned(w.value)) continue;
    const values = w.hasExpansion ? expandWord(cmd.inv, w) : [w.value];
    if (values === undefined) continue;
    const bad = values.filter((v) => !pinned(v));
    if (bad.length > 0) out.push({ word: w, names: bad });
  }
  return out;
}

/** A short list for messages: `a, b, c and 4 more`. */
export function listNames(names: string[], max = 4): string {
  const quoted = names.map((n) => `\`${n}\``);
  if (quoted.length <= max) return quoted.join(', ');
  return `${quoted.slice(0, max).join(', ')} and ${quoted.length - max} more`;
}

/** The range from the first to the last of some words. */
export function spanRange(model: DockerfileModel, words: { start: number; end: number }[]): Range {
  const start = Math.min(...words.map((w) => w.start));
  const end = Math.max(...words.map((w) => w.end));
  return model.rangeOf(start, end);
}

const PIP_VALUED = new Set([
  '-r',
  '-c',
  '-e',
  '-i',
  '-f',
  '-t',
  '-b',
  '-C',
  '--requirement',
  '--constraint',
  '--editable',
  '--index-url',
  '--extra-index-url',
  '--find-links',
  '--target',
  '--prefix',
  '--root',
  '--src',
  '--upgrade-strategy',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--no-binary',
  '--only-binary',
  '--progress-bar',
  '--trusted-host',
  '--cache-dir',
  '--log',
  '--proxy',
  '--retries',
  '--timeout',
  '--exists-action',
  '--cert',
  '--client-cert',
  '--global-option',
  '--install-option',
  '--config-settings',
  '--report',
  '--python',
  '--root-user-action',
  '--use-feature',
  '--use-deprecated',
  '--keyring-provider',
  '--build',
]);

/** `pip install …`, `pip3.12 install …` and `python -m pip install …` invocations. */
export function pipInstalls(invs: Invocation[]): PackageCommand[] {
  const out: PackageCommand[] = [];
  for (const inv of invs) {
    // `python3 -m pip` arrives here as `pip` (the shared invocationOf unwraps it).
    if (!/^pip[0-9.]*$/.test(inv.name)) continue;
    const cli = parseCli(inv.args, { valued: PIP_VALUED });
    if (cli.operands[0]?.value !== 'install') continue;
    out.push({ inv, cli, sub: cli.operands[0], packages: cli.operands.slice(1) });
  }
  return out;
}

const APK_VALUED = new Set([
  '-t',
  '-X',
  '-p',
  '--virtual',
  '--repository',
  '--repositories-file',
  '--root',
  '--arch',
  '--keys-dir',
  '--cache-dir',
  '--cache-max-age',
  '--progress-fd',
  '--wait',
  '--timeout',
]);

/** `apk add …` invocations (the subcommand may follow global options). */
export function apkAdds(invs: Invocation[]): PackageCommand[] {
  const out: PackageCommand[] = [];
  for (const inv of invs) {
    if (inv.name !== 'apk') continue;
    const cli = parseCli(inv.args, { valued: APK_VALUED });
    if (cli.operands[0]?.value !== 'add') continue;
    out.push({ inv, cli, sub: cli.operands[0], packages: cli.operands.slice(1) });
  }
  return out;
}

/**
 * Stages whose layers end up in an image, as hadolint counts them for cache clean-up rules: the last
 * stage, and every stage another stage is built `FROM`. A stage that is only copied from leaves its
 * caches behind in the builder, not in an image.
 */
export function imageStages(model: DockerfileModel): Set<number> {
  const out = new Set<number>();
  if (model.stages.length > 0) out.add(model.stages.length - 1);
  for (const s of model.stages) if (s.parent !== undefined) out.add(s.parent);
  return out;
}
