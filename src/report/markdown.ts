/**
 * The markdown report: the Action's job summary, check-run summary and pull-request summary comment,
 * and the CLI's `--format markdown`. Verdict, counts by severity and by rule, findings by file (linked
 * to their lines when a link builder is given), each image's layer table and chart, and the
 * exceptions and suppressions that were applied. `maxLength` keeps it inside GitHub's limits (65 536
 * characters for a comment, 65 535 for a check-run summary) by leaving out finding rows, and says so.
 */
import type { CheckResult } from '../engine/check.js';
import type { Finding, Severity } from '../engine/types.js';
import { SEVERITIES } from '../engine/types.js';
import { RULES_BY_ID } from '../rules/index.js';
import { DOCS_BASE_URL } from '../rules/define.js';
import { VERSION } from '../version.js';
import { formatImageTables } from './image-table.js';
import { comparisonLine } from '../engine/compare.js';
import type { Comparison } from '../engine/compare.js';

export interface MarkdownOptions {
  /** Heading text after the verdict icon (default `layerguard`). */
  title?: string;
  /** URL of lines of a file in the repository; undefined when the file is not in it (images). */
  link?: (file: string, line: number, endLine: number) => string | undefined;
  /** The findings listed by file; default every finding that is not suppressed. */
  listed?: readonly Finding[];
  /** Heading of the findings section (default `Findings`). */
  listedHeading?: string;
  /** Said instead of the findings section when `listed` is empty (default: the section is left out). */
  listedEmpty?: string;
  /** Paragraphs placed under the verdict line (notes from the Action). */
  notes?: string[];
  /** Include each image's layer table and chart (default true). */
  images?: boolean;
  /** Include the by-rule table (default true). */
  byRule?: boolean;
  /** Upper bound in characters; finding rows are left out (and counted) to fit. */
  maxLength?: number;
  /** Appended after everything else (e.g. a hidden marker); counted in `maxLength`. */
  trailer?: string;
}

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };
const SEVERITY_LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

export function formatMarkdown(result: CheckResult, opts: MarkdownOptions = {}): string {
  const link = opts.link ?? (() => undefined);
  const s = result.summary;
  const head: string[] = [];
  const icon = result.verdict === 'pass' ? '✅' : '❌';
  head.push(`## ${icon} ${opts.title ?? 'layerguard'}: ${result.verdict}`, '');
  head.push(verdictLine(result), '');
  if (result.comparison) head.push(comparisonParagraph(result.comparison), '');
  for (const note of opts.notes ?? []) head.push(note, '');
  head.push(severityTable(result), '');
  if ((opts.byRule ?? true) && Object.keys(s.byRule).length > 0) head.push(ruleTable(result.findings), '');

  const tail: string[] = [];
  if (opts.images ?? true) {
    const images = formatImageTables(result, 'markdown').trim();
    if (images) tail.push('### Images', '', images, '');
  }
  const suppressed = result.findings.filter((f) => f.suppressed);
  if (suppressed.length > 0) tail.push(suppressionTable(suppressed, link), '');
  if (result.missing.length > 0) {
    tail.push(`Matched no file: ${result.missing.map((m) => code(m)).join(', ')}.`, '');
  }
  tail.push(`<sub>layerguard ${VERSION}</sub>`);
  if (opts.trailer) tail.push('', opts.trailer);

  const listed = (opts.listed ?? result.findings.filter((f) => !f.suppressed)).filter((f) => !f.suppressed);
  const before = head.join('\n') + '\n';
  const after = tail.join('\n') + '\n';
  const budget =
    opts.maxLength === undefined ? Infinity : opts.maxLength - before.length - after.length - 300;
  const middle =
    listed.length > 0
      ? findingsSection(listed, opts.listedHeading ?? 'Findings', link, budget)
      : opts.listedEmpty
        ? opts.listedEmpty + '\n\n'
        : '';
  const out = before + middle + after;
  if (opts.maxLength !== undefined && out.length > opts.maxLength) {
    // Only when the image tables alone are too big: cut, keeping the trailer (a marker) intact.
    const trailer = opts.trailer ? '\n' + opts.trailer + '\n' : '';
    const note = '\n\n_…cut to fit GitHub’s size limit; the job summary and SARIF have everything._\n';
    return out.slice(0, Math.max(0, opts.maxLength - trailer.length - note.length)) + note + trailer;
  }
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function verdictLine(result: CheckResult): string {
  const s = result.summary;
  const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), `${s.infos} info`];
  const extra: string[] = [];
  if (s.audit) extra.push(`${s.audit} in audit mode (reported, never failing)`);
  if (s.suppressed) extra.push(`${s.suppressed} suppressed`);
  const policy = result.policy.sources.length ? result.policy.sources.map(code).join(' + ') : 'none';
  return (
    `**${parts.join(', ')}** in ${plural(s.targets, 'target')}` +
    (extra.length ? ` (${extra.join(', ')})` : '') +
    ` · fails on ${code(result.failOn)} · policy ${policy}`
  );
}

/** "**2 new**, 5 existing …": what can fail the run, and what the baseline file no longer needs. */
function comparisonParagraph(c: Comparison): string {
  const against = [
    ...(c.base !== undefined ? [`the base revision ${code(c.base)}`] : []),
    ...(c.baselineFile !== undefined ? [`the baseline ${code(c.baselineFile)}`] : []),
  ];
  const [first, ...rest] = comparisonLine(c).split(', ');
  const lines = [
    `**${first}**, ${rest.join(', ')}` +
      (against.length ? ` compared with ${against.join(' and ')}` : '') +
      ` · fail scope ${code(c.failScope)}` +
      (c.failScope === 'new' ? ': only new findings can fail' : ''),
  ];
  for (const n of c.notes) lines.push('', `> [!NOTE]`, `> ${n}`);
  if (c.unmatchedBaseline.length) {
    lines.push(
      '',
      `${c.unmatchedBaseline.length === 1 ? '1 entry' : `${c.unmatchedBaseline.length} entries`} of ${code(c.baselineFile ?? '')} ${c.unmatchedBaseline.length === 1 ? 'matches' : 'match'} no finding any more: run \`layerguard baseline\` to shrink it.`,
    );
  }
  return lines.join('\n');
}

function severityTable(result: CheckResult): string {
  const s = result.summary;
  const rows = ['| Severity | Findings |', '| --- | ---: |'];
  rows.push(`| ${SEVERITY_ICON.error} error | ${s.errors} |`);
  rows.push(`| ${SEVERITY_ICON.warning} warning | ${s.warnings} |`);
  rows.push(`| ${SEVERITY_ICON.info} info | ${s.infos} |`);
  if (s.suppressed) rows.push(`| 🔕 suppressed | ${s.suppressed} |`);
  return rows.join('\n');
}

function ruleTable(findings: readonly Finding[]): string {
  const counts = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    if (f.suppressed) continue;
    const c = counts.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
    c[f.severity]++;
    counts.set(f.ruleId, c);
  }
  const total = (c: Record<Severity, number>) => c.error + c.warning + c.info;
  const ids = [...counts.keys()].sort(
    (a, b) => total(counts.get(b)!) - total(counts.get(a)!) || (a < b ? -1 : 1),
  );
  const rows = [
    '### By rule',
    '',
    '| Rule | Errors | Warnings | Info | Summary |',
    '| --- | ---: | ---: | ---: | --- |',
  ];
  for (const id of ids) {
    const c = counts.get(id)!;
    const rule = RULES_BY_ID.get(id);
    rows.push(
      `| ${ruleLink(id)} | ${c.error || ''} | ${c.warning || ''} | ${c.info || ''} | ${cell(rule?.summary ?? '')} |`,
    );
  }
  return rows.join('\n');
}

function ruleLink(id: string): string {
  const rule = RULES_BY_ID.get(id);
  return rule ? `[${code(id)}](${DOCS_BASE_URL}${rule.docsPath})` : code(id);
}

type LinkFn = NonNullable<MarkdownOptions['link']>;

function findingsSection(
  findings: readonly Finding[],
  heading: string,
  link: LinkFn,
  budget: number,
): string {
  const byFile = new Map<string, Finding[]>();
  for (const f of [...findings].sort(bySeverityThenPlace)) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const files = [...byFile.keys()].sort(
    (a, b) => worst(byFile.get(b)!) - worst(byFile.get(a)!) || (a < b ? -1 : 1),
  );
  let out = `### ${heading}\n\n`;
  let left = findings.length;
  for (const file of files) {
    const list = byFile.get(file)!.sort((a, b) => a.line - b.line || a.column - b.column);
    const url = link(file, 1, 1);
    const title = url ? `[${code(file)}](${url.replace(/#L.*$/, '')})` : code(file);
    const block =
      [`#### ${title}`, '', '| Line | Severity | Rule | Message |', '| ---: | --- | --- | --- |'].join('\n') +
      '\n';
    if (out.length + block.length > budget) break;
    out += block;
    for (const f of list) {
      const row = findingRow(f, link) + '\n';
      if (out.length + row.length > budget) break;
      out += row;
      left--;
    }
    out += '\n';
    if (out.length > budget) break;
  }
  if (left > 0) {
    out += `_${plural(left, 'more finding')} not listed here, to stay within GitHub’s size limit; the job summary and SARIF have them all._\n\n`;
  }
  return out;
}

function findingRow(f: Finding, link: LinkFn): string {
  const where = f.endLine > f.line ? `${f.line}–${f.endLine}` : String(f.line);
  const url = link(f.file, f.line, f.endLine);
  const lineCell = url ? `[${where}](${url})` : where;
  let message = cell(f.message);
  if (f.context?.platform) message += ` (${cell(f.context.platform)})`;
  if (f.context?.layer !== undefined) message += ` (layer ${f.context.layer})`;
  if (f.mode === 'audit') message += ' _(audit)_';
  if (f.origin === 'base') message += ' _(existing)_';
  if (f.origin === 'baseline') message += ' _(baseline debt)_';
  if (f.fix) message += `<br>💡 ${cell(f.fix.description)}`;
  return `| ${lineCell} | ${SEVERITY_ICON[f.severity]} ${SEVERITY_LABEL[f.severity]} | ${ruleLink(f.ruleId)} | ${message} |`;
}

function suppressionTable(findings: readonly Finding[], link: LinkFn): string {
  const rows = [
    '### Exceptions and suppressions applied',
    '',
    '| Finding | Rule | Silenced by | Reason |',
    '| --- | --- | --- | --- |',
  ];
  const MAX = 200;
  for (const f of findings.slice(0, MAX)) {
    const url = link(f.file, f.line, f.endLine);
    const where = `${f.file}:${f.line}`;
    const by = f.suppressed!.kind === 'inline' ? 'inline comment' : 'policy exception';
    const source = f.suppressed!.source ? ` ${code(f.suppressed!.source)}` : '';
    rows.push(
      `| ${url ? `[${code(where)}](${url})` : code(where)} | ${ruleLink(f.ruleId)} | ${by}${source} | ${cell(f.suppressed!.reason)} |`,
    );
  }
  if (findings.length > MAX) rows.push(`| _${findings.length - MAX} more_ | | | |`);
  return rows.join('\n');
}

function worst(list: readonly Finding[]): number {
  return Math.max(...list.map((f) => 3 - SEVERITIES.indexOf(f.severity)));
}

function bySeverityThenPlace(a: Finding, b: Finding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line
  );
}

/** Inline code that survives any content (backticks inside pick a longer fence). */
export function code(text: string): string {
  const t = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const runs = t.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/**
 * Text for a table cell: `|` escaped (GitHub needs it even inside code spans), line breaks as `<br>`,
 * and `<`/`>` outside code spans escaped so that `<name>` is shown rather than taken for HTML.
 */
export function cell(text: string): string {
  return text
    .split(/(`+[^`]*?`+)/)
    .map((part, i) =>
      i % 2 === 1
        ? part.replace(/\r?\n/g, ' ')
        : part.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, '<br>'),
    )
    .join('')
    .replace(/\|/g, '\\|');
}
