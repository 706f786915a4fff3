/**
 * The one summary comment on the pull request, found again by a hidden marker **and** its author (a
 * person's comment that quotes the marker is never edited) and edited in place, so that every run
 * updates it rather than adding another. A clean result creates no comment, but does update an
 * existing one (to show that the findings are gone).
 *
 * It stays short: the verdict, the counts, and the findings not commented inline grouped by file and
 * rule (one line each, with links to the first lines), inside a collapsed `<details>` when long. It
 * never exceeds GitHub's 65,536-character limit on a comment body; the check run, the job summary and
 * the SARIF file have every finding.
 */
import type { CheckResult } from '../engine/check.js';
import type { Finding, Severity } from '../engine/types.js';
import { SEVERITY_RANK } from '../engine/types.js';
import { SEVERITY_ICON, code } from '../report/markdown.js';
import { RULES_BY_ID } from '../rules/index.js';
import { DOCS_BASE_URL } from '../rules/define.js';
import { mayHaveHappened } from './octokit.js';
import type { Octokit } from './octokit.js';
import { byAuthor } from './review.js';
import type { Author } from './review.js';

export const SUMMARY_MARKER = '<!-- layerguard:summary -->';
/** GitHub's limit on a comment body. */
export const MAX_COMMENT = 65536;
/** Lines of the findings list shown before it is collapsed into `<details>`. */
const OPEN_LIST_LINES = 15;
/** Line links per file and rule. */
const LINE_LINKS = 8;

export interface SummaryCommentOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  url?: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export interface SummaryBodyOptions {
  link: (file: string, line: number, endLine: number) => string | undefined;
  notes: string[];
  /** The findings to list (those not commented inline). */
  listed: readonly Finding[];
  heading: string;
  maxLength?: number;
}

/** The summary comment's body (with the marker), at most `maxLength` characters. */
export function summaryCommentBody(result: CheckResult, opts: SummaryBodyOptions): string {
  const max = (opts.maxLength ?? MAX_COMMENT) - SUMMARY_MARKER.length - 2;
  const s = result.summary;
  const icon = result.verdict === 'pass' ? '✅' : '❌';
  const counts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), `${s.infos} info`];
  const head = [
    `## ${icon} layerguard: ${result.verdict}`,
    '',
    `${counts.join(' · ')}${s.suppressed ? ` · ${s.suppressed} suppressed` : ''} (fails on ${result.failOn}).`,
    '',
    ...opts.notes.flatMap((n) => [n, '']),
  ];
  const groups = new Map<string, Map<string, Finding[]>>();
  for (const f of opts.listed) {
    let byRule = groups.get(f.file);
    if (!byRule) groups.set(f.file, (byRule = new Map()));
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const rows: string[] = [];
  for (const file of [...groups.keys()].sort()) {
    const byRule = groups.get(file)!;
    const entries = [...byRule.entries()].sort(
      (a, b) => SEVERITY_RANK[b[1][0].severity] - SEVERITY_RANK[a[1][0].severity] || (a[0] < b[0] ? -1 : 1),
    );
    rows.push(`- ${code(file)}`);
    for (const [ruleId, list] of entries) {
      const severity: Severity = list.reduce<Severity>(
        (m, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[m] ? f.severity : m),
        'info',
      );
      const rule = RULES_BY_ID.get(ruleId);
      const ruleRef = rule ? `[${code(ruleId)}](${DOCS_BASE_URL}${rule.docsPath})` : code(ruleId);
      const lines = [...list].sort((a, b) => a.line - b.line);
      const links = lines.slice(0, LINE_LINKS).map((f) => {
        const url = opts.link(f.file, f.line, f.endLine);
        return url ? `[${f.line}](${url})` : String(f.line);
      });
      const more = lines.length > LINE_LINKS ? `, +${lines.length - LINE_LINKS} more` : '';
      const where =
        list[0].kind === 'image' ? '' : ` — line${lines.length === 1 ? '' : 's'} ${links.join(', ')}${more}`;
      rows.push(`  - ${SEVERITY_ICON[severity]} ${ruleRef} ×${list.length}${where}`);
    }
  }
  const out = [...head];
  if (rows.length) {
    out.push(`### ${opts.heading} (${opts.listed.length})`, '');
    const collapse = rows.length > OPEN_LIST_LINES;
    if (collapse) {
      out.push(
        `<details><summary>${plural(opts.listed.length, 'finding')} in ${plural(groups.size, 'file')}</summary>`,
        '',
      );
    }
    const closing = collapse ? ['', '</details>', ''] : [''];
    let size = out.join('\n').length + closing.join('\n').length + 200;
    let shown = 0;
    for (const r of rows) {
      if (size + r.length + 1 > max) break;
      out.push(r);
      size += r.length + 1;
      shown++;
    }
    if (shown < rows.length) {
      out.push(
        `- … ${rows.length - shown} more lines left out here (a comment is limited to 65,536 characters); the check run and the job summary list every finding.`,
      );
    }
    out.push(...closing);
  }
  let body = out.join('\n').trimEnd();
  if (body.length > max) body = body.slice(0, max - 1) + '…';
  return `${body}\n\n${SUMMARY_MARKER}`;
}

export async function upsertSummaryComment(
  api: Octokit,
  repo: { owner: string; repo: string },
  prNumber: number,
  body: string,
  createIfMissing: boolean,
  author: Author = {},
): Promise<SummaryCommentOutcome> {
  const find = async () => {
    const comments = (await api.paginate(api.rest.issues.listComments, {
      ...repo,
      issue_number: prNumber,
      per_page: 100,
    })) as Array<{
      id: number;
      body?: string;
      html_url?: string;
      user?: { login?: string; type?: string } | null;
    }>;
    return comments.find((c) => c.body?.includes(SUMMARY_MARKER) && byAuthor(c.user, author));
  };
  const update = async (mine: { id: number; body?: string; html_url?: string }) => {
    if (mine.body === body) return { action: 'unchanged' as const, url: mine.html_url };
    const { data } = await api.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
    return { action: 'updated' as const, url: data?.html_url };
  };
  const mine = await find();
  if (mine) return update(mine);
  if (!createIfMissing) return { action: 'skipped' };
  const create = async () => {
    const { data } = await api.rest.issues.createComment({ ...repo, issue_number: prNumber, body });
    return { action: 'created' as const, url: data?.html_url };
  };
  try {
    return await create();
  } catch (e) {
    if (!mayHaveHappened(e)) throw e;
    // The comment may have been made although the answer was lost: look before making it again.
    const made = await find();
    return made ? update(made) : create();
  }
}
