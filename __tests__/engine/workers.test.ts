/**
 * Checking on worker threads (`--jobs`, src/engine/workers.ts) gives exactly the result of checking on
 * one thread: the same JSON and SARIF, byte for byte, over a tree with findings, suppression comments
 * (used, unused, malformed), an override, an exception, a compose file and a file that cannot be read.
 */
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check } from '../../src/engine/check.js';
import { WORKER_MIN_CORES, workerCount } from '../../src/engine/workers.js';
import { loadPolicy } from '../../src/policy/load.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { formatJson } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif.js';

function tree(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-workers-'));
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  write(
    '.layerguard.yml',
    [
      'rules:',
      '  dockerfile/max-layers: { severity: error, options: { max: 3 } }',
      'overrides:',
      '  - files: ["legacy/**"]',
      '    rules: { dockerfile/base-image-latest: off }',
      'exceptions:',
      '  - rules: [dockerfile/apt-pin-versions]',
      '    files: ["svc-1*/**"]',
      '    reason: vendor image',
      '    expires: 2999-01-01',
      '',
    ].join('\n'),
  );
  for (let i = 0; i < 24; i++) {
    const lines = [
      `FROM ${i % 3 === 0 ? 'ubuntu' : 'debian:12'}`,
      i % 4 === 0 ? '# layerguard ignore=dockerfile/apt-no-install-recommends -- tested' : '# a comment',
      'RUN apt-get update && apt-get install -y curl wget',
      i % 5 === 0 ? '# layerguard ignore=dockerfile/no-such-rule' : '',
      `RUN cd /tmp && echo ${i} > f`,
      i % 6 === 0 ? '# hadolint ignore=DL3007' : '',
      'ADD https://example.com/x.tgz /x',
      `ENV PASSWORD=secret${i}`,
      'RUN echo one',
      'RUN echo two',
      'RUN echo one',
    ];
    write(`${i % 2 ? 'legacy' : 'app'}/svc-${i}/Dockerfile`, lines.join('\n') + '\n');
  }
  write(
    'compose.yml',
    'services:\n  web:\n    image: nginx:latest\n    privileged: true\n  db:\n    image: postgres\n',
  );
  // A link out of the folder: reported as unreadable, never followed.
  symlinkSync('/etc/hostname', path.join(dir, 'app', 'Dockerfile'));
  return dir;
}

test('the result is the same on one thread and on worker threads', async () => {
  const cwd = tree();
  const policy = await loadPolicy({ cwd, rules: RULES_BY_ID, env: {} });
  const now = new Date('2026-06-01T00:00:00Z');
  const run = async (jobs: number) => {
    const threadStats = { onWorkers: 0, here: 0 };
    const result = await check({ cwd, resolvedPolicy: policy, shellcheck: 'off', now, jobs, threadStats });
    return { result, threadStats };
  };
  const one = await run(1);
  const two = await run(2);
  expect(one.threadStats).toEqual({ onWorkers: 0, here: 26 });
  // Every file really went to a worker.
  expect(two.threadStats).toEqual({ onWorkers: 26, here: 0 });
  expect(one.result.findings.length).toBeGreaterThan(100);
  expect(one.result.findings.some((f) => f.suppressed)).toBe(true);
  expect(one.result.findings.some((f) => f.ruleId === 'policy/invalid-suppression')).toBe(true);
  expect(one.result.findings.some((f) => f.ruleId === 'policy/unparsable')).toBe(true);
  expect(formatJson(two.result)).toBe(formatJson(one.result));
  expect(formatSarif(two.result)).toBe(formatSarif(one.result));
  // The text report quotes source lines: the texts kept are the same too.
  expect([...two.result.sources].sort()).toEqual([...one.result.sources].sort());
}, 60_000);

test('workers start only for many files on four cores or more, one per two cores, unless asked', () => {
  expect(workerCount(undefined, 10)).toBe(1);
  expect(workerCount(3, 10)).toBe(3);
  expect(workerCount(1, 100_000)).toBe(1);
  expect(WORKER_MIN_CORES).toBe(4);
  const onCores = (cores: number) => workerCount(undefined, 100_000, () => cores);
  expect([1, 2, 3, 4, 5, 6, 8, 16, 64].map(onCores)).toEqual([1, 1, 1, 2, 2, 3, 4, 4, 4]);
  // The cores are not asked for a few files.
  expect(
    workerCount(undefined, 10, () => {
      throw new Error('asked');
    }),
  ).toBe(1);
  const cores = os.availableParallelism();
  expect(workerCount(undefined, 100_000)).toBe(onCores(cores));
});
