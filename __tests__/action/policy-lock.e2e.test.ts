/**
 * End to end, issue 20 item 2: the bundled Action reads the policy lock. A repository extends the org
 * policy by tag and commits `layerguard.lock.json`; with the locked version in the policy cache (the
 * runner's tool cache by default, as `actions/cache` restores it) the step runs without reading the
 * policy from the API at all, and with an empty cache and the API unreachable it fails closed with exit
 * 2, naming the extend, the error and the way out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lockCommand } from '../../src/cli/lock.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { PolicyServer } from '../helpers/policy-server.js';
import { buildActionBundle, runActionBundle, workspace } from '../hardening/helpers/action.js';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'lg-lock-e2e-'));
let bundle = '';
beforeAll(async () => {
  bundle = await buildActionBundle(TMP);
}, 120_000);
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const ORG =
  'extends: [builtin:recommended]\nrules:\n  dockerfile/non-root-user: error\nlocked: [dockerfile/non-root-user]\n';

let fake: FakeGitHub;
let policies: PolicyServer;
beforeEach(async () => {
  fake = new FakeGitHub();
  await fake.start();
  policies = await new PolicyServer().start();
  policies.commit('acme/policies', { 'org.yml': ORG }, 'v1');
});
afterEach(async () => {
  await fake.stop();
  await policies.stop();
});

/** A repository with the org extend locked; the lock was written against the policy server, filling `cache`. */
async function lockedRepo(cache: string): Promise<string> {
  const ws = workspace(TMP, {
    '.github/layerguard.yml': 'extends: [github:acme/policies/org.yml@v1]\n',
    Dockerfile: 'FROM alpine:3.20\nUSER root\n',
  });
  let stderr = '';
  const code = await lockCommand(
    [],
    {
      cwd: ws,
      env: { GITHUB_API_URL: policies.apiUrl, GITHUB_TOKEN: policies.token, LAYERGUARD_CACHE_DIR: cache },
      isTTY: false,
      stdout: () => undefined,
      stderr: (s) => (stderr += s),
    },
    { allowLoopbackHttpForTests: true },
  );
  expect([code, stderr]).toEqual([
    0,
    expect.stringContaining('wrote .github/layerguard.lock.json (1 remote policy)'),
  ]);
  return ws;
}

test('a warm tool cache and the lock: the org policy applies without any policy request', async () => {
  const toolCache = mkdtempSync(path.join(TMP, 'tool-cache-'));
  const ws = await lockedRepo(path.join(toolCache, 'layerguard'));
  const run = await runActionBundle(bundle, fake, ws, { env: { RUNNER_TOOL_CACHE: toolCache } });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(1);
  const root = run.annotations.filter((a) => a.props.title?.includes('dockerfile/non-root-user'));
  expect(root.map((a) => [a.level, a.props.file])).toEqual([['error', 'Dockerfile']]);
  // GITHUB_API_URL is the fake's plain-http address, which the Action refuses for policies: a policy
  // request would have failed the step with exit 2. None was even attempted.
  expect(fake.calls('GET', /\/contents\/|\/commits\/[^/]+$/)).toEqual([]);
}, 60_000);

test('an empty policy-cache and the API unreachable: exit 2, naming the extend, the error and the way out', async () => {
  const ws = await lockedRepo(mkdtempSync(path.join(TMP, 'lock-time-cache-')));
  const empty = mkdtempSync(path.join(TMP, 'empty-cache-'));
  const gone = await new PolicyServer().start();
  await gone.stop();
  const run = await runActionBundle(bundle, fake, ws, {
    inputs: { 'policy-cache': empty },
    env: { GITHUB_API_URL: gone.url.replace('http:', 'https:') },
  });
  expect(run.code).toBe(2);
  const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  expect(errors).toEqual([
    expect.stringMatching(
      /^layerguard: \.github\/layerguard\.yml:1:11: cannot fetch the policy github:acme\/policies\/org\.yml@v1: the request failed \(ECONNREFUSED\), and the policy cache .*empty-cache-\w+ has no copy of it \(locked at commit [0-9a-f]{40} in \.github\/layerguard\.lock\.json\); restore the cache \(see the actions\/cache step in docs\/action\.md\) or run again when the server answers$/,
    ),
  ]);
  expect(run.summary).toContain('configuration error');
}, 60_000);
