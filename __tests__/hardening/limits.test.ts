/**
 * Limits on what a pull request can make layerguard do: text targets over 1 MiB are not read, a
 * check run carries at most 2,500 annotations (50 requests, however many findings there are), and
 * the `findings` output stays under GitHub's 1 MB per output while the job summary and the SARIF file
 * keep every finding.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { publishCheckRun, MAX_CHECK_RUN_ANNOTATIONS } from '../../src/action/check-run.js';
import type { Octokit } from '../../src/action/octokit.js';
import { check } from '../../src/engine/check.js';
import type { CheckResult } from '../../src/engine/check.js';
import { MAX_FILE_BYTES } from '../../src/engine/discover.js';
import type { Finding } from '../../src/engine/types.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { buildActionBundle, runActionBundle, workspace } from './helpers/action.js';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'lg-hardening-limits-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

it('a text target over 1 MiB is reported, not read', async () => {
  const dir = mkdtempSync(path.join(TMP, 'big-'));
  writeFileSync(path.join(dir, 'Dockerfile'), 'FROM a\n' + '#'.repeat(MAX_FILE_BYTES));
  writeFileSync(
    path.join(dir, 'compose.yml'),
    'services:\n  a:\n    image: x\n' + `# ${'x'.repeat(MAX_FILE_BYTES)}\n`,
  );
  const result = await check({
    cwd: dir,
    resolvedPolicy: { rules: {}, failOn: 'error', mode: 'enforce', sources: ['t'] },
    shellcheck: 'off',
  });
  const unparsable = result.findings
    .filter((f) => f.ruleId === 'policy/unparsable')
    .map((f) => `${f.file}: ${f.message}`);
  expect(unparsable.sort()).toEqual([
    expect.stringMatching(
      /^Dockerfile: cannot read this file: file is \d+ bytes, over the 1048576-byte limit for a text target$/,
    ),
    expect.stringMatching(
      /^compose\.yml: cannot read this file: file is \d+ bytes, over the 1048576-byte limit for a text target$/,
    ),
  ]);
});

describe('a check run carries at most 2,500 annotations', () => {
  function stubApi() {
    const calls: { method: string; annotations: number; text?: string; status?: string }[] = [];
    const api = {
      rest: {
        checks: {
          create: async () => {
            calls.push({ method: 'create', annotations: 0 });
            return { data: { id: 1, html_url: 'https://github.example/run/1' } };
          },
          update: async (p: any) => {
            calls.push({
              method: 'update',
              annotations: p.output?.annotations?.length ?? 0,
              text: p.output?.text,
              status: p.status,
            });
            return { data: {} };
          },
        },
      },
    } as unknown as Octokit;
    return { api, calls };
  }

  function resultWith(n: number): CheckResult {
    const findings: Finding[] = Array.from({ length: n }, (_, i) => ({
      ruleId: 'dockerfile/x',
      severity: i % 3 === 0 ? 'error' : 'warning',
      message: 'm',
      file: 'Dockerfile',
      kind: 'dockerfile',
      line: i + 1,
      column: 1,
      endLine: i + 1,
      endColumn: 2,
    }));
    return {
      version: 1,
      verdict: 'fail',
      failOn: 'error',
      findings,
      targets: [{ file: 'Dockerfile', kind: 'dockerfile', findings: n }],
      summary: {
        targets: 1,
        errors: Math.ceil(n / 3),
        warnings: n - Math.ceil(n / 3),
        infos: 0,
        suppressed: 0,
        audit: 0,
        byRule: {},
      },
      policy: { sources: ['t'] },
      missing: [],
      sources: new Map(),
    };
  }

  it('100,000 findings: 50 updates, the errors first, and a note on the rest', async () => {
    const { api, calls } = stubApi();
    const outcome = await publishCheckRun(
      api,
      { owner: 'o', repo: 'r' },
      'a'.repeat(40),
      resultWith(100_000),
      'summary',
    );
    const updates = calls.filter((c) => c.method === 'update');
    expect(updates).toHaveLength(MAX_CHECK_RUN_ANNOTATIONS / 50);
    expect(updates.reduce((s, c) => s + c.annotations, 0)).toBe(MAX_CHECK_RUN_ANNOTATIONS);
    expect(updates[updates.length - 1].status).toBe('completed');
    expect(updates[0].text).toBe(
      '97500 more findings are not annotations here (a check run carries at most 2500); the job summary and the SARIF file list every finding.',
    );
    expect(outcome).toMatchObject({ updates: 50, omitted: 97_500 });
  });

  it('120 findings: all of them, and no note', async () => {
    const { api, calls } = stubApi();
    const outcome = await publishCheckRun(
      api,
      { owner: 'o', repo: 'r' },
      'a'.repeat(40),
      resultWith(120),
      'summary',
    );
    expect(calls.filter((c) => c.method === 'update').map((c) => c.annotations)).toEqual([50, 50, 20]);
    expect(calls.every((c) => c.text === undefined)).toBe(true);
    expect(outcome.omitted).toBeUndefined();
  });
});

it('the findings output stays under 1 MB; the summary and the SARIF file keep every finding', async () => {
  const bundle = await buildActionBundle(mkdtempSync(path.join(TMP, 'bundle-')));
  const fake = new FakeGitHub();
  await fake.start();
  try {
    const lines = [
      'FROM debian:12',
      ...Array.from({ length: 2500 }, (_, i) => `RUN apt-get install -y package-with-a-long-name-${i}`),
    ];
    const ws = workspace(TMP, {
      '.layerguard.yml':
        'extends: []\nrules:\n  dockerfile/apt-no-install-recommends: error\n  dockerfile/apt-pin-versions: warning\n',
      Dockerfile: lines.join('\n') + '\n',
    });
    const run = await runActionBundle(bundle, fake, ws, {
      inputs: { 'review-comments': 'false', 'summary-comment': 'false' },
    });
    expect(run.code).toBe(1);
    const total = Number(run.outputs.errors) + Number(run.outputs.warnings) + Number(run.outputs.notices);
    expect(total).toBeGreaterThan(5000);
    expect(run.outputs.findings.length).toBeLessThanOrEqual(1_000_000);
    const kept = JSON.parse(run.outputs.findings) as { severity: string }[];
    expect(kept.length).toBeLessThan(total);
    expect(kept.slice(0, Number(run.outputs.errors)).every((f) => f.severity === 'error')).toBe(true);
    expect(run.stdout).toContain(
      `The findings output holds the ${kept.length} most severe of ${total} findings`,
    );
    expect(JSON.parse(readFileSync(path.join(ws, 'layerguard.sarif'), 'utf8')).runs[0].results).toHaveLength(
      total,
    );
    expect(fake.checkRuns[0].annotations).toHaveLength(MAX_CHECK_RUN_ANNOTATIONS);
    expect(fake.checkRuns[0].status).toBe('completed');
  } finally {
    await fake.stop();
  }
}, 120_000);
