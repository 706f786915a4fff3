/**
 * The results file of the two-workflow pattern for pull requests from forks (docs/action.md). A fork's
 * `pull_request` run has a read-only token: it checks, writes this file (`results-file`) and uploads
 * it as an artifact. A `workflow_run` run of the base repository, with a write token and without
 * checking out the fork's code, downloads it and posts it (`post-results`).
 *
 * The file is written by the fork's code, so the posting side trusts nothing in it but findings to
 * show: its size and shape are checked, its pull request must be the one whose head commit the
 * `workflow_run` event names (asked of GitHub, not of the file), and no fix suggestion is offered
 * from it (a suggestion is committed with one click).
 */
import { readFileSync, statSync } from 'node:fs';
import type { CheckResult } from '../engine/check.js';
import type { Finding } from '../engine/types.js';
import { SEVERITIES } from '../engine/types.js';
import { formatJson } from '../report/json.js';

export const RESULTS_FORMAT = 'layerguard-action-results';
/** A results file larger than this is refused. */
export const MAX_RESULTS_BYTES = 64 * 1024 * 1024;

export interface ResultsFile {
  format: typeof RESULTS_FORMAT;
  version: 1;
  pullRequest: { number: number; headSha: string };
  /** The check result with positions on the head commit (as `formatJson` writes it). */
  result: ReturnType<typeof JSON.parse>;
}

export function writeResults(result: CheckResult, pr: { number: number; headSha: string }): string {
  return JSON.stringify({
    format: RESULTS_FORMAT,
    version: 1,
    pullRequest: { number: pr.number, headSha: pr.headSha },
    result: JSON.parse(formatJson(result)),
  });
}

export class ResultsError extends Error {}

const KINDS: readonly Finding['kind'][] = ['dockerfile', 'runtime', 'image', 'policy'];

const isInt = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** Reads and checks a results file; throws ResultsError saying what is wrong. */
export function readResults(file: string): {
  result: CheckResult;
  pullRequest: { number: number; headSha: string };
} {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw new ResultsError(`cannot read the results file ${file}: ${(e as Error).message}`);
  }
  if (size > MAX_RESULTS_BYTES) throw new ResultsError(`the results file ${file} is larger than 64 MiB`);
  let data: any;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ResultsError(`the results file ${file} is not JSON: ${(e as Error).message}`);
  }
  if (data?.format !== RESULTS_FORMAT || data.version !== 1) {
    throw new ResultsError(
      `${file} is not a layerguard results file (written by the \`results-file\` input)`,
    );
  }
  const pr = data.pullRequest;
  if (!isInt(pr?.number) || typeof pr.headSha !== 'string' || !/^[0-9a-f]{40}$/.test(pr.headSha)) {
    throw new ResultsError(`${file}: pullRequest must have a number and a 40-hex headSha`);
  }
  const r = data.result;
  if (!Array.isArray(r?.findings) || typeof r.summary !== 'object' || r.summary === null) {
    throw new ResultsError(`${file}: result.findings and result.summary are missing`);
  }
  const findings: Finding[] = [];
  for (const f of r.findings) {
    const ok =
      typeof f?.ruleId === 'string' &&
      (SEVERITIES as readonly string[]).includes(f.severity) &&
      typeof f.message === 'string' &&
      typeof f.file === 'string' &&
      [f.line, f.column, f.endLine, f.endColumn].every((n) => isInt(n) && n >= 1);
    if (!ok)
      throw new ResultsError(`${file}: a finding lacks ruleId, severity, message, file or its position`);
    findings.push({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: Math.max(f.line, f.endLine),
      endColumn: f.endColumn,
      kind: KINDS.find((k) => f.ruleId.startsWith(`${k}/`)) ?? 'policy',
      ...(f.mode === 'audit' ? { mode: 'audit' as const } : {}),
      ...(f.suppressed && typeof f.suppressed.reason === 'string' ? { suppressed: f.suppressed } : {}),
      // No fix: suggestions are not offered from a results file.
    });
  }
  const counted = findings.filter((f) => !f.suppressed);
  const summary = {
    targets: isInt(r.summary.targets) ? r.summary.targets : 0,
    errors: counted.filter((f) => f.severity === 'error').length,
    warnings: counted.filter((f) => f.severity === 'warning').length,
    infos: counted.filter((f) => f.severity === 'info').length,
    suppressed: findings.length - counted.length,
    audit: counted.filter((f) => f.mode === 'audit').length,
    byRule: Object.fromEntries(
      [...new Set(counted.map((f) => f.ruleId))].map((id) => [
        id,
        counted.filter((f) => f.ruleId === id).length,
      ]),
    ),
  };
  const targets = Array.isArray(r.targets)
    ? r.targets
        .filter(
          (t: any) => typeof t?.file === 'string' && ['dockerfile', 'runtime', 'image'].includes(t.kind),
        )
        .map((t: any) => ({ file: t.file, kind: t.kind, findings: isInt(t.findings) ? t.findings : 0 }))
    : [];
  return {
    pullRequest: { number: pr.number, headSha: pr.headSha },
    result: {
      version: 1,
      verdict: r.summary.verdict === 'pass' ? 'pass' : 'fail',
      failOn: (['error', 'warning', 'info', 'none'] as const).find((x) => x === r.summary.failOn) ?? 'error',
      findings,
      targets,
      summary,
      policy: { sources: [] },
      missing: [],
      sources: new Map(),
    },
  };
}
