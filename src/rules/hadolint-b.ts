/**
 * Helpers shared by the hadolint-parity rules DL3030–DL3067 and DL4000–DL4006: walking RUN instructions
 * (ONBUILD triggers included), telling which stages end up in the built image, recognising package
 * cache clean-ups, resolving a word's variables from the ARG/ENV scope, placing safe text insertions,
 * and reading LABEL pairs with their raw values.
 */
import type { Fix, Range } from '../engine/types.js';
import type { DfInstruction, DfProperty, DockerfileModel, ShellWord } from '../targets/dockerfile/model.js';
import { expandVars } from '../targets/dockerfile/vars.js';
import { actionsOf, installedPackages, operandsOf } from './support/package-managers/commands.js';
import { findCommands, hasOption } from './support/invocations.js';
import type { Invocation } from './support/invocations.js';
import { finalStageChain, mountsOf } from './support/stages.js';

/**
 * The RUN instructions of the file in order, each ONBUILD RUN trigger right after its ONBUILD.
 * `shippedOnly` keeps only the RUNs whose layers end up in the default build's image: those of the
 * final stage's chain (`FROM <stage>` ancestors included) and every ONBUILD trigger (it runs in the
 * child image).
 */
export function runInstructions(
  model: DockerfileModel,
  opts: { onbuild?: boolean; shippedOnly?: boolean } = {},
): DfInstruction[] {
  const shipped = opts.shippedOnly ? shippedStages(model) : undefined;
  const out: DfInstruction[] = [];
  for (const inst of model.instructions) {
    if (inst.keyword === 'RUN' && (!shipped || shipped.has(inst.stage))) out.push(inst);
    if (opts.onbuild !== false && inst.trigger?.keyword === 'RUN') out.push(inst.trigger);
  }
  return out;
}

/** Indexes of the stages whose filesystem is the image of the default build (the final stage's chain). */
export function shippedStages(model: DockerfileModel): Set<number> {
  return new Set(finalStageChain(model).map((s) => s.index));
}

/** True when the word's offsets point at the text as written, so that an edit can be placed there. */
export function editableWord(
  model: DockerfileModel,
  w: { start: number; end: number; raw: string },
): boolean {
  return w.end > w.start && model.text.slice(w.start, w.end) === w.raw;
}

/** An insertion (an edit with an empty range) at a document offset. */
export function insertAt(
  model: DockerfileModel,
  offset: number,
  text: string,
): { range: Range; text: string } {
  return { range: model.rangeOf(offset, offset), text };
}

/** A fix inserting `text` right after a word, or undefined when the word has no place in the text. */
export function insertAfterWord(
  model: DockerfileModel,
  w: ShellWord,
  text: string,
  description: string,
): Fix | undefined {
  if (!editableWord(model, w)) return undefined;
  return { description, edits: [insertAt(model, w.end, text)] };
}

/**
 * A fix appending `&& <command>` at the end of a shell-form RUN without heredocs, or undefined when
 * the end of the script is not a plain command (a trailing `;`, `&`, a pipe or a comment line).
 */
export function appendCommandFix(
  model: DockerfileModel,
  inst: DfInstruction,
  command: string,
  description: string,
): Fix | undefined {
  if (inst.form !== 'shell' || inst.heredocs.length > 0 || !inst.script) return undefined;
  const text = inst.argsText.replace(/\s+$/, '');
  if (!text) return undefined;
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  if (/^\s*#/.test(lastLine) || /[;&|\\`]$/.test(text)) return undefined;
  return { description, edits: [insertAt(model, inst.argsOffset + text.length, ` && ${command}`)] };
}

/** Normalises a path for prefix comparisons: no trailing `/`, `/*`, `/.` or `*`. */
function stripGlobTail(p: string): string {
  let s = p.replace(/^["']|["']$/g, '');
  for (;;) {
    const next = s.replace(/\/\*$|\/\.$|\*$|\/$/, '');
    if (next === s) return s;
    s = next;
  }
}

/**
 * True when `rm` (any options) after offset `after` in the RUN removes one of `dirs` or a parent of it
 * (`rm -rf /var/cache/yum/*`, `rm -rf /var/cache/*`), or something inside it.
 */
export function removesDir(inst: DfInstruction, after: number, dirs: readonly string[]): boolean {
  for (const inv of findCommands(inst, 'rm')) {
    if (inv.command.start < after) continue;
    for (const w of inv.words.slice(1)) {
      if (w.value.startsWith('-')) continue;
      const p = stripGlobTail(w.value);
      if (p.length < 2) continue;
      for (const d of dirs) {
        if (
          d === p ||
          d.startsWith(`${p}/`) ||
          p.startsWith(`${d}/`) ||
          (w.value.endsWith('*') && d.startsWith(p))
        )
          return true;
      }
    }
  }
  return false;
}

/** True when the RUN mounts a cache or tmpfs over one of `dirs` or a parent of it: nothing stays in the layer. */
export function mountsCacheOver(inst: DfInstruction, dirs: readonly string[]): boolean {
  for (const m of mountsOf(inst)) {
    if ((m.type !== 'cache' && m.type !== 'tmpfs') || !m.target) continue;
    const t = stripGlobTail(m.target) || '/';
    for (const d of dirs) {
      const dd = d.replace(/^~/, '/root');
      if (dd === t || dd.startsWith(t === '/' ? '/' : `${t}/`)) return true;
    }
  }
  return false;
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

// --- LABEL ---------------------------------------------------------------------------------------

export interface LabelPair {
  inst: DfInstruction;
  prop: DfProperty;
  key: string;
  /** The value with quotes removed ('' when empty). */
  value: string;
  /** True when the value holds a `$VAR` reference, so its build-time value is not the text. */
  hasVariable: boolean;
  /** Range of the value, or of the pair when the value is empty. */
  valueRange: Range;
}

/** Every `key=value` of every LABEL instruction (ONBUILD LABEL excluded), optionally of some stages only. */
export function labelPairs(model: DockerfileModel, stages?: ReadonlySet<number>): LabelPair[] {
  const out: LabelPair[] = [];
  for (const inst of model.instructions) {
    if (inst.keyword !== 'LABEL' || (stages && !stages.has(inst.stage))) continue;
    for (const prop of inst.properties) {
      const value = prop.value ?? '';
      out.push({
        inst,
        prop,
        key: prop.name,
        value,
        hasVariable: hasVariableRef(value, model.escapeChar),
        valueRange: prop.valueRange ?? prop.range,
      });
    }
  }
  return out;
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

/** The labels of the final image set by this Dockerfile: the final stage chain's LABELs, later ones winning. */
export function finalLabels(model: DockerfileModel): Map<string, LabelPair> {
  const out = new Map<string, LabelPair>();
  for (const pair of labelPairs(model, shippedStages(model))) out.set(pair.key, pair);
  return out;
}

/** A `*`-glob match for label keys (`org.opencontainers.image.*`). */
export function keyMatches(pattern: string, key: string): boolean {
  if (!pattern.includes('*')) return pattern === key;
  const parts = pattern.split('*');
  if (!key.startsWith(parts[0]) || !key.endsWith(parts[parts.length - 1])) return false;
  let pos = parts[0].length;
  for (let i = 1; i < parts.length - 1; i++) {
    const at = key.indexOf(parts[i], pos);
    if (at < 0) return false;
    pos = at + parts[i].length;
  }
  return pos <= key.length - parts[parts.length - 1].length;
}

/**
 * Shared body of the label-format rules (DL3052–DL3058): every LABEL whose key matches one of
 * `options.labels` and whose value is literal (no variable) and non-empty must pass `valid`.
 */
export function checkLabelFormat(
  model: DockerfileModel,
  labels: readonly string[],
  valid: (value: string) => boolean,
  message: (key: string, value: string) => string,
  report: (f: { range: Range; message: string }) => void,
): void {
  if (labels.length === 0) return;
  for (const pair of labelPairs(model)) {
    if (!labels.some((p) => keyMatches(p, pair.key))) continue;
    if (pair.hasVariable || pair.value.trim() === '') continue;
    if (!valid(pair.value.trim())) report({ range: pair.valueRange, message: message(pair.key, pair.value) });
  }
}

// --- rpm package managers (yum, dnf, microdnf, tdnf) ---------------------------------------------

type Reporter = (f: { range: Range; message: string; fix?: Fix }) => void;

/** The program names of the dnf family (DL3038–DL3041); yum has its own rules (DL3030–DL3033). */
export const DNF_NAMES: readonly string[] = ['dnf', 'dnf5', 'dnf-3', 'microdnf', 'tdnf'];
/** Where yum, dnf 4, dnf 5, microdnf and tdnf (Photon OS, Azure Linux) keep their metadata and package caches. */
export const RPM_CACHE_DIRS: readonly string[] = [
  '/var/cache/yum',
  '/var/cache/dnf',
  '/var/cache/libdnf5',
  '/var/cache/tdnf',
];

/** The cache directory a tool of the rpm family uses, for messages. */
function rpmCacheDir(tool: string): string {
  if (tool === 'yum') return '/var/cache/yum';
  if (tool === 'tdnf') return '/var/cache/tdnf';
  return tool === 'dnf5' ? '/var/cache/libdnf5' : '/var/cache/dnf';
}
const RPM_ALL: readonly string[] = ['yum', ...DNF_NAMES];

/** The operand that names what an rpm invocation does (`install`, or `install` in `dnf module install`). */
export function rpmActionWord(inv: Invocation): ShellWord | undefined {
  const ops = operandsOf(inv);
  const sub = ops[0]?.value;
  if (sub === 'group' || sub === 'groups' || sub === 'module') return ops[1] ?? ops[0];
  return ops[0];
}

/**
 * DL3030/DL3038: commands that change packages ask for confirmation unless given `-y`/`--assumeyes`;
 * a build has no terminal, so the step fails. microdnf never asks and is not reported.
 */
export function checkAssumeYes(model: DockerfileModel, names: readonly string[], report: Reporter): void {
  for (const inst of runInstructions(model)) {
    for (const inv of findCommands(inst, names)) {
      if (inv.name === 'microdnf') continue;
      const actions = actionsOf(inv);
      if (!actions.has('install') && !actions.has('upgrade') && !actions.has('remove')) continue;
      if (hasOption(inv, '-y', '--assumeyes', '--assumeno')) continue;
      const action = rpmActionWord(inv) ?? inv.words[0];
      const sub = action.value;
      report({
        range: model.rangeOf(inv.words[0].start, action.end),
        message:
          `\`${inv.name} ${sub}\` without \`-y\` waits for a confirmation that a build cannot give, so the step ` +
          `fails; write \`${inv.name} ${sub} -y …\` (or \`--assumeyes\`).`,
        fix: insertAfterWord(model, action, ' -y', `Add -y to ${inv.name} ${sub}`),
      });
    }
  }
}

/**
 * DL3032/DL3040: a RUN that installs or upgrades rpm packages keeps the package and metadata caches
 * in its layer unless `<tool> clean all` (or an `rm` of the cache directory) runs after it in the same
 * RUN, or the cache directory is a `--mount=type=cache`/tmpfs.
 */
export function checkRpmClean(
  model: DockerfileModel,
  names: readonly string[],
  shippedOnly: boolean,
  report: Reporter,
): void {
  for (const inst of runInstructions(model, { shippedOnly })) {
    const changes = findCommands(inst, names).filter((inv) => {
      const a = actionsOf(inv);
      return a.has('install') || a.has('upgrade');
    });
    if (changes.length === 0) continue;
    const last = changes[changes.length - 1];
    const cleaned = findCommands(inst, RPM_ALL).some((inv) => {
      const ops = operandsOf(inv).map((w) => w.value);
      return inv.command.start > last.command.start && ops[0] === 'clean' && ops.includes('all');
    });
    if (
      cleaned ||
      removesDir(inst, last.command.start, RPM_CACHE_DIRS) ||
      mountsCacheOver(inst, RPM_CACHE_DIRS)
    )
      continue;
    const first = changes[0];
    const action = rpmActionWord(first) ?? first.words[0];
    const tool = last.name;
    report({
      range: model.rangeOf(first.words[0].start, action.end),
      message:
        `\`${first.name} ${action.value}\` leaves the package and metadata caches in the layer (often tens of ` +
        `MB); end the same RUN with \`${tool} clean all\`, or mount the cache with ` +
        `\`--mount=type=cache,target=${rpmCacheDir(tool)}\`.`,
      fix: appendCommandFix(model, inst, `${tool} clean all`, `Append ${tool} clean all`),
    });
  }
}

/** Whether the RUN's script sets the shell variable itself (`v=1.2; yum install x-$v`, `export v=…`, `read v`, `for v in`). */
function assignedIn(inst: DfInstruction, name: string): boolean {
  const n = name.replace(/[^A-Za-z0-9_]/g, '\\$&');
  const text = inst.argsText + inst.heredocs.map((h) => '\n' + h.body).join('');
  return new RegExp(`(?:^|[^\\w$])${n}=|\\b(?:read|for)\\b[^;&|\\n]*\\b${n}\\b`).test(text);
}

/** An rpm package spec with a version: `name-1.2`, `name-1.2-3.el9`, `name-2:1.2`, and `.rpm` files, paths and URLs. */
export function rpmSpecPinned(spec: string): boolean {
  if (/\.rpm$/i.test(spec) || spec.includes('/')) return true;
  return /-(?:\d+:)?\d[\w.+~^]*(?:-\d[\w.+~^]*)?$/.test(spec);
}

/**
 * DL3033/DL3041: every package an rpm install names carries a version (`name-version`); modules carry a
 * stream (`module install nodejs:20`). Versions given through ARG/ENV count as pinned.
 */
export function checkRpmPins(model: DockerfileModel, names: readonly string[], report: Reporter): void {
  // Names some ARG/ENV of the file declares: one of them that is not in scope at a RUN was declared in
  // another stage, and ARG/ENV do not cross FROM, so it expands to nothing there.
  const declared = new Set<string>();
  for (const i of model.instructions)
    if (i.keyword === 'ARG' || i.keyword === 'ENV') for (const p of i.properties) declared.add(p.name);
  for (const inst of runInstructions(model)) {
    for (const inv of findCommands(inst, names)) {
      if (!actionsOf(inv).has('install')) continue;
      const ops = operandsOf(inv);
      const sub = ops[0]?.value;
      if (sub === 'group' || sub === 'groups' || sub === 'groupinstall') continue;
      if (sub === 'builddep' || sub === 'localinstall') continue;
      const module = sub === 'module';
      for (const w of installedPackages(inv)) {
        if (w.value.startsWith('@') && !w.value.includes(':')) continue; // a group: nothing to pin
        const { value, unresolved } = resolveWord(model, inst, w);
        const elsewhere = unresolved.filter(
          (n) => declared.has(n) && !inst.scope.has(n) && !assignedIn(inst, n),
        );
        // The version (or the whole spec) comes from a variable the build or the script sets.
        if (unresolved.length > elsewhere.length) continue;
        const bad = value
          .split(/\s+/)
          .filter((s) => s.length > 0)
          .filter((s) => (module || s.startsWith('@') ? !/:[^:]+/.test(s) : !rpmSpecPinned(s)));
        if (bad.length === 0) continue;
        const example = module ? `${bad[0].replace(/^@/, '')}:<stream>` : `${bad[0]}-<version>`;
        report({
          range: model.rangeOf(w.start, w.end),
          message:
            `\`${inv.name} ${module ? 'module install' : 'install'} ${bad[0]}\` installs whatever version the ` +
            `repository has at build time, so rebuilds differ; pin it: \`${example}\` (a version from an ARG counts).` +
            (elsewhere.length > 0
              ? ` \`$${elsewhere[0]}\` is set in another stage only, and ARG/ENV values do not cross FROM, so it is empty here.`
              : ''),
        });
      }
    }
  }
}

// --- COPY / ADD ----------------------------------------------------------------------------------

export interface PathArg {
  value: string;
  range: Range;
}

/** Sources and destination of a COPY/ADD, in shell form, JSON form or with heredoc sources. */
export function copyArgs(
  model: DockerfileModel,
  inst: DfInstruction,
): { sources: PathArg[]; dest?: PathArg } {
  const joined = inst.argsText.split(`${model.escapeChar}\n`).join('').trim();
  if (joined.startsWith('[')) {
    try {
      const arr: unknown = JSON.parse(joined);
      if (Array.isArray(arr) && arr.length > 0 && arr.every((x) => typeof x === 'string')) {
        const range = inst.argsRange ?? inst.range;
        const parts = (arr as string[]).map((value) => ({ value, range }));
        return { sources: parts.slice(0, -1), dest: parts[parts.length - 1] };
      }
    } catch {
      /* shell form */
    }
  }
  let args = inst.args;
  const body = inst.heredocs[0]?.bodyRange;
  if (body) args = args.filter((a) => a.range.line < body.line);
  const parts = args.map((a) => ({ value: a.value, range: a.range }));
  return { sources: parts.slice(0, -1), dest: parts[parts.length - 1] };
}
