/**
 * apt (`apt-get`, `apt`, `aptitude`): its options that take a value, its commands read getopt-style with
 * their subcommand and packages, and its `-o Key=value` settings.
 */
import { parseCli } from '../command-line.js';
import type { CliArgs } from '../command-line.js';
import type { RunInvocation } from '../invocations.js';
import type { PackageAction, PackageCommand } from './commands.js';

/** apt's options that take a value in the next word (`-o`, `--target-release`…). */
export const APT_VALUE_OPTIONS: readonly string[] = [
  '-o',
  '-c',
  '-t',
  '-a',
  '--option',
  '--config-file',
  '--target-release',
  '--default-release',
  '--host-architecture',
];
const APT_VALUED = new Set(APT_VALUE_OPTIONS);

/** What each subcommand of apt does. */
export const APT_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  install: ['install'],
  reinstall: ['install'],
  'build-dep': ['install'],
  satisfy: ['install'],
  update: ['update-index'],
  upgrade: ['upgrade'],
  'dist-upgrade': ['upgrade'],
  'full-upgrade': ['upgrade'],
  remove: ['remove'],
  purge: ['remove'],
  autoremove: ['remove'],
  clean: ['clean'],
  autoclean: ['clean'],
  download: ['download'],
  source: ['download'],
};

/** `apt-get`/`apt`/`aptitude` invocations with their subcommand and operands. */
export function aptCommands(
  invs: readonly RunInvocation[],
  names: readonly string[] = ['apt-get'],
): PackageCommand[] {
  const out: PackageCommand[] = [];
  for (const inv of invs) {
    if (!names.includes(inv.name)) continue;
    const cli = parseCli(inv.args, { valued: APT_VALUED });
    out.push({ inv, cli, sub: cli.operands[0], packages: cli.operands.slice(1) });
  }
  return out;
}

/** The values of `-o`/`--option` settings (`APT::Install-Recommends=false`), keys lower-cased. */
export function aptSettings(cli: CliArgs): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of cli.options) {
    if ((o.name === '-o' || o.name === '--option') && o.value) {
      const eq = o.value.indexOf('=');
      if (eq > 0) out.set(o.value.slice(0, eq).toLowerCase(), o.value.slice(eq + 1).toLowerCase());
    }
  }
  return out;
}

export function isFalse(v: string | undefined): boolean {
  return v !== undefined && /^(false|0|no|off)$/i.test(v);
}

export function isTrue(v: string | undefined): boolean {
  return v !== undefined && /^(true|1|yes|on)$/i.test(v);
}
