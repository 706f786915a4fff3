/**
 * Pull-request review comments on the changed lines. Each comment carries a hidden fingerprint of its
 * finding, so a re-run posts only what is new and deletes the comments whose finding is gone. A
 * finding with a fix gets a ```suggestion``` block: the lines it covers, rewritten by the fix's edits.
 * Findings whose lines are not in the diff are returned for the summary comment (GitHub answers a
 * comment outside the diff with 422).
 */
import type { CheckResult } from '../engine/check.js';
import type { Finding, TextEdit } from '../engine/types.js';
import { SEVERITY_RANK } from '../engine/types.js';
import { RULES_BY_ID } from '../rules/index.js';
import { DOCS_BASE_URL } from '../rules/define.js';
import { fingerprint } from '../report/sarif.js';
import { SEVERITY_ICON } from '../report/markdown.js';
import type { PullRequestDiff } from './diff.js';
import type { Octokit } from './octokit.js';
import { imageFiles, inRepository } from './repo-view.js';

/** At most this many layerguard comments stand on a PR; further findings go to the summary comment. */
export const MAX_INLINE_COMMENTS = 50;

export const FINGERPRINT_RE = /<!-- layerguard:fp=([0-9a-z-]+) -->/;

export function fingerprintMarker(fp: string): string {
  return `<!-- layerguard:fp=${fp} -->`;
}

function snippet(lines: string[] | undefined, f: Finding): string {
  if (!lines) return '';
  return lines
    .slice(f.line - 1, f.endLine)
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A fingerprint per finding from rule, file, message and the text of its lines (not the line number,
 * so it survives lines moving), numbered when the same finding repeats in a file.
 */
export function fingerprints(
  findings: readonly Finding[],
  sources: ReadonlyMap<string, string>,
): Map<Finding, string> {
  const out = new Map<Finding, string>();
  const seen = new Map<string, number>();
  const split = new Map<string, string[] | undefined>();
  for (const f of findings) {
    if (!split.has(f.file)) split.set(f.file, sources.get(f.file)?.split(/\r?\n/));
    const base = fingerprint(f.ruleId, f.file, f.message, snippet(split.get(f.file), f));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.set(f, n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

export interface Suggestion {
  /** First and last line (1-based, inclusive) the suggestion replaces. */
  startLine: number;
  endLine: number;
  /** The new text of those lines, without a final newline. */
  text: string;
}

/** The lines a fix touches, rewritten: what a ```suggestion``` block on those lines must contain. */
export function suggestionFor(f: Finding, text: string): Suggestion | undefined {
  if (!f.fix || f.fix.edits.length === 0) return undefined;
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const edits = f.fix.edits;
  const startLine = Math.min(f.line, ...edits.map((e) => e.range.line));
  let endLine = Math.max(f.endLine, ...edits.map((e) => e.range.endLine));
  if (startLine < 1 || startLine > lines.length) return undefined;
  endLine = Math.min(endLine, lines.length);
  const slice = lines.slice(startLine - 1, endLine);
  const starts: number[] = [];
  let acc = 0;
  for (const l of slice) {
    starts.push(acc);
    acc += l.length + 1;
  }
  const total = acc - 1;
  const offset = (line: number, column: number): number => {
    if (line > endLine) return total;
    const i = line - startLine;
    return starts[i] + Math.min(Math.max(0, column - 1), slice[i].length + 1);
  };
  const spans = edits
    .map((e: TextEdit) => ({
      from: offset(e.range.line, e.range.column),
      to: offset(e.range.endLine, e.range.endColumn),
      text: e.text,
    }))
    .sort((a, b) => b.from - a.from);
  for (let i = 1; i < spans.length; i++) if (spans[i].to > spans[i - 1].from) return undefined; // overlapping
  let out = slice.join('\n');
  for (const s of spans) {
    if (s.to < s.from) return undefined;
    out = out.slice(0, s.from) + s.text + out.slice(Math.min(s.to, out.length));
  }
  return { startLine, endLine, text: out.replace(/\n$/, '') };
}

function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((r) => r.length));
  return '`'.repeat(longest + 1);
}

export function commentBody(f: Finding, fp: string, suggestion?: Suggestion): string {
  const rule = RULES_BY_ID.get(f.ruleId);
  const ruleRef = rule ? `[\`${f.ruleId}\`](${DOCS_BASE_URL}${rule.docsPath})` : `\`${f.ruleId}\``;
  const parts = [
    `${SEVERITY_ICON[f.severity]} **${f.severity}** ${ruleRef}${f.mode === 'audit' ? ' _(audit mode: does not fail the check)_' : ''}`,
  ];
  parts.push('', f.message);
  if (f.fix) {
    if (suggestion) {
      const tick = fence(suggestion.text);
      parts.push(
        '',
        `💡 ${f.fix.description}`,
        '',
        `${tick}suggestion`,
        ...(suggestion.text === '' ? [] : [suggestion.text]),
        tick,
      );
    } else {
      parts.push('', `💡 ${f.fix.description}`);
    }
  }
  parts.push('', fingerprintMarker(fp));
  return parts.join('\n');
}

export interface PlannedComment {
  finding: Finding;
  fp: string;
  path: string;
  line: number;
  startLine?: number;
  body: string;
}

/**
 * Where on the diff a finding (about a repository file) is commented, or undefined when its lines are
 * not in the diff.
 */
export function planComment(
  f: Finding,
  fp: string,
  diff: PullRequestDiff,
  sources: ReadonlyMap<string, string>,
): PlannedComment | undefined {
  if (!diff.has(f.file)) return undefined;
  const text = sources.get(f.file);
  const suggestion = text !== undefined ? suggestionFor(f, text) : undefined;
  const at = (start: number, end: number, s?: Suggestion): PlannedComment => ({
    finding: f,
    fp,
    path: f.file,
    line: end,
    ...(end > start ? { startLine: start } : {}),
    body: commentBody(f, fp, s),
  });
  if (suggestion && diff.canComment(f.file, suggestion.startLine, suggestion.endLine)) {
    return at(suggestion.startLine, suggestion.endLine, suggestion);
  }
  if (diff.canComment(f.file, f.line, f.endLine)) return at(f.line, f.endLine);
  if (diff.canComment(f.file, f.line, f.line)) return at(f.line, f.line);
  return undefined;
}

export interface ReviewOutcome {
  /** New comments posted this run. */
  posted: number;
  /** Comments of earlier runs still standing for a current finding. */
  kept: number;
  /** Comments of earlier runs deleted because their finding is gone. */
  removed: number;
  /** Comments of earlier runs whose finding is gone but which have replies: marked resolved, kept. */
  resolved: number;
  /** Findings shown inline (posted now or earlier). */
  inline: Set<Finding>;
  /** Findings that could not be commented on the diff. */
  outside: Finding[];
  /** Findings on diff lines left to the summary comment because of MAX_INLINE_COMMENTS. */
  overflow?: number;
  reviewUrl?: string;
  /** Set when posting failed part-way; the findings not posted are in `outside`. */
  error?: unknown;
  /** Set when deleting an outdated comment failed. */
  deleteError?: unknown;
}

interface ExistingComment {
  id: number;
  fp: string;
  body: string;
  /** Someone answered it: it is marked resolved instead of deleted, keeping the conversation. */
  replied: boolean;
}

/** The body a comment with replies gets once its finding is gone (no longer matching FINGERPRINT_RE). */
export function resolvedBody(body: string, fp: string, sha: string): string {
  const original = body.replace(FINGERPRINT_RE, '').trim();
  return [
    `✅ **Resolved**: layerguard no longer reports this finding (as of ${sha.slice(0, 7)}).`,
    '',
    '<details><summary>Original comment</summary>',
    '',
    original.replace(/^(`{3,})suggestion\n(?:[\s\S]*?\n)?\1[ \t]*$\n?/gm, '_(suggestion withdrawn)_\n'),
    '',
    '</details>',
    '',
    `<!-- layerguard:resolved=${fp} -->`,
  ].join('\n');
}

export async function publishReview(
  api: Octokit,
  repo: { owner: string; repo: string },
  pr: { number: number; headSha: string },
  result: CheckResult,
  diff: PullRequestDiff,
): Promise<ReviewOutcome> {
  const images = imageFiles(result);
  const findings = result.findings.filter((f) => !f.suppressed && inRepository(f, images));
  const fps = fingerprints(findings, result.sources);
  const current = new Set(fps.values());

  const listed = await api.paginate(api.rest.pulls.listReviewComments, {
    ...repo,
    pull_number: pr.number,
    per_page: 100,
  });
  const existing: ExistingComment[] = [];
  const all = listed as Array<{ id: number; body?: string; in_reply_to_id?: number }>;
  const repliedTo = new Set(all.flatMap((c) => (c.in_reply_to_id ? [c.in_reply_to_id] : [])));
  for (const c of all) {
    if (c.in_reply_to_id) continue;
    const m = FINGERPRINT_RE.exec(c.body ?? '');
    if (m) existing.push({ id: c.id, fp: m[1], body: c.body ?? '', replied: repliedTo.has(c.id) });
  }
  const already = new Set(existing.map((c) => c.fp));

  const outcome: ReviewOutcome = {
    posted: 0,
    kept: 0,
    removed: 0,
    resolved: 0,
    inline: new Set(),
    outside: [],
  };
  const planned: PlannedComment[] = [];
  for (const f of findings) {
    const fp = fps.get(f)!;
    if (already.has(fp)) {
      outcome.inline.add(f);
      continue;
    }
    const c = planComment(f, fp, diff, result.sources);
    if (c) planned.push(c);
    else outcome.outside.push(f);
  }
  // Findings not in a repository file (images) are for the summary comment too.
  // Loops, not push(...list): a spread of 100,000+ findings overflows the stack.
  for (const f of result.findings) if (!f.suppressed && !inRepository(f, images)) outcome.outside.push(f);
  outcome.kept = existing.filter((c) => current.has(c.fp)).length;
  const room = Math.max(0, MAX_INLINE_COMMENTS - outcome.kept);
  if (planned.length > room) {
    // Keep the most severe inline; the rest are listed in the summary comment.
    const ranked = [...planned].sort(
      (a, b) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity],
    );
    const dropped = new Set(ranked.slice(room));
    outcome.overflow = dropped.size;
    for (const c of ranked.slice(room)) outcome.outside.push(c.finding);
    const keep = planned.filter((c) => !dropped.has(c));
    planned.length = 0;
    for (const c of keep) planned.push(c);
  }

  if (planned.length > 0) {
    const toApi = (c: PlannedComment) => ({
      path: c.path,
      line: c.line,
      side: 'RIGHT' as const,
      ...(c.startLine ? { start_line: c.startLine, start_side: 'RIGHT' as const } : {}),
      body: c.body,
    });
    const body =
      `**layerguard** found ${planned.length} new issue${planned.length === 1 ? '' : 's'} on the changed lines ` +
      '(the summary comment and the check run have the full report).';
    try {
      const { data } = await api.rest.pulls.createReview({
        ...repo,
        pull_number: pr.number,
        commit_id: pr.headSha,
        event: 'COMMENT',
        body,
        comments: planned.map(toApi),
      });
      outcome.reviewUrl = (data as { html_url?: string }).html_url;
      outcome.posted = planned.length;
      for (const c of planned) outcome.inline.add(c.finding);
    } catch (e) {
      if ((e as { status?: number }).status !== 422) {
        for (const c of planned) outcome.outside.push(c.finding);
        outcome.error = e;
        return outcome;
      }
      // One comment GitHub would not place fails the whole review: post them one by one instead.
      for (const c of planned) {
        try {
          await api.rest.pulls.createReviewComment({
            ...repo,
            pull_number: pr.number,
            commit_id: pr.headSha,
            ...toApi(c),
          });
          outcome.posted++;
          outcome.inline.add(c.finding);
        } catch (e2) {
          if ((e2 as { status?: number }).status !== 422) {
            for (const p of planned.slice(planned.indexOf(c))) outcome.outside.push(p.finding);
            outcome.error = e2;
            return outcome;
          }
          outcome.outside.push(c.finding);
        }
      }
    }
  }

  for (const c of existing) {
    if (current.has(c.fp)) continue;
    try {
      if (c.replied) {
        await api.rest.pulls.updateReviewComment({
          ...repo,
          comment_id: c.id,
          body: resolvedBody(c.body, c.fp, pr.headSha),
        });
        outcome.resolved++;
      } else {
        await api.rest.pulls.deleteReviewComment({ ...repo, comment_id: c.id });
        outcome.removed++;
      }
    } catch (e) {
      if ((e as { status?: number }).status === 404) continue; // already gone
      outcome.deleteError = e;
      break;
    }
  }
  return outcome;
}
