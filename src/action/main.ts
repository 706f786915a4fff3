/**
 * The Action: runs the check and reports through the workflow-command channel. The full reporting
 * (check run, review comments, sticky summary) builds on this.
 */
import * as core from '@actions/core';
import { check } from '../engine/check.js';
import { formatGithub } from '../report/github.js';

export async function runAction(): Promise<number> {
  try {
    const cwd = core.getInput('working-directory') || process.cwd();
    const paths = core
      .getInput('paths')
      .split(/\r?\n|,/)
      .map((s) => s.trim())
      .filter(Boolean);
    const policy = core.getInput('policy') || undefined;
    const result = await check({ cwd, paths, policy });
    process.stdout.write(formatGithub(result));
    core.setOutput('result', result.verdict);
    core.setOutput('errors', result.summary.errors);
    core.setOutput('warnings', result.summary.warnings);
    core.setOutput('notices', result.summary.infos);
    return result.verdict === 'pass' ? 0 : 1;
  } catch (e) {
    core.setFailed((e as Error).message);
    return 2;
  }
}
