#!/usr/bin/env node
// Bundles the CLI (dist/cli.js) and the Action entry (dist/index.js) with esbuild, after
// regenerating the rule registry. `--outdir DIR` builds elsewhere (used by scripts/check-dist.mjs).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--outdir');
const outdir = i > 0 ? path.resolve(process.argv[i + 1]) : path.join(root, 'dist');

execFileSync(process.execPath, [path.join(root, 'scripts', 'gen-registry.mjs')], { stdio: 'inherit' });

// Chunk names are content hashes: empty the folder first, so that no chunk of an earlier build stays.
rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  // check-worker: the worker thread `check` starts for many files (src/engine/workers.ts finds it beside
  // the chunk that starts it).
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', 'check-worker': 'src/engine/check-worker.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Shared code goes into chunks beside the entries, and what a run may not need (image reading, the
  // Action's API code, the commands other than the one run) is imported when used: a one-file
  // `check` or `--help` parses only the chunks it runs.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __lgCreateRequire } from 'node:module';\nconst require = __lgCreateRequire(import.meta.url);",
  },
});
chmodSync(path.join(outdir, 'cli.js'), 0o755);
