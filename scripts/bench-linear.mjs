#!/usr/bin/env node
// `node scripts/bench-linear.mjs [--scale S]`: the hostile inputs of issue 18, items 1–3, at 1× and 4×
// their size, each checked by the built CLI (dist/cli.js; run `npm run build` first) in its own
// process. Prints CPU seconds (user + sys), wall seconds and peak RSS for each, and the 4×/1× ratios:
// linear work gives a CPU ratio near 4 once the fixed start-up cost (the "empty" row) is taken off,
// quadratic work near 16. Timings live here, not in tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cliPath = path.join(root, 'dist', 'cli.js');
if (!existsSync(cliPath)) {
  console.error('dist/cli.js is missing: run npm run build first');
  process.exit(2);
}
const scaleArg = process.argv.indexOf('--scale');
const scale = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 1;
const hasTime = existsSync('/usr/bin/time');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-linear-'));

/** Writes the files into a fresh folder and returns it. */
function folder(files, links = {}) {
  const dir = mkdtempSync(path.join(tmp, 'in-'));
  for (const [f, t] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), t);
  }
  for (const [f, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    symlinkSync(target, path.join(dir, f));
  }
  return dir;
}

function run(dir) {
  const args = [cliPath, 'check', '.', '--format', 'json', '--shellcheck', 'off'];
  const t0 = process.hrtime.bigint();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, ...args], {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      })
    : spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr.slice(-500)}`);
  let cpu = NaN;
  let rssMb = NaN;
  if (hasTime) {
    const [u, s, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    cpu = u + s;
    rssMb = kb / 1024;
  }
  const findings = JSON.parse(r.stdout).findings.length;
  return { cpu, wall, rssMb, findings };
}

const CASES = [
  {
    name: '1. ARG lines (undefined-var)',
    size: 4_000,
    make: (n) => {
      const lines = ['FROM alpine:3.20'];
      for (let i = 0; i < n; i++) lines.push(`ARG A${i}=\${A${i - 1}:-x}`);
      return folder({ Dockerfile: lines.join('\n') + '\n' });
    },
  },
  {
    name: '1. stages, COPY --from=<unknown>',
    size: 5_000,
    make: (n) => {
      const lines = [];
      for (let i = 0; i < n; i++) lines.push(`FROM alpine AS s${i}`, `COPY --from=n${i} /a /b`);
      return folder({ Dockerfile: lines.join('\n') + '\n' });
    },
  },
  {
    name: '1. continuation lines in one RUN',
    size: 25_000,
    make: (n) => {
      // Short lines, so that 4n (100,000 lines, 500 KB) stays under the 1 MiB file limit.
      const lines = ['FROM alpine:3.20', 'RUN echo a \\'];
      for (let i = 0; i < n; i++) lines.push(' b \\');
      lines.push(' c');
      return folder({ Dockerfile: lines.join('\n') + '\n' });
    },
  },
  {
    name: '2. compose services merging <<: *base',
    size: 1_000,
    make: (n) => {
      const lines = ['x-base: &base', '  image: nginx:1.27', '  mem_limit: 256m', '  environment:'];
      for (let i = 0; i < 50; i++) lines.push(`    V${i}: "${i}"`);
      lines.push('services:');
      for (let i = 0; i < n; i++) lines.push(`  s${i}:`, '    <<: *base', '    command: ["x"]');
      return folder({ 'compose.yaml': lines.join('\n') + '\n' });
    },
  },
  {
    name: '3. .gitignore bytes (refused over 256 KiB)',
    size: 1_700_000,
    make: (n) =>
      folder({ '.gitignore': 'build/\n'.repeat(Math.ceil(n / 7)), Dockerfile: 'FROM alpine:3.20\n' }),
  },
  {
    name: '3. .gitignore links to /dev/zero',
    size: 1,
    make: (n) => {
      const links = {};
      for (let i = 0; i < n; i++) links[`d${i}/.gitignore`] = '/dev/zero';
      return folder({ Dockerfile: 'FROM alpine:3.20\n' }, links);
    },
  },
];

const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '-');
try {
  const base = run(folder({ Dockerfile: 'FROM alpine:3.20\n' }));
  console.log(
    `node ${process.version}, ${os.cpus().length} CPUs, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `empty: cpu ${fmt(base.cpu)} s, wall ${fmt(base.wall)} s, rss ${fmt(base.rssMb, 0)} MB (start-up, subtracted below)`,
  );
  console.log(
    'case | n | cpu s | wall s | rss MB | findings || 4n | cpu s | wall s | rss MB | findings || cpu ratio (net) | rss ratio (net)',
  );
  for (const c of CASES) {
    const n = Math.max(1, Math.round(c.size * scale));
    const a = run(c.make(n));
    const b = run(c.make(4 * n));
    const net = (x, y) => (x - base.cpu > 0.05 ? (y - base.cpu) / (x - base.cpu) : NaN);
    const netRss = (b.rssMb - base.rssMb) / Math.max(1, a.rssMb - base.rssMb);
    console.log(
      [
        c.name,
        n,
        fmt(a.cpu),
        fmt(a.wall),
        fmt(a.rssMb, 0),
        a.findings,
        '',
        4 * n,
        fmt(b.cpu),
        fmt(b.wall),
        fmt(b.rssMb, 0),
        b.findings,
        '',
        fmt(net(a.cpu, b.cpu)),
        fmt(netRss),
      ].join(' | '),
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
