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

/**
 * One line of a GitHub Actions step log that is not meant as a command: the Action's log lines and
 * the CLI's text output (which a workflow step prints). The runner splits its output at `\r` as well
 * as `\n` and reads every line starting with `::` (leading whitespace aside) as a workflow command, so
 * a folder called `x\n::stop-commands::y` would silence every later annotation. The text is escaped as
 * command data (`%`, `\r`, `\n`), and a line that still starts with `::` — a path can begin with
 * it — has that colon escaped as properties are (`%3A`).
 */
export function escapeLogLine(line: string): string {
  return neutraliseCommandStart(escapeData(line));
}

/** A line whose first non-blank characters are `::` gets its first colon written `%3A`. */
export function neutraliseCommandStart(line: string): string {
  return line.replace(/^(\s*):(?=:)/, '$1%3A');
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
