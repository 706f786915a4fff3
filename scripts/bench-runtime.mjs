#!/usr/bin/env node
// `node scripts/bench-runtime.mjs`: loads the compose and Kubernetes corpora of ../shared/corpus in one
// process with every runtime rule on (rules that are off by default at warning), after one warm-up
// pass, and prints files, ms per file and per KB, and findings per rule per 100 files for each.
// Performance comparisons live here, not in tests.
import { bundleForNode } from './bench/bundle.mjs';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.LAYERGUARD_CORPUS_ROOT ?? path.resolve(root, '..', 'shared', 'corpus');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-runtime-'));
try {
  const out = path.join(tmp, 'runtime-corpus.mjs');
  await bundleForNode('scripts/bench/runtime-corpus.ts', out);
  const { runtimeCorpus } = await import(pathToFileURL(out).href);
  for (const format of ['compose', 'kubernetes']) {
    const dir = path.join(corpus, format);
    if (!existsSync(dir)) {
      console.log(`${format} corpus: skipped (${dir} not found)`);
      continue;
    }
    runtimeCorpus(dir, format); // warm-up: JIT and file cache
    const r = runtimeCorpus(dir, format);
    const sorted = [...r.times].sort((a, b) => a - b);
    const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
    console.log(`${format} corpus (read + parse + every runtime rule, one process, after a warm-up pass)`);
    console.log(
      `  files            ${r.files}  (${(r.bytes / 1024 / 1024).toFixed(2)} MB, ${r.containers} containers, ${r.skipped} skipped with a note)`,
    );
    console.log(`  total            ${r.totalMs.toFixed(0)} ms`);
    console.log(
      `  per file         p50 ${pct(50).toFixed(2)} ms, p99 ${pct(99).toFixed(2)} ms, mean ${(r.totalMs / r.files).toFixed(2)} ms, ${(r.totalMs / (r.bytes / 1024)).toFixed(3)} ms/KB`,
    );
    console.log('  findings per rule per 100 files');
    for (const [id, n] of Object.entries(r.byRule).sort((a, b) => b[1] - a[1])) {
      console.log(`    ${id.padEnd(32)} ${((n / r.files) * 100).toFixed(1)}`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
