/**
 * Runs a bundled Action entry as the runner does: a child process with the environment GitHub sets
 * (`INPUT_*`, `GITHUB_EVENT_PATH` with a real-shaped payload, `GITHUB_STEP_SUMMARY`, `GITHUB_OUTPUT`,
 * `GITHUB_API_URL` pointing at the fake API) and nothing of this machine's own GITHUB_* or tokens.
 * Shared by the Action's end-to-end tests and the hardening suites.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FakeGitHub } from './fake-github.js';

export const HEAD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
export const MERGE_SHA = 'e0f1a2b3c4d5e6f708192a3b4c5d6e7f80912a3b';

export type ActionEvent = 'pull_request' | 'push' | 'workflow_dispatch' | 'workflow_run';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  outputFile: string;
  summary: string;
  annotations: { level: string; props: Record<string, string>; message: string }[];
}

/** A `pull_request` event payload as GitHub sends it (the fields the Action and Octokit read). */
export function prPayload(fake: FakeGitHub, fork = false) {
  const repo = {
    id: 1,
    name: fake.repo,
    full_name: `${fake.owner}/${fake.repo}`,
    owner: { login: fake.owner },
    private: false,
  };
  const headRepo = fork
    ? { id: 2, name: fake.repo, full_name: `someone/${fake.repo}`, owner: { login: 'someone' }, fork: true }
    : repo;
  return {
    action: 'synchronize',
    number: fake.pull,
    pull_request: {
      url: `https://api.github.com/repos/${fake.owner}/${fake.repo}/pulls/${fake.pull}`,
      html_url: `https://github.com/${fake.owner}/${fake.repo}/pull/${fake.pull}`,
      number: fake.pull,
      state: 'open',
      title: 'Install curl',
      user: { login: 'dev' },
      head: { label: 'dev:feature', ref: 'feature', sha: HEAD_SHA, repo: headRepo },
      base: { label: `${fake.owner}:main`, ref: 'main', sha: '0'.repeat(40), repo },
    },
    repository: repo,
    sender: { login: 'dev' },
  };
}

/** The values of a `GITHUB_OUTPUT` file (`name<<delimiter` blocks). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

/** The `::error|warning|notice props::message` workflow commands of a step's output, decoded. */
export function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const out: ActionRun['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = kv.indexOf('=');
      props[kv.slice(0, i)] = decodeURIComponent(
        kv
          .slice(i + 1)
          .replace(/%2C/g, ',')
          .replace(/%3A/g, ':'),
      );
    }
    out.push({
      level: m[1],
      props,
      message: m[3].replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'),
    });
  }
  return out;
}

/** The inputs as the runner passes them: every input action.yml declares, with its default. */
export function actionInputs(
  fake: FakeGitHub,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    paths: '.',
    policy: '',
    images: '',
    'fail-on': '',
    'github-token': fake.token,
    'only-changed': 'false',
    'review-comments': 'true',
    'summary-comment': 'true',
    'check-run': 'true',
    annotations: 'true',
    'sarif-file': '',
    'working-directory': '.',
    'comment-level': 'warning',
    'max-comments': '20',
    'api-deadline': '60',
    'baseline-image': '',
    'container-inspect': '',
    'hadolint-config': '',
    'policy-cache': '',
    shellcheck: 'auto',
    'results-file': '',
    'post-results': '',
    'fail-scope': '',
    'baseline-file': '',
    'image-dockerfiles': '',
    ...overrides,
  };
}

export interface RunActionOptions {
  event?: ActionEvent;
  fork?: boolean;
  /** The complete inputs (see actionInputs). */
  inputs: Record<string, string>;
  /** Extra environment, e.g. debug logging (also overrides GITHUB_SHA and the like). */
  env?: Record<string, string>;
  /** Fields merged into the payload's `pull_request` (head and base commits, changed_files). */
  pullRequest?: Record<string, unknown>;
  /** The whole event payload, instead of the one made for the event. */
  payload?: unknown;
  /** Changes the event payload before it is written (e.g. real base and head SHAs of a git repository). */
  patchPayload?: (payload: any) => void;
  timeoutMs?: number;
}

export async function runActionProcess(
  entry: string,
  fake: FakeGitHub,
  wsDir: string,
  opts: RunActionOptions,
): Promise<ActionRun> {
  const event = opts.event ?? 'pull_request';
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'lg-action-run-'));
  const eventPath = path.join(runDir, 'event.json');
  let payload: any =
    event === 'pull_request'
      ? prPayload(fake, opts.fork)
      : { ref: 'refs/heads/main', after: MERGE_SHA, repository: { full_name: `${fake.owner}/${fake.repo}` } };
  if (opts.pullRequest && payload.pull_request) {
    const pr = payload.pull_request;
    const extra = opts.pullRequest as any;
    payload.pull_request = {
      ...pr,
      ...extra,
      head: { ...pr.head, ...(extra.head ?? {}) },
      base: { ...pr.base, ...(extra.base ?? {}) },
    };
  }
  if (opts.payload !== undefined) payload = opts.payload;
  opts.patchPayload?.(payload);
  writeFileSync(eventPath, JSON.stringify(payload));
  const summaryFile = path.join(runDir, 'step_summary.md');
  const outputFile = path.join(runDir, 'output.txt');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: runDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: wsDir,
    GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
    GITHUB_REPOSITORY_OWNER: fake.owner,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: MERGE_SHA,
    GITHUB_REF: event === 'pull_request' ? `refs/pull/${fake.pull}/merge` : 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.url,
    GITHUB_GRAPHQL_URL: `${fake.url}/graphql`,
    GITHUB_RUN_ID: '1234',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'layerguard',
    GITHUB_WORKFLOW: 'layerguard',
    GITHUB_ACTION: '__layerguard',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: runDir,
    RUNNER_OS: 'Linux',
    LAYERGUARD_RETRY_BASE_MS: '5',
    ...opts.env,
  };
  for (const [k, v] of Object.entries(opts.inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const child = spawn(process.execPath, [entry], { cwd: wsDir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  clearTimeout(timer);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    outputFile,
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: parseAnnotations(stdout),
  };
}
