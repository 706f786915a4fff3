/**
 * Stage knowledge shared by the `dockerfile/*` rules: which stage the build produces, which earlier
 * stages it is built on (`FROM <stage>` chains), what a `COPY --from` / `RUN --mount=from=` refers to,
 * the options of `--mount` flags, and the WORKDIR in effect.
 *
 * Everything here is pure and works on the DockerfileModel only. The builder's default target is the
 * last stage; a stage that starts `FROM <earlier stage>` inherits that stage's filesystem and image
 * config (USER, WORKDIR, ENV, HEALTHCHECK, CMD…), so "the final image" means the final stage's chain.
 */
import path from 'node:path';
import type { Range } from '../engine/types.js';
import { parseImageRef } from '../targets/image-ref.js';
import type { ImageRef } from '../targets/image-ref.js';
import type {
  DfArg,
  DfFlag,
  DfInstruction,
  DfProperty,
  DfStage,
  DockerfileModel,
} from '../targets/dockerfile/model.js';
import { expandVars, referencedVars } from '../targets/dockerfile/vars.js';
import { memoByObject } from './memo.js';

/** The stage the build produces without `--target`: the last one; undefined for a file without FROM. */
export function finalStage(model: DockerfileModel): DfStage | undefined {
  return model.stages[model.stages.length - 1];
}

/**
 * The stages whose instructions make up `stage`'s image, root first and `stage` last: `FROM build`
 * starts from stage `build`, which may itself start from another stage. Stops on cycles.
 */
export function stageChain(model: DockerfileModel, stage: DfStage): DfStage[] {
  const chain: DfStage[] = [];
  const seen = new Set<number>();
  let s: DfStage | undefined = stage;
  while (s && !seen.has(s.index)) {
    seen.add(s.index);
    chain.push(s);
    s = parentStage(model, s);
  }
  // Collected from the stage up, then turned round: `unshift` at each step moved the whole chain,
  // quadratic in its length (a file of stages each built FROM the one before).
  return chain.reverse();
}

/** The chain of the final stage (root first); empty for a file without FROM. */
export function finalStageChain(model: DockerfileModel): DfStage[] {
  const last = finalStage(model);
  return last ? stageChain(model, last) : [];
}

/**
 * The first stage of `stage`'s chain (the one built on an external image). Kept per model for every
 * stage, made in one pass in stage order (a stage's parent comes before it): rules that ask for each
 * stage's root walked each stage's chain, quadratic in a file of stages each built FROM the one before.
 */
export function rootStage(model: DockerfileModel, stage: DfStage): DfStage {
  let roots = rootCache.get(model);
  if (!roots) {
    roots = [];
    for (const s of model.stages) {
      const p = s.parent;
      roots[s.index] = p !== undefined && p < s.index ? roots[p] : stageChain(model, s)[0];
    }
    rootCache.set(model, roots);
  }
  return roots[stage.index] ?? stageChain(model, stage)[0];
}

const rootCache = new WeakMap<DockerfileModel, DfStage[]>();

/**
 * A test of whether an instruction that `matches` comes before a given one in the image that one is
 * part of: earlier in its stage, or anywhere in the stages its stage is built on (as `stageChain`
 * follows them). Made once per rule run: each stage's answer for its ancestors is worked out on the
 * first question, in one pass in stage order, so asking for every instruction of a chain of stages is
 * linear (walking each one's chain was quadratic).
 */
export function earlierInImage(
  model: DockerfileModel,
  matches: (inst: DfInstruction) => boolean,
): (inst: DfInstruction) => boolean {
  let inAncestors: boolean[] | undefined;
  const ancestorsMatch = (): boolean[] => {
    const has: boolean[] = [];
    const out: boolean[] = [];
    const stageHas = (st: DfStage) => (has[st.index] ??= st.instructions.some(matches));
    for (const st of model.stages) {
      const p = st.parent;
      out[st.index] =
        p === undefined
          ? false
          : p < st.index
            ? out[p] || stageHas(model.stages[p])
            : stageChain(model, st).slice(0, -1).some(stageHas);
    }
    return out;
  };
  return (inst) => {
    const stage = model.stages[inst.stage];
    if (!stage) return false;
    if ((inAncestors ??= ancestorsMatch())[stage.index]) return true;
    for (const i of stage.instructions) {
      if (i.index >= inst.index) break;
      if (matches(i)) return true;
    }
    return false;
  };
}

/** The external image a stage is ultimately built on (the base of its chain's first stage). */
export function rootBase(model: DockerfileModel, stage: DfStage): ImageRef {
  return rootStage(model, stage).base;
}

/** The instructions that build `stage`'s image, ancestors' first; FROM lines and ONBUILD triggers excluded. */
export function chainInstructions(model: DockerfileModel, stage: DfStage): DfInstruction[] {
  return stageChain(model, stage).flatMap((s) => s.instructions);
}

/** The last instruction with this keyword in `stage`'s chain (USER, HEALTHCHECK, CMD…): what the image keeps. */
export function lastInChain(
  model: DockerfileModel,
  stage: DfStage,
  keyword: string,
): DfInstruction | undefined {
  // From the end of the chain back, without copying its instructions into one list.
  const chain = stageChain(model, stage);
  for (let c = chain.length - 1; c >= 0; c--) {
    const list = chain[c].instructions;
    for (let i = list.length - 1; i >= 0; i--) if (list[i].keyword === keyword) return list[i];
  }
  return undefined;
}

/**
 * The stage a reference names, as BuildKit resolves `FROM <ref>`, `COPY --from=<ref>` and
 * `RUN --mount=from=<ref>`: a stage name (case-insensitive) or a stage index (`--from=0`). Only stages
 * defined before the instruction at index `beforeInstruction` count (default: all).
 */
export function stageByRef(
  model: DockerfileModel,
  ref: string,
  beforeInstruction = Infinity,
): DfStage | undefined {
  const key = ref.trim().toLowerCase();
  if (!key) return undefined;
  const before = stagesBefore(model, beforeInstruction);
  if (/^\d+$/.test(key)) return Number(key) < before ? model.stages[Number(key)] : undefined;
  // The last stage of that name among the earlier ones (stage indexes of a name ascend).
  const named = stagesByName(model).get(key);
  if (!named) return undefined;
  let found: DfStage | undefined;
  for (let lo = 0, hi = named.length - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    if (named[mid].index < before) {
      found = named[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * How many stages start before the instruction at index `beforeInstruction`. Stages are in file order,
 * so a binary search: a rule asking this for each of 20,000 `COPY --from` lines stays linear.
 */
export function stagesBefore(model: DockerfileModel, beforeInstruction: number): number {
  let lo = 0;
  let hi = model.stages.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (model.stages[mid].from.index < beforeInstruction) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const stageNameIndex = new WeakMap<DockerfileModel, Map<string, DfStage[]>>();

/** Stages by lower-cased name, in file order; built once per model. */
export function stagesByName(model: DockerfileModel): Map<string, DfStage[]> {
  let index = stageNameIndex.get(model);
  if (!index) {
    index = new Map();
    for (const s of model.stages) {
      if (s.name === undefined) continue;
      const list = index.get(s.name);
      if (list) list.push(s);
      else index.set(s.name, [s]);
    }
    stageNameIndex.set(model, index);
  }
  return index;
}

/** What a `--from` value or a mount's `from=` option refers to. */
export type SourceRef =
  | { kind: 'stage'; stage: DfStage; text: string }
  | { kind: 'image'; image: ImageRef; text: string }
  /** A value that still holds variables no ARG resolves: nothing can be said about it. */
  | { kind: 'unknown'; text: string };

/**
 * Resolves a `--from`/`from=` value of instruction `inst`. BuildKit does not expand variables in these
 * (moby/buildkit#2412; since 2025 it rejects them with "variable expansion is not supported for
 * --from"), so a value holding `$VAR` is `unknown`, whatever the ARGs say.
 */
export function resolveSource(model: DockerfileModel, inst: DfInstruction, value: string): SourceRef {
  const text = value.trim();
  if (referencedVars(text, model.escapeChar).length > 0) return { kind: 'unknown', text };
  const stage = stageByRef(model, text, inst.index);
  if (stage) return { kind: 'stage', stage, text };
  const parsed = parseImageRef(text, value);
  return { kind: 'image', text, image: { ...parsed, unresolved: [], tagFromVariable: false } };
}

/** The first flag with this name (case-insensitive, without dashes). */
export function flagOf(inst: DfInstruction, name: string): DfFlag | undefined {
  const n = name.toLowerCase();
  return inst.flags.find((f) => f.name.toLowerCase() === n);
}

/** Every flag with this name (`--mount` may repeat). */
export function flagsOf(inst: DfInstruction, name: string): DfFlag[] {
  const n = name.toLowerCase();
  return inst.flags.filter((f) => f.name.toLowerCase() === n);
}

/** One `key=value` (or bare `key`) option of a `--mount` flag. */
export interface MountOption {
  key: string;
  /** null for a bare key (`readonly`). */
  value: string | null;
  /** Range of the whole `key=value` text (the flag's value range when it cannot be computed). */
  range: Range;
  /** Range of the value alone (the option's range when it cannot be computed). */
  valueRange: Range;
}

/** A parsed `RUN --mount=…` flag. */
export interface MountSpec {
  flag: DfFlag;
  /** `bind` (the default), `cache`, `tmpfs`, `secret`, `ssh`. */
  type: string;
  options: MountOption[];
  /** Lower-cased key → option, the last one winning. */
  byKey: Map<string, MountOption>;
  target?: string;
  source?: string;
  from?: string;
  id?: string;
}

const MOUNT_KEY_ALIASES: Record<string, string> = {
  dst: 'target',
  destination: 'target',
  src: 'source',
  ro: 'readonly',
};

/** The `--mount` flags of a RUN, parsed (`type=cache,target=/root/.npm,sharing=locked`). */
export function mountsOf(inst: DfInstruction): MountSpec[] {
  return flagsOf(inst, 'mount').map(parseMount);
}

/** Parses one `--mount` flag; option ranges are exact when the value is on one line. */
export function parseMount(flag: DfFlag): MountSpec {
  const value = flag.value ?? '';
  const vr = flag.valueRange;
  const singleLine = vr !== null && vr.line === vr.endLine && vr.endColumn - vr.column === value.length;
  const fallback = vr ?? flag.range;
  const sub = (start: number, end: number): Range =>
    singleLine
      ? { line: vr!.line, column: vr!.column + start, endLine: vr!.line, endColumn: vr!.column + end }
      : fallback;
  const options: MountOption[] = [];
  let i = 0;
  while (i <= value.length) {
    // CSV fields; a field may be quoted ("target=/a,b").
    let j = i;
    let quote: string | null = null;
    while (j < value.length && (quote !== null || value[j] !== ',')) {
      if (quote === null && (value[j] === '"' || value[j] === "'")) quote = value[j];
      else if (quote !== null && value[j] === quote) quote = null;
      j++;
    }
    const field = value.slice(i, j);
    if (field.trim()) {
      const eq = field.indexOf('=');
      const rawKey = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
      const key = MOUNT_KEY_ALIASES[rawKey] ?? rawKey;
      const val = eq < 0 ? null : field.slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2');
      const range = sub(i, j);
      options.push({ key, value: val, range, valueRange: eq < 0 ? range : sub(i + eq + 1, j) });
    }
    i = j + 1;
  }
  const byKey = new Map(options.map((o) => [o.key, o]));
  const get = (k: string) => byKey.get(k)?.value ?? undefined;
  return {
    flag,
    type: (get('type') ?? 'bind').toLowerCase(),
    options,
    byKey,
    target: get('target'),
    source: get('source'),
    from: get('from'),
    id: get('id'),
  };
}

/**
 * The stages the build of `target` (default: the final stage) needs: its chain, and transitively the
 * stages named by `COPY --from` and `RUN --mount=from=`. BuildKit skips the others.
 */
export function reachableStages(model: DockerfileModel, target = finalStage(model)): Set<number> {
  const out = new Set<number>();
  const todo: DfStage[] = target ? [target] : [];
  while (todo.length > 0) {
    const s = todo.pop()!;
    if (out.has(s.index)) continue;
    out.add(s.index);
    if (s.parent !== undefined) todo.push(model.stages[s.parent]);
    for (const inst of s.instructions) {
      const refs: string[] = [];
      const from = inst.keyword === 'COPY' || inst.keyword === 'ADD' ? flagOf(inst, 'from') : undefined;
      if (from?.value) refs.push(from.value);
      if (inst.keyword === 'RUN') for (const m of mountsOf(inst)) if (m.from) refs.push(m.from);
      for (const r of refs) {
        const src = resolveSource(model, inst, r);
        if (src.kind === 'stage') todo.push(src.stage);
      }
    }
  }
  return out;
}

/**
 * The WORKDIR in effect at `inst` (absolute, normalised, variables expanded where known), following
 * the stage chain. The base image's own WORKDIR is unknown and taken as `/`.
 */
export function workdirAt(model: DockerfileModel, inst: DfInstruction): string {
  const stage = model.stages[inst.stage];
  if (!stage) return '/';
  // Computed once per model: per instruction of a stage, a rule asking for each COPY was quadratic.
  let known = workdirCache.get(model);
  if (!known) workdirCache.set(model, (known = new Map()));
  const cached = known.get(inst);
  if (cached !== undefined) return cached;
  // The whole stage at once: the directory in effect at each of its instructions.
  const start = stageStartWorkdir(model, stage, known);
  let dir = start;
  for (const i of stage.instructions) {
    known.set(i, dir);
    dir = applyWorkdir(model, i, dir);
  }
  const at = known.get(inst);
  if (at !== undefined) return at;
  // Not one of the stage's own instructions (its FROM, an ONBUILD trigger): by position.
  dir = start;
  for (const i of stage.instructions) {
    if (i.index >= inst.index) break;
    dir = applyWorkdir(model, i, dir);
  }
  return dir;
}

const workdirCache = new WeakMap<DockerfileModel, Map<DfInstruction | DfStage, string>>();

function applyWorkdir(model: DockerfileModel, i: DfInstruction, dir: string): string {
  if (i.keyword !== 'WORKDIR' || i.args.length === 0) return dir;
  const raw = i.args.map((a) => a.value).join(' ');
  const value = expandVars(raw, i.scope, model.escapeChar).value.replace(/^(["'])(.*)\1$/, '$2');
  return path.posix.resolve(dir, value || '.');
}

/**
 * The WORKDIR in effect at the start of `stage`: the end of its ancestors' chain. Each stage's end is
 * kept (under the stage itself), so a chain of stages is walked once, not once per stage.
 */
function stageStartWorkdir(
  model: DockerfileModel,
  stage: DfStage,
  known: Map<DfInstruction | DfStage, string>,
): string {
  // The ancestors up to the nearest one whose end is known (the parent's parent, when the stages are
  // asked for in order), as stageChain follows them and stopping where it would (a cycle); walked
  // from there. The whole chain, made for every stage, was quadratic in a chain of stages.
  const pending: DfStage[] = [];
  const seen = new Set<number>([stage.index]);
  let dir = '/';
  for (let s = parentStage(model, stage); s && !seen.has(s.index); s = parentStage(model, s)) {
    const end = known.get(s);
    if (end !== undefined) {
      dir = end;
      break;
    }
    seen.add(s.index);
    pending.push(s);
  }
  for (let k = pending.length - 1; k >= 0; k--) {
    for (const i of pending[k].instructions) dir = applyWorkdir(model, i, dir);
    // A stage's end depends on its chain, which is the same from any descendant (stageChain follows
    // parent links only).
    known.set(pending[k], dir);
  }
  return dir;
}

function parentStage(model: DockerfileModel, stage: DfStage): DfStage | undefined {
  return stage.parent !== undefined ? model.stages[stage.parent] : undefined;
}

/** Resolves a path as seen from `cwd` in the image (`./app` under `/srv` → `/srv/app`). */
export function resolveImagePath(cwd: string, p: string): string {
  return path.posix.resolve(cwd, p);
}

/** The range of the image argument of a stage's FROM (the FROM keyword when it has none). */
export function imageArgRange(stage: DfStage): Range {
  return stage.from.args[0]?.range ?? stage.from.keywordRange;
}

/**
 * The range of the base image's tag (after the `:`) when it is written literally in the FROM line, else
 * undefined (the tag comes from a variable, or the argument spans lines).
 */
export function literalTagRange(stage: DfStage): Range | undefined {
  const arg = stage.from.args[0];
  if (!arg || stage.base.tagFromVariable || arg.value.includes('$')) return undefined;
  const r = arg.range;
  if (r.line !== r.endLine || r.endColumn - r.column !== arg.value.length) return undefined;
  const at = arg.value.indexOf('@');
  const head = at >= 0 ? arg.value.slice(0, at) : arg.value;
  const colon = head.lastIndexOf(':');
  if (colon < 0 || colon < head.lastIndexOf('/')) return undefined;
  return { line: r.line, column: r.column + colon + 1, endLine: r.line, endColumn: r.column + head.length };
}

/** Where the value of a variable used by an instruction was set: the ARG/ENV property, when declared in the file. */
export interface VarOrigin {
  name: string;
  value: string | undefined;
  instruction: DfInstruction;
  property: DfProperty;
}

/** The declarations that give the variables referenced in `text` (as seen by `inst`) their values. */
export function varOrigins(model: DockerfileModel, inst: DfInstruction, text: string): VarOrigin[] {
  const out: VarOrigin[] = [];
  for (const ref of referencedVars(text, model.escapeChar)) {
    const binding = inst.scope.get(ref.name);
    if (!binding || binding.declaredAt < 0) continue;
    const decl = model.instructions[binding.declaredAt];
    const property = decl?.properties.find((p) => p.name === ref.name);
    if (decl && property && !out.some((o) => o.property === property)) {
      out.push({ name: ref.name, value: binding.value, instruction: decl, property });
    }
  }
  return out;
}

/** The sources and destination of a COPY or ADD (variables expanded where known); null for heredoc copies. */
export function copyPaths(model: DockerfileModel, inst: DfInstruction): CopyPaths | null {
  return copyPathsOf(inst, model);
}

/** The sources and destination of a COPY/ADD (read-only: shared by the rules that ask). */
export interface CopyPaths {
  readonly sources: readonly DfArg[];
  readonly dest: DfArg;
}

/** Asked by four rules of every COPY/ADD: made once per instruction, shared (read-only). */
const copyPathsOf = memoByObject(computeCopyPaths);

function computeCopyPaths(inst: DfInstruction, model: DockerfileModel): CopyPaths | null {
  if (inst.heredocs.length > 0 || inst.args.length < 2) return null;
  const expand = (a: DfArg): DfArg => {
    const v = a.value.includes('$') ? expandVars(a.value, inst.scope, model.escapeChar).value : a.value;
    return { value: v.replace(/^(["'])(.*)\1$/, '$2'), range: a.range };
  };
  const trimmed = inst.argsText.trim();
  if (trimmed.startsWith('[')) {
    // JSON form: every string spans the array.
    try {
      const list = JSON.parse(trimmed.replace(new RegExp(`\\${model.escapeChar}\\n`, 'g'), ''));
      if (Array.isArray(list) && list.length >= 2 && list.every((v) => typeof v === 'string')) {
        const range = inst.argsRange ?? inst.range;
        const args = list.map((value: string) => expand({ value, range }));
        return { sources: args.slice(0, -1), dest: args[args.length - 1] };
      }
    } catch {
      /* shell form after all */
    }
  }
  const args = inst.args.map(expand);
  return { sources: args.slice(0, -1), dest: args[args.length - 1] };
}

/** Whether a COPY/ADD source is the whole build context (`.`, `./`, `*`, `./*`, `/`). */
export function isWholeContext(src: string): boolean {
  return /^(?:\.\/?|\.\/\*|\*|\/|\.\/\.)$/.test(src.trim());
}

/** `oci-archive:…`, `docker-archive:…`, `containers-storage:…`: podman/buildah transports, not registry images. */
export function isTransportRef(text: string): boolean {
  return /^(?:oci-archive|docker-archive|oci|dir|containers-storage|docker-daemon):/i.test(text.trim());
}

/**
 * The registry image a stage starts from, when it can be known: undefined for a stage reference,
 * `scratch`, a transport (`oci-archive:…`), an empty FROM, or an image with variables no ARG default
 * resolves (the build command may set them, so nothing can be said about it).
 */
export function externalBase(stage: DfStage): ImageRef | undefined {
  const base = stage.base;
  if (stage.parent !== undefined || base.scratch || base.unresolved.length > 0) return undefined;
  if (!base.text.trim() || isTransportRef(base.text)) return undefined;
  return base;
}

const ancestorMemo = new WeakMap<DockerfileModel, Map<string, boolean[]>>();

/**
 * Whether a stage that `stage` is built on (its chain, `stage` itself excluded) has an instruction with
 * this keyword. Computed once per model and keyword for every stage, in linear time: walking each
 * stage's chain instead costs O(stages²) on a long `FROM <previous stage>` chain.
 */
export function ancestorsHave(model: DockerfileModel, stage: DfStage, keyword: string): boolean {
  let byKeyword = ancestorMemo.get(model);
  if (!byKeyword) ancestorMemo.set(model, (byKeyword = new Map()));
  let has = byKeyword.get(keyword);
  if (!has) {
    has = [];
    for (const s of model.stages) {
      const p = s.parent !== undefined && s.parent < s.index ? s.parent : undefined;
      has[s.index] =
        p !== undefined && (has[p] || model.stages[p].instructions.some((i) => i.keyword === keyword));
    }
    byKeyword.set(keyword, has);
  }
  return has[stage.index] ?? false;
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

/** Indexes of the stages whose filesystem is the image of the default build (the final stage's chain). */
export function shippedStages(model: DockerfileModel): Set<number> {
  return new Set(finalStageChain(model).map((s) => s.index));
}
