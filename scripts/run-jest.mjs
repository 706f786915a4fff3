#!/usr/bin/env node
// Runs Jest in ESM mode; when LAYERGUARD_JEST_JSON is set (CI), also writes Jest's JSON results there
// so that .ci/run can print "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jestBin = require.resolve('jest/package.json').replace(/package\.json$/, 'bin/jest.js');
const args = ['--experimental-vm-modules', jestBin, ...process.argv.slice(2)];
if (process.env.LAYERGUARD_JEST_JSON) args.push('--json', `--outputFile=${process.env.LAYERGUARD_JEST_JSON}`);
const r = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  env: { ...process.env, NODE_NO_WARNINGS: '1' },
});
process.exit(r.status ?? 1);
