/**
 * zypper (openSUSE, SLES): the options that take a value and what each subcommand does,
 * as `commands.ts` reads their command lines.
 */
import type { PackageAction } from './commands.js';

/** The options of `zypper` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const ZYPPER_VALUE_OPTIONS: readonly string[] = [
  '-R',
  '-r',
  '-t',
  '--root',
  '--repo',
  '--type',
  '--from',
  '--config',
  '-c',
  '--installroot',
];

/** What each subcommand of `zypper` does. */
export const ZYPPER_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  install: ['install'],
  in: ['install'],
  'source-install': ['install'],
  si: ['install'],
  refresh: ['update-index'],
  ref: ['update-index'],
  update: ['upgrade'],
  up: ['upgrade'],
  'dist-upgrade': ['upgrade'],
  dup: ['upgrade'],
  patch: ['upgrade'],
  remove: ['remove'],
  rm: ['remove'],
  clean: ['clean'],
  download: ['download'],
};
