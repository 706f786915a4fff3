/**
 * Every example stays true: example policies load (with their remote extends answered by a local
 * server playing the GitHub contents API), the org policy's own verify cases pass, exceptions have not
 * lapsed, and every workflow is valid YAML whose `uses: layerguard/layerguard` steps name only inputs
 * that action.yml defines.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'yaml';
import { cli } from './helpers/cli.js';
import { loadPolicy } from '../src/policy/load.js';
import { RULES_BY_ID } from '../src/rules/index.js';

const root = process.cwd();
const EXAMPLES = path.join(root, 'examples');
const ORG = path.join(EXAMPLES, 'workflows', 'org-dot-github');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const rel = (p: string) => path.relative(root, p);
const all = files(EXAMPLES);
const workflows = all.filter(
  (f) =>
    /\.ya?ml$/.test(f) &&
    f.includes(`${path.sep}workflows${path.sep}`) &&
    parse(readFileSync(f, 'utf8'))?.jobs,
);
const actionInputs = Object.keys(parse(readFileSync(path.join(root, 'action.yml'), 'utf8')).inputs);

describe('example workflows', () => {
  it('are found', () => {
    expect(workflows.map(rel)).toEqual(
      expect.arrayContaining([
        'examples/workflows/pull-request.yml',
        'examples/workflows/org-dot-github/.github/workflows/layerguard.yml',
        'examples/workflows/org-dot-github/.github/workflows/policy-tests.yml',
      ]),
    );
  });

  it.each(workflows.map((f) => [rel(f), f]))('%s uses only inputs that action.yml defines', (_name, file) => {
    const wf = parse(readFileSync(file, 'utf8'));
    const unknown: string[] = [];
    for (const job of Object.values(wf.jobs) as {
      steps?: { uses?: string; with?: Record<string, unknown> }[];
    }[])
      for (const step of job.steps ?? [])
        if (step.uses?.startsWith('layerguard/layerguard@'))
          for (const input of Object.keys(step.with ?? {}))
            if (!actionInputs.includes(input)) unknown.push(input);
    expect(unknown).toEqual([]);
  });
});

describe('example policies', () => {
  // The org's base policy, served as the GitHub contents API would serve github:acme/.github/…@v1.
  let server: http.Server;
  let api: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const m = /^\/repos\/acme\/\.github\/contents\/(.+)\?ref=v1$/.exec(req.url ?? '');
      if (!m) return res.writeHead(404).end('{}');
      res.writeHead(200, { 'content-type': 'application/vnd.github.raw' });
      res.end(readFileSync(path.join(ORG, decodeURIComponent(m[1]))));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  const policies = all.filter(
    (f) =>
      /\.ya?ml$/.test(f) && !workflows.includes(f) && !/\.test\.ya?ml$/.test(f) && !/compose\.ya?ml$/.test(f),
  );

  it('are found', () => {
    expect(policies.map(rel)).toEqual(
      expect.arrayContaining([
        'examples/workflows/org-dot-github/layerguard/base.yml',
        'examples/workflows/org-dot-github/repository-policy.yml',
      ]),
    );
  });

  it.each(policies.map((f) => [rel(f), f]))(
    '%s loads, and none of its exceptions has lapsed',
    async (_n, file) => {
      const policy = await loadPolicy({
        cwd: path.dirname(file),
        policy: path.basename(file),
        rules: RULES_BY_ID,
        env: { GITHUB_API_URL: api, GITHUB_TOKEN: 'test-token' },
        allowLoopbackHttpForTests: true,
      });
      expect(policy.sources.length).toBeGreaterThan(0);
      const today = new Date().toISOString().slice(0, 10);
      for (const e of policy.exceptions ?? [])
        expect([e.source, e.expires >= today]).toEqual([e.source, true]);
    },
  );

  it("the org policy's own tests pass under layerguard verify", async () => {
    const r = await cli(ORG, 'verify', 'layerguard');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/\d+ cases: (\d+) passed, 0 failed/);
    expect(r.code).toBe(0);
  });
});
