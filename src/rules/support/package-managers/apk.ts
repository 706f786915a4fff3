/**
 * apk (Alpine): `apk add` commands read getopt-style, with their packages.
 */
import { parseCli } from '../command-line.js';
import type { RunInvocation } from '../invocations.js';
import type { PackageCommand } from './commands.js';

/**
 * apk's options that take a value in the next word, as the getopt-style rules read them (a longer list
 * than `operandsOf`'s in commands.ts: it also knows `--cache-max-age`, `--wait` and `--timeout`).
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
export function apkAdds(invs: RunInvocation[]): PackageCommand[] {
  const out: PackageCommand[] = [];
  for (const inv of invs) {
    if (inv.name !== 'apk') continue;
    const cli = parseCli(inv.args, { valued: APK_VALUED });
    if (cli.operands[0]?.value !== 'add') continue;
    out.push({ inv, cli, sub: cli.operands[0], packages: cli.operands.slice(1) });
  }
  return out;
}
