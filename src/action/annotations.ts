/**
 * Workflow-command annotations. GitHub shows at most 10 annotations of each level (error, warning,
 * notice) per step and drops the rest silently, so they are emitted most severe first and, when a
 * level overflows, its 10th slot says how many were not shown. The hidden ones are still written to
 * the log as plain lines, and the job summary and check run carry every finding.
 */
import type { AnnotationProperties } from '@actions/core';
import type { Finding, Severity } from '../engine/types.js';
import { SEVERITIES } from '../engine/types.js';
import { inRepository } from './repo-view.js';
import { escapeLogLine } from '../report/github.js';

/** GitHub's display limit per level per step. */
export const ANNOTATION_LIMIT = 10;

export type Level = 'error' | 'warning' | 'notice';
export const LEVEL_OF: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'notice' };

export interface Annotation {
  level: Level;
  message: string;
  properties: AnnotationProperties;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings left out, by severity. */
  hidden: Record<Severity, Finding[]>;
}

/** Non-audit before audit, then by place. */
function order(a: Finding, b: Finding): number {
  const audit = Number(a.mode === 'audit') - Number(b.mode === 'audit');
  if (audit) return audit;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

export function annotationOf(f: Finding, images: ReadonlySet<string> = new Set()): Annotation {
  const properties: AnnotationProperties = { title: f.ruleId + (f.mode === 'audit' ? ' (audit)' : '') };
  if (inRepository(f, images)) {
    properties.file = f.file;
    properties.startLine = f.line;
    properties.endLine = f.endLine;
    if (f.line === f.endLine) {
      properties.startColumn = f.column;
      properties.endColumn = f.endColumn;
    }
  }
  let message = inRepository(f, images) ? f.message : `${f.file}: ${f.message}`;
  if (f.fix) message += `\nFix: ${f.fix.description}`;
  return { level: LEVEL_OF[f.severity], message, properties };
}

/**
 * @param reserved slots of a level kept for messages the Action itself emits (e.g. one warning when
 *   posting to GitHub failed), so that they are not the ones hidden.
 */
export function planAnnotations(
  findings: readonly Finding[],
  reserved: Partial<Record<Level, number>> = {},
  images: ReadonlySet<string> = new Set(),
): AnnotationPlan {
  const annotations: Annotation[] = [];
  const hidden: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const severity of SEVERITIES) {
    const level = LEVEL_OF[severity];
    const list = findings.filter((f) => !f.suppressed && f.severity === severity).sort(order);
    const capacity = Math.max(1, ANNOTATION_LIMIT - (reserved[level] ?? 0));
    if (list.length <= capacity) {
      annotations.push(...list.map((f) => annotationOf(f, images)));
      continue;
    }
    const shown = list.slice(0, capacity - 1);
    hidden[severity] = list.slice(capacity - 1);
    annotations.push(...shown.map((f) => annotationOf(f, images)));
    const n = hidden[severity].length;
    const word = severity === 'info' ? 'info findings' : `${severity}s`;
    annotations.push({
      level,
      message:
        `${n} more ${word} not shown as annotations: GitHub shows only ${ANNOTATION_LIMIT} per level per step. ` +
        'The job summary (and the layerguard check run, when it could be created) lists every finding.',
      properties: { title: `layerguard: ${n} more ${word}` },
    });
  }
  return { annotations, hidden };
}

/** The log line of a finding that is not shown as an annotation, escaped for the step log. */
export function logLine(f: Finding, images: ReadonlySet<string> = new Set()): string {
  const where = inRepository(f, images) ? `${f.file}:${f.line}:${f.column}` : f.file;
  return escapeLogLine(`${where}: ${f.severity}: ${f.message} [${f.ruleId}]`);
}
