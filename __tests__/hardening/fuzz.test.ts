/**
 * Property-based fuzzing in `npm test`: a representative sample of 500 generated inputs (fixed seed)
 * over five categories (Dockerfiles
 * from the corpus and from a grammar, compose files, workflows and scripts, policies, tar and image
 * archives), each checked against the properties of fuzz/properties.ts: no uncaught exception, no
 * crashed rule, every finding and problem located and with a message, every report renders, every
 * case finishes (a generous per-case watchdog stops a hang; speed is `npm run bench`'s business, not a
 * test's). `npm run fuzz` runs the 10,000+ case campaign.
 *
 * The cases run through `npm run fuzz` (scripts/fuzz.mjs), two categories at a time in child
 * processes: the same code runs two to three times slower inside Jest's module sandbox. The seed is
 * fixed so that CI is reproducible; LAYERGUARD_FUZZ_SEED picks another one. A failure prints the
 * counterexample and the command that replays it (`npm run fuzz -- --only C --seed S --path P`).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CATEGORIES, KNOWN_BUGS } from './fuzz/properties.js';
import type { Category, CategoryReport } from './fuzz/properties.js';
import { seeds } from './fuzz/seeds.js';

const SEED = Number(process.env.LAYERGUARD_FUZZ_SEED ?? 20_240_601);
/** 500 cases: enough to reach every outcome each generator aims at, small enough for a 2-core machine
 * under load. The full campaign is `npm run fuzz` (see __tests__/hardening/fuzz/cli.ts). */
const RUNS: Record<Category, number> = {
  dockerfile: 150,
  compose: 100,
  workflow: 100,
  policy: 50,
  tar: 100,
};
/** A hang watchdog only: a case that takes this long is stuck, not slow. */
const CASE_WATCHDOG_MS = 60_000;
const TMP = mkdtempSync(path.join(os.tmpdir(), 'lg-hardening-fuzz-'));

const reports = new Map<Category, CategoryReport>();
const logs: string[] = [];

function fuzz(categories: Category[]): Promise<void> {
  const json = path.join(TMP, `${categories.join('-')}.json`);
  const runs = categories.map((c) => `${c}=${RUNS[c]}`).join(',');
  const child = spawn(
    process.execPath,
    [
      'scripts/fuzz.mjs',
      '--seed',
      String(SEED),
      '--only',
      categories.join(','),
      '--runs',
      runs,
      '--json',
      json,
      '--case-time-limit',
      String(CASE_WATCHDOG_MS),
    ],
    { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((resolve) =>
    child.on('close', () => {
      logs.push(out);
      try {
        for (const r of JSON.parse(readFileSync(json, 'utf8')) as CategoryReport[])
          reports.set(r.category, r);
      } catch {
        // no JSON: the child crashed; the tests below show its output
      }
      resolve();
    }),
  );
}

beforeAll(async () => {
  await Promise.all([fuzz(['dockerfile', 'compose']), fuzz(['policy', 'workflow', 'tar'])]);
}, 600_000);

afterAll(() => {
  if (process.env.LAYERGUARD_FUZZ_REPORT) console.log(logs.join('\n'));
  rmSync(TMP, { recursive: true, force: true });
});

describe('fuzzing', () => {
  it('has seeds (the shared corpus when it is there, built-in files otherwise)', () => {
    const s = seeds();
    expect(s.dockerfiles.length).toBeGreaterThan(0);
    expect(s.compose.length).toBeGreaterThan(0);
  });

  it.each(CATEGORIES.map((c) => [c]))(
    '%s: every generated input is read without a crash, and located',
    (category) => {
      const r = reports.get(category as Category);
      if (!r) throw new Error(`the fuzzer did not report on ${category}:\n${logs.join('\n').slice(-4000)}`);
      if (r.failure) {
        throw new Error(
          `${r.failure.error}\n\ncounterexample: ${r.failure.counterexample}\n\nreplay: ${r.failure.replay}`,
        );
      }
      expect(r.runs).toBe(RUNS[category as Category]);
      // The generators reach what they aim at: some inputs give findings or images, some are rejected.
      const o = r.outcomes;
      if (category === 'policy') {
        expect(o['policies loaded']).toBeGreaterThan(0);
        expect(o['policies rejected with located problems']).toBeGreaterThan(0);
      } else if (category === 'tar') {
        expect(o['images read']).toBeGreaterThan(0);
        expect(o['inputs rejected with a problem']).toBeGreaterThan(0);
      } else {
        expect(o['inputs with findings']).toBeGreaterThan(RUNS[category as Category] / 2);
      }
      // Crashes handed to the lead are tolerated only while they are listed as known.
      for (const id of Object.keys(r.knownBugs)) expect(KNOWN_BUGS.map((b) => b.id)).toContain(id);
    },
  );

  it('runs the 500-case sample in all', () => {
    expect([...reports.values()].reduce((s, r) => s + r.runs, 0)).toBe(500);
  });
});
