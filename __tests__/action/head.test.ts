/**
 * Units of the pull-request placement: merge-commit lines mapped to head lines through a diff, the
 * rate-limit wait read from an answer, and the summary comment's size bound.
 */
import { LineMap, splitGitDiff } from '../../src/action/head.js';
import { rateLimitWait } from '../../src/action/octokit.js';
import { MAX_COMMENT, SUMMARY_MARKER, summaryCommentBody } from '../../src/action/summary-comment.js';
import { summarise } from '../../src/engine/check.js';
import type { CheckResult } from '../../src/engine/check.js';
import type { Finding } from '../../src/engine/types.js';

describe('LineMap: checked-out lines to head lines', () => {
  const head = ['FROM debian:12', 'WORKDIR /app', 'RUN a', 'RUN b', 'USER nobody'];
  // The base branch added two LABEL lines after FROM and changed RUN b into RUN c.
  const merge = ['FROM debian:12', 'LABEL x=1', 'LABEL y=2', 'WORKDIR /app', 'RUN a', 'RUN c', 'USER nobody'];

  it('maps through a zero-context diff (git diff -U0), and rebuilds the head text', () => {
    const patch = ['@@ -1,0 +2,2 @@', '+LABEL x=1', '+LABEL y=2', '@@ -4 +6 @@', '-RUN b', '+RUN c'].join(
      '\n',
    );
    const map = LineMap.fromPatch(patch, merge.join('\n') + '\n');
    expect(merge.map((_, i) => map.toHead(i + 1))).toEqual([1, undefined, undefined, 2, 3, undefined, 5]);
    expect(map.headLines).toEqual(head);
  });

  it('maps through a diff with context lines (the compare API), and a deletion on the checked-out side', () => {
    const patch = [
      '@@ -1,5 +1,7 @@',
      ' FROM debian:12',
      '+LABEL x=1',
      '+LABEL y=2',
      ' WORKDIR /app',
      ' RUN a',
      '-RUN b',
      '+RUN c',
      ' USER nobody',
    ].join('\n');
    const map = LineMap.fromPatch(patch, merge.join('\n') + '\n');
    expect(merge.map((_, i) => map.toHead(i + 1))).toEqual([1, undefined, undefined, 2, 3, undefined, 5]);
    expect(map.headLines).toEqual(head);
    const removed = LineMap.fromPatch('@@ -2,2 +1,0 @@\n-WORKDIR /app\n-RUN a', 'FROM x\nRUN b\nUSER n\n');
    expect([1, 2, 3].map((l) => removed.toHead(l))).toEqual([1, 4, 5]);
    expect(removed.headLines).toEqual(['FROM x', 'WORKDIR /app', 'RUN a', 'RUN b', 'USER n']);
  });

  it('refuses to rebuild the head text from a diff that does not fit the file', () => {
    const map = LineMap.fromPatch('@@ -1,2 +1,2 @@\n FROM other\n-RUN b\n+RUN c', 'FROM debian:12\nRUN c\n');
    expect(map.headLines).toBeUndefined();
  });

  it('splits git diff output by file, telling files the head does not have', () => {
    const text = [
      'diff --git a/Dockerfile b/Dockerfile',
      'index 1..2 100644',
      '--- a/Dockerfile',
      '+++ b/Dockerfile',
      '@@ -1 +1 @@',
      '-FROM a',
      '+FROM b',
      'diff --git a/new.yml b/new.yml',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/new.yml',
      '@@ -0,0 +1 @@',
      '+x: 1',
      '',
    ].join('\n');
    const files = splitGitDiff(text);
    expect([...files.keys()]).toEqual(['Dockerfile', 'new.yml']);
    expect(files.get('new.yml')).toBeNull();
    expect(files.get('Dockerfile')).toMatch(/^@@ -1 \+1 @@\n-FROM a\n\+FROM b/);
  });
});

describe('rate limits', () => {
  it('honours retry-after on every 429 and rate-limit 403, whatever the message says', () => {
    expect(rateLimitWait(429, { 'retry-after': '7' }, 'anything')).toBe(7);
    expect(rateLimitWait(403, { 'retry-after': '3' }, 'You have exceeded a limit')).toBe(3);
    expect(
      rateLimitWait(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1010' }, '', 1_000_000),
    ).toBe(11);
    expect(rateLimitWait(403, {}, 'You have exceeded a secondary rate limit')).toBe(60);
    expect(rateLimitWait(429, {}, '')).toBe(60);
    expect(rateLimitWait(403, {}, 'Resource not accessible by integration')).toBeUndefined();
    expect(rateLimitWait(500, { 'retry-after': '1' }, '')).toBeUndefined();
  });
});

describe('summary comment body', () => {
  it('stays under 65,536 characters with 100,000 findings in 5,000 files, and collapses the list', () => {
    const findings: Finding[] = [];
    for (let i = 0; i < 100_000; i++) {
      findings.push({
        ruleId: i % 2 ? 'dockerfile/apt-yes' : 'dockerfile/apt-no-install-recommends',
        severity: i % 3 ? 'warning' : 'error',
        message: 'm',
        file: `svc${i % 5000}/Dockerfile`,
        kind: 'dockerfile',
        line: 1 + (i % 40),
        column: 1,
        endLine: 1 + (i % 40),
        endColumn: 2,
      });
    }
    const result: CheckResult = {
      version: 1,
      verdict: 'fail',
      failOn: 'error',
      findings,
      targets: [],
      summary: summarise(findings, 5000),
      policy: { sources: [] },
      missing: [],
      sources: new Map(),
    };
    const body = summaryCommentBody(result, {
      link: (f, l) => `https://github.com/acme/app/blob/${'a'.repeat(40)}/${f}#L${l}`,
      notes: [],
      listed: findings,
      heading: 'Findings outside the diff',
    });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT);
    expect(body.endsWith(SUMMARY_MARKER)).toBe(true);
    expect(body).toContain('<details><summary>100000 findings in 5000 files</summary>');
    expect(body).toMatch(/- … \d+ more lines left out here/);
    expect(body).toContain('</details>');
  });
});
