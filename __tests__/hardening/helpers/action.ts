/**
 * Runs the bundled Action as the runner does (a child process, inputs as INPUT_* variables, the event
 * payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files) against the fake GitHub API.
 *
 * The bundle is built here from the current sources with the same esbuild settings as
 * scripts/build.mjs, into a temporary folder (so that tests running at the same time never rebuild
 * dist/ under each other); `policies/` is linked beside it, where the bundle looks for the presets.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { FakeGitHub } from '../../helpers/fake-github.js';

export const ROOT = process.cwd();
export const HEAD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';

/** Bundles src/index.ts into `<tmp>/dist/index.js`; returns its path. */
export async function buildActionBundle(tmp: string): Promise<string> {
  const outdir = path.join(tmp, 'dist');
  await build({
    absWorkingDir: ROOT,
    entryPoints: { index: 'src/index.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    legalComments: 'none',
    logLevel: 'silent',
    banner: {
      js: "import { createRequire as __lgCreateRequire } from 'node:module';\nconst require = __lgCreateRequire(import.meta.url);",
    },
  });
  symlinkSync(path.join(ROOT, 'policies'), path.join(tmp, 'policies'));
  return path.join(outdir, 'index.js');
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  outputFile: string;
  summary: string;
  annotations: { level: string; props: Record<string, string>; message: string }[];
}

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

export function workspace(tmp: string, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmp, 'ws-'));
  for (const [f, t] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), t);
  }
  return dir;
}

function prPayload(fake: FakeGitHub) {
  const repo = {
    id: 1,
    name: fake.repo,
    full_name: `${fake.owner}/${fake.repo}`,
    owner: { login: fake.owner },
  };
  return {
    action: 'synchronize',
    number: fake.pull,
    pull_request: {
      number: fake.pull,
      head: { ref: 'feature', sha: HEAD_SHA, repo },
      base: { ref: 'main', sha: '0'.repeat(40), repo },
    },
    repository: repo,
  };
}

export async function runActionBundle(
  bundle: string,
  fake: FakeGitHub,
  wsDir: string,
  opts: { inputs?: Record<string, string>; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<ActionRun> {
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'lg-hardening-run-'));
  const eventPath = path.join(runDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(prPayload(fake)));
  const summaryFile = path.join(runDir, 'step_summary.md');
  const outputFile = path.join(runDir, 'output.txt');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const inputs: Record<string, string> = {
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
    'sarif-file': 'layerguard.sarif',
    'working-directory': '.',
    ...opts.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: runDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: wsDir,
    GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
    GITHUB_REPOSITORY_OWNER: fake.owner,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: 'e0f1a2b3c4d5e6f708192a3b4c5d6e7f80912a3b',
    GITHUB_REF: `refs/pull/${fake.pull}/merge`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.url,
    GITHUB_GRAPHQL_URL: `${fake.url}/graphql`,
    GITHUB_RUN_ID: '1234',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'layerguard',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: runDir,
    RUNNER_OS: 'Linux',
    LAYERGUARD_RETRY_BASE_MS: '5',
    ...opts.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const child = spawn(process.execPath, [bundle], { cwd: wsDir, env });
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
