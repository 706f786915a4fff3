/**
 * Pull-request review comments on the changed lines, quiet by default:
 *
 * - only findings at or above `comment-level` (default warning) go inline; the others stay in the
 *   check run, the summary comment, SARIF and the job summary;
 * - findings on the same line range share one comment;
 * - a ```suggestion``` block is offered only when it was checked on the head commit's file (see
 *   suggestions.ts), and suggestions never overlap: the findings of one comment get one combined
 *   suggestion when their fixes apply together, and of two overlapping suggestions the less severe
 *   one is withdrawn (its fix stays described in words);
 * - at most `max-comments` layerguard comments stand on the pull request, the most severe first; the
 *   rest are listed in the summary comment;
 * - comments are checked before they are sent (body size, lines in one hunk of the diff), and the
 *   review is one request. When GitHub still refuses it with 422, the comments it refuses are found by
 *   halving, tried as *pending* reviews (not shown and deleted at once, so nobody is notified), and
 *   one review is posted without them; they are listed in the summary comment. Never one POST per
 *   comment.
 *
 * Each comment carries a hidden fingerprint of its findings, so a re-run posts only what is new and
 * deletes the comments whose findings are gone. Comments are only ever edited or deleted when they
 * carry the marker **and** were written by the Action's own account (see `Author`).
 */
import type { CheckResult } from '../engine/check.js';
import type { Finding, Severity, TextEdit } from '../engine/types.js';
import { SEVERITY_RANK } from '../engine/types.js';
import { RULES_BY_ID } from '../rules/index.js';
import { DOCS_BASE_URL } from '../rules/define.js';
import { SEVERITY_ICON } from '../report/markdown.js';
import { fingerprint } from '../report/sarif.js';
import type { PullRequestDiff } from './diff.js';
import type { Octokit } from './octokit.js';
import { mayHaveHappened } from './octokit.js';
import { imageFiles, inRepository } from './repo-view.js';
import { suggestionFixes } from './suggestions.js';
import type { Linter } from './suggestions.js';

/** The default of `max-comments`: layerguard comments standing on a PR; further findings go to the summary comment. */
export const MAX_INLINE_COMMENTS = 20;
/** GitHub's limit on a comment body. */
export const MAX_BODY = 65536;
/** Pending reviews tried to find the comments GitHub refuses (about 2 log2(n) per refused comment). */
export const MAX_PROBES = 16;

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

/** The body of one comment about several findings on the same lines (the first one's suggestion, if any). */
export function groupBody(findings: readonly Finding[], fp: string, suggestion?: Suggestion): string {
  if (findings.length === 1) return commentBody(findings[0], fp, suggestion);
  const parts: string[] = [];
  findings.forEach((f, i) => {
    const one = commentBody(f, fp, i === 0 ? suggestion : undefined)
      .replace(fingerprintMarker(fp), '')
      .trim();
    parts.push(one, '');
  });
  parts.push(fingerprintMarker(fp));
  return parts.join('\n');
}

/** Who the Action posts as: comments of anyone else are never edited or deleted, marker or not. */
export interface Author {
  /** The token's login (`GET /user`), when GitHub says it. */
  login?: string;
}

interface GitHubUser {
  login?: string;
  type?: string;
}

/**
 * Whether a comment was written by the Action's own account: its login when known; otherwise a bot
 * account (the `GITHUB_TOKEN` and GitHub App tokens, which may not ask `GET /user`, post as
 * `github-actions[bot]` or `<app>[bot]`), never a person's.
 */
export function byAuthor(user: GitHubUser | null | undefined, author: Author): boolean {
  if (!user?.login) return false;
  if (author.login) return user.login === author.login;
  return user.type === 'Bot' || /\[bot\]$/.test(user.login);
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
  /** Findings on diff lines left to the summary comment because of `max-comments`. */
  overflow?: number;
  /** Findings below `comment-level` (not commented by choice). */
  belowLevel?: number;
  /** Comments GitHub refused (422), left out of the review and listed in the summary comment. */
  refused?: Finding[];
  /** Suggestions withdrawn (overlapping, or not fixing the finding on the head file). */
  withdrawnSuggestions?: number;
  /** Pending reviews tried to find refused comments. */
  probes?: number;
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

export interface ReviewOptions {
  commentLevel?: Severity;
  maxComments?: number;
  author?: Author;
  /** Checks suggestions on the head file; without it no suggestion is offered. */
  lint?: Linter;
  /** A key of this run (run id, attempt, job), to recognise its own review after a lost answer. */
  runKey?: string;
}

interface Group {
  file: string;
  line: number;
  endLine: number;
  findings: Finding[];
  fp: string;
  severity: number;
  suggestion?: Suggestion;
}

/**
 * A fix made of the edits of several findings, when they touch separate places (undefined otherwise):
 * two edits at the same point, such as two insertions after `apt-get update`, would not compose.
 */
function combinedFix(findings: readonly Finding[]): Finding | undefined {
  const withFix = findings.filter((f) => f.fix && f.fix.edits.length);
  if (withFix.length < 2) return undefined;
  const pos = (line: number, column: number) => line * 1e6 + column;
  const spans = withFix
    .flatMap((f) => f.fix!.edits)
    .map((e) => [pos(e.range.line, e.range.column), pos(e.range.endLine, e.range.endColumn)])
    .sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) if (spans[i][0] <= spans[i - 1][1]) return undefined;
  return {
    ...withFix[0],
    line: Math.min(...withFix.map((f) => f.line)),
    endLine: Math.max(...withFix.map((f) => f.endLine)),
    fix: {
      description: withFix.map((f) => f.fix!.description).join('; '),
      edits: withFix.flatMap((f) => f.fix!.edits),
    },
  };
}

/** The comments for a run: eligible findings in the diff grouped by line range. */
export function planGroups(
  findings: readonly Finding[],
  fps: ReadonlyMap<Finding, string>,
  diff: PullRequestDiff,
): { groups: Group[]; outside: Finding[] } {
  const outside: Finding[] = [];
  const byRange = new Map<string, Group>();
  for (const f of findings) {
    const placed = diff.canComment(f.file, f.line, f.endLine)
      ? [f.line, f.endLine]
      : diff.canComment(f.file, f.line, f.line)
        ? [f.line, f.line]
        : undefined;
    if (!placed) {
      outside.push(f);
      continue;
    }
    const key = `${f.file}\u0000${placed[0]}\u0000${placed[1]}`;
    let g = byRange.get(key);
    if (!g) {
      g = { file: f.file, line: placed[0], endLine: placed[1], findings: [], fp: '', severity: 0 };
      byRange.set(key, g);
    }
    g.findings.push(f);
    g.severity = Math.max(g.severity, SEVERITY_RANK[f.severity]);
  }
  const groups = [...byRange.values()];
  for (const g of groups) {
    g.findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
    const members = g.findings.map((f) => fps.get(f)!);
    g.fp = members.length === 1 ? members[0] : `${fingerprint(...[...members].sort())}-g`;
  }

  return { groups, outside };
}

/**
 * Each group's suggestion chosen and checked, overlapping suggestions resolved in favour of the most
 * severe; returns how many fixes are not offered as suggestions. Only for the groups to be posted (at
 * most `max-comments`): each check lints the file once per candidate.
 */
export async function chooseSuggestions(
  groups: Group[],
  diff: PullRequestDiff,
  sources: ReadonlyMap<string, string>,
  lint: Linter | undefined,
): Promise<number> {
  // Suggestions: per group, the combined fix of its findings, else each finding's own, most severe
  // first; kept only when checked on the head file to fix every finding of the comment.
  let withdrawn = 0;
  const before = new Map<string, Finding[] | undefined>();
  for (const g of groups) {
    const text = sources.get(g.file);
    const fixes = g.findings.filter((f) => f.fix);
    if (!fixes.length) continue;
    if (!lint || text === undefined) {
      withdrawn += fixes.length;
      continue;
    }
    if (!before.has(g.file)) before.set(g.file, await lint(g.file, text, false));
    const known = before.get(g.file);
    const about = [...new Set(g.findings.map((f) => f.ruleId))];
    const candidates = [combinedFix(g.findings), ...fixes].filter((f): f is Finding => !!f);
    for (const c of candidates) {
      const s = suggestionFor(c, text);
      if (!s || !diff.canComment(g.file, s.startLine, s.endLine)) continue;
      // The lines replaced must be the head file's lines, byte for byte (they are read from it).
      if (known && (await suggestionFixes(lint, g.file, text, known, s, about))) {
        g.suggestion = s;
        break;
      }
    }
    if (!g.suggestion) withdrawn += fixes.length;
  }
  // No two suggestions on overlapping lines: the most severe group keeps its own.
  const taken: Group[] = [];
  for (const g of [...groups].sort((a, b) => b.severity - a.severity || a.line - b.line)) {
    const s = g.suggestion;
    if (!s) continue;
    const clash = taken.some(
      (t) =>
        t.file === g.file && t.suggestion!.startLine <= s.endLine && t.suggestion!.endLine >= s.startLine,
    );
    if (clash) {
      g.suggestion = undefined;
      withdrawn += g.findings.filter((f) => f.fix).length;
    } else taken.push(g);
  }
  for (const g of groups) {
    if (g.suggestion) {
      g.line = g.suggestion.startLine;
      g.endLine = g.suggestion.endLine;
    }
  }
  return withdrawn;
}

interface ApiComment {
  path: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

function toApi(g: Group): ApiComment {
  let body = groupBody(g.findings, g.fp, g.suggestion);
  if (body.length > MAX_BODY) {
    // Checked before sending: GitHub refuses a longer body. The marker stays.
    const marker = fingerprintMarker(g.fp);
    body =
      body.slice(0, MAX_BODY - marker.length - 40).replace(/`{3,}suggestion[\s\S]*$/, '') +
      '\n\n…\n\n' +
      marker;
  }
  return {
    path: g.file,
    line: g.endLine,
    side: 'RIGHT',
    ...(g.endLine > g.line ? { start_line: g.line, start_side: 'RIGHT' as const } : {}),
    body,
  };
}

const statusOf = (e: unknown) => (e as { status?: number })?.status;

export async function publishReview(
  api: Octokit,
  repo: { owner: string; repo: string },
  pr: { number: number; headSha: string },
  result: CheckResult,
  diff: PullRequestDiff,
  opts: ReviewOptions = {},
): Promise<ReviewOutcome> {
  const level = SEVERITY_RANK[opts.commentLevel ?? 'warning'];
  const maxComments = opts.maxComments ?? MAX_INLINE_COMMENTS;
  const author = opts.author ?? {};
  const images = imageFiles(result);
  const all = result.findings.filter((f) => !f.suppressed && inRepository(f, images));
  const findings = all.filter((f) => SEVERITY_RANK[f.severity] >= level);
  const outcome: ReviewOutcome = {
    posted: 0,
    kept: 0,
    removed: 0,
    resolved: 0,
    inline: new Set(),
    outside: [],
    belowLevel: all.length - findings.length,
  };
  // Loops, not push(...list): a spread of 100,000+ findings overflows the stack.
  for (const f of all) if (SEVERITY_RANK[f.severity] < level) outcome.outside.push(f);
  for (const f of result.findings) if (!f.suppressed && !inRepository(f, images)) outcome.outside.push(f);

  const fps = fingerprints(findings, result.sources);
  const plan = planGroups(findings, fps, diff);
  for (const f of plan.outside) outcome.outside.push(f);
  const current = new Set(plan.groups.map((g) => g.fp));

  const listed = (await api.paginate(api.rest.pulls.listReviewComments, {
    ...repo,
    pull_number: pr.number,
    per_page: 100,
  })) as Array<{ id: number; body?: string; in_reply_to_id?: number; user?: GitHubUser | null }>;
  const existing: ExistingComment[] = [];
  const repliedTo = new Set(listed.flatMap((c) => (c.in_reply_to_id ? [c.in_reply_to_id] : [])));
  for (const c of listed) {
    if (c.in_reply_to_id || !byAuthor(c.user, author)) continue;
    const m = FINGERPRINT_RE.exec(c.body ?? '');
    if (m) existing.push({ id: c.id, fp: m[1], body: c.body ?? '', replied: repliedTo.has(c.id) });
  }
  const already = new Set(existing.map((c) => c.fp));
  outcome.kept = existing.filter((c) => current.has(c.fp)).length;

  let planned: Group[] = [];
  for (const g of plan.groups) {
    if (already.has(g.fp)) for (const f of g.findings) outcome.inline.add(f);
    else planned.push(g);
  }
  const room = Math.max(0, maxComments - outcome.kept);
  if (planned.length > room) {
    // The most severe inline; the rest are listed in the summary comment.
    const ranked = [...planned].sort((a, b) => b.severity - a.severity || a.line - b.line);
    const dropped = ranked.slice(room);
    outcome.overflow = dropped.reduce((n, g) => n + g.findings.length, 0);
    for (const g of dropped) for (const f of g.findings) outcome.outside.push(f);
    const keep = new Set(ranked.slice(0, room));
    planned = planned.filter((g) => keep.has(g));
  }
  outcome.withdrawnSuggestions = await chooseSuggestions(planned, diff, result.sources, opts.lint);

  if (planned.length > 0) {
    const marker = `<!-- layerguard:review=${fingerprint(opts.runKey ?? '', ...planned.map((g) => g.fp))} -->`;
    const body = (n: number) =>
      `**layerguard** found ${n} new issue${n === 1 ? '' : 's'} on the changed lines ` +
      `(the summary comment and the check run have the full report).\n\n${marker}`;
    const create = (groups: Group[], event?: 'COMMENT') =>
      api.rest.pulls.createReview({
        ...repo,
        pull_number: pr.number,
        commit_id: pr.headSha,
        ...(event ? { event } : {}),
        body: body(groups.length),
        comments: groups.map(toApi),
      });
    const done = (groups: Group[], url?: string) => {
      outcome.reviewUrl = url;
      outcome.posted = groups.length;
      for (const g of groups) for (const f of g.findings) outcome.inline.add(f);
    };
    /** After a POST whose answer was lost: did the review get made? */
    const findPosted = async (): Promise<{ html_url?: string } | undefined> => {
      const reviews = (await api.paginate(api.rest.pulls.listReviews, {
        ...repo,
        pull_number: pr.number,
        per_page: 100,
      })) as Array<{ body?: string; html_url?: string; user?: GitHubUser | null; state?: string }>;
      return reviews.find(
        (r) => r.state !== 'PENDING' && r.body?.includes(marker) && byAuthor(r.user, author),
      );
    };
    const post = async (groups: Group[]): Promise<void> => {
      try {
        const { data } = await create(groups, 'COMMENT');
        done(groups, (data as { html_url?: string })?.html_url);
      } catch (e) {
        if (!mayHaveHappened(e)) throw e;
        // The review may exist: look before posting it again (once).
        const found = await findPosted();
        if (found) return done(groups, found.html_url);
        const { data } = await create(groups, 'COMMENT');
        done(groups, (data as { html_url?: string })?.html_url);
      }
    };
    try {
      try {
        await post(planned);
      } catch (e) {
        if (statusOf(e) !== 422) throw e;
        const refused = await findRefused(api, repo, pr, planned, create, outcome);
        for (const g of refused) for (const f of g.findings) outcome.outside.push(f);
        outcome.refused = refused.flatMap((g) => g.findings);
        const rest = planned.filter((g) => !refused.includes(g));
        if (rest.length) await post(rest);
      }
    } catch (e) {
      for (const g of planned)
        for (const f of g.findings) if (!outcome.inline.has(f)) outcome.outside.push(f);
      outcome.error = e;
      return outcome;
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
      if (statusOf(e) === 404) continue; // already gone
      outcome.deleteError = e;
      break;
    }
  }
  return outcome;
}

/**
 * The comments GitHub refuses, found by halving: a set is tried as a *pending* review (validated like
 * a posted one, but shown to nobody and deleted at once). At most MAX_PROBES tries; comments not
 * cleared by then count as refused.
 */
async function findRefused(
  api: Octokit,
  repo: { owner: string; repo: string },
  pr: { number: number },
  planned: Group[],
  create: (groups: Group[], event?: 'COMMENT') => Promise<{ data: unknown }>,
  outcome: ReviewOutcome,
): Promise<Group[]> {
  let probes = 0;
  const accepted = async (groups: Group[]): Promise<boolean | undefined> => {
    if (probes >= MAX_PROBES) return undefined;
    probes++;
    try {
      const { data } = await create(groups);
      const id = (data as { id?: number })?.id;
      if (typeof id === 'number') {
        await api.rest.pulls.deletePendingReview({ ...repo, pull_number: pr.number, review_id: id });
      }
      return true;
    } catch (e) {
      if (statusOf(e) === 422) return false;
      throw e;
    }
  };
  const refused: Group[] = [];
  const search = async (groups: Group[]): Promise<void> => {
    if (groups.length === 0) return;
    if (groups.length === 1) {
      if ((await accepted(groups)) !== true) refused.push(groups[0]);
      return;
    }
    const half = Math.ceil(groups.length / 2);
    for (const part of [groups.slice(0, half), groups.slice(half)]) {
      const ok = await accepted(part);
      if (ok === true) continue;
      if (ok === undefined || part.length === 1) for (const g of part) refused.push(g);
      else await search(part);
    }
  };
  await search(planned);
  outcome.probes = probes;
  return refused;
}
