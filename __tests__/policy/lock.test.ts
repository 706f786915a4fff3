/**
 * Issue 20 item 2: `layerguard lock` and the policy cache, against a local server playing the GitHub
 * API (commits that tags and branches point at, and move) and an https-style file host:
 * the lock resolves tags to commits and records every content's sha256, recursively; loads read the
 * locked commits and check the digests; a tampered content, an extend missing from the lock and an
 * unreachable API without a cached copy fail closed with what to do; a warm cache with a matching lock
 * needs no network; `--update` moves entries forward, without it they stay; a locked branch is not
 * reported as unpinned.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lockCommand } from '../../src/cli/lock.js';
import { run } from '../../src/cli/main.js';
import { loadPolicy } from '../../src/policy/load.js';
import type { LoadPolicyOptions } from '../../src/policy/load.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { PolicyError } from '../../src/policy/types.js';
import { PolicyServer, sha256 } from '../helpers/policy-server.js';
import { problemsOf, tempTree } from './helpers.js';

const BASE_V1 =
  'extends: [./shared.yml, github:acme/common/common.yml@v2]\nrules:\n  dockerfile/non-root-user: error\n';
const SHARED_V1 = 'extends: []\nfailOn: warning\n';
const COMMON_V2 = 'extends: []\nmaxWarnings: 7\n';
const EXTRA = 'extends: []\nrules:\n  dockerfile/base-image-latest: error\n';

let server: PolicyServer;
let v1: string;
let common: string;
beforeEach(async () => {
  server = await new PolicyServer().start();
  v1 = server.commit('acme/policies', { 'org/base.yml': BASE_V1, 'org/shared.yml': SHARED_V1 }, 'v1', 'main');
  common = server.commit('acme/common', { 'common.yml': COMMON_V2 }, 'v2');
  server.files.set('extra.yml', EXTRA);
});
afterEach(() => server.stop());

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'lg-cache-'));

/** The repository: a policy extending the org policy by tag and an https-style file. */
function repo(extendsLine = 'github:acme/policies/org/base.yml@v1'): string {
  return tempTree({
    '.github/layerguard.yml': `extends:\n  - ${extendsLine}\n  - ${server.url}/files/extra.yml\n`,
  });
}

function env(cacheDir?: string, api = server.apiUrl): Record<string, string> {
  return {
    GITHUB_API_URL: api,
    GITHUB_TOKEN: server.token,
    ...(cacheDir ? { LAYERGUARD_CACHE_DIR: cacheDir } : {}),
  };
}

const testLoader: Partial<LoadPolicyOptions> = { allowLoopbackHttpForTests: true, fetchTimeoutMs: 2000 };

/** `layerguard lock ARGS` in `cwd` (configuration errors as the CLI's `run` turns them: exit 2). */
async function lock(cwd: string, e: Record<string, string>, ...args: string[]) {
  let stderr = '';
  try {
    const code = await lockCommand(
      args,
      { cwd, env: e, isTTY: false, stdout: () => undefined, stderr: (s) => (stderr += s) },
      testLoader,
    );
    return { code, stderr };
  } catch (err) {
    if (!(err instanceof PolicyError)) throw err;
    return { code: 2, stderr: stderr + err.message };
  }
}

const load = (cwd: string, e: Record<string, string>) =>
  loadPolicy({ cwd, rules: RULES_BY_ID, env: e, ...testLoader });

const readLock = (cwd: string) =>
  JSON.parse(readFileSync(path.join(cwd, '.github/layerguard.lock.json'), 'utf8'));

test('lock resolves the tag to its commit and every content to its sha256, remote extends of remote policies too', async () => {
  const cwd = repo();
  const cache = tmp();
  const out = await lock(cwd, env(cache));
  expect(out.code).toBe(0);
  const text = readFileSync(path.join(cwd, '.github/layerguard.lock.json'), 'utf8');
  expect(JSON.parse(text)).toEqual({
    '//': expect.stringContaining('layerguard lock --update'),
    lockfileVersion: 1,
    policies: {
      'github:acme/common/common.yml@v2': { commit: common, sha256: sha256(COMMON_V2) },
      'github:acme/policies/org/base.yml@v1': { commit: v1, sha256: sha256(BASE_V1) },
      'github:acme/policies/org/shared.yml@v1': { commit: v1, sha256: sha256(SHARED_V1) },
      [`${server.url}/files/extra.yml`]: { sha256: sha256(EXTRA) },
    },
  });
  // Stable: sorted keys, and the same run again changes nothing.
  expect(Object.keys(JSON.parse(text).policies)).toEqual(Object.keys(JSON.parse(text).policies).sort());
  const again = await lock(cwd, env(cache));
  expect(again.stderr).toContain('.github/layerguard.lock.json is up to date (4 remote policies)');
  expect(readFileSync(path.join(cwd, '.github/layerguard.lock.json'), 'utf8')).toBe(text);
  expect(out.stderr).toContain(
    `  added   github:acme/policies/org/base.yml@v1: commit ${v1.slice(0, 12)}, sha256 ${sha256(BASE_V1).slice(0, 12)}`,
  );
  // One commit lookup per repository and ref; the contents read at the commit.
  expect(server.calls(/\/commits\//)).toEqual([
    '/api/repos/acme/policies/commits/v1',
    '/api/repos/acme/common/commits/v2',
  ]);
  expect(server.calls(/contents\/org\/base.yml/)).toEqual([
    `/api/repos/acme/policies/contents/org/base.yml?ref=${v1}`,
  ]);
  // Every content is in the cache under its digest.
  expect(readdirSync(path.join(cache, 'policies')).sort()).toEqual(
    [BASE_V1, SHARED_V1, COMMON_V2, EXTRA].map(sha256).sort(),
  );
});

test('a load reads the locked commits, not what the tag names now', async () => {
  const cwd = repo();
  await lock(cwd, env(tmp()));
  server.commit(
    'acme/policies',
    { 'org/base.yml': 'extends: []\nfailOn: none\n', 'org/shared.yml': SHARED_V1 },
    'v1',
  );
  server.requests.length = 0;
  const policy = await load(cwd, env(tmp())); // a cold cache: everything is fetched
  expect(policy.failOn).toBe('warning');
  expect(policy.maxWarnings).toBe(7);
  expect(server.calls(/contents/).sort()).toEqual([
    `/api/repos/acme/common/contents/common.yml?ref=${common}`,
    `/api/repos/acme/policies/contents/org/base.yml?ref=${v1}`,
    `/api/repos/acme/policies/contents/org/shared.yml?ref=${v1}`,
  ]);
  expect(server.calls(/commits/)).toEqual([]);
});

test('content that does not match the lock is an error naming the extend, both digests and the way out', async () => {
  const cwd = repo();
  await lock(cwd, env(tmp()));
  server.tamper('acme/policies', v1, 'org/base.yml', 'extends: []\n');
  expect(await problemsOf(load(cwd, env(tmp())))).toEqual([
    `.github/layerguard.yml:2:5: cannot fetch the policy github:acme/policies/org/base.yml@v1: the content does not match .github/layerguard.lock.json: expected sha256 ${sha256(BASE_V1)}, got sha256 ${sha256('extends: []\n')}; it changed since it was locked — review the change, then run layerguard lock --update`,
  ]);
});

test('with the API down, a warm cache and a matching lock load without the network', async () => {
  const cwd = repo();
  const cache = tmp();
  await lock(cwd, env(cache));
  await server.stop();
  server.requests.length = 0;
  const policy = await load(cwd, env(cache));
  expect(policy.sources).toEqual([
    'github:acme/policies/org/shared.yml@v1',
    'github:acme/common/common.yml@v2',
    'github:acme/policies/org/base.yml@v1',
    `${server.url}/files/extra.yml`,
    '.github/layerguard.yml',
  ]);
  expect(policy.failOn).toBe('warning');
  expect(server.requests).toEqual([]);
});

test('with the API down and no cached copy, or no lock, the load fails closed and says what to do', async () => {
  const cwd = repo();
  await lock(cwd, env(tmp()));
  await server.stop();
  const cold = tmp();
  const lines = await problemsOf(load(cwd, env(cold)));
  expect(lines[0]).toBe(
    `.github/layerguard.yml:2:5: cannot fetch the policy github:acme/policies/org/base.yml@v1: the request failed (ECONNREFUSED), and the policy cache ${cold} has no copy of it (locked at commit ${v1} in .github/layerguard.lock.json); restore the cache (see the actions/cache step in docs/action.md) or run again when the server answers`,
  );
  expect(lines).toHaveLength(2); // the https extend too
  // A damaged copy in the cache is not used either.
  mkdirSync(path.join(cold, 'policies'));
  writeFileSync(path.join(cold, 'policies', sha256(BASE_V1)), 'extends: []\nfailOn: none\n', { flag: 'w' });
  expect((await problemsOf(load(cwd, env(cold))))[0]).toContain('has no copy of it');

  const unlocked = repo();
  expect(await problemsOf(load(unlocked, env(tmp())))).toEqual([
    '.github/layerguard.yml:2:5: cannot fetch the policy github:acme/policies/org/base.yml@v1: the request failed (ECONNREFUSED); without a lock nothing may stand in for it: run layerguard lock and commit layerguard.lock.json, and a cached copy of the locked version is read when the network fails',
    `.github/layerguard.yml:3:5: cannot fetch the policy ${server.url}/files/extra.yml: the request failed (ECONNREFUSED); without a lock nothing may stand in for it: run layerguard lock and commit layerguard.lock.json, and a cached copy of the locked version is read when the network fails`,
  ]);
}, 20_000);

test('an extend missing from the lock is an error (fail closed)', async () => {
  const cwd = repo();
  await lock(cwd, env(tmp()));
  writeFileSync(
    path.join(cwd, '.github/layerguard.yml'),
    `extends:\n  - github:acme/policies/org/base.yml@v1\n  - ${server.url}/files/extra.yml\n  - github:acme/common/common.yml@v2\n  - github:acme/common/common.yml@main\n`,
  );
  expect(await problemsOf(load(cwd, env(tmp())))).toEqual([
    '.github/layerguard.yml:5:5: cannot fetch the policy github:acme/common/common.yml@main: it is not in .github/layerguard.lock.json, and a policy with a lock reads only the versions locked there; run layerguard lock to add it, review and commit .github/layerguard.lock.json',
  ]);
});

test('lock keeps existing entries; --update moves them to where the tag points now; stale entries go', async () => {
  const cwd = repo();
  const cache = tmp();
  await lock(cwd, env(cache));
  const BASE_V1_1 = 'extends: [./shared.yml]\nrules:\n  dockerfile/non-root-user: error\n';
  const moved = server.commit(
    'acme/policies',
    { 'org/base.yml': BASE_V1_1, 'org/shared.yml': SHARED_V1 },
    'v1',
  );
  const kept = await lock(cwd, env(cache));
  expect(kept.code).toBe(0);
  expect(readLock(cwd).policies['github:acme/policies/org/base.yml@v1'].commit).toBe(v1);
  expect(kept.stderr).toContain('is up to date');

  const updated = await lock(cwd, env(cache), '--update');
  expect(updated.code).toBe(0);
  expect(readLock(cwd).policies).toEqual({
    'github:acme/policies/org/base.yml@v1': { commit: moved, sha256: sha256(BASE_V1_1) },
    'github:acme/policies/org/shared.yml@v1': { commit: moved, sha256: sha256(SHARED_V1) },
    [`${server.url}/files/extra.yml`]: { sha256: sha256(EXTRA) },
  });
  expect(updated.stderr).toContain(
    `  updated github:acme/policies/org/base.yml@v1: commit ${v1.slice(0, 12)}, sha256 ${sha256(BASE_V1).slice(0, 12)} -> commit ${moved.slice(0, 12)}, sha256 ${sha256(BASE_V1_1).slice(0, 12)}`,
  );
  expect(updated.stderr).toContain('  removed github:acme/common/common.yml@v2: no policy extends it now');
  const policy = await load(cwd, env(cache));
  expect(policy.maxWarnings).toBeUndefined();
});

test('a new relative extends of a kept entry is locked at the kept commit', async () => {
  const cwd = tempTree({ 'layerguard.yml': 'extends: [github:acme/policies/org/base.yml@v1]\n' });
  await lock(cwd, env(tmp()));
  // Edited by hand to drop the relative child; the tag then moves on.
  const lockFile = path.join(cwd, 'layerguard.lock.json');
  const data = JSON.parse(readFileSync(lockFile, 'utf8'));
  delete data.policies['github:acme/policies/org/shared.yml@v1'];
  writeFileSync(lockFile, JSON.stringify(data));
  server.commit('acme/policies', { 'org/base.yml': BASE_V1, 'org/shared.yml': 'extends: []\n' }, 'v1');
  const out = await lock(cwd, env(tmp()));
  expect(out.stderr).toContain('  added   github:acme/policies/org/shared.yml@v1');
  expect(
    JSON.parse(readFileSync(lockFile, 'utf8')).policies['github:acme/policies/org/shared.yml@v1'],
  ).toEqual({
    commit: v1,
    sha256: sha256(SHARED_V1),
  });
});

test('policy/unpinned-extends says nothing about a branch the lock pins', async () => {
  const cwd = repo('github:acme/policies/org/base.yml@main');
  const unlocked = await load(cwd, env(tmp()));
  expect(unlocked.findings?.map((f) => [f.ruleId, f.file, f.line])).toEqual([
    // base.yml's ./shared.yml is read at @main too
    ['policy/unpinned-extends', 'github:acme/policies/org/base.yml@main', 1],
    ['policy/unpinned-extends', '.github/layerguard.yml', 2],
    ['policy/unpinned-extends', '.github/layerguard.yml', 3],
  ]);
  await lock(cwd, env(tmp()));
  expect(readLock(cwd).policies['github:acme/policies/org/base.yml@main'].commit).toBe(v1);
  const locked = await load(cwd, env(tmp()));
  expect(locked.findings).toEqual([]);
});

test('a lock file that is not one stops the load; lock --update replaces it', async () => {
  const cwd = repo();
  writeFileSync(path.join(cwd, '.github/layerguard.lock.json'), '{"lockfileVersion": 9, "policies": {}}');
  await expect(load(cwd, env(tmp()))).rejects.toThrow(
    'cannot read the policy lock .github/layerguard.lock.json: lockfileVersion is 9; this layerguard reads version 1; fix it, or write it again with layerguard lock --update',
  );
  writeFileSync(path.join(cwd, '.github/layerguard.lock.json'), 'GITHUB_TOKEN=secret');
  await expect(load(cwd, env(tmp()))).rejects.toThrow(
    /^cannot read the policy lock \.github\/layerguard\.lock\.json: it is not valid JSON; fix it/,
  );
  expect((await lock(cwd, env(tmp()))).code).toBe(2);
  const out = await lock(cwd, env(tmp()), '--update');
  expect(out.code).toBe(0);
  expect(Object.keys(readLock(cwd).policies)).toHaveLength(4);
});

test('an unknown tag is an error of the lock command naming the ref', async () => {
  const cwd = repo('github:acme/policies/org/base.yml@v9');
  const out = await lock(cwd, env(tmp()));
  expect(out.code).toBe(2);
  expect(out.stderr).toContain(
    '.github/layerguard.yml:2:5: cannot fetch the policy github:acme/policies/org/base.yml@v9: HTTP 422: no tag, branch or commit v9 in acme/policies',
  );
});

describe('the command line', () => {
  /** `layerguard ARGS` in-process, as the binary runs it (no test-only loader settings). */
  async function layerguard(cwd: string, e: Record<string, string>, ...argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, {
      cwd,
      env: e,
      isTTY: false,
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
    });
    return { code, stdout, stderr };
  }
  // A port nothing listens on any more: a refused connection, the outage, without leaving this machine.
  let down: Record<string, string>;
  beforeAll(async () => {
    const gone = await new PolicyServer().start();
    await gone.stop();
    down = { GITHUB_API_URL: gone.url.replace('http:', 'https:'), GITHUB_TOKEN: 'policy-token' };
  });

  test('check --policy-cache reads the locked versions from a warm cache with the API unreachable', async () => {
    const cwd = tempTree({
      '.github/layerguard.yml': 'extends: [github:acme/policies/org/base.yml@v1]\n',
      Dockerfile: 'FROM alpine:3.20\nRUN echo hi\n',
    });
    const cache = tmp();
    await lock(cwd, env(cache));
    const out = await layerguard(cwd, down, 'check', '--policy-cache', cache, '--format', 'json');
    expect(out.stderr).toBe('');
    const result = JSON.parse(out.stdout);
    expect(result.policy.sources).toContain('github:acme/policies/org/base.yml@v1');
    // The org policy raised it to error.
    expect(
      result.findings
        .filter((f: { ruleId: string }) => f.ruleId === 'dockerfile/non-root-user')
        .map((f: { severity: string }) => f.severity),
    ).toEqual(['error']);
    expect(out.code).toBe(1);

    const cold = await layerguard(cwd, down, 'check', '--policy-cache', tmp());
    expect(cold.code).toBe(2);
    expect(cold.stderr).toContain(
      '.github/layerguard.yml:1:11: cannot fetch the policy github:acme/policies/org/base.yml@v1: the request failed (ECONNREFUSED), and the policy cache',
    );
    expect(cold.stderr).toContain('nothing was checked');
    // A relative --policy-cache is relative to the working directory.
    const rel = path.relative(cwd, cache);
    expect((await layerguard(cwd, down, 'print-policy', '--policy-cache', rel)).code).toBe(0);
    // The environment names the cache as well as the option does.
    const viaEnv = await layerguard(
      cwd,
      { ...down, LAYERGUARD_CACHE_DIR: cache },
      'print-policy',
      '--format',
      'json',
    );
    expect(viaEnv.code).toBe(0);
  });

  test('lock without remote extends writes an empty lock; a built-in preset has nothing to lock', async () => {
    const cwd = tempTree({ 'layerguard.yml': 'extends: [builtin:strict]\n' });
    const out = await layerguard(cwd, {}, 'lock');
    expect(out).toMatchObject({
      code: 0,
      stderr:
        'layerguard: wrote layerguard.lock.json (0 remote policies); review the changes and commit it; layerguard lock --update moves the locked versions forward\n',
    });
    expect(JSON.parse(readFileSync(path.join(cwd, 'layerguard.lock.json'), 'utf8')).policies).toEqual({});
    const preset = await layerguard(tempTree({}), {}, 'lock', '--policy', 'builtin:strict');
    expect(preset).toMatchObject({
      code: 2,
      stderr:
        'layerguard: the policy is builtin:strict, a built-in preset, which extends no remote policy: there is nothing to lock\n',
    });
    expect((await layerguard(cwd, {}, 'lock', '--updte')).stderr).toBe(
      'layerguard: unknown option --updte (did you mean "--update"?) for lock; see layerguard --help\n',
    );
    expect((await layerguard(cwd, {}, '--help')).stdout).toContain('layerguard lock [--update]');
  });
});

test('the owner and repository of a github: ref are matched without regard to case', async () => {
  const cwd = repo('github:Acme/Policies/org/base.yml@v1');
  await lock(cwd, env(tmp()));
  expect(Object.keys(readLock(cwd).policies)).toContain('github:acme/policies/org/base.yml@v1');
  writeFileSync(
    path.join(cwd, '.github/layerguard.yml'),
    'extends: [github:ACME/policies/org/base.yml@v1]\n',
  );
  await expect(load(cwd, env(tmp()))).resolves.toMatchObject({ failOn: 'warning' });
});

test('with --policy a remote policy, the lock lives in the working directory and locks that policy too', async () => {
  const cwd = tempTree({});
  const cache = tmp();
  const entry = 'github:acme/policies/org/base.yml@v1';
  expect((await lock(cwd, env(cache), '--policy', entry)).code).toBe(0);
  const data = JSON.parse(readFileSync(path.join(cwd, 'layerguard.lock.json'), 'utf8'));
  expect(Object.keys(data.policies)).toEqual([
    'github:acme/common/common.yml@v2',
    entry,
    'github:acme/policies/org/shared.yml@v1',
  ]);
  await server.stop();
  const policy = await loadPolicy({ cwd, policy: entry, rules: RULES_BY_ID, env: env(cache), ...testLoader });
  expect(policy.sources.at(-1)).toBe(entry);
});
