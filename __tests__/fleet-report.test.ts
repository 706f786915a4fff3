/**
 * `layerguard report`: results generated from the shared corpus split into pretend repositories, each
 * with its own policy extending one of two versions of an org baseline (served by a local server
 * playing the GitHub contents API), merged into one fleet report.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { cli } from './helpers/cli.js';
import { check } from '../src/engine/check.js';
import type { CheckResult } from '../src/engine/check.js';
import { loadPolicy } from '../src/policy/load.js';
import { formatJson } from '../src/report/json.js';
import { formatSarif } from '../src/report/sarif.js';
import { RULES_BY_ID } from '../src/rules/index.js';

const CORPUS = path.resolve('..', 'shared', 'corpus', 'dockerfiles');
const TMP = mkdtempSync(path.join(os.tmpdir(), 'lg-fleet-'));
const BASE = {
  v1: 'extends: builtin:recommended\nlocked: [dockerfile/base-image-latest]\n',
  v2: 'extends: builtin:recommended\nrules:\n  dockerfile/base-image-latest: error\nlocked: [dockerfile/base-image-latest]\n',
};
const REPOS = [
  { name: 'acme-web', ref: 'v2', exception: '2099-12-31' },
  { name: 'acme-api', ref: 'v1', exception: '2020-01-31' },
  { name: 'acme-jobs', ref: 'v2', exception: '2026-12-20' },
];
const TODAY = '2026-12-06';

let server: http.Server;
const results = new Map<string, CheckResult>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const m = /^\/repos\/acme\/\.github\/contents\/layerguard\/base\.yml\?ref=(v1|v2)$/.exec(req.url ?? '');
    if (!m) return res.writeHead(404).end('{}');
    res.writeHead(200).end(BASE[m[1] as 'v1' | 'v2']);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const corpus = readdirSync(CORPUS).sort().slice(0, 36);
  for (const [i, repo] of REPOS.entries()) {
    const dir = path.join(TMP, 'repos', repo.name);
    mkdirSync(dir, { recursive: true });
    for (const f of corpus.filter((_, k) => k % REPOS.length === i))
      writeFileSync(path.join(dir, `${f}.Dockerfile`), readFileSync(path.join(CORPUS, f)));
    writeFileSync(
      path.join(dir, '.layerguard.yml'),
      [
        `extends: github:acme/.github/layerguard/base.yml@${repo.ref}`,
        'exceptions:',
        '  - rules: [dockerfile/healthcheck]',
        '    reason: batch images',
        `    expires: ${repo.exception}`,
      ].join('\n') + '\n',
    );
    const policy = await loadPolicy({
      cwd: dir,
      rules: RULES_BY_ID,
      env: { GITHUB_API_URL: api, GITHUB_TOKEN: 't' },
      allowLoopbackHttpForTests: true,
    });
    const result = await check({ cwd: dir, resolvedPolicy: policy, shellcheck: 'off', now: new Date(TODAY) });
    results.set(repo.name, result);
    // As artifacts download: one folder per repository.
    mkdirSync(path.join(TMP, 'results', repo.name), { recursive: true });
    writeFileSync(path.join(TMP, 'results', repo.name, 'layerguard.json'), formatJson(result));
  }
}, 120_000);
afterAll(() => {
  server.close();
  rmSync(TMP, { recursive: true, force: true });
});

async function report(...extra: string[]) {
  const r = await cli(TMP, 'report', 'results', '--today', TODAY, ...extra);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('layerguard report', () => {
  it('gives each repository its verdict and counts, failing ones first', async () => {
    const json = JSON.parse(await report('--format', 'json'));
    expect(json.repositories.map((r: { repository: string }) => r.repository).sort()).toEqual(
      REPOS.map((r) => r.name).sort(),
    );
    for (const row of json.repositories) {
      const want = results.get(row.repository)!;
      expect(row).toMatchObject({
        verdict: want.verdict,
        errors: want.summary.errors,
        warnings: want.summary.warnings,
      });
    }
    const verdicts = json.repositories.map((r: { verdict: string }) => r.verdict);
    expect(verdicts).toEqual([...verdicts].sort((a, b) => (a === 'fail' ? -1 : b === 'fail' ? 1 : 0)));
  });

  it('counts findings per rule across the fleet, noisiest first', async () => {
    const json = JSON.parse(await report('--format', 'json'));
    const want = new Map<string, number>();
    for (const r of results.values())
      for (const f of r.findings.filter((x) => !x.suppressed))
        want.set(f.ruleId, (want.get(f.ruleId) ?? 0) + 1);
    expect(
      Object.fromEntries(json.rules.map((r: { rule: string; findings: number }) => [r.rule, r.findings])),
    ).toEqual(Object.fromEntries(want));
    const counts = json.rules.map((r: { findings: number }) => r.findings);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it('lists exceptions by expiry date: expired, then expiring, then the rest', async () => {
    const json = JSON.parse(await report('--format', 'json'));
    expect(
      json.exceptions.map((e: { repository: string; status: string }) => [e.repository, e.status]),
    ).toEqual([
      ['acme-api', 'expired'],
      ['acme-jobs', 'expiring'],
      ['acme-web', 'active'],
    ]);
  });

  it('says which repositories are behind the current org policy', async () => {
    const json = JSON.parse(
      await report('--format', 'json', '--current', 'github:acme/.github/layerguard/base.yml@v2'),
    );
    expect(json.policyVersions).toEqual([
      {
        policy: 'github:acme/.github/layerguard/base.yml',
        ref: 'v2',
        repositories: ['acme-jobs', 'acme-web'],
        behind: false,
      },
      {
        policy: 'github:acme/.github/layerguard/base.yml',
        ref: 'v1',
        repositories: ['acme-api'],
        behind: true,
      },
    ]);
  });

  it('reports findings of locked rules per repository', async () => {
    const json = JSON.parse(await report('--format', 'json'));
    for (const [name, r] of results) {
      const n = r.findings.filter((f) => f.ruleId === 'dockerfile/base-image-latest' && !f.suppressed).length;
      const row = json.lockedFindings.find((x: { repository: string }) => x.repository === name);
      expect(row?.findings ?? 0).toBe(n);
    }
  });

  it('renders markdown with every section, and reads SARIF logs and reports unreadable files', async () => {
    mkdirSync(path.join(TMP, 'results', 'acme-sarif'), { recursive: true });
    writeFileSync(
      path.join(TMP, 'results', 'acme-sarif', 'results.sarif'),
      formatSarif(results.get('acme-web')!),
    );
    writeFileSync(path.join(TMP, 'results', 'broken.json'), '{"not": "a result"}');
    const md = await report('--current', 'github:acme/.github/layerguard/base.yml@v2');
    for (const h of [
      '# layerguard fleet report',
      '## Repositories',
      '## Noisiest rules',
      '## Exceptions by expiry',
      '## Findings of locked rules',
      '## Policy versions in use',
      '## Results that could not be read',
    ])
      expect(md).toContain(h);
    expect(md).toContain('| acme-sarif | unknown |');
    expect(md).toMatch(/- results\/broken\.json: neither a layerguard JSON result/);
    expect(md).toContain('**behind**: acme-api');
  });
});
