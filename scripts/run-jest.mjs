#!/usr/bin/env node
// Runs Jest in ESM mode; when LAYERGUARD_JEST_JSON is set (CI), also writes Jest's JSON results there
// so that .ci/run can print "N passed, N failed".
//
// The tests make their temporary folders with os.tmpdir(), and many leave them (a failing test must
// leave its files to look at; some folders are made per case): Jest runs with TMPDIR set to one folder
// of its own, removed afterwards, so that a run leaves nothing behind in /tmp. LAYERGUARD_KEEP_TEST_TMP=1
// keeps it (its path is printed) for a look at what a test wrote.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const jestBin = require.resolve('jest/package.json').replace(/package\.json$/, 'bin/jest.js');
const args = ['--experimental-vm-modules', jestBin, ...process.argv.slice(2)];
if (process.env.LAYERGUARD_JEST_JSON) args.push('--json', `--outputFile=${process.env.LAYERGUARD_JEST_JSON}`);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'layerguard-tests-'));
const keep = /^(1|true|yes)$/i.test(process.env.LAYERGUARD_KEEP_TEST_TMP ?? '');
let r;
try {
  r = spawnSync(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, NODE_NO_WARNINGS: '1', TMPDIR: tmp },
  });
} finally {
  if (keep) console.error(`run-jest: the tests' temporary files are in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
}
process.exit(r?.status ?? 1);
