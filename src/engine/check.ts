/**
 * The pipeline (DESIGN.md, "Data flow"): policy -> discover -> parse -> rules -> policy outcome.
 * Bad input never stops the run: a target that cannot be read becomes a `policy/unparsable` finding
 * with its location, and every other target is still checked.
 */
import path from 'node:path';
import { RULES, RULES_BY_ID } from '../rules/index.js';
import type { ReportDescriptor } from '../rules/define.js';
import { loadPolicy, effectiveRule } from '../policy/load.js';
import type { ResolvedPolicy } from '../policy/types.js';
import { FILE_TARGETS } from '../targets/index.js';
import type { LoadedTarget } from '../targets/types.js';
import type { ShellcheckContext, ShellcheckMode } from '../targets/dockerfile/shellcheck.js';
import { discover, readTargetFile, toPosix } from './discover.js';
import { loadImageTargets } from '../targets/image/load.js';
import { loadContainerInspect } from '../targets/runtime/inspect.js';
import { applyPolicy } from '../policy/apply.js';
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
  /** Source text of text targets, for reports that show the offending line. */
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
  // The Dockerfile loader runs ShellCheck (I/O) unless the policy turns dockerfile/shellcheck off for the file.
  const shellcheckRule = RULES_BY_ID.get('dockerfile/shellcheck');
  const ctx: ShellcheckContext = {
    shellcheck: {
      mode: opts.shellcheck ?? 'auto',
      enabledFor: (file) =>
        !!shellcheckRule && effectiveRule(policy, shellcheckRule, file).severity !== 'off',
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
  // Loading is mostly parsing on this thread, but a loader may wait on I/O or a child process
  // (ShellCheck): a few loads in flight keep the second core busy. Results keep discovery order.
  const targets: LoadedTarget[] = await mapConcurrent(discovered.files, LOAD_CONCURRENCY, async (f) => {
    try {
      const text = await readTargetFile(f.absPath, cwd);
      return await f.handler.load(f.relPath, text, ctx);
    } catch (e) {
      return {
        kind: f.kind,
        file: f.relPath,
        units: [],
        problems: [{ message: `cannot read this file: ${(e as Error).message}`, range: WHOLE_FILE }],
      };
    }
  });
  for (const file of opts.containerInspect ?? []) {
    const rel = toPosix(path.relative(cwd, path.resolve(cwd, file)));
    try {
      targets.push(await loadContainerInspect(rel, await readTargetFile(path.resolve(cwd, file))));
    } catch (e) {
      targets.push({
        kind: 'runtime',
        file: rel,
        units: [],
        problems: [{ message: `cannot read this file: ${(e as Error).message}`, range: WHOLE_FILE }],
      });
    }
  }
  for (const image of opts.images ?? []) {
    for (const t of await loadImageTargets(image, { cwd, baseline: opts.baseline })) targets.push(t);
  }
  const only = opts.onlyFiles ? new Set(opts.onlyFiles) : undefined;
  return evaluate(only ? targets.filter((t) => t.kind === 'image' || only.has(t.file)) : targets, policy, {
    failOn: opts.failOn,
    missing: discovered.missing,
    now: opts.now,
  });
}

const LOAD_CONCURRENCY = 4;

/** `items.map(fn)` with at most `limit` calls in flight, results in input order. */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Runs the rules over loaded targets and applies the policy. Pure: no I/O. */
export function evaluate(
  targets: LoadedTarget[],
  policy: ResolvedPolicy,
  extra: { failOn?: Severity | 'none'; missing?: string[]; now?: Date } = {},
): CheckResult {
  const raw: Finding[] = [];
  const summaries: TargetSummary[] = [];
  const sources = new Map<string, string>();
  for (const target of targets) {
    if (target.text !== undefined) sources.set(target.file, target.text);
    const before = raw.length;
    // Not `raw.push(...list)`: a spread of 100,000+ findings overflows the stack.
    for (const f of runRules(target, policy, extra.now ?? new Date())) raw.push(f);
    for (const f of customFindings(target, policy)) raw.push(f);
    summaries.push({
      file: target.file,
      kind: target.kind,
      findings: raw.length - before,
      stats: target.stats,
    });
  }
  const findings = [...applyPolicy(raw, targets, policy, extra.now)].sort(compareFindings);
  const failOn = extra.failOn ?? policy.failOn;
  const summary = summarise(findings, targets.length);
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
    targets: summaries,
    summary,
    policy: { sources: policy.sources },
    ...(policy.maxWarnings !== undefined ? { maxWarnings: policy.maxWarnings } : {}),
    missing: extra.missing ?? [],
    sources,
  };
}

function runRules(target: LoadedTarget, policy: ResolvedPolicy, now: Date): Finding[] {
  const out: Finding[] = [];
  const unparsable = RULES_BY_ID.get('policy/unparsable')!;
  const unparsableSetting = effectiveRule(policy, unparsable, target.file);
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
    // Base-image rules also check the images run configuration names (Rule.checkRuntime).
    const check =
      rule.kind === target.kind
        ? rule.check
        : target.kind === 'runtime' && rule.checkRuntime
          ? rule.checkRuntime
          : undefined;
    if (!check) continue;
    const setting = effectiveRule(policy, rule, target.file);
    if (setting.severity === 'off') continue;
    for (const unit of target.units) {
      const report = (d: ReportDescriptor) => {
        // A policy may set a finer id itself (`shellcheck/SC2086: off`, or `SC2086: error`): that wins.
        const finer =
          d.ruleId && d.ruleId !== rule.id ? finerSetting(policy, d.ruleId, target.file) : undefined;
        if (finer === 'off') return;
        out.push({
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
          ...(d.context || unit.context ? { context: { ...unit.context, ...d.context } } : {}),
          ...(setting.mode === 'audit' ? { mode: 'audit' as const } : {}),
        });
      };
      try {
        check.call(rule, unit.model as never, withToday(setting.options, now), report);
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

/**
 * Rules are pure, so the date a dated rule (`dockerfile/base-image-eol`) judges against comes from the
 * run: a `today` option left null is filled in here.
 */
function withToday(options: Record<string, unknown>, now: Date): Record<string, unknown> {
  if (!('today' in options) || options.today !== null) return options;
  return { ...options, today: now.toISOString().slice(0, 10) };
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
