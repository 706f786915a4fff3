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
function prRepo(base: Record<string, string>, prChange: Record<string, string>, mainChange: Record<string, string>): PrRepo {
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
      return { filename: file, status: added ? 'added' : 'modified', patch: part.slice(part.search(/^@@/m)).replace(/\n$/, '') };
    });
}

async function run(fake: FakeGitHub, repo: PrRepo | string, opts: Partial<RunActionOptions> & { inputs?: Record<string, string> } = {}): Promise<ActionRun> {
  const dir = typeof repo === 'string' ? repo : repo.dir;
  const shas = typeof repo === 'string' ? undefined : repo;
  if (shas) fake.headSha = shas.headSha;
  return runActionProcess(bundle, fake, dir, {
    ...opts,
    inputs: actionInputs(fake, { policy: 'layerguard-test.yml', shellcheck: 'off', ...opts.inputs }),
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
    out = execFileSync(process.execPath, [path.join(TMP, 'dist', 'cli.js'), 'check', '--policy', 'layerguard-test.yml', '--shellcheck', 'off', '--format', 'json', '.'], {
      cwd: dir,
      encoding: 'utf8',
    });
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  return JSON.parse(out).findings.filter((f: { suppressed?: unknown }) => !f.suppressed);
}

const ruleIdsOf = (body: string) => [...body.matchAll(/\[`([a-z]+\/[a-z0-9-]+)`\]/g)].map((m) => m[1]);
const suggestionOf = (body: string) => /^(`{3,})suggestion\n([\s\S]*?)\n?\1$/m.exec(body)?.[2];

// The PR adds RUN lines to a Dockerfile; meanwhile main added three LABEL lines above them.
const BASE_DOCKERFILE = ['FROM debian:12', 'WORKDIR /app', 'COPY package.json .', 'USER nobody', ''].join('\n');
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
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = new FakeGitHub();
    await fake.start();
  });
  afterEach(() => fake.stop());

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
      for (const rule of ruleIdsOf(c.body)) expect([rule, start, c.line, at(rule, start, c.line)]).toEqual([rule, start, c.line, true]);
    }
    // Check-run annotations and workflow annotations: on the head lines of their rule.
    const cr = fake.checkRuns[0];
    for (const a of cr.annotations.filter((x) => x.path === 'Dockerfile')) {
      expect([a.title, a.start_line, at(a.title, a.start_line, a.end_line)]).toEqual([a.title, a.start_line, true]);
    }
    const own = runResult.annotations.filter((a) => a.props.file === 'Dockerfile');
    expect(own.length).toBeGreaterThan(0);
    for (const a of own) {
      const line = Number(a.props.line);
      expect([a.props.title, line, at(a.props.title, line, Number(a.props.endLine ?? line))]).toEqual([a.props.title, line, true]);
    }

    // Suggestions: never overlapping; each, applied to the head file, leaves a file that still parses
    // and no longer has the findings of its comment on those lines; and all of them together too.
    const suggested = comments
      .map((c) => ({ start: c.start_line ?? c.line, end: c.line, text: suggestionOf(c.body), rules: ruleIdsOf(c.body) }))
      .filter((s) => s.text !== undefined)
      .sort((a, b) => a.start - b.start);
    expect(suggested.length).toBeGreaterThan(0);
    for (let i = 1; i < suggested.length; i++) expect(suggested[i].start).toBeGreaterThan(suggested[i - 1].end);
    const apply = (text: string, list: typeof suggested) => {
      const lines = text.split('\n');
      for (const s of [...list].reverse()) lines.splice(s.start - 1, s.end - s.start + 1, ...s.text!.split('\n'));
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
        const left = after.filter((f) => s.rules.includes(f.ruleId) && f.line <= newEnd && f.endLine >= s.start);
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
