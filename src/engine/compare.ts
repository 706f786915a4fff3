/**
 * New findings gate a change; old debt does not (issue 13, item 3). Findings are compared by
 * fingerprint (src/engine/fingerprint.ts) with
 *
 * - the base revision of each file (`--base REV`, or the pull request's base commit in the Action),
 *   checked with the same policy: a finding whose file and fingerprint the base has is `base`;
 * - a committed debt baseline (`.layerguard-baseline.json`, written by `layerguard baseline`): a
 *   finding it lists is `baseline`, known debt that never fails the run;
 *
 * and every other finding is `new`. With `fail-scope: new` only new findings decide the verdict; with
 * `all`, base findings count too. Image findings have no base revision: they are new unless the
 * baseline lists them. Pure: the I/O (git, the baseline file) is in git.ts, baseline.ts and check.ts.
 */
import type { FailScope, Finding, FindingOrigin, Severity } from './types.js';
import { SEVERITY_RANK } from './types.js';
import { findingKey } from './fingerprint.js';

export interface BaselineEntry {
  file: string;
  ruleId: string;
  fingerprint: string;
  /** Where the finding was when the baseline was written: for people reading the file, never matched on. */
  line?: number;
  message?: string;
}

export interface DebtBaseline {
  /** The baseline file as given (relative to the working directory). */
  file: string;
  entries: BaselineEntry[];
}

export interface Comparison {
  failScope: FailScope;
  /** The base revision compared with, when there was one. */
  base?: string;
  /** The debt baseline file read, when there was one. */
  baselineFile?: string;
  /** Counts of the findings that are not suppressed. */
  new: number;
  existing: number;
  onBase: number;
  inBaseline: number;
  /** Baseline entries for files checked in this run that matched no finding: the file can shrink. */
  unmatchedBaseline: BaselineEntry[];
  /** What happened that a reader should know (a base revision that could not be read…). */
  notes: string[];
}

export interface ClassifyInput {
  failScope: FailScope;
  /** Base revision label and the fingerprints of each file there (a file absent at base is absent here). */
  base?: { label: string; fingerprints: ReadonlyMap<string, ReadonlySet<string>> };
  baseline?: DebtBaseline;
  /** Files (and image references) checked in this run: only their baseline entries can be unmatched. */
  checked: ReadonlySet<string>;
  notes?: string[];
}

/** Each finding with its origin, and the comparison's counts. */
export function classify(
  findings: readonly Finding[],
  input: ClassifyInput,
): { findings: Finding[]; comparison: Comparison } {
  const debt = new Map<string, BaselineEntry>();
  for (const e of input.baseline?.entries ?? []) debt.set(findingKey(e.file, e.fingerprint), e);
  const matched = new Set<string>();
  const out = findings.map((f): Finding => {
    let origin: FindingOrigin = 'new';
    const key = f.fingerprint !== undefined ? findingKey(f.file, f.fingerprint) : undefined;
    if (key !== undefined && debt.has(key)) {
      origin = 'baseline';
      matched.add(key);
    } else if (f.fingerprint !== undefined && input.base?.fingerprints.get(f.file)?.has(f.fingerprint)) {
      origin = 'base';
    }
    return { ...f, origin };
  });
  const counted = out.filter((f) => !f.suppressed);
  const onBase = counted.filter((f) => f.origin === 'base').length;
  const inBaseline = counted.filter((f) => f.origin === 'baseline').length;
  const unmatchedBaseline = [...debt.entries()]
    .filter(([key, e]) => !matched.has(key) && input.checked.has(e.file))
    .map(([, e]) => e);
  return {
    findings: out,
    comparison: {
      failScope: input.failScope,
      ...(input.base ? { base: input.base.label } : {}),
      ...(input.baseline ? { baselineFile: input.baseline.file } : {}),
      new: counted.length - onBase - inBaseline,
      existing: onBase + inBaseline,
      onBase,
      inBaseline,
      unmatchedBaseline,
      notes: input.notes ?? [],
    },
  };
}

/**
 * Whether a finding can fail the run: not suppressed, not in audit mode, not recorded debt, and, with
 * `fail-scope: new`, not already on the base revision.
 */
export function counts(f: Finding, failScope: FailScope): boolean {
  if (f.suppressed || f.mode === 'audit' || f.origin === 'baseline') return false;
  return !(failScope === 'new' && f.origin === 'base');
}

/** The verdict: fail when a counted finding reaches `failOn`, or counted warnings exceed `maxWarnings`. */
export function verdictOf(
  findings: readonly Finding[],
  failOn: Severity | 'none',
  maxWarnings: number | undefined,
  failScope: FailScope,
): 'pass' | 'fail' {
  if (failOn === 'none') return 'pass';
  const counted = findings.filter((f) => counts(f, failScope));
  const failing =
    counted.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) ||
    (maxWarnings !== undefined && counted.filter((f) => f.severity === 'warning').length > maxWarnings);
  return failing ? 'fail' : 'pass';
}

/** "2 new, 5 existing (3 on the base revision, 2 in the baseline)". */
export function comparisonLine(c: Comparison): string {
  const parts: string[] = [];
  if (c.base !== undefined) parts.push(`${c.onBase} on the base revision`);
  if (c.baselineFile !== undefined) parts.push(`${c.inBaseline} in the baseline`);
  return `${c.new} new, ${c.existing} existing` + (parts.length > 1 ? ` (${parts.join(', ')})` : '');
}
