/**
 * The CLI's side of issue 13, item 3, on real git repositories made here: `check --base REV`,
 * `--fail-scope`, `layerguard baseline` and the debt file, in every output format.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../helpers/cli.js';
import { gitProcesses } from '../../src/engine/git.js';
import { git, onlyRulesPolicy } from '../helpers/git.js';

const POLICY = onlyRulesPolicy({ 'dockerfile/apt-no-install-recommends': 'error' });
const OLD = 'RUN apt-get update && apt-get install -y git';

/** A repository whose `main` has the files given; the working tree then gets `changes`. */
function repo(base: Record<string, string>, changes: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-compare-'));
  git(dir, 'init', '-q', '-b', 'main');
  const write = (files: Record<string, string>) => {
    for (const [f, t] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), t);
    }
  };
  write({ '.layerguard.yml': POLICY, ...base });
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  write(changes);
  return dir;
}

describe('layerguard check --base', () => {
  const base = { Dockerfile: `FROM debian:12\n${OLD}\nUSER app\n` };
  const shifted = { Dockerfile: `FROM debian:12\nLABEL a=1\nWORKDIR /app\n${OLD}\nUSER app\n` };

  it('passes when the errors are old (lines moved), and fails with --fail-scope all', async () => {
    const dir = repo(base, shifted);
    const scoped = await cli(dir, 'check', '--base', 'main');
    expect(scoped.stderr).toBe('');
    expect(scoped.code).toBe(0);
    expect(scoped.stdout).toContain('(existing)');
    expect(scoped.stdout).toContain('0 new, 1 existing against base revision main; fail scope new');
    const all = await cli(dir, 'check', '--base', 'main', '--fail-scope', 'all');
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('0 new, 1 existing against base revision main; fail scope all');
  });

  it('fails on a new error; JSON, markdown and SARIF say which is new', async () => {
    const dir = repo(base, {
      Dockerfile: `FROM debian:12\n${OLD}\nRUN apt-get update && apt-get install -y vim\nUSER app\n`,
    });
    const json = await cli(dir, 'check', '--base', 'main', '--format', 'json');
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout);
    expect(doc.findings.map((f: any) => [f.line, f.origin])).toEqual([
      [2, 'base'],
      [3, 'new'],
    ]);
    expect(doc.summary).toMatchObject({ verdict: 'fail', failScope: 'new', new: 1, existing: 1 });
    expect(doc.comparison).toMatchObject({ base: 'main', onBase: 1, unmatchedBaseline: [] });
    const md = await cli(dir, 'check', '--base', 'main', '--format', 'markdown');
    expect(md.stdout).toContain('**1 new**, 1 existing compared with the base revision `main`');
    expect(md.stdout).toContain('_(existing)_');
    const sarif = JSON.parse((await cli(dir, 'check', '--base', 'main', '--format', 'sarif')).stdout);
    expect(sarif.runs[0].results.map((r: any) => r.baselineState)).toEqual(['unchanged', 'new']);
  });

  it('counts every finding of a file the base does not have as new, and reads unchanged files not at all', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`svc${i}/Dockerfile`] = base.Dockerfile;
    const dir = repo(files, { 'added/Dockerfile': base.Dockerfile });
    const before = gitProcesses.count;
    const run = await cli(dir, 'check', '--base', 'main', '--format', 'json');
    // Four rev-parse, one ls-tree, one diff --name-only (the 30 unchanged files need no reading), and
    // one cat-file --batch for the added file, whatever the number of files.
    expect(gitProcesses.count - before).toBe(7);
    const doc = JSON.parse(run.stdout);
    expect(doc.summary).toMatchObject({ new: 1, existing: 30 });
    expect(doc.findings.filter((f: any) => f.origin === 'new').map((f: any) => f.file)).toEqual([
      'added/Dockerfile',
    ]);
    expect(run.code).toBe(1);
  });

  it('treats a base file over the size limit as absent, and still reads the files after it', async () => {
    const huge = `FROM debian:12\n${OLD}\n` + '# padding\n'.repeat(150_000);
    const dir = repo(
      { 'a/Dockerfile': huge, 'b/Dockerfile': base.Dockerfile },
      { 'a/Dockerfile': base.Dockerfile, 'b/Dockerfile': shifted.Dockerfile },
    );
    const doc = JSON.parse((await cli(dir, 'check', '--base', 'main', '--format', 'json')).stdout);
    expect(doc.findings.map((f: any) => [f.file, f.origin])).toEqual([
      ['a/Dockerfile', 'new'],
      ['b/Dockerfile', 'base'],
    ]);
  });

  it('checks an unchanged Dockerfile again when its .dockerignore changed', async () => {
    const dockerfile = 'FROM scratch\nCOPY config/app.conf /etc/app.conf\n';
    const dir = repo({ Dockerfile: dockerfile }, { '.dockerignore': 'config\n' });
    writeFileSync(
      path.join(dir, '.layerguard.yml'),
      onlyRulesPolicy({
        'dockerfile/copy-ignored-file': 'error',
        'dockerfile/apt-no-install-recommends': 'error',
      }),
    );
    const doc = JSON.parse((await cli(dir, 'check', '--base', 'HEAD', '--format', 'json')).stdout);
    expect(doc.findings.map((f: any) => [f.ruleId, f.origin])).toEqual([
      ['dockerfile/copy-ignored-file', 'new'],
    ]);
  });

  it('compares from a subfolder of the repository', async () => {
    const dir = repo({ 'app/Dockerfile': base.Dockerfile }, { 'app/Dockerfile': shifted.Dockerfile });
    writeFileSync(path.join(dir, 'app', '.layerguard.yml'), POLICY);
    const run = await cli(path.join(dir, 'app'), 'check', '--base', 'main');
    expect(run.stdout).toContain('0 new, 1 existing');
    expect(run.code).toBe(0);
  });

  it('says clearly when the base revision is missing or the folder is no repository (exit 2)', async () => {
    const dir = repo(base, shifted);
    const missing = await cli(dir, 'check', '--base', 'no-such-branch');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('the repository has no commit "no-such-branch"');
    expect(missing.stderr).toContain('git fetch --depth=1 origin no-such-branch');
    const plain = mkdtempSync(path.join(os.tmpdir(), 'lg-nogit-'));
    writeFileSync(path.join(plain, 'Dockerfile'), base.Dockerfile);
    const none = await cli(plain, 'check', '--base', 'main');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('is not in a git repository');
    const scope = await cli(dir, 'check', '--fail-scope', 'newest');
    expect(scope.code).toBe(2);
    expect(scope.stderr).toContain('--fail-scope must be one of new, all');
  });
});

describe('layerguard baseline', () => {
  it('records today’s findings as debt that never fails, and names entries that no longer match', async () => {
    const dir = repo({}, { Dockerfile: `FROM debian:12\n${OLD}\nRUN apt-get install -y vim\nUSER app\n` });
    expect((await cli(dir, 'check')).code).toBe(1);
    const written = await cli(dir, 'baseline');
    expect(written.code).toBe(0);
    expect(written.stderr).toContain('wrote 2 findings to .layerguard-baseline.json');
    const doc = JSON.parse(readFileSync(path.join(dir, '.layerguard-baseline.json'), 'utf8'));
    expect(doc.findings.map((e: any) => [e.file, e.line, e.ruleId])).toEqual([
      ['Dockerfile', 2, 'dockerfile/apt-no-install-recommends'],
      ['Dockerfile', 3, 'dockerfile/apt-no-install-recommends'],
    ]);
    const debt = await cli(dir, 'check');
    expect(debt.code).toBe(0);
    expect(debt.stdout).toContain('(baseline debt)');
    expect(debt.stdout).toContain(
      '0 new, 2 existing against baseline .layerguard-baseline.json; fail scope all',
    );
    // One fixed, one new: the new one fails, the fixed one's entry is named so the file can shrink.
    writeFileSync(
      path.join(dir, 'Dockerfile'),
      `FROM debian:12\n${OLD}\nRUN apt-get install -y --no-install-recommends vim\nRUN apt-get install -y make\nUSER app\n`,
    );
    const after = await cli(dir, 'check');
    expect(after.code).toBe(1);
    expect(after.stdout).toContain('1 new, 1 existing');
    expect(after.stdout).toContain(
      'note: 1 entry of .layerguard-baseline.json matches no finding any more (fixed?): run `layerguard baseline` to shrink it',
    );
    expect((await cli(dir, 'check', '--no-baseline-file')).stdout).not.toContain('existing');
    expect((await cli(dir, 'baseline', '--output', '-')).stdout).toContain('"version": 1');
  });

  it('a broken or missing explicit baseline file is a usage error naming it', async () => {
    const dir = repo({}, { Dockerfile: `FROM debian:12\n${OLD}\n`, 'bad.json': '{"version": 9}' });
    const bad = await cli(dir, 'check', '--baseline-file', 'bad.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.json: not a layerguard baseline');
    const missing = await cli(dir, 'check', '--baseline-file', 'nope.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: cannot read the baseline file');
  });
});
