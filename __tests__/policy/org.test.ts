/**
 * The org scenario: an organisation preset, read through the GitHub contents API (a local server on
 * 127.0.0.1), locks rules; a repository policy extends it. Every attempt to weaken a locked rule is a
 * configuration error naming both files and lines, reported in one run; what remains allowed (raising,
 * blanket audit for the other rules) works, and an inline suppression of a locked rule is ignored and
 * reported while the finding still fails the run.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { check } from '../../src/engine/check.js';
import { loadPolicy } from '../../src/policy/load.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { problemsOf, tempTree } from './helpers.js';

const ORG = [
  '# acme/policies: org.yml, the baseline of every acme repository',
  'extends: [builtin:recommended]',
  'failOn: error',
  'rules:',
  '  dockerfile/non-root-user: error',
  '  dockerfile/trusted-registries:',
  '    severity: error',
  '    options:',
  '      registries: [ghcr.io/acme]',
  'locked:',
  '  - dockerfile/non-root-user',
  '  - dockerfile/trusted-registries',
  '',
].join('\n');
const ORG_REF = 'github:acme/policies/org.yml@v3.1.0';

let server: http.Server;
let env: Record<string, string>;
let requests = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests++;
    if (
      req.url === '/repos/acme/policies/contents/org.yml?ref=v3.1.0' &&
      req.headers.authorization === 'Bearer org-token'
    ) {
      return res.writeHead(200, { 'Content-Type': 'application/vnd.github.raw' }).end(ORG);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  env = { GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const load = (cwd: string) =>
  loadPolicy({ cwd, rules: RULES_BY_ID, env, githubToken: 'org-token', allowLoopbackHttpForTests: true });

test('a repository policy that tries to weaken the locked rules is rejected, every attempt at once', async () => {
  const cwd = tempTree({
    '.github/layerguard.yml': [
      `extends: [${ORG_REF}]`, // 1
      'failOn: none', // 2
      'rules:', // 3
      '  dockerfile/non-root-user: warning', // 4
      '  dockerfile/trusted-registries:', // 5
      '    options: { registries: [docker.io] }', // 6
      'overrides:', // 7
      '  - files: ["legacy/**"]', // 8
      '    rules:', // 9
      '      dockerfile/non-root-user: off', // 10
      '      dockerfile/trusted-registries: { mode: audit }', // 11
      'exceptions:', // 12
      '  - rules: [dockerfile/trusted-registries]', // 13
      '    reason: we use Docker Hub', // 14
      '    expires: 2099-01-01', // 15
    ].join('\n'),
  });
  const locked = (id: string, line: number, sev = 'error') => `it is locked at ${sev} by ${ORG_REF}:${line}`;
  const tail = `. A locked rule can be raised here but not lowered, disabled, given other options or put in audit mode: remove this setting, or ask the owners of ${ORG_REF} to change the lock`;
  expect(await problemsOf(load(cwd))).toEqual([
    `.github/layerguard.yml:2:9: cannot set failOn to none: findings of dockerfile/non-root-user (error, locked by ${ORG_REF}:11) would no longer fail the run; use failOn: error or stricter`,
    `.github/layerguard.yml:4:3: cannot lower dockerfile/non-root-user to warning: ${locked('dockerfile/non-root-user', 11)}${tail}`,
    `.github/layerguard.yml:6:5: cannot change the options of dockerfile/trusted-registries: they are locked as {"registries":["ghcr.io/acme"]} by ${ORG_REF}:12. A locked rule can be raised here but not lowered, disabled, given other options or put in audit mode: remove these options, or ask the owners of ${ORG_REF} to change the lock`,
    `.github/layerguard.yml:10:7: cannot turn off dockerfile/non-root-user: ${locked('dockerfile/non-root-user', 11)}${tail}`,
    `.github/layerguard.yml:11:46: cannot put dockerfile/trusted-registries in audit mode: ${locked('dockerfile/trusted-registries', 12)}${tail}`,
    `.github/layerguard.yml:13:13: cannot make an exception for dockerfile/trusted-registries: it is locked by ${ORG_REF}:12, and exceptions to locked rules belong in the policy that locks them (${ORG_REF})`,
  ]);
});

test('what stays allowed works, and an inline suppression of a locked rule is ignored and reported', async () => {
  const cwd = tempTree({
    '.github/layerguard.yml': [
      `extends: [${ORG_REF}]`,
      '# Rolling out: report everything else without failing, for now.',
      'mode: audit',
      'rules:',
      '  dockerfile/non-root-user: error',
      '  dockerfile/base-image-latest: error',
    ].join('\n'),
    Dockerfile: [
      'FROM ghcr.io/acme/base:latest',
      'RUN echo hello',
      '# layerguard ignore=DL3002 -- the agent needs root',
      'USER root',
      '',
    ].join('\n'),
  });
  requests = 0;
  const policy = await load(cwd);
  expect(requests).toBe(1);
  expect(policy.sources).toEqual(['builtin:recommended', ORG_REF, '.github/layerguard.yml']);
  expect(policy.findings).toEqual([]); // a version tag counts as pinned
  const result = await check({ cwd, resolvedPolicy: policy });
  const byRule = (id: string) => result.findings.filter((f) => f.ruleId === id);
  const root = byRule('dockerfile/non-root-user');
  expect(root.map((f) => [f.line, f.severity, f.mode, f.suppressed])).toEqual([
    [4, 'error', undefined, undefined],
  ]);
  expect(byRule('policy/locked-suppression').map((f) => [f.file, f.line, f.mode])).toEqual([
    ['Dockerfile', 3, 'audit'],
  ]);
  // Not locked: the repository's blanket audit applies.
  expect(byRule('dockerfile/base-image-latest').map((f) => [f.severity, f.mode])).toEqual([
    ['error', 'audit'],
  ]);
  expect(result.verdict).toBe('fail');
});
