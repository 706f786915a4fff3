#!/usr/bin/env node
// `npm run bench`: lints the whole shared corpus in one process and prints files, total ms, ms per
// file (p50/p99), files/s and peak RSS; then runs the image bench (scripts/bench-image.mjs) if present.
// Performance targets live here, not in tests.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.LAYERGUARD_CORPUS ?? path.resolve(root, '..', 'shared', 'corpus', 'dockerfiles');

async function dockerfileBench() {
  if (!existsSync(corpus)) {
    console.log(`dockerfile corpus: skipped (${corpus} not found)`);
    return;
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-'));
  try {
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
    const { lintCorpus } = await import(pathToFileURL(out).href);
    lintCorpus(corpus, 1); // warm-up: JIT and file cache
    const r = lintCorpus(corpus, 1);
    const sorted = [...r.times].sort((a, b) => a - b);
    const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
    const rss = process.resourceUsage().maxRSS / 1024;
    console.log('dockerfile corpus (read + parse + every rule, one process, after one warm-up pass)');
    console.log(
      `  files            ${r.files}  (${(r.bytes / 1024 / 1024).toFixed(2)} MB, ${r.rules} rules, ${r.findings} findings)`,
    );
    console.log(`  total            ${r.totalMs.toFixed(0)} ms`);
    console.log(
      `  per file         p50 ${pct(50).toFixed(3)} ms, p99 ${pct(99).toFixed(3)} ms, mean ${(r.totalMs / r.files).toFixed(3)} ms`,
    );
    console.log(
      `  throughput       ${((r.files / r.totalMs) * 1000).toFixed(0)} files/s, ${(r.bytes / 1024 / 1024 / (r.totalMs / 1000)).toFixed(2)} MB/s`,
    );
    console.log(`  peak RSS         ${rss.toFixed(0)} MB`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await dockerfileBench();
const imageBench = path.join(root, 'scripts', 'bench-image.mjs');
if (existsSync(imageBench) && !process.argv.includes('--no-image')) {
  const r = spawnSync(process.execPath, [imageBench, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
