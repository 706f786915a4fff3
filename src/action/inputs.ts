/**
 * The Action's inputs (action.yml), read and checked. A wrong value is a configuration error: the
 * step fails with exit status 2 and a message naming the input.
 */
import * as core from '@actions/core';
import type { FailScope, Severity } from '../engine/types.js';
import { suggest } from '../policy/suggest.js';

export interface ActionInputs {
  paths: string[];
  policy?: string;
  images: string[];
  /** `platform`: os/arch[/variant] or all; undefined for the default. */
  platform?: string;
  failOn?: Severity | 'none';
  token: string;
  onlyChanged: boolean;
  reviewComments: boolean;
  summaryComment: boolean;
  checkRun: boolean;
  annotations: boolean;
  sarifFile?: string;
  workingDirectory: string;
  /** Lowest severity that becomes an inline review comment (`comment-level`). */
  commentLevel: Severity;
  /** Most layerguard review comments standing on a pull request (`max-comments`). */
  maxComments: number;
  /** Overall time for talking to GitHub after the results are written, in seconds (`api-deadline`). */
  apiDeadline: number;
  /** `baseline-image` (the CLI's `--baseline`): an image to compare the `images` with. */
  baseline?: string;
  /** `container-inspect`: `docker container inspect` JSON files. */
  containerInspect: string[];
  /** `hadolint-config`: a .hadolint.yaml merged over the policy. */
  hadolintConfig?: string;
  /** `policy-cache`: the remote-policy cache folder; undefined for the default. */
  policyCache?: string;
  shellcheck: 'auto' | 'on' | 'off';
  /** `results-file`: where to write the results for a later `workflow_run` to post. */
  resultsFile?: string;
  /** `post-results`: post a results file written by a `pull_request` run instead of checking. */
  postResults?: string;
  /** `new` (the default on pull requests) or `all`; undefined when not given. */
  failScope?: FailScope;
  /** The debt baseline file; undefined: `.layerguard-baseline.json` when it exists. */
  baselineFile?: string;
  /** `image-dockerfiles`: image input -> the Dockerfile it was built from. */
  imageDockerfiles: Map<string, string>;
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

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new InputError(`input "${name}" must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

function number(name: string, fallback: number, min: number, max: number): number {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || n < min || n > max) {
    throw new InputError(`input "${name}" must be a number from ${min} to ${max} (got "${raw}")`);
  }
  return n;
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
  const platform = core.getInput('platform').trim();
  if (platform && !/^(all|[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?)$/.test(platform)) {
    throw new InputError(
      `input "platform" must be os/arch[/variant] (linux/amd64, linux/arm64/v8) or all (got "${platform}")`,
    );
  }
  const failScope = core.getInput('fail-scope').trim().toLowerCase();
  if (failScope && failScope !== 'new' && failScope !== 'all') {
    throw new InputError(`input "fail-scope" must be new or all (got "${failScope}")`);
  }
  const imageDockerfiles = new Map<string, string>();
  for (const line of lines('image-dockerfiles')) {
    const eq = line.indexOf('=');
    if (eq <= 0 || eq === line.length - 1) {
      throw new InputError(
        `input "image-dockerfiles" takes one IMAGE=DOCKERFILE a line, e.g. build/app.tar=Dockerfile (got "${line}")`,
      );
    }
    imageDockerfiles.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  const paths = lines('paths');
  return {
    paths: paths.length ? paths : ['.'],
    policy: core.getInput('policy').trim() || undefined,
    images: lines('images'),
    platform: platform || undefined,
    failOn: (failOn || undefined) as ActionInputs['failOn'],
    token,
    onlyChanged: bool('only-changed', false),
    reviewComments: bool('review-comments', true),
    summaryComment: bool('summary-comment', true),
    checkRun: bool('check-run', true),
    annotations: bool('annotations', true),
    sarifFile: core.getInput('sarif-file').trim() || undefined,
    workingDirectory: core.getInput('working-directory').trim() || '.',
    commentLevel: oneOf('comment-level', ['error', 'warning', 'info'] as const, 'warning'),
    maxComments: Math.floor(number('max-comments', 20, 0, 1000)),
    apiDeadline: number('api-deadline', 60, 1, 3600),
    baseline: core.getInput('baseline-image').trim() || undefined,
    containerInspect: lines('container-inspect'),
    hadolintConfig: core.getInput('hadolint-config').trim() || undefined,
    policyCache: core.getInput('policy-cache').trim() || undefined,
    shellcheck: oneOf('shellcheck', ['auto', 'on', 'off'] as const, 'auto'),
    resultsFile: core.getInput('results-file').trim() || undefined,
    postResults: core.getInput('post-results').trim() || undefined,
    ...(failScope ? { failScope: failScope as FailScope } : {}),
    ...(core.getInput('baseline-file').trim() ? { baselineFile: core.getInput('baseline-file').trim() } : {}),
    imageDockerfiles,
  };
}
