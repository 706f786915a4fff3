import type { CheckResult } from '../engine/check.js';
import type { Comparison } from '../engine/compare.js';

/** The stable machine-readable format: `{version, findings, summary}` plus context. */
export function formatJson(result: CheckResult): string {
  return [...jsonChunks(result)].join('');
}

/** Where the findings go in the document's skeleton (a string JSON.stringify leaves as it is). */
const FINDINGS_SLOT = '\u0000findings\u0000';
const QUOTED_SLOT = JSON.stringify(FINDINGS_SLOT);

/**
 * `formatJson`'s text in pieces of about `chunkSize` characters, the same bytes: the findings are
 * serialised one at a time, so a run with 100,000 findings never holds a copy of all of them as JSON
 * objects nor the whole document as one string (the CLI writes each piece as it comes).
 */
export function* jsonChunks(result: CheckResult, chunkSize = 1 << 16): Generator<string> {
  const c: Comparison | undefined = result.comparison;
  const skeleton =
    JSON.stringify(
      {
        version: result.version,
        findings: FINDINGS_SLOT,
        summary: {
          verdict: result.verdict,
          failOn: result.failOn,
          ...result.summary,
          ...(c ? { failScope: c.failScope, new: c.new, existing: c.existing } : {}),
        },
        ...(c ? { comparison: c } : {}),
        targets: result.targets,
        policy: result.policy,
      },
      null,
      2,
    ) + '\n';
  // "version" is a number and comes first, so the first match is the slot itself.
  const slot = skeleton.indexOf(QUOTED_SLOT);
  const head = skeleton.slice(0, slot);
  const tail = skeleton.slice(slot + QUOTED_SLOT.length);
  if (result.findings.length === 0) {
    yield head + '[]' + tail;
    return;
  }
  let buffer = head + '[\n';
  const findings = result.findings;
  for (let i = 0; i < findings.length; i++) {
    // Inside the findings array an object sits 4 spaces deep; JSON escapes every newline in a string,
    // so each newline of the serialised object is a line break to indent.
    buffer +=
      (i > 0 ? ',\n    ' : '    ') +
      JSON.stringify(jsonFinding(findings[i]), null, 2).replace(/\n/g, '\n    ');
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = '';
    }
  }
  yield buffer + '\n  ]' + tail;
}

function jsonFinding(f: CheckResult['findings'][number]) {
  return {
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
    ...(f.fingerprint ? { fingerprint: f.fingerprint } : {}),
    ...(f.origin ? { origin: f.origin } : {}),
    ...(f.source ? { source: f.source } : {}),
  };
}
