#!/usr/bin/env node
// One-file `check` startup against `node -e 0` (issue 19: target <= 1.5x), hyperfine-style: the
// commands alternate, each run N times (default 15, `--runs N`), and the median wall time and the
// interquartile mean of CPU time (user+sys, from /usr/bin/time when present, which counts in 10 ms
// steps: a median would be one of those steps) are compared in the same run, so that load from
// other processes on a shared machine touches both sides alike. Also `--help` for reference, and the
// check without V8's code cache (`LAYERGUARD_CODE_CACHE=off`: a first run, or a Node that rejects the
// cache). The code cache goes to a temporary folder that the warm-up run fills.
// Usage: node scripts/bench-startup.mjs [--cli dist/cli.js] [--runs N]; `npm run bench` runs it.
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argAfter = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

const hasTime = existsSync('/usr/bin/time');

const DOCKERFILE = `FROM debian:12.5-slim
ARG VERSION=1.2.3
RUN apt-get update \\
 && apt-get install -y --no-install-recommends curl ca-certificates \\
 && rm -rf /var/lib/apt/lists/*
COPY app /app
USER 1000
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
CMD ["/app/run", "--version", "$VERSION"]
`;

/** One run: wall ms and CPU ms (user+sys; NaN without /usr/bin/time). */
function once({ argv, env }, cwd) {
  const s = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...argv], { cwd, env, encoding: 'utf8' })
    : spawnSync(process.execPath, argv, { cwd, env, encoding: 'utf8' });
  const ms = performance.now() - s;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
  let cpu = NaN;
  if (hasTime) {
    const [u, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    cpu = (u + sys) * 1000;
  }
  return { ms, cpu };
}

/** The mean of the middle half: as robust to outliers as a median, finer than /usr/bin/time's 10 ms. */
const interquartileMean = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const middle = s.slice(Math.floor(s.length / 4), Math.ceil((s.length * 3) / 4));
  return middle.reduce((a, b) => a + b, 0) / middle.length;
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export function startupBench({
  cli = path.resolve(argAfter('--cli') ?? path.join(root, 'dist', 'cli.js')),
  runs = Number(argAfter('--runs') ?? 15),
} = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-startup-'));
  try {
    writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
    // A policy file is validated against the schema on every run (the built-in presets are not).
    writeFileSync(
      path.join(dir, 'policy.yml'),
      'extends: builtin:recommended\nrules:\n  dockerfile/max-layers: { severity: error, options: { max: 40 } }\n',
    );
    // NODE_EXTRA_CA_CERTS makes every node process read and parse a certificate bundle before it runs
    // anything (about 90 ms on the machine this was written on, where it is set for all processes):
    // a constant on both sides would flatter the ratio, and GitHub's runners do not set it. Removed
    // for the comparison; the row with it says what it costs here.
    const { NODE_EXTRA_CA_CERTS: extraCerts, ...inherited } = process.env;
    const env = { ...inherited, LAYERGUARD_CACHE_DIR: path.join(dir, 'cache') };
    // Each check row has a code cache of its own, as a job that runs one kind of check has: a shared
    // one grew with what the policy-file row compiled (YAML, the policy schema), 1.0 -> 1.24 MB, which
    // every plain check then read (about 0.7 ms more).
    const cacheOf = (name) => ({ ...env, LAYERGUARD_CACHE_DIR: path.join(dir, `cache-${name}`) });
    const check = [cli, 'check', 'Dockerfile', '--shellcheck', 'off', '--no-baseline-file'];
    const commands = {
      'node -e 0': { argv: ['-e', '0'], env },
      ...(extraCerts
        ? { 'node -e 0, CA env': { argv: ['-e', '0'], env: { ...env, NODE_EXTRA_CA_CERTS: extraCerts } } }
        : {}),
      'check Dockerfile': { argv: check, env: cacheOf('check') },
      'check + policy': { argv: [...check, '--policy', 'policy.yml'], env: cacheOf('policy') },
      'check, no cache': { argv: check, env: { ...env, LAYERGUARD_CODE_CACHE: 'off' } },
      '--help': { argv: [cli, '--help'], env },
    };
    const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, { ms: [], cpu: [] }]));
    for (const command of Object.values(commands)) once(command, dir); // warm the file and code caches
    for (let i = 0; i < runs; i++) {
      for (const [name, command] of Object.entries(commands)) {
        const r = once(command, dir);
        samples[name].ms.push(r.ms);
        samples[name].cpu.push(r.cpu);
      }
    }
    const base = samples['node -e 0'];
    const baseMs = median(base.ms);
    const baseCpu = interquartileMean(base.cpu);
    console.log(
      `startup, ${runs} alternating runs (median wall; interquartile mean of CPU user+sys) — target: check <= 1.5x node -e 0`,
    );
    for (const [name, s] of Object.entries(samples)) {
      const ms = median(s.ms);
      const cpu = interquartileMean(s.cpu);
      const ratio = name.startsWith('node -e 0')
        ? name === 'node -e 0'
          ? ''
          : '  (with NODE_EXTRA_CA_CERTS, which this environment sets: not in the comparison)'
        : `  ratio ${(ms / baseMs).toFixed(2)} wall, ${(cpu / baseCpu).toFixed(2)} CPU`;
      console.log(
        `  ${name.padEnd(17)} ${ms.toFixed(1).padStart(7)} ms wall ${Number.isNaN(cpu) ? '' : `${cpu.toFixed(0).padStart(5)} ms CPU`}${ratio}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) startupBench();
