#!/usr/bin/env node
// `npm run bench`: in one process and one run, lints every corpus Dockerfile with layerguard (every
// rule, ShellCheck off) and with the npm peers (dockerfile_lint, dockerfilelint, dockerfile-utils; a peer
// that cannot load is skipped), all on the same texts already in memory, after one warm-up pass each;
// prints files/s, layerguard's ratio to each peer, p50/p99 per file; then times every input dimension at
// 1× and 4× in a process of its own (ratio near 4 = linear), and the heap a model keeps per instruction;
// then one-file `check` startup against `node -e 0`
// (scripts/bench-startup.mjs); then the CLI over the corpus and over it made 4× (copies in a temp
// folder), on one thread and with its default workers: files/s, CPU time and peak RSS. `--shellcheck` adds the CLI over the whole corpus with ShellCheck on. Then the
// image bench (scripts/bench-image.mjs) unless --no-image. Performance targets live here, not in tests.
//
// Targets (issue 19): layerguard >= 1.5x dockerfile_lint's files/s; p99 <= 5x p50; scale ratios near 4;
// CLI peak RSS <= 200 MB for the 4x tree; with --shellcheck, >= 21.8 files/s and peak RSS <= 200 MB.
import { bundleForNode } from './bench/bundle.mjs';
import { performance } from 'node:perf_hooks';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startupBench } from './bench-startup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.LAYERGUARD_CORPUS ?? path.resolve(root, '..', 'shared', 'corpus', 'dockerfiles');

const args = process.argv.slice(2);
const requireFromRoot = createRequire(path.join(root, 'package.json'));

/** The npm peers, each as `(text) => void`; null when the package cannot be loaded. */
function loadPeers() {
  const peers = [];
  const tryPeer = (name, make) => {
    try {
      peers.push({ name, lint: make() });
    } catch (e) {
      console.log(`  peer ${name}: skipped (${e.message.split('\n')[0]})`);
    }
  };
  tryPeer('dockerfile_lint', () => {
    const Linter = requireFromRoot('dockerfile_lint');
    const linter = new Linter();
    return (text) => linter.validate(text);
  });
  tryPeer('dockerfilelint', () => {
    const { run } = requireFromRoot('dockerfilelint');
    return (text) => run('.', text);
  });
  tryPeer('dockerfile-utils', () => {
    const { validate } = requireFromRoot('dockerfile-utils');
    return (text) => validate(text);
  });
  return peers;
}

const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

/** One pass of `lint` over `texts`: wall ms, CPU ms (user+sys), crashes. */
function peerPass(lint, texts) {
  let crashes = 0;
  const cpu0 = process.cpuUsage();
  const s = performance.now();
  for (const t of texts) {
    try {
      lint(t);
    } catch {
      crashes++;
    }
  }
  const c = process.cpuUsage(cpu0);
  return { ms: performance.now() - s, cpuMs: (c.user + c.system) / 1000, crashes };
}

async function bundleEntry(tmp) {
  const out = path.join(tmp, 'lint-corpus.mjs');
  await bundleForNode('scripts/bench/lint-corpus.ts', out);
  return { lib: await import(pathToFileURL(out).href), file: out };
}

async function dockerfileBench(lib) {
  if (!existsSync(corpus)) {
    console.log(`dockerfile corpus: skipped (${corpus} not found)`);
    return;
  }
  const rounds = Number(process.env.LAYERGUARD_BENCH_ROUNDS ?? 3);
  const files = lib.readCorpus(corpus);
  const texts = files.map((f) => f.text);
  const peers = loadPeers();
  console.log(
    `dockerfile corpus, in process, texts in memory, ShellCheck off (warm-up, then ${rounds} round${rounds === 1 ? '' : 's'} of every tool in turn; medians)`,
  );
  // Every tool warms up once, then the tools take turns round after round, so that a burst of load
  // from other processes falls on all of them alike; the medians are compared.
  lib.lintTexts(files);
  for (const peer of peers) peerPass(peer.lint, texts);
  const ours = [];
  const theirs = new Map(peers.map((p) => [p.name, []]));
  for (let i = 0; i < rounds; i++) {
    ours.push(lib.lintTexts(files));
    for (const peer of peers) theirs.get(peer.name).push(peerPass(peer.lint, texts));
  }
  const r = ours.sort((a, b) => a.totalMs - b.totalMs)[Math.floor(ours.length / 2)];
  const oursMs = median(ours.map((o) => o.totalMs));
  const oursCpu = median(ours.map((o) => o.cpuMs));
  // CPU time per file comes from one more pass of its own: sampling it costs a syscall per file,
  // which the timed rounds above leave out (the peers are not sampled either).
  const cpuPass = lib.lintTexts(files, undefined, { cpuPerFile: true });
  const sorted = [...r.times].sort((a, b) => a - b);
  const cpuSorted = [...cpuPass.cpuTimes].sort((a, b) => a - b);
  const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  // Each file's best time over the rounds: a collection or another process's burst lands on some file
  // in one round, not on the same file in every round. The p99/p50 target is read on these times, the
  // cost of each file itself: young-generation collections (about 60 a pass over the corpus, counted
  // with a PerformanceObserver) land on 2 % of the files of any one round, which is the 99th percentile.
  const bestTimes = r.times.map((_, i) => Math.min(...ours.map((o) => o.times[i])));
  const bestSorted = [...bestTimes].sort((a, b) => a - b);
  const bytesSorted = texts.map((t) => t.length).sort((a, b) => a - b);
  const perByte = bestTimes.map((t, i) => (t * 1000) / Math.max(1, texts[i].length)).sort((a, b) => a - b);
  const perInstruction = cpuPass.cpuTimes
    .map((t, i) => t / Math.max(1, r.instructions[i]))
    .sort((a, b) => a - b);
  const oursRate = (r.files / oursMs) * 1000;
  console.log(
    `  layerguard        ${oursRate.toFixed(0).padStart(6)} files/s  ${oursCpu.toFixed(0).padStart(6)} ms CPU  (${r.files} files, ${(r.bytes / 1024 / 1024).toFixed(2)} MB, ${r.rules} rules, ${r.findings} findings)`,
  );
  console.log(
    `                    per file p50 ${pct(sorted, 50).toFixed(3)} ms, p99 ${pct(sorted, 99).toFixed(3)} ms (p99/p50 ${(pct(sorted, 99) / pct(sorted, 50)).toFixed(1)}: one round, collections and other processes included), mean ${(r.totalMs / r.files).toFixed(3)} ms`,
  );
  console.log(
    `                    per file, best of ${ours.length} rounds: p50 ${pct(bestSorted, 50).toFixed(3)} ms, p99 ${pct(bestSorted, 99).toFixed(3)} ms (p99/p50 ${(pct(bestSorted, 99) / pct(bestSorted, 50)).toFixed(1)}; target <= 5); the files themselves: size p99/p50 ${(pct(bytesSorted, 99) / pct(bytesSorted, 50)).toFixed(1)}, cost per byte p50 ${pct(perByte, 50).toFixed(2)} µs, p99 ${pct(perByte, 99).toFixed(2)} µs`,
  );
  console.log(
    `                    per file CPU p50 ${pct(cpuSorted, 50).toFixed(3)} ms, p99 ${pct(cpuSorted, 99).toFixed(3)} ms (p99/p50 ${(pct(cpuSorted, 99) / pct(cpuSorted, 50)).toFixed(1)}; wall includes waiting for a core)`,
  );
  console.log(
    `                    per instruction (CPU) p50 ${(pct(perInstruction, 50) * 1000).toFixed(1)} µs, p99 ${(pct(perInstruction, 99) * 1000).toFixed(1)} µs (p99/p50 ${(pct(perInstruction, 99) / pct(perInstruction, 50)).toFixed(1)})`,
  );
  const slowest = cpuPass.cpuTimes
    .map((t, i) => ({ t, i }))
    .sort((a, b) => b.t - a.t)
    .slice(0, 10);
  console.log(
    `                    slowest by CPU: ${slowest.map(({ t, i }) => `${files[i].name} ${t.toFixed(1)} ms/${r.instructions[i]} instr`).join(', ')}`,
  );
  for (const peer of peers) {
    const runs = theirs.get(peer.name);
    const ms = median(runs.map((x) => x.ms));
    const cpu = median(runs.map((x) => x.cpuMs));
    const rate = (texts.length / ms) * 1000;
    const target = peer.name === 'dockerfile_lint' ? ' (target >= 1.5)' : '';
    console.log(
      `  ${peer.name.padEnd(17)} ${rate.toFixed(0).padStart(6)} files/s  ${cpu.toFixed(0).padStart(6)} ms CPU${runs[0].crashes ? ` (crashed on ${runs[0].crashes})` : ''}; layerguard/${peer.name} = ${(oursRate / rate).toFixed(2)} wall, ${(cpu / oursCpu).toFixed(2)} CPU${target}`,
    );
  }
}

/**
 * The cost-by-size rows run in a process of their own, as a `layerguard check` does, not in this one,
 * whose heap the corpus pass and the peers have grown (V8's young generation at 16 MB, 90-130 MB
 * used). That removes one source of variation, not the excess: over five runs on this machine the
 * instructions row read 2.4, 4.4, 5.4, 3.5 and 6.4. It reads high when its 1x input runs at full
 * speed (12-16 us an instruction against 30 or more): the 4x input's model (about 1.8 KB an
 * instruction, 3 KB with the rules' memos) outgrows the young generation and is copied and promoted
 * while the rules run, a memory cost that grows with the input (docs/architecture.md).
 */
async function scaleBench(libFile) {
  console.log(
    'cost by input size, in a fresh process (1x, 4x and 16x alternating, best of 7; ratios 4x/1x and 16x/4x near 4 = linear, near 16 = quadratic)',
  );
  const script = `const lib = await import(${JSON.stringify(pathToFileURL(libFile).href)});
    console.log(JSON.stringify(await lib.scaleBench(${JSON.stringify(existsSync(corpus) ? corpus : null)}, 7)));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) {
    console.log(`  failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
    return;
  }
  for (const row of JSON.parse(r.stdout.trim().split('\n').pop())) {
    // 16x where it is cheap: the ratio from 4x to 16x, and the cost per unit at each size.
    const huge =
      row.huge === undefined
        ? ''
        : `   ${String(row.huge).padStart(5)}: ${row.hugeMs.toFixed(1).padStart(8)} ms   16x/4x ${(row.hugeMs / row.largeMs).toFixed(2)}   us a unit ${[
            [row.small, row.smallMs],
            [row.large, row.largeMs],
            [row.huge, row.hugeMs],
          ]
            .map(([n, ms]) => ((ms / n) * 1000).toFixed(1))
            .join(' / ')}`;
    console.log(
      `  ${row.dimension.padEnd(13)} ${String(row.small).padStart(5)}: ${row.smallMs.toFixed(1).padStart(8)} ms   ${String(row.large).padStart(5)}: ${row.largeMs.toFixed(1).padStart(8)} ms   ratio ${(row.largeMs / row.smallMs).toFixed(2)}${huge}`,
    );
  }
}

/** The built CLI over `dir` (cwd) as a child process: wall time, CPU time (user+sys) and peak RSS (GNU time). */
function timeCli(cli, dir, extra) {
  // JSON unless the row asks for another format (the text report, the CLI's default).
  const format = extra.includes('--format') ? [] : ['--format', 'json'];
  const s = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%U %S %M', process.execPath, cli, 'check', ...format, '--fail-on', 'none', ...extra, '.'],
    { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const ms = performance.now() - s;
  if (r.status !== 0) throw new Error(`CLI failed (${r.status}): ${r.stderr.slice(-500)}`);
  const [user, sys, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  let targets;
  let findings;
  if (format.length) {
    const result = JSON.parse(r.stdout);
    targets = result.summary.targets;
    findings = result.findings.length;
  } else targets = Number(/ in (\d+) targets?/.exec(r.stdout)?.[1] ?? NaN);
  return { ms, cpuMs: (user + sys) * 1000, rss: kb / 1024, targets, findings };
}

const cliRow = (label, r) =>
  `  ${label.padEnd(14)} ${String(r.targets).padStart(6)} files  ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${((r.targets / r.ms) * 1000).toFixed(0).padStart(5)} files/s  CPU ${(r.cpuMs / 1000).toFixed(1).padStart(5)} s  peak RSS ${r.rss.toFixed(0)} MB`;

async function cliBench(tmp) {
  if (!existsSync(corpus) || !existsSync('/usr/bin/time')) {
    console.log('CLI: skipped (no corpus or no /usr/bin/time)');
    return;
  }
  const distDir = path.join(tmp, 'dist');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--outdir', distDir], {
    stdio: 'ignore',
  });
  const cli = path.join(distDir, 'cli.js');
  // The CLI finds its presets in policies/ beside its folder.
  symlinkSync(path.join(root, 'policies'), path.join(tmp, 'policies'));
  // The 4x tree: four copies of every corpus Dockerfile (links would lead outside the folder, which
  // layerguard refuses to read).
  const tree = path.join(tmp, 'tree4x');
  const names = readdirSync(corpus).filter((f) => f.endsWith('.Dockerfile'));
  for (let k = 0; k < 4; k++) {
    mkdirSync(path.join(tree, `copy${k}`), { recursive: true });
    for (const n of names) copyFileSync(path.join(corpus, n), path.join(tree, `copy${k}`, n));
  }
  startupBench({ cli, runs: Number(process.env.LAYERGUARD_STARTUP_RUNS ?? 15) });
  // One thread, the default (workers on 4+ cores for 200+ files) and two workers take turns, three times each:
  // medians; on a shared machine compare the rows of one run, and CPU time more than wall time.
  const cases = [
    ['1x, 1 thread', corpus, ['--jobs', '1']],
    ['1x, default', corpus, []],
    ['1x, 2 workers', corpus, ['--jobs', '2']],
    ['4x, 1 thread', tree, ['--jobs', '1']],
    ['4x, default', tree, []],
    ['4x, 2 workers', tree, ['--jobs', '2']],
    ['4x, 1 th, text', tree, ['--jobs', '1', '--format', 'text']],
  ];
  const runs = new Map(cases.map(([label]) => [label, []]));
  for (let i = 0; i < 3; i++) {
    for (const [label, dir, extra] of cases)
      runs.get(label).push(timeCli(cli, dir, ['--shellcheck', 'off', ...extra]));
  }
  console.log(
    `CLI over the corpus Dockerfiles, ShellCheck off, median of 3 (${os.availableParallelism()} cores; peak RSS target <= 200 MB at any size)`,
  );
  for (const [label] of cases) {
    const list = runs.get(label);
    const mid = (key) => median(list.map((r) => r[key]));
    console.log(cliRow(label, { ...list[0], ms: mid('ms'), cpuMs: mid('cpuMs'), rss: mid('rss') }));
  }
  if (args.includes('--shellcheck')) {
    const whole = path.dirname(corpus);
    const r = timeCli(cli, whole, ['--shellcheck', 'on']);
    console.log('CLI over the whole corpus, ShellCheck on (target >= 21.8 files/s, peak RSS <= 200 MB)');
    console.log(`${cliRow('default', r)}  (${r.findings} findings)`);
  }
}

/** The heap a model keeps per instruction (lint-corpus.ts, modelMemory), in a process with --expose-gc. */
function modelMemoryBench(libFile) {
  const script = `const lib = await import(${JSON.stringify(pathToFileURL(libFile).href)});
    console.log(JSON.stringify(lib.modelMemory(4000)));`;
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    console.log(`model memory: failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
    return;
  }
  const m = JSON.parse(r.stdout.trim().split('\n').pop());
  console.log(
    `model memory (a ${m.instructions}-instruction Dockerfile, heap after full collections): ${m.model.toFixed(0)} bytes an instruction, ${m.withRules.toFixed(0)} with every rule's memos`,
  );
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-'));
try {
  const { lib, file } = await bundleEntry(tmp);
  await dockerfileBench(lib);
  await scaleBench(file);
  modelMemoryBench(file);
  if (!args.includes('--no-cli')) await cliBench(tmp);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const imageBench = path.join(root, 'scripts', 'bench-image.mjs');
if (existsSync(imageBench) && !process.argv.includes('--no-image')) {
  const r = spawnSync(process.execPath, [imageBench, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
