/**
 * The Action's inputs (action.yml), read and checked. A wrong value is a configuration error: the
 * step fails with exit status 2 and a message naming the input.
 */
import * as core from '@actions/core';
import type { Severity } from '../engine/types.js';
import { suggest } from '../policy/suggest.js';

export interface ActionInputs {
  paths: string[];
  policy?: string;
  images: string[];
  failOn?: Severity | 'none';
  token: string;
  onlyChanged: boolean;
  reviewComments: boolean;
  summaryComment: boolean;
  checkRun: boolean;
  annotations: boolean;
  sarifFile?: string;
  workingDirectory: string;
}

export class InputError extends Error {}

const FAIL_ON = ['error', 'warning', 'info', 'none'];

function lines(name: string): string[] {
  return core
    .getInput(name)
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

function bool(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(raw)) return true;
  if (/^(false|no|off|0)$/i.test(raw)) return false;
  throw new InputError(`input "${name}" must be true or false (got "${raw}")`);
}

export function readInputs(): ActionInputs {
  const token = core.getInput('github-token').trim();
  if (token) core.setSecret(token);
  const failOn = core.getInput('fail-on').trim().toLowerCase();
  if (failOn && !FAIL_ON.includes(failOn)) {
    throw new InputError(
      `input "fail-on" must be one of ${FAIL_ON.join(', ')} (got "${failOn}")${suggest(failOn, FAIL_ON)}`,
    );
  }
  const paths = lines('paths');
  return {
    paths: paths.length ? paths : ['.'],
    policy: core.getInput('policy').trim() || undefined,
    images: lines('images'),
    failOn: (failOn || undefined) as ActionInputs['failOn'],
    token,
    onlyChanged: bool('only-changed', false),
    reviewComments: bool('review-comments', true),
    summaryComment: bool('summary-comment', true),
    checkRun: bool('check-run', true),
    annotations: bool('annotations', true),
    sarifFile: core.getInput('sarif-file').trim() || undefined,
    workingDirectory: core.getInput('working-directory').trim() || '.',
  };
}
