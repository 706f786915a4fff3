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
import { discover, readTargetFile, toPosix } from './discover.js';
import { PolicyApplier } from '../policy/apply.js';
import { runCustomRules } from '../policy/custom.js';
import type { Finding, Severity } from './types.js';
import { SEVERITY_RANK, WHOLE_FILE } from './types.js';

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
   * report reads it; without it, a run holds no file's text after that file is checked.
   */
  keepSources?: boolean;
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

export interface CheckResult {
  version: 1;
  verdict: 'pass' | 'fail';
  failOn: Severity | 'none';
  findings: Finding[];
  targets: TargetSummary[];
  summary: Summary;
  policy: { sources: string[] };
  /** The policy's maxWarnings, when it has one (the run fails above it). */
  maxWarnings?: number;
  /** Paths given that matched nothing. */
  missing: string[];
  /** Source text of the text targets that have findings, for reports that show the offending line. */
  sources: Map<string, string>;
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
  // The Dockerfile loader runs ShellCheck (I/O) unless the policy turns dockerfile/shellcheck off for the file.
  const shellcheckRule = RULES_BY_ID.get('dockerfile/shellcheck');
  const runner = new ShellcheckRunner();
  const ctx: ShellcheckContext = {
    shellcheck: {
      mode: opts.shellcheck ?? 'auto',
      enabledFor: (file) =>
        !!shellcheckRule && effectiveRule(policy, shellcheckRule, file).severity !== 'off',
      runner,
    },
    cwd,
    async readSibling(rel) {
      try {
        // Confined to the working directory, as targets are (a `.dockerignore` may be a link).
        return await readTargetFile(path.join(cwd, rel), cwd);
      } catch {
        return null;
      }
    },
  };
  const evaluation = new Evaluation(policy, {
    failOn: opts.failOn,
    missing: discovered.missing,
    now: opts.now,
    keepSources: opts.keepSources,
  });
  try {
    // Each file is loaded, checked and dropped in turn, so memory does not grow with the number of
    // files. Loading waits on I/O and on ShellCheck, which checks the scripts of many files in one
    // process: enough loads are in flight to fill its batches. Results keep discovery order.
    await forEachConcurrent(files, LOAD_WINDOW, async (f, i) => {
      let target: LoadedTarget;
      try {
        const text = await readTargetFile(f.absPath, cwd);
        target = await f.handler.load(f.relPath, text, ctx);
      } catch (e) {
        target = unreadable(f.kind, f.relPath, e);
      }
      evaluation.add(target, i);
    });
  } finally {
    await runner.close();
  }
  let order = files.length;
  const { loadContainerInspect } = opts.containerInspect?.length
    ? await import('../targets/runtime/inspect.js')
    : { loadContainerInspect: undefined };
  for (const file of opts.containerInspect ?? []) {
    const rel = toPosix(path.relative(cwd, path.resolve(cwd, file)));
    if (only && !only.has(rel)) continue;
    let target: LoadedTarget;
    try {
      target = await loadContainerInspect!(rel, await readTargetFile(path.resolve(cwd, file)));
    } catch (e) {
      target = unreadable('runtime', rel, e);
    }
    evaluation.add(target, order++);
  }
  if (opts.images?.length) {
    // Image reading is only needed when images are named: not loaded for a Dockerfile-only run.
    const { loadImageTargets } = await import('../targets/image/load.js');
    for (const image of opts.images) {
      for (const t of await loadImageTargets(image, { cwd, baseline: opts.baseline })) {
        evaluation.add(t, order++);
      }
    }
  }
  return evaluation.result();
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
 * The rules and the policy, one target at a time: `add` checks a target and keeps only its findings,
 * summary and (when asked) source text, so the target's model can be dropped right after; `result`
 * sorts the findings and gives the verdict. Pure: no I/O.
 */
export class Evaluation {
  private readonly raw: Finding[] = [];
  private readonly summaries: { order: number; summary: TargetSummary }[] = [];
  private readonly sources = new Map<string, string>();
  private readonly applier: PolicyApplier;
  private readonly settings: RuleSettings;
  private targetCount = 0;

  constructor(
    private readonly policy: ResolvedPolicy,
    private readonly extra: {
      failOn?: Severity | 'none';
      missing?: string[];
      now?: Date;
      keepSources?: boolean;
    } = {},
  ) {
    this.applier = new PolicyApplier(policy, extra.now);
    this.settings = new RuleSettings(policy);
  }

  /** Checks one target; `order` places its summary (targets are reported in the order given). */
  add(target: LoadedTarget, order = this.targetCount): void {
    this.targetCount++;
    this.applier.addTarget(target);
    let count = 0;
    const keep = (f: Finding) => {
      this.raw.push(this.applier.suppress(f));
      count++;
    };
    // Not `raw.push(...list)`: a spread of 100,000+ findings overflows the stack.
    for (const f of runRules(target, this.policy, this.settings)) keep(f);
    for (const f of customFindings(target, this.policy)) keep(f);
    this.applier.finishTarget(target.file);
    if (target.text !== undefined && count > 0 && this.extra.keepSources !== false) {
      this.sources.set(target.file, target.text);
    }
    this.summaries.push({
      order,
      summary: { file: target.file, kind: target.kind, findings: count, stats: target.stats },
    });
  }

  result(): CheckResult {
    const { policy, extra } = this;
    const findings = this.raw;
    for (const f of this.applier.finish()) findings.push(f);
    findings.sort(compareFindings);
    const failOn = extra.failOn ?? policy.failOn;
    const summary = summarise(findings, this.targetCount);
    const counted = findings.filter((f) => !f.suppressed && f.mode !== 'audit');
    const failing =
      counted.some((f) => failOn !== 'none' && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) ||
      (failOn !== 'none' &&
        policy.maxWarnings !== undefined &&
        counted.filter((f) => f.severity === 'warning').length > policy.maxWarnings);
    return {
      version: 1,
      verdict: failing ? 'fail' : 'pass',
      failOn,
      findings,
      targets: this.summaries.sort((a, b) => a.order - b.order).map((s) => s.summary),
      summary,
      policy: { sources: policy.sources },
      ...(policy.maxWarnings !== undefined ? { maxWarnings: policy.maxWarnings } : {}),
      missing: extra.missing ?? [],
      sources: this.sources,
    };
  }
}

type RuleSetting = ReturnType<typeof effectiveRule>;

/**
 * The setting of every rule on a file, computed once per distinct set of matching overrides (most
 * files share one) instead of once per rule and file.
 */
class RuleSettings {
  private readonly byOverrides = new Map<string, Map<string, RuleSetting>>();
  private readonly overrideIndex = new Map<unknown, number>();

  constructor(private readonly policy: ResolvedPolicy) {
    (policy.overrides ?? []).forEach((o, i) => this.overrideIndex.set(o, i));
  }

  forFile(file: string): (rule: (typeof RULES)[number]) => RuleSetting {
    const key = overridesFor(this.policy, file)
      .map((o) => this.overrideIndex.get(o))
      .join(',');
    let cache = this.byOverrides.get(key);
    if (!cache) this.byOverrides.set(key, (cache = new Map()));
    return (rule) => {
      let s = cache.get(rule.id);
      if (!s) cache.set(rule.id, (s = effectiveRule(this.policy, rule, file)));
      return s;
    };
  }
}

function runRules(target: LoadedTarget, policy: ResolvedPolicy, settings: RuleSettings): Finding[] {
  const out: Finding[] = [];
  const settingOf = settings.forFile(target.file);
  const unparsable = RULES_BY_ID.get('policy/unparsable')!;
  const unparsableSetting = settingOf(unparsable);
  for (const p of target.problems) {
    if (unparsableSetting.severity === 'off') continue;
    out.push({
      ruleId: unparsable.id,
      severity: unparsableSetting.severity,
      message: p.message,
      file: target.file,
      kind: 'policy',
      ...p.range,
    });
  }
  for (const rule of RULES) {
    if (rule.kind !== target.kind) continue;
    const setting = settingOf(rule);
    if (setting.severity === 'off') continue;
    for (const unit of target.units) {
      const report = (d: ReportDescriptor) => {
        out.push({
          // A rule may report under a finer id (dockerfile/shellcheck reports shellcheck/SC2086…) and at a
          // lower severity than its setting, never a higher one.
          ruleId: d.ruleId ?? rule.id,
          severity:
            d.severity && SEVERITY_RANK[d.severity] < SEVERITY_RANK[setting.severity as Severity]
              ? d.severity
              : (setting.severity as Severity),
          message: d.message,
          file: target.file,
          kind: rule.kind,
          ...normaliseRange(d.range),
          ...(d.fix ? { fix: d.fix } : {}),
          ...(d.context || unit.context ? { context: { ...unit.context, ...d.context } } : {}),
          ...(setting.mode === 'audit' ? { mode: 'audit' as const } : {}),
        });
      };
      try {
        rule.check(unit.model as never, setting.options, report);
      } catch (e) {
        // A rule bug must not cost the user the other results: report it where it happened.
        out.push({
          ruleId: 'policy/internal-error',
          severity: 'error',
          message: `rule ${rule.id} failed on this file (${(e as Error).message}); the other rules still ran. Please report this.`,
          file: target.file,
          kind: 'policy',
          ...WHOLE_FILE,
        });
      }
    }
  }
  return out;
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
