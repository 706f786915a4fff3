/**
 * Review comments and the summary comment through the real client (Octokit with the throttling
 * plugin and layerguard's retry wrapper) against the fake GitHub API, in-process.
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
    expect(first).toMatchObject({ posted: 20, kept: 0, removed: 0, overflow: 40 });
    expect(fake.reviewComments).toHaveLength(20);
    // the 10 errors are all inline; 40 warnings wait in the summary comment
    expect(fake.reviewComments.filter((c) => c.body.includes('**error**'))).toHaveLength(10);
    expect(first.outside.every((f) => f.severity === 'warning')).toBe(true);
    expect(first.outside).toHaveLength(40);

    const second = await publishReview(api, repo, pr, r, diff);
    expect(second).toMatchObject({ posted: 0, kept: 20, removed: 0, overflow: 40 });
    expect(fake.reviewComments).toHaveLength(20);

    // max-comments is an input
    const five = new FakeGitHub({ files: fake.files });
    await five.start();
    const api5 = createOctokit(five.token, five.url, { LAYERGUARD_RETRY_BASE_MS: '1' });
    expect(await publishReview(api5, repo, pr, r, diff, { maxComments: 5 })).toMatchObject({
      posted: 5,
      overflow: 55,
    });
    await five.stop();
  });

  it('finds the comment GitHub refuses with 422 by halving with pending reviews, and posts one review without it', async () => {
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
    const posts = fake.calls('POST', /\/reviews$/);
    // the review (422), then pending probes: [2,3] accepted, [4] refused; then the one review
    expect(
      posts.map((c) => [c.status, c.body.event ?? 'PENDING', c.body.comments.map((x: any) => x.line)]),
    ).toEqual([
      [422, 'COMMENT', [2, 3, 4]],
      [200, 'PENDING', [2, 3]],
      [422, 'PENDING', [4]],
      [200, 'COMMENT', [2, 3]],
    ]);
    expect(fake.calls('DELETE', /\/reviews\/\d+$/)).toHaveLength(1);
    expect(fake.calls('POST', /\/pulls\/7\/comments$/)).toEqual([]);
    expect(fake.reviews.map((r) => r.state)).toEqual(['COMMENTED']);
    expect(out.posted).toBe(2);
    expect(out.outside.map((f) => f.line)).toEqual([4]);
    expect(out.refused!.map((f) => f.line)).toEqual([4]);
    expect(out.error).toBeUndefined();
  });

  it('deletes only its own outdated comments, and marks resolved those with replies', async () => {
    const text = 'FROM debian:12\nRUN a\n';
    fake.files = [
      { filename: 'Dockerfile', status: 'modified', patch: '@@ -1,1 +1,2 @@\n FROM debian:12\n+RUN a' },
    ];
    const bot = { login: 'github-actions[bot]', type: 'Bot' as const };
    const person = { login: 'dev', type: 'User' as const };
    const comment = (
      id: number,
      body: string,
      inReplyTo?: number,
      user: { login: string; type: 'Bot' | 'User' } = bot,
    ) => ({
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
      user,
      ...(inReplyTo ? { in_reply_to_id: inReplyTo } : {}),
    });
    fake.reviewComments.push(
      comment(1, 'Looks fine to me', undefined, person),
      comment(2, 'old finding\n\n```suggestion\nRUN b\n```\n\n<!-- layerguard:fp=deadbeef -->'),
      comment(4, 'another old finding\n\n<!-- layerguard:fp=cafebabe -->'),
      comment(5, 'Why? quoting <!-- layerguard:fp=cafebabe -->', 4, person),
      // a person quoting a marker in a comment of their own: never deleted or edited
      comment(6, 'Copied from the bot: <!-- layerguard:fp=0badf00d -->', undefined, person),
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
    expect(fake.reviewComments.map((c) => c.id).slice(0, 4)).toEqual([1, 4, 5, 6]);
    expect(fake.reviewComments.find((c) => c.id === 6)!.body).toBe(
      'Copied from the bot: <!-- layerguard:fp=0badf00d -->',
    );
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
    const person = { login: 'dev', type: 'User' as const };
    fake.issueComments.push({ id: 5, body: 'a human comment', html_url: 'h5', user: person });
    fake.issueComments.push({ id: 6, body: `quoting ${SUMMARY_MARKER}`, html_url: 'h6', user: person });
    const created = await upsertSummaryComment(api, repo, 7, `v1\n${SUMMARY_MARKER}`, true);
    expect(created.action).toBe('created');
    const updated = await upsertSummaryComment(api, repo, 7, `v2\n${SUMMARY_MARKER}`, false);
    expect(updated.action).toBe('updated');
    expect(fake.issueComments.map((c) => c.body)).toEqual([
      'a human comment',
      `quoting ${SUMMARY_MARKER}`,
      `v2\n${SUMMARY_MARKER}`,
    ]);
    // with the token's login known, only that login's comment counts
    expect(
      (await upsertSummaryComment(api, repo, 7, `v3\n${SUMMARY_MARKER}`, true, { login: 'dev' })).action,
    ).toBe('updated');
    expect(fake.issueComments[1].body).toBe(`v3\n${SUMMARY_MARKER}`);
    fake.issueComments[1].body = `quoting ${SUMMARY_MARKER}`;
    expect((await upsertSummaryComment(api, repo, 7, `v2\n${SUMMARY_MARKER}`, true)).action).toBe(
      'unchanged',
    );
    expect(fake.issueComments[1].body).toBe(`quoting ${SUMMARY_MARKER}`);
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
