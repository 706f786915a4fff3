import type { CheckResult } from '../engine/check.js';
import type { Finding } from '../engine/types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escapes a workflow-command property or message (GitHub's toolkit rules). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotationCommand(f: Finding): string {
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `endLine=${f.endLine}`,
    ...(f.line === f.endLine ? [`col=${f.column}`, `endColumn=${f.endColumn}`] : []),
    `title=${escapeProperty(f.ruleId)}`,
  ];
  return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}

/** GitHub workflow commands: one annotation per finding that is not suppressed. */
export function formatGithub(result: CheckResult): string {
  return result.findings
    .filter((f) => !f.suppressed)
    .map((f) => annotationCommand(f) + '\n')
    .join('');
}
