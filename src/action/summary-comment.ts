/**
 * The one summary comment on the pull request, found again by a hidden marker and edited in place, so
 * that every run updates it rather than adding another. A clean result creates no comment, but does
 * update an existing one (to show that the findings are gone).
 */
import type { Octokit } from './octokit.js';

export const SUMMARY_MARKER = '<!-- layerguard:summary -->';
/** GitHub's limit on a comment body. */
export const MAX_COMMENT = 65536;

export interface SummaryCommentOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  url?: string;
}

export async function upsertSummaryComment(
  api: Octokit,
  repo: { owner: string; repo: string },
  prNumber: number,
  body: string,
  createIfMissing: boolean,
): Promise<SummaryCommentOutcome> {
  const comments = await api.paginate(api.rest.issues.listComments, {
    ...repo,
    issue_number: prNumber,
    per_page: 100,
  });
  const mine = (comments as Array<{ id: number; body?: string; html_url?: string }>).find((c) =>
    c.body?.includes(SUMMARY_MARKER),
  );
  if (mine) {
    if (mine.body === body) return { action: 'unchanged', url: mine.html_url };
    const { data } = await api.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
    return { action: 'updated', url: data.html_url };
  }
  if (!createIfMissing) return { action: 'skipped' };
  const { data } = await api.rest.issues.createComment({ ...repo, issue_number: prNumber, body });
  return { action: 'created', url: data.html_url };
}
