/**
 * Review comments and the summary comment through the real client (Octokit with the retry and
 * throttling plugins) against the fake GitHub API, in-process.
 */
import type { CheckResult } from '../../src/engine/check.js';
import { summarise } from '../../src/engine/check.js';
import type { Finding } from '../../src/engine/types.js';
import { PullRequestDiff } from '../../src/action/diff.js';
import { createOctokit } from '../../src/action/octokit.js';
import { MAX_INLINE_COMMENTS, publishReview } from '../../src/action/review.js';
import { publishCheckRun } from '../../src/action/check-run.js';
import { SUMMARY_MARKER, upsertSummaryComment } from '../../src/action/summary-comment.js';
import { FakeGitHub } from '../helpers/fake-github.js';

const SHA = 'a'.repeat(40);

function result(findings: Finding[], text: string): CheckResult {
  return {
    version: 1,
    verdict: 'fail',
    failOn: 'error',
    findings,
    targets: [{ file: 'Dockerfile', kind: 'dockerfile', findings: findings.length }],
    summary: summarise(findings, 1),
    policy: { sources: ['test'] },
    missing: [],
    sources: new Map([['Dockerfile', text]]),
  };
}

function finding(line: number, severity: Finding['severity'] = 'warning'): Finding {
  return {
    ruleId: 'dockerfile/apt-yes',
    severity,
    message: `problem on line ${line}`,
    file: 'Dockerfile',
    kind: 'dockerfile',
    line,
    column: 1,
    endLine: line,
    endColumn: 4,
  };
}

describe('review comments against the fake API', () => {
  let fake: FakeGitHub;
  const repo = { owner: 'acme', repo: 'app' };
  const pr = { number: 7, headSha: SHA };
  beforeEach(async () => {
    fake = new FakeGitHub();
    await fake.start();
  });
  afterEach(() => fake.stop());

  it(`posts at most ${MAX_INLINE_COMMENTS} comments, most severe first, and lists the rest for the summary`, async () => {
    const lines = Array.from({ length: 60 }, (_, i) => `RUN step ${i + 1}`);
    const patch = `@@ -0,0 +1,60 @@\n` + lines.map((l) => '+' + l).join('\n');
    fake.files = [{ filename: 'Dockerfile', status: 'added', patch }];
    const findings = lines.map((_, i) => finding(i + 1, i >= 50 ? 'error' : 'warning'));
    const api = createOctokit(fake.token, fake.url, { LAYERGUARD_RETRY_BASE_MS: '1' });
    const diff = new PullRequestDiff(fake.files);
    const r = result(findings, lines.join('\n') + '\n');

    const first = await publishReview(api, repo, pr, r, diff);
    expect(first).toMatchObject({ posted: 50, kept: 0, removed: 0, overflow: 10 });
    expect(fake.reviewComments).toHaveLength(50);
    // the 10 errors are all inline; 10 warnings wait in the summary comment
    expect(fake.reviewComments.filter((c) => c.body.includes('**error**'))).toHaveLength(10);
    expect(first.outside.every((f) => f.severity === 'warning')).toBe(true);
    expect(first.outside).toHaveLength(10);

    const second = await publishReview(api, repo, pr, r, diff);
    expect(second).toMatchObject({ posted: 0, kept: 50, removed: 0, overflow: 10 });
    expect(fake.reviewComments).toHaveLength(50);
  });

  it('falls back to single comments when GitHub refuses the review with 422, and keeps the refused one for the summary', async () => {
    const text = 'FROM debian:12\nRUN a\nRUN b\nRUN c\n';
    // The Action's view of the diff says line 4 is commentable; GitHub's (the fake's) does not.
    const actionDiff = new PullRequestDiff([
      {
        filename: 'Dockerfile',
        status: 'modified',
        patch: '@@ -1,1 +1,4 @@\n FROM debian:12\n+RUN a\n+RUN b\n+RUN c',
      },
    ]);
    fake.files = [
      {
        filename: 'Dockerfile',
        status: 'modified',
        patch: '@@ -1,1 +1,3 @@\n FROM debian:12\n+RUN a\n+RUN b',
      },
    ];
    const api = createOctokit(fake.token, fake.url, { LAYERGUARD_RETRY_BASE_MS: '1' });
    const r = result([finding(2), finding(3), finding(4)], text);
    const out = await publishReview(api, repo, pr, r, actionDiff);
    expect(fake.calls('POST', /\/reviews$/).map((c) => c.status)).toEqual([422]);
    expect(fake.calls('POST', /\/pulls\/7\/comments$/).map((c) => c.status)).toEqual([201, 201, 422]);
    expect(out.posted).toBe(2);
    expect(out.outside.map((f) => f.line)).toEqual([4]);
    expect(out.error).toBeUndefined();
  });

  it('deletes only its own outdated comments, and marks resolved those with replies', async () => {
    const text = 'FROM debian:12\nRUN a\n';
    fake.files = [
      { filename: 'Dockerfile', status: 'modified', patch: '@@ -1,1 +1,2 @@\n FROM debian:12\n+RUN a' },
    ];
    const comment = (id: number, body: string, inReplyTo?: number) => ({
      id,
      path: 'Dockerfile',
      line: 2,
      start_line: null,
      side: 'RIGHT',
      start_side: null,
      body,
      commit_id: SHA,
      pull_request_review_id: 1,
      html_url: '',
      ...(inReplyTo ? { in_reply_to_id: inReplyTo } : {}),
    });
    fake.reviewComments.push(
      comment(1, 'Looks fine to me'),
      comment(2, 'old finding\n\n```suggestion\nRUN b\n```\n\n<!-- layerguard:fp=deadbeef -->'),
      comment(4, 'another old finding\n\n<!-- layerguard:fp=cafebabe -->'),
      comment(5, 'Why? quoting <!-- layerguard:fp=cafebabe -->', 4),
    );
    const api = createOctokit(fake.token, fake.url, { LAYERGUARD_RETRY_BASE_MS: '1' });
    const out = await publishReview(
      api,
      repo,
      pr,
      result([finding(2)], text),
      new PullRequestDiff(fake.files),
    );
    expect(out).toMatchObject({ posted: 1, removed: 1, resolved: 1 });
    expect(fake.calls('DELETE', /.*/).map((c) => c.path)).toEqual(['/repos/acme/app/pulls/comments/2']);
    expect(fake.reviewComments.map((c) => c.id).slice(0, 3)).toEqual([1, 4, 5]);
    const resolved = fake.reviewComments.find((c) => c.id === 4)!.body;
    expect(resolved).toMatch(/^✅ \*\*Resolved\*\*/);
    expect(resolved).toContain('another old finding');
    expect(resolved).toContain('<!-- layerguard:resolved=cafebabe -->');
    expect(resolved).not.toContain('layerguard:fp=');
    expect(fake.reviewComments.find((c) => c.id === 5)!.body).toBe(
      'Why? quoting <!-- layerguard:fp=cafebabe -->',
    );

    // a re-run leaves the resolved comment and the reply alone
    fake.clearLog();
    const again = await publishReview(
      api,
      repo,
      pr,
      result([finding(2)], text),
      new PullRequestDiff(fake.files),
    );
    expect(again).toMatchObject({ posted: 0, kept: 1, removed: 0, resolved: 0 });
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('updates the one summary comment found by its marker, and does not create one for a clean result', async () => {
    const api = createOctokit(fake.token, fake.url, { LAYERGUARD_RETRY_BASE_MS: '1' });
    expect(await upsertSummaryComment(api, repo, 7, `clean\n${SUMMARY_MARKER}`, false)).toEqual({
      action: 'skipped',
    });
    expect(fake.issueComments).toEqual([]);
    fake.issueComments.push({ id: 5, body: 'a human comment', html_url: 'h5' });
    const created = await upsertSummaryComment(api, repo, 7, `v1\n${SUMMARY_MARKER}`, true);
    expect(created.action).toBe('created');
    const updated = await upsertSummaryComment(api, repo, 7, `v2\n${SUMMARY_MARKER}`, false);
    expect(updated.action).toBe('updated');
    expect(fake.issueComments.map((c) => c.body)).toEqual(['a human comment', `v2\n${SUMMARY_MARKER}`]);
    expect((await upsertSummaryComment(api, repo, 7, `v2\n${SUMMARY_MARKER}`, true)).action).toBe(
      'unchanged',
    );
  });

  it('completes the check run with the verdict even when an annotation batch fails', async () => {
    const api = createOctokit(fake.token, fake.url, { LAYERGUARD_RETRY_BASE_MS: '1' });
    const findings = Array.from({ length: 70 }, (_, i) => finding(i + 1));
    fake.fail({ method: 'PATCH', path: /\/check-runs\/\d+$/, status: 422, message: 'Invalid annotation' });
    await expect(publishCheckRun(api, repo, SHA, result(findings, ''), 'summary')).rejects.toMatchObject({
      status: 422,
    });
    expect(fake.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });
});
