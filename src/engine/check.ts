/**
 * The pipeline (DESIGN.md, "Data flow"): policy -> discover -> parse -> rules -> policy outcome.
 * Bad input never stops the run: a target that cannot be read becomes a `policy/unparsable` finding
 * with its location, and every other target is still checked.
 */
import path from 'node:path';
import { RULES, RULES_BY_ID } from '../rules/index.js';
import type { ReportDescriptor } from '../rules/define.js';
import { loadPolicy, effectiveRule } from '../policy/load.js';
import { overridesFor } from '../policy/effective.js';
import type { ResolvedPolicy } from '../policy/types.js';
import { FILE_TARGETS } from '../targets/index.js';
import type { LoadedTarget } from '../targets/types.js';
import type { ShellcheckContext, ShellcheckMode } from '../targets/dockerfile/shellcheck.js';
import { ShellcheckRunner } from '../targets/dockerfile/shellcheck-runner.js';
import { discover, readTargetFile, siblingReader, toPosix } from './discover.js';
import { loadStdinTarget } from './stdin.js';
import type { StdinInput } from './stdin.js';
import { PolicyApplier } from '../policy/apply.js';
import { directivesOf } from '../policy/inline.js';
import { runCustomRules } from '../policy/custom.js';
import type { DiscoveredFile } from './discover.js';
import type { FailScope, Finding, FindingContext, Severity } from './types.js';
import { SEVERITY_RANK, WHOLE_FILE } from './types.js';
import { anchorsOf, fingerprintAnchored, instructionSpans } from './fingerprint.js';
import type { LineSpans } from './fingerprint.js';
import type { DockerfileModel } from '../targets/dockerfile/model.js';
import { classify, verdictOf } from './compare.js';
import type { Comparison, DebtBaseline } from './compare.js';
import { locateImageFindings } from './image-source.js';
import { checkOnWorkers, workerCount } from './workers.js';
import { noteCodePart } from './code-parts.js';
import { ownString } from '../knowledge/memo.js';
import { runsAnyOf } from '../knowledge/invocations.js';

export interface CheckOptions {
  cwd: string;
  /** Files, folders and globs; default `.`. */
  paths?: string[];
  /** `--policy`: a file or `builtin:<name>`; default: discovered, else builtin:recommended. */
  policy?: string;
  /** Overrides the policy's failOn. */
  failOn?: Severity | 'none';
  /** A policy already loaded (tests, the Action). */
  resolvedPolicy?: ResolvedPolicy;
  /** `--image`: image archives, layouts, inspect JSON or names. */
  images?: string[];
  /** `--baseline`: an image to compare the `--image` inputs with. */
  baseline?: string;
  /** `--platform`: the platform of multi-platform images to check (`os/arch[/variant]` or `all`). */
  platform?: string;
  /** `--container-inspect`: `docker container inspect` JSON files. */
  containerInspect?: string[];
  /** GitHub token for `github:` policy extends. */
  githubToken?: string;
  /** `--hadolint-config`: a .hadolint.yaml merged over the policy. */
  hadolintConfig?: string;
  /** The date exceptions are checked against (tests); default now. */
  now?: Date;
  /** Only report findings in these files (paths relative to cwd), e.g. the files a PR changed. */
  onlyFiles?: string[];
  /** `--shellcheck`: run ShellCheck on RUN scripts when it is on PATH (auto, the default), always, or never. */
  shellcheck?: ShellcheckMode;
  /**
   * Keep the source text of targets with findings in `result.sources` (default true). Only the text
   * report reads it; without it, a run holds no file's text after that file is checked. `'lines'`
   * keeps only the lines the text report quotes (the lines findings start on, and suppression
   * comments'), each at its place, other lines empty: a large run does not hold every file's text.
   * A comparison with a base revision (`base`) keeps whole texts whatever this says.
   */
  keepSources?: boolean | 'lines';
  /** `check -`: a text read from standard input, checked under its `--stdin-name`. */
  stdin?: StdinInput;
  /** `--fail-scope`: `new` fails only on findings not on the base revision (default `all`). */
  failScope?: FailScope;
  /** `--base`: the revision to compare each file with (see compare.ts). */
  base?: BaseRevision;
  /** The committed debt baseline (`.layerguard-baseline.json`): findings it lists never fail. */
  debtBaseline?: DebtBaseline;
  /** Said in the comparison (e.g. why there is no base revision). */
  comparisonNotes?: string[];
  /**
   * `--jobs`: threads that check files (1: this one only). Default: one per two cores, at most 4, when
   * there are at least WORKER_MIN_FILES files and WORKER_MIN_CORES cores (workers.ts); else 1.
   */
  jobs?: number;
  /** Filled in by the run: how many files were checked on worker threads and how many on this one. */
  threadStats?: { onWorkers: number; here: number };
  /** `--image-dockerfile`: image input -> the Dockerfile (relative to cwd) it was built from. */
  imageDockerfiles?: ReadonlyMap<string, string>;
}

/** Files at a base revision, by path relative to the working directory (see git.ts). */
export interface BaseRevision {
  /** The revision as given, for messages. */
  label: string;
  /** The file's text there; null when the revision has no such file. */
  read(relPath: string): Promise<string | null>;
  /** Whether the file is the same there as in the working tree (both absent counts), when known cheaply. */
  sameAsWorkingTree?(relPath: string, present: boolean): boolean;
}

export interface TargetSummary {
  file: string;
  kind: LoadedTarget['kind'];
  findings: number;
  stats?: Record<string, unknown>;
}

export interface Summary {
  targets: number;
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
  audit: number;
  byRule: Record<string, number>;
}

/** What a result says about the policy behind it: enough for a fleet report (`layerguard report`) to
 * tell policy versions, exceptions and locked rules apart across repositories. */
export interface PolicySummary {
  sources: string[];
  exceptions?: { rules: string[]; files?: string[]; reason: string; expires: string; source: string }[];
  locked?: string[];
}

export interface CheckResult {
  version: 1;
  verdict: 'pass' | 'fail';
  failOn: Severity | 'none';
  findings: Finding[];
  targets: TargetSummary[];
  summary: Summary;
  policy: PolicySummary;
  /** The policy's maxWarnings, when it has one (the run fails above it). */
  maxWarnings?: number;
  /** Paths given that matched nothing. */
  missing: string[];
  /** Source text of the text targets that have findings, for reports that show the offending line. */
  sources: Map<string, string>;
  /** Set when findings were compared with a base revision or a debt baseline (compare.ts). */
  comparison?: Comparison;
}

export async function check(opts: CheckOptions): Promise<CheckResult> {
  const cwd = path.resolve(opts.cwd);
  const policy =
    opts.resolvedPolicy ??
    (await loadPolicy({
      cwd,
      policy: opts.policy,
      rules: RULES_BY_ID,
      githubToken: opts.githubToken,
      hadolintConfig: opts.hadolintConfig,
    }));
  const discovered = await discover(cwd, opts.paths ?? ['.'], FILE_TARGETS);
  const only = opts.onlyFiles ? new Set(opts.onlyFiles) : undefined;
  // Files outside `onlyFiles` are not reported on: they are not loaded either.
  const files = only ? discovered.files.filter((f) => only.has(f.relPath)) : discovered.files;
  const runner = new ShellcheckRunner();
  const ctx = shellcheckContext(policy, opts.shellcheck ?? 'auto', runner, cwd, siblingReader(cwd));
  // The sibling files each target read (a `.dockerignore`), so that an unchanged file whose siblings
  // are unchanged too need not be checked again at the base revision.
  const siblingsRead = new Map<string, Map<string, string | null>>();
  const fileCtx = (f: DiscoveredFile): ShellcheckContext => {
    // Only a base comparison asks: other runs keep nothing per file.
    if (!opts.base) return ctx;
    const read = new Map<string, string | null>();
    siblingsRead.set(f.relPath, read);
    return {
      ...ctx,
      readSibling: async (rel) => {
        const text = await ctx.readSibling(rel);
        read.set(rel, text);
        return text;
      },
    };
  };
  // The models of checked Dockerfiles are kept only when images are named: image findings are placed on
  // the Dockerfile lines that made them (image-source.ts). Image targets are kept for the same reason.
  const keptForImages: LoadedTarget[] = [];
  const keepForImages = (t: LoadedTarget) => {
    if (opts.images?.length && (t.kind === 'dockerfile' || t.kind === 'image')) keptForImages.push(t);
  };
  // Base comparison reads the head's text of files with findings.
  const evaluation = new Evaluation(policy, {
    failOn: opts.failOn,
    missing: discovered.missing,
    now: opts.now,
    keepSources: opts.base ? true : (opts.keepSources ?? true),
  });
  try {
    // Each file is loaded, checked and dropped in turn, so memory does not grow with the number of
    // files. Loading waits on I/O and on ShellCheck, which checks the scripts of many files in one
    // process: enough loads are in flight to fill its batches. Results keep discovery order.
    const checkHere = async (f: DiscoveredFile, i: number) => {
      if (opts.threadStats) opts.threadStats.here++;
      const target = await loadFile(f, () => readTargetFile(f.absPath, cwd), fileCtx(f));
      keepForImages(target);
      evaluation.add(target, i);
    };
    // Many files are checked on worker threads, unless the run needs the models afterwards (images
    // placed on Dockerfile lines) or the siblings each file read (comparison with a base revision).
    const jobs = opts.base || opts.images?.length ? 1 : workerCount(opts.jobs, files.length);
    if (jobs > 1) {
      await checkOnWorkers(
        files,
        jobs,
        {
          policy,
          cwd,
          shellcheck: opts.shellcheck ?? 'auto',
          now: evaluation.checker.now.getTime(),
          keepSources: opts.keepSources !== false,
        },
        runner,
        (checked, i) => {
          if (opts.threadStats) opts.threadStats.onWorkers++;
          evaluation.accept(checked, i);
        },
        checkHere,
      );
    } else {
      await forEachConcurrent(files, LOAD_WINDOW, checkHere);
    }
    let order = files.length;
    const add = (t: LoadedTarget) => {
      if (only && t.kind !== 'image' && !only.has(t.file)) return;
      keepForImages(t);
      evaluation.add(t, order++);
    };
    // Folders and ignore files discovery could not read as they are: a finding each, never a silent skip.
    for (const p of discovered.problems) {
      add({
        kind: 'dockerfile',
        file: p.relPath,
        units: [],
        problems: [{ message: p.message, range: WHOLE_FILE }],
      });
    }
    if (opts.stdin) add(await loadStdinTarget(opts.stdin, FILE_TARGETS, ctx));
    const { loadContainerInspect } = opts.containerInspect?.length
      ? await import('../targets/runtime/inspect.js')
      : { loadContainerInspect: undefined };
    for (const file of opts.containerInspect ?? []) {
      const rel = toPosix(path.relative(cwd, path.resolve(cwd, file)));
      if (only && !only.has(rel)) continue;
      try {
        // Confined like every file: a path typed outside the working directory is read, but a file
        // inside it that links out (to /proc/self/environ, say) is not.
        add(await loadContainerInspect!(rel, await readTargetFile(path.resolve(cwd, file), cwd)));
      } catch (e) {
        add(unreadable('runtime', rel, e));
      }
    }
    if (opts.images?.length) {
      // Image reading is only needed when images are named: not loaded for a Dockerfile-only run.
      const { LAYER_CONTENT_RULES, loadImageTargets } = await import('../targets/image/load.js');
      for (const image of opts.images) {
        const loaded = await loadImageTargets(image, {
          cwd,
          baseline: opts.baseline,
          platform: opts.platform,
          // Registry layer blobs are fetched only when an enabled rule reads layer contents.
          registryLayers:
            !!opts.baseline ||
            LAYER_CONTENT_RULES.some((id) => {
              const rule = RULES_BY_ID.get(id);
              return !!rule && effectiveRule(policy, rule, image).severity !== 'off';
            }),
          // In the Action, the job token reads the repository's packages on ghcr.io.
          registryCredentials: opts.githubToken
            ? { 'ghcr.io': { username: 'x-access-token', password: opts.githubToken } }
            : undefined,
        });
        for (const t of loaded) add(t);
      }
    }
    let result = evaluation.result();
    result = await locateImageFindings(result, keptForImages, cwd, opts.imageDockerfiles);
    if (!opts.base && !opts.debtBaseline && opts.failScope !== 'new') return result;
    const failScope = opts.failScope ?? 'all';
    let base: { label: string; fingerprints: Map<string, Set<string>> } | undefined;
    if (opts.base) {
      const withFindings = new Set(result.findings.map((f) => f.file));
      const changed = discovered.files.filter((f) => withFindings.has(f.relPath));
      base = {
        label: opts.base.label,
        fingerprints: await baseFingerprints(opts.base, changed, policy, ctx, opts.now, {
          sources: result.sources,
          findings: result.findings,
          siblingsRead,
        }),
      };
      // The head's texts were kept for the comparison only.
      if (opts.keepSources === false) result = { ...result, sources: new Map() };
    }
    const classified = classify(result.findings, {
      failScope,
      base,
      baseline: opts.debtBaseline,
      checked: new Set(result.targets.map((t) => t.file)),
      notes: opts.comparisonNotes,
    });
    return {
      ...result,
      findings: classified.findings,
      verdict: verdictOf(classified.findings, result.failOn, result.maxWarnings, failScope),
      comparison: classified.comparison,
    };
  } finally {
    // After the base revision's loads too: they use the same runner.
    await runner.close();
  }
}

/** How Dockerfiles are loaded: ShellCheck through `runner` unless the policy turns dockerfile/shellcheck off for the file. */
export function shellcheckContext(
  policy: ResolvedPolicy,
  mode: ShellcheckMode,
  runner: ShellcheckRunner,
  cwd: string,
  readSibling: ShellcheckContext['readSibling'],
): ShellcheckContext {
  const shellcheckRule = RULES_BY_ID.get('dockerfile/shellcheck');
  return {
    shellcheck: {
      mode,
      enabledFor: (file) =>
        !!shellcheckRule && effectiveRule(policy, shellcheckRule, file).severity !== 'off',
      runner,
    },
    cwd,
    readSibling,
  };
}

/** Loads one discovered file from `read()`; a file that cannot be read becomes a located problem. */
export async function loadFile(
  f: DiscoveredFile,
  read: () => Promise<string>,
  ctx: ShellcheckContext,
): Promise<LoadedTarget> {
  try {
    return await f.handler.load(f.relPath, await read(), ctx);
  } catch (e) {
    return unreadable(f.kind, f.relPath, e);
  }
}

function unreadable(kind: LoadedTarget['kind'], file: string, e: unknown): LoadedTarget {
  return {
    kind,
    file,
    units: [],
    problems: [{ message: `cannot read this file: ${(e as Error).message}`, range: WHOLE_FILE }],
  };
}

/** Loads in flight at once: enough to fill ShellCheck's batches, few enough to keep memory flat. */
const LOAD_WINDOW = 64;

/**
 * The fingerprints of the findings (not suppressed) each file has at the base revision, checked with
 * the same policy and loaders as the working tree (a `.dockerignore` is read at the base too). A file
 * the base does not have gets no entry: all its findings are new. A file whose text and sibling files
 * are the same at the base has the same findings: its fingerprints are taken from the working tree's
 * (most files of a pull request are unchanged; this keeps `--base` from checking everything twice).
 */
async function baseFingerprints(
  base: BaseRevision,
  files: readonly DiscoveredFile[],
  policy: ResolvedPolicy,
  ctx: ShellcheckContext,
  now: Date | undefined,
  head: {
    sources: ReadonlyMap<string, string>;
    findings: readonly Finding[];
    siblingsRead: ReadonlyMap<string, ReadonlyMap<string, string | null>>;
  },
): Promise<Map<string, Set<string>>> {
  const baseCtx: ShellcheckContext = { ...ctx, readSibling: (rel) => base.read(rel) };
  const out = new Map<string, Set<string>>();
  // Reading is cheap and waits on git: many reads in flight. Loading parses (and may run ShellCheck):
  // as many as the working tree's loads.
  const unchanged = (f: DiscoveredFile) =>
    !!base.sameAsWorkingTree?.(f.relPath, true) &&
    [...(head.siblingsRead.get(f.relPath) ?? [])].every(([rel, t]) =>
      base.sameAsWorkingTree!(rel, t !== null),
    );
  const texts = await mapConcurrent(files, BASE_READ_CONCURRENCY, async (f) => {
    if (unchanged(f)) {
      out.set(f.relPath, new Set());
      return null;
    }
    const text = await base.read(f.relPath);
    if (text === null || text !== head.sources.get(f.relPath)) return text;
    for (const [rel, headText] of head.siblingsRead.get(f.relPath) ?? []) {
      if ((await base.read(rel)) !== headText) return text;
    }
    out.set(f.relPath, new Set());
    return null;
  });
  const changed = files.flatMap((f, i) => (texts[i] === null ? [] : [{ f, text: texts[i]! }]));
  const loaded = await mapConcurrent(changed, LOAD_CONCURRENCY, ({ f, text }) =>
    loadFile(f, async () => text, baseCtx),
  );
  for (const f of head.findings) {
    if (!f.suppressed && f.fingerprint !== undefined) out.get(f.file)?.add(f.fingerprint);
  }
  for (const t of loaded) out.set(t.file, new Set());
  for (const f of evaluate(loaded, policy, { now }).findings) {
    if (!f.suppressed && f.fingerprint !== undefined) out.get(f.file)?.add(f.fingerprint);
  }
  return out;
}

const LOAD_CONCURRENCY = 4;
const BASE_READ_CONCURRENCY = 64;

/** `items.map(fn)` with at most `limit` calls in flight, results in input order. */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  await forEachConcurrent(items, limit, async (item, i) => {
    results[i] = await fn(item);
  });
  return results;
}

/** Calls `fn` on every item with at most `limit` calls in flight. */
export async function forEachConcurrent<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Runs the rules over loaded targets and applies the policy. Pure: no I/O. */
export function evaluate(
  targets: LoadedTarget[],
  policy: ResolvedPolicy,
  extra: { failOn?: Severity | 'none'; missing?: string[]; now?: Date } = {},
): CheckResult {
  const evaluation = new Evaluation(policy, extra);
  targets.forEach((t, i) => evaluation.add(t, i));
  return evaluation.result();
}

/**
 * What checking one target leaves once its model is dropped: its findings before the policy's
 * suppressions, their anchors, its suppression comments, and the text and instruction spans that
 * findings about those comments are fingerprinted from. Plain data: a worker thread sends it.
 */
export interface CheckedTarget {
  file: string;
  kind: LoadedTarget['kind'];
  stats?: Record<string, unknown>;
  findings: Finding[];
  anchors: string[];
  comments: ReturnType<typeof directivesOf>;
  text?: string;
  spans?: LineSpans;
}

/** The rules (and custom rules) on one target at a time: pure, the same on any thread. */
export class TargetChecker {
  private readonly settings: RuleSettings;
  /** Date-driven rules (end-of-life tables) read "today" once per run. */
  readonly now: Date;

  constructor(
    private readonly policy: ResolvedPolicy,
    now?: Date,
  ) {
    this.settings = RuleSettings.of(policy);
    this.now = now ?? new Date();
  }

  check(target: LoadedTarget): CheckedTarget {
    const found: Finding[] = [];
    // Not `push(...list)`: a spread of 100,000+ findings overflows the stack.
    for (const f of runRules(target, this.policy, this.settings, this.now)) found.push(f);
    for (const f of customFindings(target, this.policy)) found.push(f);
    const comments =
      this.policy.suppressions?.inline === false ? { directives: [], malformed: [] } : directivesOf(target);
    const model =
      target.kind === 'dockerfile' ? (target.units[0]?.model as DockerfileModel | undefined) : undefined;
    // A fingerprint covers the whole instruction.
    const spans =
      model && (found.length > 0 || comments.directives.length > 0 || comments.malformed.length > 0)
        ? instructionSpans(model.instructions.map((i) => i.range))
        : undefined;
    return {
      file: target.file,
      kind: target.kind,
      ...(target.stats ? { stats: target.stats } : {}),
      findings: found,
      // Anchors are computed now, while the text is at hand: the run keeps no file's text for them.
      anchors: anchorsOf(found, target.text, spans),
      comments,
      ...(target.text !== undefined ? { text: target.text } : {}),
      ...(spans ? { spans } : {}),
    };
  }
}

/**
 * The rules and the policy, one target at a time: `add` checks a target (`accept` takes one checked
 * elsewhere, on a worker thread) and keeps only its findings with their anchors, its summary and (for
 * the text report, or for files with suppression comments the policy may report on at the end) its
 * source text, so the target's model can be dropped right after; `result` sorts the findings,
 * fingerprints them and gives the verdict. Pure: no I/O.
 */
export class Evaluation {
  /** Every finding so far with its anchor (what its fingerprint hashes, see fingerprint.ts). */
  private readonly raw: { finding: Finding; anchor: string }[] = [];
  private readonly summaries: { order: number; summary: TargetSummary }[] = [];
  /** Texts kept for the text report (`keepSources`), of files with findings. */
  private readonly texts = new Map<string, string>();
  /** Text and spans of files the policy may still report on when the run ends (their suppression comments). */
  private readonly pending = new Map<string, { text: string | undefined; spans?: LineSpans }>();
  private readonly applier: PolicyApplier;
  private readonly strings = new StringPool();
  readonly checker: TargetChecker;
  private targetCount = 0;

  constructor(
    private readonly policy: ResolvedPolicy,
    private readonly extra: {
      failOn?: Severity | 'none';
      missing?: string[];
      now?: Date;
      keepSources?: boolean | 'lines';
    } = {},
  ) {
    this.applier = new PolicyApplier(policy, extra.now);
    this.checker = new TargetChecker(policy, extra.now);
  }

  /** Checks one target; `order` places its summary (targets are reported in the order given). */
  add(target: LoadedTarget, order = this.targetCount): void {
    this.accept(this.checker.check(target), order);
  }

  /** Applies the policy to a checked target. */
  accept(checked: CheckedTarget, order = this.targetCount): void {
    this.targetCount++;
    const { file, findings, anchors } = checked;
    const mayReportLater = this.applier.addComments(file, checked.comments);
    for (let i = 0; i < findings.length; i++)
      this.raw.push({
        finding: this.applier.suppress(this.strings.finding(findings[i])),
        anchor: anchors[i],
      });
    this.applier.finishTarget(file);
    if (mayReportLater) this.pending.set(file, { text: checked.text, spans: checked.spans });
    if (findings.length > 0 && checked.text !== undefined && this.extra.keepSources !== false)
      this.texts.set(
        file,
        this.extra.keepSources === 'lines'
          ? quotedLines(checked.text, findings, checked.comments)
          : checked.text,
      );
    this.summaries.push({
      order,
      summary: {
        file,
        kind: checked.kind,
        findings: findings.length,
        ...(checked.stats ? { stats: checked.stats } : {}),
      },
    });
  }

  result(): CheckResult {
    const { policy, extra } = this;
    const raw = this.raw;
    const late = this.applier.finish();
    // Findings about the policy and its comments, known only now: anchored on the files kept for them.
    const byFile = new Map<string, Finding[]>();
    for (const f of late) {
      const list = byFile.get(f.file);
      if (list) list.push(f);
      else byFile.set(f.file, [f]);
    }
    for (const [file, list] of byFile) {
      const kept = this.pending.get(file);
      const anchors = anchorsOf(list, kept?.text, kept?.spans);
      list.forEach((finding, i) => raw.push({ finding, anchor: anchors[i] }));
      if (kept?.text !== undefined && extra.keepSources !== false) this.texts.set(file, kept.text);
    }
    this.pending.clear();
    raw.sort((a, b) => compareFindings(a.finding, b.finding));
    const findings = fingerprintAnchored(raw);
    raw.length = 0;
    const failOn = extra.failOn ?? policy.failOn;
    const summary = summarise(findings, this.targetCount);
    const sources = new Map<string, string>();
    if (extra.keepSources !== false) for (const [file, text] of this.texts) sources.set(file, text);
    return {
      version: 1,
      verdict: verdictOf(findings, failOn, policy.maxWarnings, 'all'),
      failOn,
      findings,
      targets: this.summaries.sort((a, b) => a.order - b.order).map((s) => s.summary),
      summary,
      policy: {
        sources: policy.sources,
        ...(policy.exceptions?.length
          ? {
              exceptions: policy.exceptions.map((e) => ({
                rules: e.rules,
                ...(e.files ? { files: e.files } : {}),
                reason: e.reason,
                expires: e.expires,
                source: e.source,
              })),
            }
          : {}),
        ...(policy.locked && Object.keys(policy.locked).length
          ? { locked: Object.keys(policy.locked).sort() }
          : {}),
      },
      ...(policy.maxWarnings !== undefined ? { maxWarnings: policy.maxWarnings } : {}),
      missing: extra.missing ?? [],
      sources,
    };
  }
}

type RuleSetting = ReturnType<typeof effectiveRule>;

/** A rule's check, called with the model of its kind. */
type RuleCheck = (
  model: never,
  options: Record<string, unknown>,
  report: (d: ReportDescriptor) => void,
) => void;

/** A rule that runs on one kind of target, with its setting and options for one file. */
interface PlannedRule {
  rule: (typeof RULES)[number];
  check: RuleCheck;
  setting: RuleSetting;
  options: Record<string, unknown>;
  /** The rule's `programs`, when its own check runs on a Dockerfile. */
  programs?: readonly string[];
}

/** What runs on a target: its enabled rules, in registry order, and the setting of `policy/unparsable`. */
interface RulePlan {
  rules: PlannedRule[];
  unparsable: RuleSetting;
}

/**
 * The setting of every rule on a file, computed once per distinct set of matching overrides (most
 * files share one) instead of once per rule and file.
 */
class RuleSettings {
  /** Plans by the overrides that apply to a file, the target kind and the date. */
  private readonly plans = new Map<string, RulePlan>();
  private readonly overrideIndex = new Map<unknown, number>();
  private static readonly byPolicy = new WeakMap<ResolvedPolicy, RuleSettings>();

  /** The settings of a policy, shared by every run with it (a policy is not changed once resolved). */
  static of(policy: ResolvedPolicy): RuleSettings {
    let settings = RuleSettings.byPolicy.get(policy);
    if (!settings) RuleSettings.byPolicy.set(policy, (settings = new RuleSettings(policy)));
    return settings;
  }

  private constructor(private readonly policy: ResolvedPolicy) {
    (policy.overrides ?? []).forEach((o, i) => this.overrideIndex.set(o, i));
  }

  /**
   * The rules to run on a target and their settings. Made once per set of overrides, kind and day, not
   * per file: a run of thousands of files asked every rule's setting of every file before.
   */
  planFor(file: string, kind: LoadedTarget['kind'], now: Date): RulePlan {
    const overrides = this.policy.overrides?.length
      ? overridesFor(this.policy, file)
          .map((o) => this.overrideIndex.get(o))
          .join(',')
      : '';
    const today = now.toISOString().slice(0, 10);
    const key = `${overrides}\u0000${kind}\u0000${today}`;
    let plan = this.plans.get(key);
    if (plan) return plan;
    const rules: PlannedRule[] = [];
    for (const rule of RULES) {
      // Base-image rules also check the images run configuration names (Rule.checkRuntime).
      const check =
        rule.kind === kind
          ? rule.check
          : kind === 'runtime' && rule.checkRuntime
            ? rule.checkRuntime
            : undefined;
      if (!check) continue;
      const setting = effectiveRule(this.policy, rule, file);
      if (setting.severity === 'off') continue;
      const programs = check === rule.check ? rule.programs : undefined;
      rules.push({
        rule,
        check: check as RuleCheck,
        setting,
        options: withToday(setting.options, today),
        ...(programs ? { programs } : {}),
      });
    }
    const unparsable = effectiveRule(this.policy, RULES_BY_ID.get('policy/unparsable')!, file);
    this.plans.set(key, (plan = { rules, unparsable }));
    return plan;
  }
}

function runRules(
  target: LoadedTarget,
  policy: ResolvedPolicy,
  settings: RuleSettings,
  now: Date,
): Finding[] {
  const out: Finding[] = [];
  noteCodePart(target.kind);
  const plan = settings.planFor(target.file, target.kind, now);
  if (plan.unparsable.severity !== 'off') {
    for (const p of target.problems) {
      out.push({
        ruleId: 'policy/unparsable',
        severity: plan.unparsable.severity,
        message: p.message,
        file: target.file,
        kind: 'policy',
        ...p.range,
      });
    }
  }
  // One reporter for the whole target, pointed at each rule and unit in turn: a closure made per rule
  // and unit was the largest allocation of a corpus run (146 rules a file).
  const reporter = new Reporter(policy, target, out);
  for (const planned of plan.rules) {
    reporter.rule = planned;
    for (const unit of target.units) {
      // A rule about programs the Dockerfile does not run would find nothing (Rule.programs).
      if (planned.programs && !runsAnyOf(unit.model as DockerfileModel, planned.programs)) continue;
      reporter.unit = unit;
      try {
        planned.check.call(planned.rule, unit.model as never, planned.options, reporter.report);
      } catch (e) {
        // A rule bug must not cost the user the other results: report it where it happened.
        out.push({
          ruleId: 'policy/internal-error',
          severity: 'error',
          message: `rule ${planned.rule.id} failed on this file (${(e as Error).message}); the other rules still ran. Please report this.`,
          file: target.file,
          kind: 'policy',
          ...WHOLE_FILE,
        });
      }
    }
  }
  return out;
}

/** Turns what the rules report on one target into findings; `rule` and `unit` say who reports. */
class Reporter {
  rule!: PlannedRule;
  unit!: LoadedTarget['units'][number];
  /**
   * Places already reported, by rule: units that share a setting (the containers of one pod, compose
   * services merging one anchor) report it once, as the same rule, place and message is one finding.
   */
  private seen: Set<string> | undefined;

  constructor(
    private readonly policy: ResolvedPolicy,
    private readonly target: LoadedTarget,
    private readonly out: Finding[],
  ) {}

  readonly report = (d: ReportDescriptor): void => {
    const { rule, setting } = this.rule;
    const { target } = this;
    const key = `${rule.id}\0${d.ruleId ?? ''}\0${d.range.line}:${d.range.column}:${d.range.endLine}:${d.range.endColumn}\0${d.message}`;
    if (this.seen?.has(key)) return;
    (this.seen ??= new Set()).add(key);
    // A policy may set a finer id itself (`shellcheck/SC2086: off`, or `SC2086: error`): that wins.
    const finer =
      d.ruleId && d.ruleId !== rule.id ? finerSetting(this.policy, d.ruleId, target.file) : undefined;
    if (finer === 'off') return;
    const unit = this.unit;
    this.out.push({
      // A rule may report under a finer id (dockerfile/shellcheck reports shellcheck/SC2086…) and at a
      // lower severity than its setting, never a higher one.
      ruleId: d.ruleId ?? rule.id,
      severity:
        finer ??
        (d.severity && SEVERITY_RANK[d.severity] < SEVERITY_RANK[setting.severity as Severity]
          ? d.severity
          : (setting.severity as Severity)),
      message: d.message,
      file: target.file,
      kind: target.kind === 'runtime' ? 'runtime' : rule.kind,
      ...normaliseRange(d.range),
      ...(d.fix ? { fix: d.fix } : {}),
      ...(d.redact ? { redact: d.redact } : {}),
      ...(d.context || unit.context ? { context: { ...unit.context, ...d.context } } : {}),
      ...(setting.mode === 'audit' ? { mode: 'audit' as const } : {}),
    });
  };
}

/**
 * Rules are pure, so the date a dated rule (`dockerfile/base-image-eol`) judges against comes from the
 * run: a `today` option left null is filled in here.
 */
function withToday(options: Record<string, unknown>, today: string): Record<string, unknown> {
  if (!('today' in options) || options.today !== null) return options;
  return { ...options, today };
}

/**
 * The severity the policy gives a finer finding id (`shellcheck/SC2086`) on `file`, from `rules` or an
 * override; undefined when the policy does not name it.
 */
function finerSetting(policy: ResolvedPolicy, id: string, file: string): Severity | 'off' | undefined {
  const named = !!policy.rules[id] || !!policy.overrides?.some((o) => o.rules[id]);
  if (!named) return undefined;
  return effectiveRule(policy, { id, severity: 'warning', defaultOptions: {} }, file).severity;
}

/** The policy's custom rules on one target; a custom rule that throws costs its target's custom findings, never the run. */
function customFindings(target: LoadedTarget, policy: ResolvedPolicy): Finding[] {
  try {
    return runCustomRules(target, policy);
  } catch (e) {
    return [
      {
        ruleId: 'policy/internal-error',
        severity: 'error',
        message: `the policy's custom rules failed on this file (${(e as Error).message}); the other rules still ran. Please report this.`,
        file: target.file,
        kind: 'policy',
        ...WHOLE_FILE,
      },
    ];
  }
}

/**
 * The strings a run keeps with its findings, each stored once. A finding outlives its target, and
 * its message and fix are built from pieces of the file's text, which V8 keeps as slices of the whole
 * text (and `a + b` as a pair of references): kept as they came, every file with a finding stayed in
 * memory until the run ended. And the same message recurs across files (the corpus: 9,234 findings,
 * 2,754 distinct messages), so one copy of each serves all.
 */
class StringPool {
  private readonly pool = new Map<string, string>();

  own(s: string): string {
    let kept = this.pool.get(s);
    if (kept === undefined) {
      // A string of its own, not a slice of the file's text.
      kept = ownString(s);
      this.pool.set(kept, kept);
    }
    return kept;
  }

  /** The finding, its strings replaced by their pooled copies (in place: the finding is the run's own). */
  finding(f: Finding): Finding {
    f.message = this.own(f.message);
    if (f.fix) {
      f.fix = {
        ...f.fix,
        description: this.own(f.fix.description),
        edits: f.fix.edits.map((e) => ({ ...e, text: this.own(e.text) })),
      };
    }
    if (f.context) {
      const context: Record<string, unknown> = { ...f.context };
      for (const [key, v] of Object.entries(context)) if (typeof v === 'string') context[key] = this.own(v);
      f.context = context as FindingContext;
    }
    return f;
  }
}

/**
 * The lines of `text` the text report may quote — where a finding starts, and the suppression comments
 * the policy may report on when the run ends — each at its place, every other line empty.
 */
function quotedLines(
  text: string,
  findings: readonly Finding[],
  comments: CheckedTarget['comments'],
): string {
  const keep = new Set<number>();
  for (const f of findings) keep.add(f.line);
  for (const d of comments.directives) keep.add(d.range.line);
  for (const m of comments.malformed) keep.add(m.range.line);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (!keep.has(i + 1)) lines[i] = '';
  // `join` copies into a new string: the kept lines (slices of `text`) do not keep it whole.
  return lines.join('\n');
}

/** Guarantees 1 <= line <= endLine and a non-empty column span on one line. */
function normaliseRange(r: ReportDescriptor['range']) {
  const line = Math.max(1, Math.floor(r.line || 1));
  const column = Math.max(1, Math.floor(r.column || 1));
  let endLine = Math.max(line, Math.floor(r.endLine || line));
  let endColumn = Math.max(1, Math.floor(r.endColumn || column + 1));
  if (endLine === line && endColumn <= column) endColumn = column + 1;
  if (endLine < line) endLine = line;
  return { line, column, endLine, endColumn };
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}

export function summarise(findings: Finding[], targets: number): Summary {
  const s: Summary = { targets, errors: 0, warnings: 0, infos: 0, suppressed: 0, audit: 0, byRule: {} };
  for (const f of findings) {
    if (f.suppressed) {
      s.suppressed++;
      continue;
    }
    if (f.mode === 'audit') s.audit++;
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
    s.byRule[f.ruleId] = (s.byRule[f.ruleId] ?? 0) + 1;
  }
  return s;
}

export { RULES };
