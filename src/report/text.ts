import type { CheckResult } from '../engine/check.js';
import type { Finding, Range } from '../engine/types.js';
import { escapeData, neutraliseCommandStart } from './github.js';
import { formatImageTables } from './image-table.js';
import { comparisonLine } from '../engine/compare.js';

export interface TextOptions {
  color: boolean;
}

const COLORS = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, green: 32, cyan: 36 } as const;

/**
 * Findings grouped by file, each with its source line and a marker under the range. Text from the
 * input (paths, messages, source lines, service and image names) is escaped for a GitHub Actions
 * step log, where this output often ends up: see escapeLogLine.
 */
export function formatText(result: CheckResult, opts: TextOptions): string {
  return [...textChunks(result, opts)].join('');
}

/**
 * `formatText`'s text in pieces of about `chunkSize` characters or more, the same bytes: a piece ends
 * after a file's findings, so a large run is written file by file (the CLI waits for standard output
 * to drain between pieces) instead of as one string.
 */
export function* textChunks(result: CheckResult, opts: TextOptions, chunkSize = 1 << 16): Generator<string> {
  const paint = (c: keyof typeof COLORS, s: string) => (opts.color ? `\u001b[${COLORS[c]}m${s}\u001b[0m` : s);
  const sevColor = { error: 'red', warning: 'yellow', info: 'blue' } as const;
  let out: string[] = [];
  let size = 0;
  // Source excerpts, image tables and anything else built from input: no \r may split a line (the
  // runner splits at it) and no line may start a workflow command.
  const piece = (): string => {
    const text =
      out
        .join('\n')
        .split('\n')
        .map((line) => neutraliseCommandStart(line.replace(/\r/g, '%0D')))
        .join('\n') + '\n';
    out = [];
    size = 0;
    return text;
  };
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (f.suppressed) continue;
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  for (const [file, findings] of byFile) {
    const first = out.length;
    out.push(paint('bold', escapeData(file)));
    const lines = result.sources.get(file)?.split('\n');
    for (const f of findings) {
      const where = `${f.line}:${f.column}`.padEnd(7);
      const sev = paint(sevColor[f.severity], f.severity.padEnd(7));
      const where2 = [
        f.context?.platform,
        f.context?.layer !== undefined ? `layer ${f.context.layer}` : undefined,
        f.context?.service,
      ]
        .filter(Boolean)
        .map((x) => escapeData(String(x)))
        .join(', ');
      const ctx = where2 ? ` [${where2}]` : '';
      const origin = f.origin === 'base' ? ' (existing)' : f.origin === 'baseline' ? ' (baseline debt)' : '';
      out.push(
        `  ${paint('gray', where)} ${sev} ${escapeData(f.message)}${ctx}  ${paint('gray', escapeData(f.ruleId))}${f.mode === 'audit' ? paint('gray', ' (audit)') : ''}${paint('gray', origin)}`,
      );
      const src = lines?.[f.line - 1];
      if (src !== undefined && src.trim() !== '') {
        const shown = redacted(src, f.line, f.redact).replace(/\t/g, ' ');
        const clipped = shown.length > 160 ? shown.slice(0, 157) + '...' : shown;
        out.push(`  ${paint('gray', String(f.line).padStart(5) + ' |')} ${clipped}`);
        const start = Math.min(f.column - 1, clipped.length);
        const end = f.endLine === f.line ? Math.min(f.endColumn - 1, clipped.length) : clipped.length;
        const width = Math.max(1, end - start);
        out.push(
          `  ${paint('gray', '      |')} ${' '.repeat(start)}${paint(sevColor[f.severity], '^'.repeat(width))}`,
        );
      }
    }
    out.push('');
    for (let i = first; i < out.length; i++) size += out[i].length + 1;
    if (size >= chunkSize) yield piece();
  }
  const images = formatImageTables(result, 'text');
  if (images) out.push(images.replace(/\n+$/, ''), '');
  const s = result.summary;
  const counts = [
    `${s.errors} error${s.errors === 1 ? '' : 's'}`,
    `${s.warnings} warning${s.warnings === 1 ? '' : 's'}`,
    `${s.infos} info`,
  ];
  if (s.suppressed) counts.push(`${s.suppressed} suppressed`);
  const verdict = result.verdict === 'pass' ? paint('green', 'pass') : paint('red', 'fail');
  out.push(
    `${verdict}: ${counts.join(', ')} in ${s.targets} target${s.targets === 1 ? '' : 's'} (policy: ${result.policy.sources.join(' + ') || 'none'}; fail on ${result.failOn})`,
  );
  const c = result.comparison;
  if (c) {
    const against = [
      ...(c.base !== undefined ? [`base revision ${c.base}`] : []),
      ...(c.baselineFile !== undefined ? [`baseline ${c.baselineFile}`] : []),
    ];
    out.push(
      `${comparisonLine(c)}${against.length ? ` against ${against.join(' and ')}` : ''}; fail scope ${c.failScope}` +
        (c.failScope === 'new' ? ' (only new findings can fail)' : ''),
    );
    for (const n of c.notes) out.push(paint('yellow', `note: ${escapeData(n)}`));
    if (c.unmatchedBaseline.length) {
      out.push(
        paint(
          'yellow',
          `note: ${c.unmatchedBaseline.length === 1 ? '1 entry' : `${c.unmatchedBaseline.length} entries`} of ${c.baselineFile} ${c.unmatchedBaseline.length === 1 ? 'matches' : 'match'} no finding any more (fixed?): run \`layerguard baseline\` to shrink it`,
        ),
      );
    }
  }
  for (const m of result.missing) out.push(paint('yellow', `note: "${escapeData(m)}" matched no file`));
  // Files read but not checked (a Helm chart template); the quiet ones (no workload in a YAML file) only in JSON.
  for (const t of result.targets) {
    if (typeof t.stats?.skipped === 'string' && !t.stats.quiet)
      out.push(paint('yellow', `note: ${escapeData(t.file)}: ${escapeData(t.stats.skipped)}`));
  }
  yield piece();
}

/** A source line with the part a finding marks as a credential replaced by `*` (same width, so the caret stays). */
function redacted(line: string, lineNo: number, r: Range | undefined): string {
  if (!r || lineNo < r.line || lineNo > r.endLine) return line;
  const start = lineNo === r.line ? r.column - 1 : 0;
  const end = lineNo === r.endLine ? Math.min(line.length, r.endColumn - 1) : line.length;
  return end <= start ? line : line.slice(0, start) + '*'.repeat(end - start) + line.slice(end);
}
