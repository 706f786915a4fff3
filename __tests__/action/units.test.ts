import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CheckResult } from '../../src/engine/check.js';
import { summarise } from '../../src/engine/check.js';
import type { Finding } from '../../src/engine/types.js';
import { commentableLines, PullRequestDiff } from '../../src/action/diff.js';
import {
  commentBody,
  fingerprints,
  planComment,
  resolvedBody,
  suggestionFor,
  FINGERPRINT_RE,
} from '../../src/action/review.js';
import { planAnnotations, annotationOf } from '../../src/action/annotations.js';
import { checkRunAnnotation, checkRunTitle } from '../../src/action/check-run.js';
import { ApiProblems } from '../../src/action/problems.js';
import { blobUrl, readRunContext } from '../../src/action/context.js';
import { repoPrefix, toRepoView, toWorkingDirPaths } from '../../src/action/repo-view.js';
import { cell, code, formatMarkdown } from '../../src/report/markdown.js';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'dockerfile/apt-yes',
    severity: 'warning',
    message: 'apt-get install asks for confirmation',
    file: 'Dockerfile',
    kind: 'dockerfile',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 5,
    ...over,
  };
}

function resultOf(
  findings: Finding[],
  sources: Record<string, string> = {},
  over: Partial<CheckResult> = {},
): CheckResult {
  const files = [...new Set(findings.map((f) => f.file))];
  return {
    version: 1,
    verdict: findings.some((f) => f.severity === 'error' && !f.suppressed) ? 'fail' : 'pass',
    failOn: 'error',
    findings,
    targets: files.map((file) => ({
      file,
      kind: 'dockerfile' as const,
      findings: findings.filter((f) => f.file === file).length,
    })),
    summary: summarise(findings, files.length),
    policy: { sources: ['builtin:recommended'] },
    missing: [],
    sources: new Map(Object.entries(sources)),
    ...over,
  };
}

describe('diff: commentable lines', () => {
  const patch = [
    '@@ -1,3 +1,4 @@',
    ' FROM debian:12',
    '-RUN old',
    '+RUN new',
    '+RUN added',
    ' WORKDIR /app',
    '@@ -20,2 +21,3 @@ USER app',
    ' EXPOSE 80',
    '+CMD ["x"]',
    ' ENV A=1',
    '\\ No newline at end of file',
  ].join('\n');

  it('maps RIGHT-side lines (added and context) to their hunk and skips deleted lines', () => {
    const lines = commentableLines(patch);
    expect([...lines.entries()]).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [21, 1],
      [22, 1],
      [23, 1],
    ]);
  });

  it('allows a span only inside one hunk, and nothing in removed or unknown files', () => {
    const diff = new PullRequestDiff([
      { filename: 'Dockerfile', status: 'modified', patch },
      { filename: 'old/Dockerfile', status: 'removed', patch: '@@ -1 +0,0 @@\n-FROM x' },
      { filename: 'bin.tar', status: 'added' },
    ]);
    expect(diff.canComment('Dockerfile', 2, 4)).toBe(true);
    expect(diff.canComment('Dockerfile', 4, 21)).toBe(false);
    expect(diff.canComment('Dockerfile', 5, 5)).toBe(false);
    expect(diff.canComment('old/Dockerfile', 1, 1)).toBe(false);
    expect(diff.canComment('bin.tar', 1, 1)).toBe(false);
    expect(diff.changedFiles().sort()).toEqual(['Dockerfile', 'bin.tar']);
  });
});

describe('review: suggestions and fingerprints', () => {
  const text = 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install curl\nUSER app\n';

  it('rewrites the lines a one-line fix touches', () => {
    const f = finding({
      line: 3,
      column: 5,
      endLine: 3,
      endColumn: 25,
      fix: {
        description: 'Add -y',
        edits: [{ range: { line: 3, column: 20, endLine: 3, endColumn: 20 }, text: ' -y' }],
      },
    });
    expect(suggestionFor(f, text)).toEqual({ startLine: 3, endLine: 3, text: '    apt-get install -y curl' });
  });

  it('covers every line of a multi-line finding and applies several edits', () => {
    const f = finding({
      line: 2,
      column: 5,
      endLine: 3,
      endColumn: 25,
      fix: {
        description: 'Tidy',
        edits: [
          { range: { line: 2, column: 5, endLine: 2, endColumn: 12 }, text: 'apt' },
          { range: { line: 3, column: 20, endLine: 3, endColumn: 20 }, text: ' -y' },
        ],
      },
    });
    expect(suggestionFor(f, text)).toEqual({
      startLine: 2,
      endLine: 3,
      text: 'RUN apt update && \\\n    apt-get install -y curl',
    });
  });

  it('deletes a whole line, keeps CRLF files readable, and refuses overlapping edits', () => {
    const del = finding({
      line: 4,
      endLine: 4,
      fix: {
        description: 'Remove',
        edits: [{ range: { line: 4, column: 1, endLine: 5, endColumn: 1 }, text: '' }],
      },
    });
    expect(suggestionFor(del, text)).toEqual({ startLine: 4, endLine: 4, text: '' });
    const crlf = finding({
      line: 1,
      endLine: 1,
      fix: {
        description: 'Pin',
        edits: [{ range: { line: 1, column: 13, endLine: 1, endColumn: 15 }, text: '12.5' }],
      },
    });
    expect(suggestionFor(crlf, 'FROM debian:12\r\nUSER app\r\n')?.text).toBe('FROM debian:12.5');
    const overlap = finding({
      fix: {
        description: 'x',
        edits: [
          { range: { line: 1, column: 1, endLine: 1, endColumn: 6 }, text: 'a' },
          { range: { line: 1, column: 3, endLine: 1, endColumn: 8 }, text: 'b' },
        ],
      },
    });
    expect(suggestionFor(overlap, text)).toBeUndefined();
  });

  it('writes a suggestion block with a fence longer than any inside, and the hidden fingerprint', () => {
    const f = finding({ fix: { description: 'Quote', edits: [] } });
    const body = commentBody(f, 'abc123', { startLine: 1, endLine: 1, text: 'RUN echo ```' });
    expect(body).toContain('````suggestion\nRUN echo ```\n````');
    expect(body).toContain('💡 Quote');
    expect(FINGERPRINT_RE.exec(body)?.[1]).toBe('abc123');
  });

  it('keeps a fingerprint when the line moves, and numbers repeats', () => {
    const a = finding({ line: 2, endLine: 2 });
    const b = finding({ line: 3, endLine: 3 });
    const moved = finding({ line: 5, endLine: 5 });
    const before = fingerprints([a], new Map([['Dockerfile', 'FROM x\nRUN apt-get install curl\n']]));
    const after = fingerprints(
      [moved],
      new Map([['Dockerfile', 'FROM x\n\n\n\nRUN apt-get install curl\n']]),
    );
    expect(after.get(moved)).toBe(before.get(a));
    const twice = fingerprints(
      [a, b],
      new Map([['Dockerfile', 'FROM x\nRUN apt-get install curl\nRUN apt-get install curl\n']]),
    );
    expect(twice.get(b)).toBe(`${twice.get(a)}-1`);
  });

  it('places a comment on the suggestion span when it is in the diff, else on the finding, else nowhere', () => {
    const diff = new PullRequestDiff([
      {
        filename: 'Dockerfile',
        status: 'modified',
        patch: '@@ -1,2 +1,3 @@\n FROM debian:12\n+RUN apt-get update && \\\n+    apt-get install curl',
      },
    ]);
    const sources = new Map([['Dockerfile', text]]);
    const multi = finding({
      line: 2,
      endLine: 3,
      fix: {
        description: 'Add -y',
        edits: [{ range: { line: 3, column: 20, endLine: 3, endColumn: 20 }, text: ' -y' }],
      },
    });
    const c = planComment(multi, 'fp1', diff, sources)!;
    expect(c).toMatchObject({ path: 'Dockerfile', startLine: 2, line: 3 });
    expect(c.body).toContain('```suggestion\nRUN apt-get update && \\\n    apt-get install -y curl\n```');
    expect(planComment(finding({ line: 4, endLine: 4 }), 'fp2', diff, sources)).toBeUndefined();
    expect(
      planComment(finding({ line: 1, endLine: 1, file: 'other/Dockerfile' }), 'fp3', diff, sources),
    ).toBeUndefined();
  });
});

describe('annotations', () => {
  it('emits the most severe first, at most 10 per level, the 10th saying how many are hidden', () => {
    const findings = [
      ...Array.from({ length: 25 }, (_, i) => finding({ line: i + 1, endLine: i + 1, severity: 'warning' })),
      ...Array.from({ length: 3 }, (_, i) => finding({ line: i + 1, endLine: i + 1, severity: 'error' })),
      finding({ severity: 'info', suppressed: { kind: 'inline', reason: 'ok' } }),
    ];
    const plan = planAnnotations(findings);
    expect(plan.annotations.map((a) => a.level)).toEqual([
      ...Array(3).fill('error'),
      ...Array(10).fill('warning'),
    ]);
    expect(plan.annotations[12].message).toMatch(/^16 more warnings not shown/);
    expect(plan.hidden.warning).toHaveLength(16);
    const reserved = planAnnotations(findings, { warning: 1 });
    expect(reserved.annotations.filter((a) => a.level === 'warning')).toHaveLength(9);
    expect(reserved.hidden.warning).toHaveLength(17);
  });

  it('gives columns only on one line and leaves the file out for images', () => {
    expect(annotationOf(finding({ line: 2, endLine: 4 })).properties).toEqual({
      title: 'dockerfile/apt-yes',
      file: 'Dockerfile',
      startLine: 2,
      endLine: 4,
    });
    const img = annotationOf(finding({ kind: 'image', file: 'app.tar', ruleId: 'image/user' }));
    expect(img.properties.file).toBeUndefined();
    expect(img.message).toMatch(/^app\.tar: /);
  });
});

describe('check run', () => {
  it('maps findings to Checks API annotations', () => {
    expect(
      checkRunAnnotation(finding({ line: 3, endLine: 3, column: 5, endColumn: 9, severity: 'error' })),
    ).toEqual({
      path: 'Dockerfile',
      start_line: 3,
      end_line: 3,
      start_column: 5,
      end_column: 8,
      annotation_level: 'failure',
      message: 'apt-get install asks for confirmation',
      title: 'dockerfile/apt-yes',
    });
    const multi = checkRunAnnotation(
      finding({ line: 3, endLine: 5, severity: 'info', fix: { description: 'Add -y', edits: [] } }),
    );
    expect(multi.start_column).toBeUndefined();
    expect(multi.end_column).toBeUndefined();
    expect(multi.annotation_level).toBe('notice');
    expect(multi.raw_details).toBe('Fix: Add -y');
    expect(checkRunTitle(resultOf([finding({ severity: 'error' }), finding()]))).toBe('1 error, 1 warning');
    expect(checkRunTitle(resultOf([]))).toBe('No findings');
  });
});

describe('API problems', () => {
  it('names the permissions to add, once, and tells a fork', () => {
    const p = new ApiProblems();
    p.add(
      'creating the check run',
      { status: 403, message: 'Resource not accessible by integration' },
      'checks: write',
    );
    p.add(
      'posting the review comments',
      { status: 403, message: 'Resource not accessible by integration' },
      'pull-requests: write',
    );
    p.add(
      'updating the summary comment',
      { status: 403, message: 'Resource not accessible by integration' },
      'pull-requests: write',
    );
    expect(p.permissions()).toEqual(['checks: write', 'pull-requests: write']);
    const w = p.warning(true)!;
    expect(w).toContain('`checks: write` and `pull-requests: write`');
    expect(w).toContain('fork');
    expect(new ApiProblems().warning(false)).toBeUndefined();
  });

  it('does not blame permissions for rate limits or server errors', () => {
    const p = new ApiProblems();
    p.add(
      'creating the check run',
      { status: 403, message: 'API rate limit exceeded for installation' },
      'checks: write',
    );
    p.add('posting the review comments', { status: 502, message: 'Bad Gateway' }, 'pull-requests: write');
    expect(p.permissions()).toEqual([]);
    expect(p.warning(false)).toContain('rate-limited');
  });
});

describe('run context', () => {
  it('uses the pull request head, not GITHUB_SHA, and builds line links', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-ctx-'));
    const event = path.join(dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 9,
          head: { sha: 'a'.repeat(40), repo: { full_name: 'fork/app' } },
          base: { repo: { full_name: 'acme/app' } },
        },
      }),
    );
    const ctx = readRunContext({
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SHA: 'b'.repeat(40),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_RUN_ID: '42',
    });
    expect(ctx.sha).toBe('a'.repeat(40));
    expect(ctx.pullRequest).toEqual({
      number: 9,
      headSha: 'a'.repeat(40),
      headRepo: 'fork/app',
      baseRepo: 'acme/app',
    });
    expect(ctx.runUrl).toBe('https://github.com/acme/app/actions/runs/42');
    expect(blobUrl(ctx, 'svc/my app/Dockerfile', 3, 5)).toBe(
      `https://github.com/acme/app/blob/${'a'.repeat(40)}/svc/my%20app/Dockerfile#L3-L5`,
    );
    const push = readRunContext({
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_EVENT_NAME: 'push',
    });
    expect(push.sha).toBe('c'.repeat(40));
    expect(push.pullRequest).toBeUndefined();
  });

  it('maps working-directory paths to repository paths and back', () => {
    expect(repoPrefix('/ws', 'services/api')).toBe('services/api');
    expect(repoPrefix('/ws', '.')).toBe('');
    expect(repoPrefix('/ws', '/elsewhere')).toBeUndefined();
    expect(toWorkingDirPaths(['services/api/Dockerfile', 'README.md'], 'services/api')).toEqual([
      'Dockerfile',
    ]);
    const r = toRepoView(
      resultOf([finding(), finding({ kind: 'image', file: 'app.tar' })], { Dockerfile: 'FROM x\n' }),
      'services/api',
    );
    expect(r.findings.map((f) => f.file)).toEqual(['services/api/Dockerfile', 'app.tar']);
    expect([...r.sources.keys()]).toEqual(['services/api/Dockerfile']);
    const sup = toRepoView(
      resultOf([
        finding({ suppressed: { kind: 'inline', reason: 'r', source: 'Dockerfile:3' } }),
        finding({ suppressed: { kind: 'exception', reason: 'r', source: 'builtin:strict:12' } }),
      ]),
      'services/api',
    );
    expect(sup.findings.map((f) => f.suppressed?.source)).toEqual([
      'services/api/Dockerfile:3',
      'builtin:strict:12',
    ]);
  });
});

describe('markdown report', () => {
  const findings = [
    finding({
      severity: 'error',
      ruleId: 'dockerfile/apt-no-install-recommends',
      line: 3,
      endLine: 4,
      message: 'Use `a|b` not <name> | x',
      fix: { description: 'Add --no-install-recommends', edits: [] },
    }),
    finding({ line: 5, endLine: 5, mode: 'audit' }),
    finding({ file: 'svc/Dockerfile', severity: 'info', ruleId: 'dockerfile/no-sudo' }),
    finding({
      line: 7,
      endLine: 7,
      suppressed: { kind: 'exception', reason: 'legacy base, until Q3', source: '.layerguard.yml:12' },
    }),
  ];
  const result = resultOf(findings);
  const link = (file: string, line: number, endLine: number) =>
    `https://x/blob/sha/${file}#L${line}-L${endLine}`;

  it('has the verdict, counts by severity and by rule, findings by file with line links, and suppressions', () => {
    const md = formatMarkdown(result, { link });
    expect(md).toMatch(/^## ❌ layerguard: fail\n/);
    expect(md).toContain(
      '**1 error, 1 warning, 1 info** in 2 targets (1 in audit mode (reported, never failing), 1 suppressed)',
    );
    expect(md).toContain('| ❌ error | 1 |');
    expect(md).toContain('| 🔕 suppressed | 1 |');
    expect(md).toMatch(
      /\| \[`dockerfile\/apt-yes`\]\([^)]*docs\/rules\/dockerfile-apt-yes\.md\) \| {2}\| 1 \| {2}\|/,
    );
    expect(md).toContain('#### [`Dockerfile`](https://x/blob/sha/Dockerfile)');
    expect(md).toContain('| [3–4](https://x/blob/sha/Dockerfile#L3-L4) | ❌ error |');
    expect(md).toContain('Use `a\\|b` not &lt;name&gt; \\| x<br>💡 Add --no-install-recommends');
    expect(md).toContain('_(audit)_');
    expect(md).toContain('### Exceptions and suppressions applied');
    expect(md).toContain('| policy exception `.layerguard.yml:12` | legacy base, until Q3 |');
    // errors are listed before files with only info findings
    expect(md.indexOf('`Dockerfile`')).toBeLessThan(md.indexOf('`svc/Dockerfile`'));
  });

  it('stays within maxLength, says how many rows it left out and keeps the trailer', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      finding({ line: i + 1, endLine: i + 1, message: `problem number ${i} `.repeat(5) }),
    );
    const md = formatMarkdown(resultOf(many), { maxLength: 20000, trailer: '<!-- marker -->' });
    expect(md.length).toBeLessThanOrEqual(20000);
    expect(md).toMatch(/_\d+ more findings not listed here/);
    expect(md.trimEnd().endsWith('<!-- marker -->')).toBe(true);
    const listedRows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l)).length;
    const left = Number(/_(\d+) more findings/.exec(md)![1]);
    expect(listedRows + left).toBe(400);
  });

  it('lists only the given findings under the given heading', () => {
    const md = formatMarkdown(result, {
      listed: [findings[2]],
      listedHeading: 'Findings outside the diff',
      images: false,
    });
    expect(md).toContain('### Findings outside the diff');
    expect(md).toContain('`svc/Dockerfile`');
    expect(md).not.toContain('#### `Dockerfile`');
  });

  it('escapes code spans and cells', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(cell('x\ny <z>')).toBe('x<br>y &lt;z&gt;');
  });
});

describe('layerguard check --format markdown', () => {
  it('prints the markdown report and exits with the verdict', async () => {
    const { run } = await import('../../src/cli/main.js');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-md-'));
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM debian:12\nRUN apt-get install -y curl\n');
    writeFileSync(
      path.join(dir, 'p.yml'),
      'extends: []\nrules:\n  dockerfile/apt-no-install-recommends: error\n',
    );
    let stdout = '';
    const code = await run(['check', dir, '--policy', path.join(dir, 'p.yml'), '--format', 'markdown'], {
      cwd: dir,
      stdout: (s) => (stdout += s),
      stderr: () => undefined,
      isTTY: false,
      env: {},
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^## ❌ layerguard: fail\n/);
    expect(stdout).toContain('| 2 | ❌ error | [`dockerfile/apt-no-install-recommends`]');
  });
});

describe('resolved review comments', () => {
  it('drop the fingerprint and withdraw suggestions, empty or not', () => {
    const body = commentBody(finding({ fix: { description: 'Add -y', edits: [] } }), 'f00d', {
      startLine: 1,
      endLine: 1,
      text: 'RUN apt-get install -y curl',
    });
    const resolved = resolvedBody(body, 'f00d', 'b'.repeat(40));
    expect(resolved).not.toContain('```suggestion');
    expect(resolved).toContain('_(suggestion withdrawn)_');
    expect(resolved).not.toMatch(FINGERPRINT_RE);
    expect(resolved).toContain('<!-- layerguard:resolved=f00d -->');
    const empty = resolvedBody(
      'x\n\n````suggestion\n````\n\ny\n<!-- layerguard:fp=ab -->',
      'ab',
      'c'.repeat(40),
    );
    expect(empty).not.toContain('suggestion\n');
    expect(empty).toContain('x\n\n_(suggestion withdrawn)_\n\ny');
  });
});
