// The GitHub Action entry (action.yml -> dist/index.js). Exit status: 0 pass, 1 policy failure,
// 2 configuration error (src/action/main.ts).
import * as core from '@actions/core';
import { runAction } from './action/main.js';

try {
  process.exitCode = await runAction();
} catch (e) {
  core.setFailed(`layerguard: internal error: ${(e as Error).stack ?? e}`);
  process.exitCode = 2;
}
