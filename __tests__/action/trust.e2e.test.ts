/**
 * End to end, issue 13 items 1, 2, 4, 6 and issue 18 items 10-11: the bundled Action as a process,
 * in a real git repository made here (a base branch that moved on after the PR branched, the merge
 * commit checked out as actions/checkout does), against the fake GitHub API.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACTIONS_BOT, FakeGitHub } from '../helpers/fake-github.js';
import type { PullFile } from '../helpers/fake-github.js';
import { actionInputs, runActionProcess } from '../helpers/action-process.js';
import type { ActionRun, RunActionOptions } from '../helpers/action-process.js';
import { buildActionBundle, ROOT } from '../hardening/helpers/action.js';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'lg-trust-'));
let bundle = '';
let ruleIds: string[] = [];

beforeAll(async () => {
  bundle = await buildActionBundle(TMP);
  const rules = JSON.parse(
    execFileSync(process.execPath, [path.join(TMP, 'dist', 'cli.js'), 'rules', '--format', 'json'], {
      encoding: 'utf8',
      cwd: ROOT,
    }),
  );
  ruleIds = rules.map((r: { id: string }) => r.id);
}, 120_000);

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

let fake: FakeGitHub;
beforeEach(async () => {
  fake = new FakeGitHub();
  await fake.start();
});
afterEach(() => fake.stop());

function policy(active: Record<string, string>, failOn = 'error'): string {
  const lines = ['extends: []', `failOn: ${failOn}`, 'rules:'];
  for (const id of ruleIds) lines.push(`  ${id}: ${active[id] ?? 'off'}`);
  return lines.join('\n') + '\n';
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: cwd,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
}

function write(dir: string, files: Record<string, string>): void {
  for (const [f, t] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), t);
  }
}

interface PrRepo {
  dir: string;
  baseSha: string;
  headSha: string;
  mergeSha: string;
  /** The PR's files as `pulls.listFiles` gives them (merge base -> head). */
  files: PullFile[];
}

/**
 * A repository whose `main` got `mainChange` after `feature` branched with `prChange`, and the merge
 * of the two checked out (detached), as actions/checkout does for refs/pull/N/merge.
 */
function prRepo(
  base: Record<string, string>,
  prChange: Record<string, string>,
  mainChange: Record<string, string>,
): PrRepo {
  const dir = mkdtempSync(path.join(TMP, 'repo-'));
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  git(dir, 'checkout', '-qb', 'feature');
  write(dir, prChange);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'pr');
  const headSha = git(dir, 'rev-parse', 'HEAD').trim();
  git(dir, 'checkout', '-q', 'main');
  write(dir, mainChange);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'main moved on');
  const baseSha = git(dir, 'rev-parse', 'HEAD').trim();
  git(dir, 'merge', '-q', '--no-ff', '-m', 'merge', 'feature');
  const mergeSha = git(dir, 'rev-parse', 'HEAD').trim();
  git(dir, 'checkout', '-q', '--detach', mergeSha);
  return { dir, baseSha, headSha, mergeSha, files: pullFiles(dir, baseSha, headSha) };
}

/** The PR's files with patches, as GitHub computes them (from the merge base to the head). */
function pullFiles(dir: string, baseSha: string, headSha: string): PullFile[] {
  const text = git(dir, 'diff', '--no-renames', `${baseSha}...${headSha}`);
  return text
    .split(/^diff --git /m)
    .slice(1)
    .map((part) => {
      const file = /^\+\+\+ b\/(.*)$/m.exec(part)?.[1] ?? /^--- a\/(.*)$/m.exec(part)![1];
      const added = /^--- \/dev\/null$/m.test(part);
      return {
        filename: file,
        status: added ? 'added' : 'modified',
        patch: part.slice(part.search(/^@@/m)).replace(/\n$/, ''),
      };
    });
}

async function run(
  fake: FakeGitHub,
  repo: PrRepo | string,
  opts: Partial<RunActionOptions> & { inputs?: Record<string, string> } = {},
): Promise<ActionRun> {
  const dir = typeof repo === 'string' ? repo : repo.dir;
  const shas = typeof repo === 'string' ? undefined : repo;
  if (shas) fake.headSha = shas.headSha;
  return runActionProcess(bundle, fake, dir, {
    ...opts,
    // A plain folder has no base commit to compare with: `all`, as e2e.test.ts does (fail-scope.test.ts
    // covers `new` on real repositories).
    inputs: actionInputs(fake, {
      policy: 'layerguard-test.yml',
      shellcheck: 'off',
      ...(shas ? {} : { 'fail-scope': 'all' }),
      ...opts.inputs,
    }),
    ...(shas
      ? {
          pullRequest: {
            head: { sha: shas.headSha },
            base: { sha: shas.baseSha },
            changed_files: shas.files.length,
            ...opts.pullRequest,
          },
          env: { GITHUB_SHA: shas.mergeSha, LAYERGUARD_REQUEST_TIMEOUT_MS: '2000', ...opts.env },
        }
      : {}),
    timeoutMs: opts.timeoutMs ?? 60_000,
  });
}

/** Findings of the CLI on a folder, as JSON. */
function cliFindings(dir: string): Array<{ ruleId: string; line: number; endLine: number; file: string }> {
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [
        path.join(TMP, 'dist', 'cli.js'),
        'check',
        '--policy',
        'layerguard-test.yml',
        '--shellcheck',
        'off',
        '--format',
        'json',
        '.',
      ],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  return JSON.parse(out).findings.filter((f: { suppressed?: unknown }) => !f.suppressed);
}

const ruleIdsOf = (body: string) => [...body.matchAll(/\[`([a-z]+\/[a-z0-9-]+)`\]/g)].map((m) => m[1]);
const suggestionOf = (body: string) => /^(`{3,})suggestion\n([\s\S]*?)\n?\1$/m.exec(body)?.[2];

// The PR adds RUN lines to a Dockerfile; meanwhile main added three LABEL lines above them.
const BASE_DOCKERFILE = ['FROM debian:12', 'WORKDIR /app', 'COPY package.json .', 'USER nobody', ''].join(
  '\n',
);
const HEAD_DOCKERFILE = [
  'FROM debian:12',
  'WORKDIR /app',
  'COPY package.json .',
  'RUN apt-get update',
  'RUN apt-get install -y curl',
  'RUN npm ci',
  'RUN apt-get update',
  'RUN apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*',
  'USER nobody',
  '',
].join('\n');
const MAIN_DOCKERFILE = [
  'FROM debian:12',
  'LABEL org.opencontainers.image.title=app',
  'LABEL org.opencontainers.image.vendor=acme',
  'LABEL org.opencontainers.image.licenses=MIT',
  'WORKDIR /app',
  'COPY package.json .',
  'USER nobody',
  '',
].join('\n');
const MOVED_POLICY = {
  'dockerfile/apt-no-install-recommends': 'error',
  'dockerfile/update-without-install': 'warning',
  'dockerfile/consecutive-run': 'warning',
  'dockerfile/apt-lists-cleanup': 'info',
};

describe('positions on the head commit when the base branch moved on', () => {
  async function checkPositions(repo: PrRepo, runResult: ActionRun): Promise<void> {
    expect(runResult.stderr).toBe('');
    expect(runResult.code).toBe(1);
    // What the head commit's file really has, by the CLI on a checkout of the head.
    const headDir = mkdtempSync(path.join(TMP, 'head-'));
    git(repo.dir, 'worktree', 'add', '-q', '--detach', headDir, repo.headSha);
    write(headDir, { 'layerguard-test.yml': policy(MOVED_POLICY) });
    const headText = readFileSync(path.join(headDir, 'Dockerfile'), 'utf8');
    const onHead = cliFindings(headDir).filter((f) => f.file === 'Dockerfile');
    const at = (rule: string, start: number, end: number) =>
      onHead.some((f) => f.ruleId === rule && f.line >= start && f.endLine <= end);

    // Review comments: every finding a comment is about is on the head file within its lines.
    const comments = fake.reviewComments;
    expect(comments.length).toBeGreaterThanOrEqual(3);
    for (const c of comments) {
      const start = c.start_line ?? c.line;
      for (const rule of ruleIdsOf(c.body))
        expect([rule, start, c.line, at(rule, start, c.line)]).toEqual([rule, start, c.line, true]);
    }
    // Check-run annotations and workflow annotations: on the head lines of their rule.
    const cr = fake.checkRuns[0];
    for (const a of cr.annotations.filter((x) => x.path === 'Dockerfile')) {
      expect([a.title, a.start_line, at(a.title, a.start_line, a.end_line)]).toEqual([
        a.title,
        a.start_line,
        true,
      ]);
    }
    const own = runResult.annotations.filter((a) => a.props.file === 'Dockerfile');
    expect(own.length).toBeGreaterThan(0);
    for (const a of own) {
      const line = Number(a.props.line);
      expect([a.props.title, line, at(a.props.title, line, Number(a.props.endLine ?? line))]).toEqual([
        a.props.title,
        line,
        true,
      ]);
    }

    // Suggestions: never overlapping; each, applied to the head file, leaves a file that still parses
    // and no longer has the findings of its comment on those lines; and all of them together too.
    const suggested = comments
      .map((c) => ({
        start: c.start_line ?? c.line,
        end: c.line,
        text: suggestionOf(c.body),
        rules: ruleIdsOf(c.body),
      }))
      .filter((s) => s.text !== undefined)
      .sort((a, b) => a.start - b.start);
    expect(suggested.length).toBeGreaterThan(0);
    for (let i = 1; i < suggested.length; i++)
      expect(suggested[i].start).toBeGreaterThan(suggested[i - 1].end);
    const apply = (text: string, list: typeof suggested) => {
      const lines = text.split('\n');
      for (const s of [...list].reverse())
        lines.splice(s.start - 1, s.end - s.start + 1, ...s.text!.split('\n'));
      return lines.join('\n');
    };
    for (const s of [...suggested, undefined]) {
      const list = s ? [s] : suggested;
      const dir = mkdtempSync(path.join(TMP, 'applied-'));
      write(dir, { Dockerfile: apply(headText, list), 'layerguard-test.yml': policy(MOVED_POLICY) });
      const after = cliFindings(dir);
      expect(after.filter((f) => f.ruleId === 'policy/unparsable')).toEqual([]);
      if (s) {
        const newEnd = s.start + s.text!.split('\n').length - 1;
        const left = after.filter(
          (f) => s.rules.includes(f.ruleId) && f.line <= newEnd && f.endLine >= s.start,
        );
        expect(left).toEqual([]);
      }
    }
    git(repo.dir, 'worktree', 'remove', '--force', headDir);
  }

  it('with the head commit in the clone: maps through local git; comments, annotations and suggestions on the head lines', async () => {
    const repo = prRepo(
      { Dockerfile: BASE_DOCKERFILE, 'layerguard-test.yml': policy(MOVED_POLICY) },
      { Dockerfile: HEAD_DOCKERFILE },
      { Dockerfile: MAIN_DOCKERFILE },
    );
    fake.files = repo.files;
    const r = await run(fake, repo);
    expect(r.stdout).toContain('mapped from the checked-out commit through the local git diff');
    expect(fake.calls('GET', /\/compare\//)).toEqual([]);
    // The SARIF-like outputs keep the checked-out (merge) positions: 3 lines lower than the head's.
    const outputs = JSON.parse(r.outputs.findings);
    expect(outputs.find((f: any) => f.ruleId === 'dockerfile/apt-no-install-recommends').line).toBe(8);
    expect(fake.reviewComments.find((c) => c.body.includes('apt-no-install-recommends'))).toBeDefined();
    await checkPositions(repo, r);
  });

  it('with a shallow clone of the merge commit: maps through the compare API', async () => {
    const repo = prRepo(
      { Dockerfile: BASE_DOCKERFILE, 'layerguard-test.yml': policy(MOVED_POLICY) },
      { Dockerfile: HEAD_DOCKERFILE },
      { Dockerfile: MAIN_DOCKERFILE },
    );
    // GitHub's compare head...merge (the fake serves it from the real diff).
    fake.compareFiles = pullFiles(repo.dir, repo.headSha, repo.mergeSha);
    fake.files = repo.files;
    const shallow = mkdtempSync(path.join(TMP, 'shallow-'));
    git(repo.dir, 'branch', '-f', 'merged', repo.mergeSha);
    git(shallow, 'clone', '-q', '--depth', '1', '--branch', 'merged', `file://${repo.dir}`, '.');
    expect(() => git(shallow, 'cat-file', '-e', `${repo.headSha}^{commit}`)).toThrow();
    const r = await run(fake, { ...repo, dir: shallow });
    expect(r.stdout).toContain('mapped from the checked-out commit through GitHub’s compare API');
    expect(fake.calls('GET', /\/compare\//)).toHaveLength(1);
    await checkPositions({ ...repo }, r);
  });
});

/** A plain workspace (not a git checkout: positions taken as they are). */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(TMP, 'ws-'));
  write(dir, files);
  return dir;
}

const added = (file: string, text: string): PullFile => {
  const lines = text.replace(/\n$/, '').split('\n');
  return {
    filename: file,
    status: 'added',
    patch: `@@ -0,0 +1,${lines.length} @@\n` + lines.map((l) => '+' + l).join('\n'),
  };
};

describe('quiet by default', () => {
  const MANY = [
    'FROM debian:12',
    ...Array.from({ length: 300 }, (_, i) => `RUN apt-get install -y pkg${i}`),
    'USER nobody',
    '',
  ].join('\n');
  const INFO_POLICY = () =>
    policy({ 'dockerfile/apt-no-install-recommends': 'info', 'dockerfile/consecutive-run': 'info' });

  it('a passing PR with 619 info findings: no inline comment, one short summary comment with a collapsed list', async () => {
    const services: Record<string, string> = {};
    for (let i = 0; i < 20; i++)
      services[`svc${i}/Dockerfile`] = 'FROM debian:12\nRUN apt-get install -y x\n';
    const dir = workspace({ Dockerfile: MANY, ...services, 'layerguard-test.yml': INFO_POLICY() });
    fake.files = [added('Dockerfile', MANY)];
    const r = await run(fake, dir, { inputs: { shellcheck: 'off' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs.infos).toBe('619');
    expect(r.outputs.notices).toBe('619');
    expect(fake.reviewComments).toEqual([]);
    expect(fake.calls('POST', /\/reviews$/)).toEqual([]);
    expect(fake.issueComments).toHaveLength(1);
    const body = fake.issueComments[0].body;
    expect(body.length).toBeLessThan(65536);
    expect(body).toContain('## ✅ layerguard: pass');
    expect(body).toContain('619 below `comment-level: warning` are listed here rather than commented.');
    expect(body).toContain('<details><summary>619 findings in 21 files</summary>');
    expect(body).toContain('`dockerfile/apt-no-install-recommends`');
    expect(body).toMatch(/×300 — lines \[2\]\([^)]*#L2\), \[3\]/);
    // every finding is still in the check run
    expect(fake.checkRuns[0].annotations).toHaveLength(619);
  });

  it('with comment-level info: at most max-comments, most severe first, the rest in the summary', async () => {
    const dir = workspace({ Dockerfile: MANY, 'layerguard-test.yml': INFO_POLICY() });
    fake.files = [added('Dockerfile', MANY)];
    const r = await run(fake, dir, {
      inputs: { shellcheck: 'off', 'comment-level': 'info', 'max-comments': '5' },
    });
    expect(r.code).toBe(0);
    expect(fake.calls('POST', /\/reviews$/)).toHaveLength(1);
    expect(fake.reviewComments).toHaveLength(5);
    // findings on one line share a comment: line 3 has both rules
    expect(fake.reviewComments.filter((c) => ruleIdsOf(c.body).length === 2).length).toBeGreaterThan(0);
    const body = fake.issueComments[0].body;
    expect(body).toMatch(
      /\d+ more on changed lines are listed here rather than commented \(`max-comments: 5`\)/,
    );
    expect(body.length).toBeLessThan(65536);
  });

  it('overlapping fixes: one suggestion per line range, the most severe one (or a combined one)', async () => {
    const text = [
      'FROM debian:12',
      'RUN apt-get update',
      'RUN apt-get install -y curl',
      'USER nobody',
      '',
    ].join('\n');
    const dir = workspace({
      Dockerfile: text,
      'layerguard-test.yml': policy({
        'dockerfile/update-without-install': 'error',
        'dockerfile/consecutive-run': 'warning',
        'dockerfile/apt-lists-cleanup': 'warning',
      }),
    });
    fake.files = [added('Dockerfile', text)];
    const r = await run(fake, dir, { inputs: { shellcheck: 'off' } });
    const findings = JSON.parse(r.outputs.findings);
    // three fixes, all rewriting lines 2-3 or line 2
    expect(
      findings
        .filter((f: any) => f.fix)
        .map((f: any) => f.ruleId)
        .sort(),
    ).toEqual([
      'dockerfile/apt-lists-cleanup',
      'dockerfile/consecutive-run',
      'dockerfile/update-without-install',
    ]);
    const suggestions = fake.reviewComments.filter((c) => suggestionOf(c.body) !== undefined);
    expect(suggestions).toHaveLength(1);
    expect(suggestionOf(suggestions[0].body)).toBe('RUN apt-get update && apt-get install -y curl');
    expect(suggestions[0]).toMatchObject({ start_line: 2, line: 3 });
    // the two fixes inserting after `apt-get update` are not combined into `update && rm -rf … && install`
    expect(
      fake.reviewComments.some((c) => /rm -rf \/var\/lib\/apt\/lists\/\* && apt-get install/.test(c.body)),
    ).toBe(false);
    // apt-lists-cleanup's own suggestion (`apt-get update && rm -rf /var/lib/apt/lists/*` on an update-only
    // RUN) is not offered: it does not fix what its comment says
    expect(fake.reviewComments.some((c) => /suggestion\nRUN apt-get update && rm -rf/.test(c.body))).toBe(
      false,
    );
  });
});

describe('never overwrite or duplicate', () => {
  const TEXT = 'FROM debian:12\nRUN apt-get install -y curl\nUSER nobody\n';
  const POLICY = () => policy({ 'dockerfile/apt-no-install-recommends': 'error' });

  it("leaves a person's comments that carry the markers alone, and keeps its own", async () => {
    const dir = workspace({ Dockerfile: TEXT, 'layerguard-test.yml': POLICY() });
    fake.files = [added('Dockerfile', TEXT)];
    const person = { login: 'dev', type: 'User' as const };
    fake.issueComments.push({
      id: 1,
      body: 'As the bot said: <!-- layerguard:summary -->',
      html_url: '',
      user: person,
    });
    fake.reviewComments.push({
      id: 2,
      path: 'Dockerfile',
      line: 2,
      start_line: null,
      side: 'RIGHT',
      start_side: null,
      body: 'Quoting: <!-- layerguard:fp=0123abcd -->',
      commit_id: fake.headSha,
      pull_request_review_id: null,
      html_url: '',
      user: person,
    });
    const first = await run(fake, dir, { inputs: { shellcheck: 'off' } });
    expect(first.code).toBe(1);
    const second = await run(fake, dir, { inputs: { shellcheck: 'off' } });
    expect(second.code).toBe(1);
    expect(fake.issueComments[0].body).toBe('As the bot said: <!-- layerguard:summary -->');
    expect(fake.reviewComments.find((c) => c.id === 2)!.body).toBe(
      'Quoting: <!-- layerguard:fp=0123abcd -->',
    );
    for (const r of fake.requests.filter((x) => x.method === 'PATCH' || x.method === 'DELETE')) {
      expect(r.path).not.toMatch(/\/comments\/(1|2)$/);
    }
    // its own summary comment: created once, then edited in place; its review comment not duplicated
    expect(fake.issueComments.filter((c) => c.user?.login === ACTIONS_BOT.login)).toHaveLength(1);
    expect(fake.reviewComments.filter((c) => c.user?.login === ACTIONS_BOT.login)).toHaveLength(1);
    expect(fake.calls('GET', /^\/user$/).length).toBe(2);
  });

  it('a check-run POST that times out is looked up by external_id, not created again', async () => {
    const dir = workspace({ Dockerfile: TEXT, 'layerguard-test.yml': POLICY() });
    fake.files = [added('Dockerfile', TEXT)];
    fake.fail({ method: 'POST', path: /\/check-runs$/, status: 201, delayMs: 3000 });
    const r = await run(fake, dir, {
      inputs: { shellcheck: 'off' },
      env: { LAYERGUARD_REQUEST_TIMEOUT_MS: '400' },
    });
    expect(r.code).toBe(1);
    expect(fake.calls('POST', /\/check-runs$/)).toHaveLength(1);
    expect(fake.calls('GET', /\/commits\/[0-9a-f]+\/check-runs$/)).toHaveLength(1);
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0]).toMatchObject({
      external_id: 'layerguard:1234:1:layerguard',
      status: 'completed',
      conclusion: 'failure',
    });
    expect(r.annotations.filter((a) => !a.props.file)).toEqual([]);
  });

  it('a 422 on the review: the refused comment found by halving, one review without it, no POST per comment', async () => {
    const text = [
      'FROM debian:12',
      ...Array.from({ length: 6 }, (_, i) => `RUN apt-get install -y p${i}`),
      '',
    ].join('\n');
    const dir = workspace({ Dockerfile: text, 'layerguard-test.yml': POLICY() });
    fake.files = [added('Dockerfile', text)];
    fake.refuseLines.add('Dockerfile:5');
    const r = await run(fake, dir, { inputs: { shellcheck: 'off' } });
    expect(r.code).toBe(1);
    const posts = fake.calls('POST', /\/pulls\/7\/reviews$/);
    const final = posts.filter((p) => p.body.event === 'COMMENT');
    expect(final.map((p) => p.status)).toEqual([422, 200]);
    expect(posts.length).toBeLessThanOrEqual(2 + 16);
    expect(fake.calls('POST', /\/pulls\/7\/comments$/)).toEqual([]);
    expect(fake.reviews.filter((x) => x.state === 'PENDING')).toEqual([]);
    expect(fake.reviewComments.map((c) => c.line).sort()).toEqual([2, 3, 4, 6, 7]);
    expect(fake.issueComments[0].body).toContain(
      'GitHub refused the comments of 1 finding: `Dockerfile:5 dockerfile/apt-no-install-recommends`',
    );
    const warning = r.annotations.filter((a) => a.level === 'warning' && !a.props.file);
    expect(warning).toHaveLength(1);
    expect(warning[0].message).toContain('GitHub refused 1 of them (422)');
  });

  it('a PR of 3,001 files: the files GitHub does not list are read from the local git diff', async () => {
    const dir = mkdtempSync(path.join(TMP, 'big-'));
    git(dir, 'init', '-q', '-b', 'main');
    write(dir, { 'zz/Dockerfile': 'FROM debian:12\nUSER nobody\n', 'layerguard-test.yml': POLICY() });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    const baseSha = git(dir, 'rev-parse', 'HEAD').trim();
    const many: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) many[`docs/p${String(i).padStart(4, '0')}.md`] = `page ${i}\n`;
    write(dir, { ...many, 'zz/Dockerfile': 'FROM debian:12\nRUN apt-get install -y curl\nUSER nobody\n' });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'pr');
    const headSha = git(dir, 'rev-parse', 'HEAD').trim();
    const files = pullFiles(dir, baseSha, headSha);
    expect(files).toHaveLength(3001);
    expect(files[3000].filename).toBe('zz/Dockerfile');
    fake.files = files;
    const r = await run(
      fake,
      { dir, baseSha, headSha, mergeSha: headSha, files },
      { inputs: { shellcheck: 'off', paths: 'zz' } },
    );
    expect(r.code).toBe(1);
    expect(fake.calls('GET', /\/pulls\/7\/files$/)).toHaveLength(30);
    expect(r.stdout).toContain(
      'The pull request changes 3,001 files, more than the 3,000 GitHub lists: its files were read from the local git diff between base and head (3001 files).',
    );
    expect(fake.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual(['zz/Dockerfile:2']);
  });
});

describe('the Action under API faults', () => {
  const TEXT = 'FROM debian:12\nRUN apt-get install -y curl\nUSER nobody\n';
  const POLICY = () => policy({ 'dockerfile/apt-no-install-recommends': 'error' });

  function expectResultsWritten(r: ActionRun, dir: string): void {
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(JSON.parse(r.outputs.findings)).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    expect(r.summary).toContain('## ❌ layerguard: fail');
    expect(r.annotations.filter((a) => a.props.file === 'Dockerfile')).toHaveLength(1);
    expect(r.stdout).not.toMatch(/TypeError|undefined/);
  }

  it('a 200 with broken JSON: says what failed in words and claims no check run', async () => {
    const dir = workspace({ Dockerfile: TEXT, 'layerguard-test.yml': POLICY() });
    fake.files = [added('Dockerfile', TEXT)];
    fake.fail({
      method: 'POST',
      path: /\/check-runs$/,
      status: 200,
      rawBody: '{"id": 12, "html_u',
      times: 5,
    });
    const r = await run(fake, dir, { inputs: { shellcheck: 'off', 'sarif-file': 'out.sarif' } });
    expectResultsWritten(r, dir);
    expect(fake.checkRuns).toEqual([]);
    const warning = r.annotations.find((a) => a.level === 'warning' && !a.props.file)!;
    expect(warning.message).toContain(
      'creating the check run failed (GitHub answered HTTP 200 with a body that is not valid JSON)',
    );
    expect(r.summary).not.toContain('check run on');
    expect(r.summary).not.toContain('[check run]');
    // the rest still happened
    expect(fake.reviewComments).toHaveLength(1);
    expect(fake.issueComments).toHaveLength(1);
  });

  it('a permanent 429: at most two retries, then no more requests; results first, one warning', async () => {
    const dir = workspace({ Dockerfile: TEXT, 'layerguard-test.yml': POLICY() });
    fake.files = [added('Dockerfile', TEXT)];
    for (const method of ['GET', 'POST', 'PATCH', 'DELETE']) {
      fake.fail({
        method,
        path: /.*/,
        status: 429,
        message: 'API rate limit exceeded',
        headers: { 'retry-after': '2' },
        times: 1000,
      });
    }
    const r = await run(fake, dir, { inputs: { shellcheck: 'off', 'sarif-file': 'out.sarif' } });
    expectResultsWritten(r, dir);
    expect(fake.requests).toHaveLength(3);
    expect(r.stdout.match(/retrying in 2 s/g)).toHaveLength(2);
    const warning = r.annotations.find((a) => a.level === 'warning' && !a.props.file)!;
    expect(warning.message).toContain('GitHub rate-limited the requests');
  });

  it('a hanging API: stops at the api-deadline with the results already written', async () => {
    const dir = workspace({ Dockerfile: TEXT, 'layerguard-test.yml': POLICY() });
    fake.files = [added('Dockerfile', TEXT)];
    for (const method of ['GET', 'POST', 'PATCH'])
      fake.fail({ method, path: /.*/, status: 200, delayMs: 600_000, times: 1000 });
    const r = await run(fake, dir, {
      inputs: { shellcheck: 'off', 'sarif-file': 'out.sarif', 'api-deadline': '2' },
      env: { LAYERGUARD_REQUEST_TIMEOUT_MS: '30000' },
      timeoutMs: 30_000,
    });
    expectResultsWritten(r, dir);
    // one request in flight when the deadline passed; nothing sent after it
    expect(fake.requests).toHaveLength(1);
    const warning = r.annotations.find((a) => a.level === 'warning' && !a.props.file)!;
    expect(warning.message).toContain('the API deadline of 2 s (input `api-deadline`) passed');
  });
});

describe('the two-workflow pattern for forks, and the CLI inputs', () => {
  const TEXT = 'FROM debian:12\nRUN apt-get install -y curl\nUSER nobody\n';

  it('pull_request with a read-only token writes the results; workflow_run posts them for the right PR only', async () => {
    const dir = workspace({
      Dockerfile: TEXT,
      'layerguard-test.yml': policy({ 'dockerfile/apt-no-install-recommends': 'error' }),
    });
    fake.files = [added('Dockerfile', TEXT)];
    fake.readOnly = true;
    const first = await run(fake, dir, {
      fork: true,
      inputs: { shellcheck: 'off', 'results-file': 'results/layerguard.json' },
    });
    expect(first.code).toBe(1);
    expect(first.outputs['results-file']).toBe(path.join(dir, 'results', 'layerguard.json'));
    expect(fake.checkRuns).toEqual([]);

    // The workflow_run side: another workspace holding only the downloaded artifact.
    fake.readOnly = false;
    const poster = workspace({
      'artifact/layerguard.json': readFileSync(first.outputs['results-file'], 'utf8'),
    });
    const payload = {
      action: 'completed',
      workflow_run: { head_sha: fake.headSha, event: 'pull_request', pull_requests: [] },
      repository: { full_name: `${fake.owner}/${fake.repo}` },
    };
    const second = await runActionProcess(bundle, fake, poster, {
      event: 'workflow_run',
      payload,
      inputs: actionInputs(fake, { 'post-results': 'artifact/layerguard.json' }),
    });
    expect(second.stderr).toBe('');
    expect(second.code).toBe(1);
    expect(fake.calls('GET', /\/pulls\/7$/)).toHaveLength(1);
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0]).toMatchObject({ head_sha: fake.headSha, conclusion: 'failure' });
    expect(fake.reviewComments.map((c) => c.line)).toEqual([2]);
    // no suggestion from a file the fork wrote
    expect(fake.reviewComments[0].body).not.toContain('```suggestion');
    expect(fake.issueComments).toHaveLength(1);

    // results for another commit than the PR's head: refused, nothing posted
    fake.headSha = 'f'.repeat(40);
    fake.clearLog();
    const third = await runActionProcess(bundle, fake, poster, {
      event: 'workflow_run',
      payload: { ...payload, workflow_run: { ...payload.workflow_run, head_sha: 'f'.repeat(40) } },
      inputs: actionInputs(fake, { 'post-results': 'artifact/layerguard.json' }),
    });
    expect(third.code).toBe(2);
    expect(third.stdout).toContain('not posting the results');
    expect(fake.requests.filter((x) => x.method !== 'GET')).toEqual([]);
  });

  it('container-inspect, hadolint-config and shellcheck inputs', async () => {
    const inspect = [
      {
        Id: 'a'.repeat(64),
        Name: '/web',
        Config: { Image: 'nginx:1.25', User: '' },
        HostConfig: { Memory: 0, Privileged: true },
      },
    ];
    const dir = workspace({
      Dockerfile: 'FROM debian:12\nRUN apt-get install -y curl\nUSER nobody\n',
      'inspect.json': JSON.stringify(inspect, null, 2),
      '.hadolint.yaml': 'ignored:\n  - DL3015\n',
      'layerguard-test.yml': policy({
        'dockerfile/apt-no-install-recommends': 'error',
        'runtime/privileged': 'error',
      }),
    });
    fake.files = [];
    const r = await run(fake, dir, {
      event: 'push',
      inputs: {
        paths: 'Dockerfile',
        'container-inspect': 'inspect.json',
        'hadolint-config': '.hadolint.yaml',
        shellcheck: 'off',
      },
    });
    const findings = JSON.parse(r.outputs.findings);
    expect(findings.map((f: any) => `${f.file}:${f.ruleId}`)).toEqual(['inspect.json:runtime/privileged']);
  });
});
