/**
 * bundler and gem: the options that take a value and what each subcommand does,
 * as `commands.ts` reads their command lines.
 */
import type { PackageAction } from './commands.js';

/** The options of `bundler` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const BUNDLER_VALUE_OPTIONS: readonly string[] = [
  '--jobs',
  '-j',
  '--path',
  '--without',
  '--with',
  '--gemfile',
  '--retry',
  '--binstubs',
  '--standalone',
  '--target-rbconfig',
];

/** What each subcommand of `bundler` does. */
export const BUNDLER_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  install: ['install'],
  update: ['upgrade'],
  clean: ['clean'],
};

/** The options of `gem` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const GEM_VALUE_OPTIONS: readonly string[] = [
  '-v',
  '--version',
  '-i',
  '--install-dir',
  '-n',
  '--bindir',
  '--source',
  '-s',
  '--platform',
  '--document',
];

/** What each subcommand of `gem` does. */
export const GEM_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  install: ['install'],
  update: ['upgrade'],
  uninstall: ['remove'],
  cleanup: ['clean'],
};
