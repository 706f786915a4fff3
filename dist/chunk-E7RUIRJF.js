import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);

// src/report/json.ts
function formatJson(result) {
  const findings = result.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...f.context ? { context: f.context } : {},
    ...f.fix ? { fix: f.fix } : {},
    ...f.mode ? { mode: f.mode } : {},
    ...f.suppressed ? { suppressed: f.suppressed } : {},
    ...f.fingerprint ? { fingerprint: f.fingerprint } : {},
    ...f.origin ? { origin: f.origin } : {},
    ...f.source ? { source: f.source } : {}
  }));
  const c = result.comparison;
  return JSON.stringify(
    {
      version: result.version,
      findings,
      summary: {
        verdict: result.verdict,
        failOn: result.failOn,
        ...result.summary,
        ...c ? { failScope: c.failScope, new: c.new, existing: c.existing } : {}
      },
      ...c ? { comparison: c } : {},
      targets: result.targets,
      policy: result.policy
    },
    null,
    2
  ) + "\n";
}

export {
  formatJson
};
