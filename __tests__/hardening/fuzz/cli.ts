/**
 * `npm run fuzz -- [--seed S] [--runs N] [--only dockerfile|compose|workflow|policy|tar] [--path P]
 * [--case-time-limit MS] [--time-limit S]`: runs the property-based fuzzers of the hardening suite
 * with more cases than `npm test` does, prints per-category counts and times, and for a failure the
 * seed, path and command that replay it. Exit status 1 when a property failed, 2 on a usage error.
 */
import { writeFileSync } from 'node:fs';
import { CATEGORIES, runCategory, saveCounterexample } from './properties.js';
import type { Category, CategoryReport } from './properties.js';

const USAGE =
  'usage: npm run fuzz -- [--seed S] [--runs N | --runs category=N,…] [--only dockerfile|compose|workflow|policy|tar[,…]] [--path P] [--case-time-limit MS] [--time-limit SECONDS] [--json FILE]';

interface Args {
  seed: number;
  runs: number;
  /** Per-category counts from `--runs category=N,…`. */
  runsOf: Partial<Record<Category, number>>;
  only: Category[];
  path?: string;
  caseTimeLimitMs: number;
  timeLimitMs?: number;
  /** Write the reports as JSON to this file (the Jest suite reads it). */
  json?: string;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = {
    seed: Math.floor(Math.random() * 2 ** 31),
    runs: 2000,
    runsOf: {},
    only: [...CATEGORIES],
    caseTimeLimitMs: 5000,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const int = (v: string, min: number) => {
      if (!/^-?\d+$/.test(v) || Number(v) < min)
        throw new Error(`${flag} must be an integer >= ${min} (got "${v}")`);
      return Number(v);
    };
    switch (flag) {
      case '--seed':
        args.seed = int(value(), -(2 ** 31));
        break;
      case '--runs': {
        const v = value();
        if (v.includes('=')) {
          for (const part of v.split(',')) {
            const [cat, count] = part.split('=');
            if (!CATEGORIES.includes(cat as Category)) throw new Error(`--runs: unknown category "${cat}"`);
            args.runsOf[cat as Category] = int(count ?? '', 1);
          }
        } else args.runs = int(v, 1);
        break;
      }
      case '--json':
        args.json = value();
        break;
      case '--only': {
        const names = value().split(',');
        for (const n of names)
          if (!CATEGORIES.includes(n as Category))
            throw new Error(`--only: unknown category "${n}" (${CATEGORIES.join(', ')})`);
        args.only = names as Category[];
        break;
      }
      case '--path':
        args.path = value();
        break;
      case '--case-time-limit':
        args.caseTimeLimitMs = int(value(), 1);
        break;
      case '--time-limit':
        args.timeLimitMs = int(value(), 1) * 1000;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument "${argv[i]}"`);
    }
  }
  if (args.path && args.only.length !== 1)
    throw new Error('--path replays one case: give --only with one category');
  return args;
}

function line(r: CategoryReport): string {
  const tried = Object.entries(r.tried)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const outcomes = Object.entries(r.outcomes)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    `${r.ok ? 'ok  ' : 'FAIL'} ${r.category.padEnd(10)} ${String(r.runs).padStart(7)} cases  ${(r.ms / 1000).toFixed(1).padStart(7)} s  (slowest case ${r.slowestMs} ms)`,
    `     inputs tried: ${tried}`,
    `     outcomes: ${outcomes}`,
    ...(Object.keys(r.knownBugs).length
      ? [
          `     known bugs (handed to the lead) hit: ${Object.entries(r.knownBugs)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}`,
        ]
      : []),
  ].join('\n');
}

async function main() {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`fuzz: ${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const runsOf = (c: Category) => args.runsOf[c] ?? args.runs;
  console.log(
    `layerguard fuzz: seed ${args.seed}, ${args.only.map((c) => `${c} ${runsOf(c)}`).join(', ')} cases`,
  );
  const reports: CategoryReport[] = [];
  for (const category of args.only) {
    const r = await runCategory(category, {
      seed: args.seed,
      runs: runsOf(category),
      path: args.path,
      caseTimeLimitMs: args.caseTimeLimitMs,
      timeLimitMs: args.timeLimitMs,
    });
    reports.push(r);
    console.log(line(r));
    if (r.failure) {
      console.log(`     error: ${r.failure.error.split('\n').slice(0, 6).join('\n            ')}`);
      console.log(`     counterexample: ${r.failure.counterexample.slice(0, 1500)}`);
      console.log(`     replay: ${r.failure.replay}`);
      console.log(`     saved: ${saveCounterexample(category, r)}`);
    }
  }
  if (args.json) writeFileSync(args.json, JSON.stringify(reports));
  const total = reports.reduce((s, r) => s + r.runs, 0);
  const ms = reports.reduce((s, r) => s + r.ms, 0);
  const failed = reports.filter((r) => !r.ok);
  console.log(
    `${total} cases in ${(ms / 1000).toFixed(1)} s; ${failed.length ? `FAILED: ${failed.map((r) => r.category).join(', ')}` : 'no failure'} (seed ${args.seed})`,
  );
  process.exit(failed.length ? 1 : 0);
}

await main();
