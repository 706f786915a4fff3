/**
 * apk (Alpine): the options that take a value and what each subcommand does (as `commands.ts` reads
 * them), and `apk add` commands read getopt-style with their packages (the apk rules).
 */
import { parseCli } from '../command-line.js';
import type { RunInvocation } from '../invocations.js';
import type { PackageAction, PackageCommand } from './commands.js';

/** The options of `apk` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const APK_VALUE_OPTIONS: readonly string[] = [
  '-X',
  '-p',
  '-t',
  '--repository',
  '--root',
  '--arch',
  '--cache-dir',
  '--keys-dir',
  '--repositories-file',
  '--virtual',
  '--progress-fd',
];

/** What each subcommand of `apk` does. */
export const APK_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  add: ['install'],
  update: ['update-index'],
  upgrade: ['upgrade'],
  del: ['remove'],
  fetch: ['download'],
};

/**
 * apk's options that take a value in the next word, as the getopt-style rules read them: a longer list
 * than `APK_VALUE_OPTIONS` (it also knows `--cache-max-age`, `--wait` and `--timeout`), kept apart so
 * that moving them changed no finding.
 */
const APK_VALUED = new Set([
  '-t',
  '-X',
  '-p',
  '--virtual',
  '--repository',
  '--repositories-file',
  '--root',
  '--arch',
  '--keys-dir',
  '--cache-dir',
  '--cache-max-age',
  '--progress-fd',
  '--wait',
  '--timeout',
]);

/** `apk add …` invocations (the subcommand may follow global options). */
export function apkAdds(invs: readonly RunInvocation[]): PackageCommand[] {
  const out: PackageCommand[] = [];
  for (const inv of invs) {
    if (inv.name !== 'apk') continue;
    const cli = parseCli(inv.args, { valued: APK_VALUED });
    if (cli.operands[0]?.value !== 'add') continue;
    out.push({ inv, cli, sub: cli.operands[0], packages: cli.operands.slice(1) });
  }
  return out;
}
