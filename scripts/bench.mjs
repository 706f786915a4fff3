#!/usr/bin/env node
// `npm run bench`: in one process and one run, lints every corpus Dockerfile with layerguard (every
// rule, ShellCheck off) and with the npm peers (dockerfile_lint, dockerfilelint, dockerfile-utils; a peer
// that cannot load is skipped), all on the same texts already in memory, after one warm-up pass each;
// prints files/s, layerguard's ratio to each peer, p50/p99 per file; then times every input dimension at
// 1× and 4× (ratio near 4 = linear); then the CLI over the corpus made 4× (copies in a temp folder):
// files/s and peak RSS. `--shellcheck` adds the CLI over the whole corpus with ShellCheck on. Then the
// image bench (scripts/bench-image.mjs) unless --no-image. Performance targets live here, not in tests.
//
// Targets (issue 19): layerguard >= 1.5x dockerfile_lint's files/s; p99 <= 5x p50; scale ratios near 4;
// CLI peak RSS <= 200 MB for the 4x tree; with --shellcheck, >= 21.8 files/s and peak RSS <= 200 MB.
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/** files/s of `lint` over `texts` (one warm-up pass, then the best of `rounds`); crashes counted. */
function timePeer(lint, texts, rounds) {
  const pass = () => {
    let crashes = 0;
    const s = performance.now();
    for (const t of texts) {
      try {
        lint(t);
      } catch {
        crashes++;
      }
    }
    return { ms: performance.now() - s, crashes };
  };
  pass();
  let bestRun = { ms: Infinity, crashes: 0 };
  for (let i = 0; i < rounds; i++) {
    const r = pass();
    if (r.ms < bestRun.ms) bestRun = r;
  }
  return bestRun;
}

async function bundleEntry(tmp) {
  const out = path.join(tmp, 'lint-corpus.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/bench/lint-corpus.ts'],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return import(pathToFileURL(out).href);
}

async function dockerfileBench(lib) {
  if (!existsSync(corpus)) {
    console.log(`dockerfile corpus: skipped (${corpus} not found)`);
    return;
  }
  const rounds = Number(process.env.LAYERGUARD_BENCH_ROUNDS ?? 3);
  const files = lib.readCorpus(corpus);
  const texts = files.map((f) => f.text);
  console.log(
    `dockerfile corpus, in process, texts in memory, ShellCheck off (warm-up, then best of ${rounds} passes)`,
  );
  lib.lintTexts(files); // warm-up: JIT
  let r;
  for (let i = 0; i < rounds; i++) {
    const run = lib.lintTexts(files);
    if (!r || run.totalMs < r.totalMs) r = run;
  }
  const sorted = [...r.times].sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  const ours = (r.files / r.totalMs) * 1000;
  console.log(
    `  layerguard        ${ours.toFixed(0).padStart(6)} files/s  (${r.files} files, ${(r.bytes / 1024 / 1024).toFixed(2)} MB, ${r.rules} rules, ${r.findings} findings)`,
  );
  console.log(
    `                    per file p50 ${pct(50).toFixed(3)} ms, p99 ${pct(99).toFixed(3)} ms (p99/p50 ${(pct(99) / pct(50)).toFixed(1)}; target <= 5), mean ${(r.totalMs / r.files).toFixed(3)} ms`,
  );
  for (const peer of loadPeers()) {
    const p = timePeer(peer.lint, texts, rounds);
    const theirs = (texts.length / p.ms) * 1000;
    const target = peer.name === 'dockerfile_lint' ? ' (target >= 1.5)' : '';
    console.log(
      `  ${peer.name.padEnd(17)} ${theirs.toFixed(0).padStart(6)} files/s${p.crashes ? ` (crashed on ${p.crashes})` : ''}; layerguard/${peer.name} = ${(ours / theirs).toFixed(2)}${target}`,
    );
  }
}

async function scaleBench(lib) {
  console.log('cost by input size (best of 3; ratio 4x/1x near 4 = linear)');
  for (const row of await lib.scaleBench(existsSync(corpus) ? corpus : null)) {
    console.log(
      `  ${row.dimension.padEnd(13)} ${String(row.small).padStart(5)}: ${row.smallMs.toFixed(1).padStart(8)} ms   ${String(row.large).padStart(5)}: ${row.largeMs.toFixed(1).padStart(8)} ms   ratio ${(row.largeMs / row.smallMs).toFixed(2)}`,
    );
  }
}

/** The built CLI over `dir` (cwd) as a child process: wall time and peak RSS (GNU time, else none). */
function timeCli(cli, dir, extra) {
  const s = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, cli, 'check', '--format', 'json', '--fail-on', 'none', ...extra, '.'],
    { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const ms = performance.now() - s;
  if (r.status !== 0) throw new Error(`CLI failed (${r.status}): ${r.stderr.slice(-500)}`);
  const rss = Number(r.stderr.trim().split('\n').pop()) / 1024;
  const result = JSON.parse(r.stdout);
  return { ms, rss, targets: result.summary.targets, findings: result.findings.length };
}

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
  const one = timeCli(cli, corpus, ['--shellcheck', 'off']);
  const four = timeCli(cli, tree, ['--shellcheck', 'off']);
  console.log('CLI over the corpus Dockerfiles, ShellCheck off (peak RSS target <= 200 MB at any size)');
  for (const [label, r] of [
    ['1x', one],
    ['4x', four],
  ]) {
    console.log(
      `  ${label}  ${String(r.targets).padStart(6)} files  ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${((r.targets / r.ms) * 1000).toFixed(0).padStart(5)} files/s  peak RSS ${r.rss.toFixed(0)} MB`,
    );
  }
  if (args.includes('--shellcheck')) {
    const whole = path.dirname(corpus);
    const r = timeCli(cli, whole, ['--shellcheck', 'on']);
    console.log('CLI over the whole corpus, ShellCheck on (target >= 21.8 files/s, peak RSS <= 200 MB)');
    console.log(
      `  ${String(r.targets).padStart(6)} files  ${(r.ms / 1000).toFixed(1)} s  ${((r.targets / r.ms) * 1000).toFixed(1)} files/s  peak RSS ${r.rss.toFixed(0)} MB  (${r.findings} findings)`,
    );
  }
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-'));
try {
  const lib = await bundleEntry(tmp);
  await dockerfileBench(lib);
  await scaleBench(lib);
  if (!args.includes('--no-cli')) await cliBench(tmp);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const imageBench = path.join(root, 'scripts', 'bench-image.mjs');
if (existsSync(imageBench) && !process.argv.includes('--no-image')) {
  const r = spawnSync(process.execPath, [imageBench, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
