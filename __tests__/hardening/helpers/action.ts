/**
 * Runs the bundled Action as the runner does (a child process, inputs as INPUT_* variables, the event
 * payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files) against the fake GitHub API.
 *
 * The bundle is built here from the current sources with the same esbuild settings as
 * scripts/build.mjs, into a temporary folder (so that tests running at the same time never rebuild
 * dist/ under each other); `policies/` is linked beside it, where the bundle looks for the presets.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { FakeGitHub } from '../../helpers/fake-github.js';
import { actionInputs, runActionProcess } from '../../helpers/action-process.js';
import type { ActionRun } from '../../helpers/action-process.js';

export { HEAD_SHA, parseAnnotations, parseOutputs } from '../../helpers/action-process.js';
export type { ActionRun } from '../../helpers/action-process.js';

export const ROOT = process.cwd();

/** Bundles src/index.ts into `<tmp>/dist/index.js` (and the CLI into `<tmp>/dist/cli.js`); returns the Action's path. */
export async function buildActionBundle(tmp: string): Promise<string> {
  const outdir = path.join(tmp, 'dist');
  await build({
    absWorkingDir: ROOT,
    entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
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

export function workspace(tmp: string, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmp, 'ws-'));
  for (const [f, t] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), t);
  }
  return dir;
}

export async function runActionBundle(
  bundle: string,
  fake: FakeGitHub,
  wsDir: string,
  opts: { inputs?: Record<string, string>; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<ActionRun> {
  return runActionProcess(bundle, fake, wsDir, {
    inputs: actionInputs(fake, { 'sarif-file': 'layerguard.sarif', ...opts.inputs }),
    env: opts.env,
    timeoutMs: opts.timeoutMs,
  });
}
