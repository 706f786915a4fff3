/**
 * `layerguard lock [--update]`: writes the policy lock (src/policy/lock.ts) beside the policy. Without
 * `--update` the entries there are stay as they are (only new remote policies are added and those no
 * policy reaches any more removed), as `npm install` treats package-lock.json; `--update` moves every
 * entry to what its ref names now.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Io } from './io.js';
import { loadPolicy } from '../policy/load.js';
import type { LoadPolicyOptions } from '../policy/load.js';
import { formatLockFile } from '../policy/lock.js';
import type { LockEntry } from '../policy/lock.js';
import { PolicyError } from '../policy/types.js';
import { RULES_BY_ID } from '../rules/index.js';
import { escapeData } from '../report/github.js';

/** `commit 0123456789ab, sha256 0123456789ab`: enough to recognise a version in a log. */
function short(e: LockEntry): string {
  return `${e.commit ? `commit ${e.commit.slice(0, 12)}, ` : ''}sha256 ${e.sha256.slice(0, 12)}`;
}

export async function lockCommand(
  args: string[],
  io: Io,
  /** Test-only loader settings (the tests' local http server); the command line cannot set them. */
  testLoader: Partial<LoadPolicyOptions> = {},
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      update: { type: 'boolean' },
      policy: { type: 'string' },
      'github-token': { type: 'string' },
      'policy-cache': { type: 'string' },
    },
  });
  if (positionals.length > 0)
    throw new PolicyError(`lock takes no argument "${positionals[0]}"; name the policy with --policy FILE`);
  const request: NonNullable<LoadPolicyOptions['lock']> = { update: values.update === true };
  await loadPolicy({
    cwd: io.cwd,
    policy: values.policy,
    rules: RULES_BY_ID,
    githubToken: values['github-token'] ?? io.env.GITHUB_TOKEN,
    env: io.env,
    policyCacheDir: values['policy-cache'] && path.resolve(io.cwd, values['policy-cache']),
    ...testLoader,
    lock: request,
  });
  const outcome = request.outcome;
  if (!outcome) {
    throw new PolicyError(
      `the policy is ${values.policy ?? 'builtin:recommended'}, a built-in preset, which extends no remote policy: there is nothing to lock`,
    );
  }
  const lines: string[] = [];
  for (const [key, e] of [...outcome.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const what = e.change === 'updated' && e.previous ? `${short(e.previous)} -> ${short(e)}` : short(e);
    lines.push(`  ${e.change.padEnd(8)}${escapeData(key)}: ${what}\n`);
  }
  for (const key of outcome.removed) lines.push(`  removed ${escapeData(key)}: no policy extends it now\n`);
  const text = formatLockFile(outcome.entries);
  const old = await fs.readFile(outcome.file.path, 'utf8').catch(() => undefined);
  const n = outcome.entries.size;
  const count = `${n} remote polic${n === 1 ? 'y' : 'ies'}`;
  for (const l of lines) io.stderr(l);
  if (old === text) {
    io.stderr(`layerguard: ${outcome.file.display} is up to date (${count})\n`);
    return 0;
  }
  // Written next to it and renamed: an interrupted run leaves the old lock, never half a new one.
  const tmp = path.join(
    path.dirname(outcome.file.path),
    `.${path.basename(outcome.file.path)}.${process.pid}.tmp`,
  );
  await fs.writeFile(tmp, text);
  await fs.rename(tmp, outcome.file.path);
  io.stderr(
    `layerguard: wrote ${outcome.file.display} (${count}); review the changes and commit it${
      values.update ? '' : '; layerguard lock --update moves the locked versions forward'
    }\n`,
  );
  return 0;
}
