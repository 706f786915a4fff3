import type { CheckResult } from '../engine/check.js';

/** The stable machine-readable format: `{version, findings, summary}` plus context. */
export function formatJson(result: CheckResult): string {
  const findings = result.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(f.context ? { context: f.context } : {}),
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.mode ? { mode: f.mode } : {}),
    ...(f.suppressed ? { suppressed: f.suppressed } : {}),
  }));
  return (
    JSON.stringify(
      {
        version: result.version,
        findings,
        summary: { verdict: result.verdict, failOn: result.failOn, ...result.summary },
        targets: result.targets,
        policy: result.policy,
      },
      null,
      2,
    ) + '\n'
  );
}
