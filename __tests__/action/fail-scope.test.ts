/**
 * End to end (issue 13, item 3): new findings gate the pull request, old debt does not. The bundled
 * Action runs as a child process against the fake GitHub API, in a real git repository checked out as
 * actions/checkout does on `pull_request`: a shallow clone (depth 1) of the merge commit, without the
 * base commit, which the Action fetches from `origin` itself.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHub } from '../helpers/fake-github.js';
import { actionInputs, runActionProcess } from '../helpers/action-process.js';
import type { ActionRun } from '../helpers/action-process.js';
import { buildActionBundle } from '../hardening/helpers/action.js';
import { git, onlyRulesPolicy } from '../helpers/git.js';
import { cli } from '../helpers/cli.js';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'lg-fail-scope-'));
let bundle = '';

beforeAll(async () => {
  bundle = await buildActionBundle(TMP);
}, 120_000);
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const POLICY = onlyRulesPolicy({ 'dockerfile/apt-no-install-recommends': 'error' });

// Two old errors (lines 2 and 4) that the pull request does not touch.
const BASE = [
  'FROM debian:12',
  'RUN apt-get update && apt-get install -y curl',
  'WORKDIR /app',
  'RUN apt-get update && apt-get install -y git',
  'USER nobody',
];

interface PullRequestRepo {
  /** The workspace: a depth-1 clone of the merge commit, as actions/checkout leaves it. */
  ws: string;
  baseSha: string;
  headSha: string;
  mergeSha: string;
  /** The PR's Dockerfile diff, as `pulls.listFiles` gives it. */
  patch: string;
}

/** origin (main + feature + the merge commit) and a shallow checkout of the merge commit. */
function pullRequestRepo(head: string[]): PullRequestRepo {
  const origin = mkdtempSync(path.join(TMP, 'origin-'));
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  writeFileSync(path.join(origin, 'layerguard-test.yml'), POLICY);
  writeFileSync(path.join(origin, 'Dockerfile'), BASE.join('\n') + '\n');
  git(origin, 'add', '.');
  git(origin, 'commit', '-q', '-m', 'base');
  const baseSha = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'feature');
  writeFileSync(path.join(origin, 'Dockerfile'), head.join('\n') + '\n');
  git(origin, 'commit', '-q', '-am', 'feature');
  const headSha = git(origin, 'rev-parse', 'HEAD');
  const patch = git(origin, 'diff', '-U3', baseSha, headSha, '--', 'Dockerfile')
    .split('\n')
    .filter((l, i, all) => all.slice(0, i + 1).some((x) => x.startsWith('@@')))
    .join('\n');
  git(origin, 'checkout', '-q', '--detach', baseSha);
  git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', headSha);
  const mergeSha = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'update-ref', 'refs/pull/7/merge', mergeSha);
  git(origin, 'checkout', '-q', 'main');
  // actions/checkout: init, fetch --depth=1 the merge ref, check it out detached.
  const ws = mkdtempSync(path.join(TMP, 'ws-'));
  git(ws, 'init', '-q');
  git(ws, 'remote', 'add', 'origin', `file://${origin}`);
  git(ws, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', `+${mergeSha}:refs/remotes/pull/7/merge`);
  git(ws, 'checkout', '-q', '--detach', 'refs/remotes/pull/7/merge');
  return { ws, baseSha, headSha, mergeSha, patch };
}

async function runOn(fake: FakeGitHub, repo: PullRequestRepo, inputs: Record<string, string> = {}) {
  return runActionProcess(bundle, fake, repo.ws, {
    inputs: actionInputs(fake, { policy: 'layerguard-test.yml', ...inputs }),
    env: { GITHUB_SHA: repo.mergeSha },
    patchPayload: (p) => {
      p.pull_request.base.sha = repo.baseSha;
      p.pull_request.head.sha = repo.headSha;
    },
  });
}

function summaryComment(fake: FakeGitHub): string {
  return fake.issueComments.map((c) => c.body).join('\n');
}

describe('fail-scope on a pull request that edits one line of a Dockerfile with old errors', () => {
  let fake: FakeGitHub;
  afterEach(() => fake.stop());

  // The PR adds one LABEL line above the old errors: they move down a line, and nothing else changes.
  const HEAD = [BASE[0], 'LABEL org.opencontainers.image.title=app', ...BASE.slice(1)];

  it('passes with fail-scope new (the default), fetching the base commit the shallow checkout lacks', async () => {
    const repo = pullRequestRepo(HEAD);
    expect(() => git(repo.ws, 'cat-file', '-e', `${repo.baseSha}^{commit}`)).toThrow();
    fake = new FakeGitHub({ files: [{ filename: 'Dockerfile', status: 'modified', patch: repo.patch }] });
    await fake.start();
    const run: ActionRun = await runOn(fake, repo);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`fetching it (git fetch --depth=1 origin ${repo.baseSha})`);
    expect(run.outputs.result).toBe('pass');
    expect(run.outputs.errors).toBe('2');
    expect(run.outputs.new).toBe('0');
    expect(run.outputs.existing).toBe('2');
    const findings = JSON.parse(run.outputs.findings);
    expect(findings.map((f: { line: number; origin: string }) => [f.line, f.origin])).toEqual([
      [3, 'base'],
      [5, 'base'],
    ]);
    expect(run.summary).toContain('**0 new**, 2 existing');
    expect(run.summary).toContain('fail scope `new`');
    expect(summaryComment(fake)).toContain('**0 new**, 2 existing');
    // No warning: the comparison happened.
    expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    expect(fake.checkRuns[0].conclusion).toBe('success');
  }, 60_000);

  it('fails with fail-scope all on the same pull request', async () => {
    const repo = pullRequestRepo(HEAD);
    fake = new FakeGitHub({ files: [{ filename: 'Dockerfile', status: 'modified', patch: repo.patch }] });
    await fake.start();
    const run = await runOn(fake, repo, { 'fail-scope': 'all' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs.new).toBe('0');
    expect(run.outputs.existing).toBe('2');
    expect(run.summary).toContain('fail scope `all`');
    expect(fake.checkRuns[0].conclusion).toBe('failure');
  }, 60_000);

  it('fails with fail-scope new when the edited line brings a new error, and says which one is new', async () => {
    const head = [...BASE.slice(0, 2), 'RUN apt-get update && apt-get install -y vim', ...BASE.slice(2)];
    const repo = pullRequestRepo(head);
    fake = new FakeGitHub({ files: [{ filename: 'Dockerfile', status: 'modified', patch: repo.patch }] });
    await fake.start();
    const run = await runOn(fake, repo);
    expect(run.code).toBe(1);
    expect(run.outputs.new).toBe('1');
    expect(run.outputs.existing).toBe('2');
    const findings = JSON.parse(run.outputs.findings);
    expect(
      findings.filter((f: { origin: string }) => f.origin === 'new').map((f: { line: number }) => f.line),
    ).toEqual([3]);
    expect(run.summary).toContain('**1 new**, 2 existing');
  }, 60_000);

  it('warns and falls back to all when the base commit can be neither read nor fetched', async () => {
    const repo = pullRequestRepo(HEAD);
    git(repo.ws, 'remote', 'remove', 'origin');
    fake = new FakeGitHub({ files: [{ filename: 'Dockerfile', status: 'modified', patch: repo.patch }] });
    await fake.start();
    const run = await runOn(fake, repo);
    expect(run.code).toBe(1);
    const warnings = run.annotations.filter((a) => a.level === 'warning' && !a.props.file);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain(`base commit ${repo.baseSha.slice(0, 7)}`);
    expect(warnings[0].message).toContain('every finding counts (fail-scope all)');
    expect(run.summary).toContain('every finding counts (fail-scope all)');
  }, 60_000);

  it('treats the findings of the committed baseline file as known debt, and names entries that match nothing', async () => {
    const repo = pullRequestRepo(HEAD);
    // `layerguard baseline` in the workspace, plus one entry for a finding fixed since.
    expect((await cli(repo.ws, 'baseline', '--policy', 'layerguard-test.yml')).code).toBe(0);
    const file = path.join(repo.ws, '.layerguard-baseline.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc.findings).toHaveLength(2);
    doc.findings.push({ ...doc.findings[0], fingerprint: '0123456789abcdef', line: 9 });
    writeFileSync(file, JSON.stringify(doc));
    fake = new FakeGitHub({ files: [{ filename: 'Dockerfile', status: 'modified', patch: repo.patch }] });
    await fake.start();
    const run = await runOn(fake, repo, { 'fail-scope': 'all' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.existing).toBe('2');
    const findings = JSON.parse(run.outputs.findings);
    expect(findings.map((f: { origin: string }) => f.origin)).toEqual(['baseline', 'baseline']);
    expect(run.summary).toContain(
      '**0 new**, 2 existing (2 on the base revision, 2 in the baseline)'.replace('2 on', '0 on'),
    );
    expect(run.summary).toContain('1 entry of `.layerguard-baseline.json` matches no finding any more');
  }, 60_000);
});
