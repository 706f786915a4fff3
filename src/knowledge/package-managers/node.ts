/**
 * npm, yarn, pnpm and bun: the options that take a value and what each subcommand does,
 * as `commands.ts` reads their command lines.
 */
import type { PackageAction } from './commands.js';

/** The options of `npm` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const NPM_VALUE_OPTIONS: readonly string[] = [
  '--prefix',
  '-w',
  '--workspace',
  '--registry',
  '--loglevel',
  '--cache',
  '--omit',
  '--include',
  '--only',
  '--userconfig',
  '--tag',
  '--install-strategy',
];

/** What each subcommand of `npm` does. */
export const NPM_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  install: ['install'],
  i: ['install'],
  in: ['install'],
  ins: ['install'],
  isntall: ['install'],
  add: ['install'],
  ci: ['install'],
  'clean-install': ['install'],
  'install-clean': ['install'],
  ic: ['install'],
  'install-ci-test': ['install'],
  cit: ['install'],
  update: ['upgrade'],
  up: ['upgrade'],
  upgrade: ['upgrade'],
  uninstall: ['remove'],
  remove: ['remove'],
  rm: ['remove'],
  un: ['remove'],
};

/** The options of `yarn` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const YARN_VALUE_OPTIONS: readonly string[] = [
  '--cwd',
  '--modules-folder',
  '--network-timeout',
  '--mutex',
  '--cache-folder',
  '--registry',
  '--network-concurrency',
];

/** What each subcommand of `yarn` does. */
export const YARN_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  install: ['install'],
  add: ['install'],
  upgrade: ['upgrade'],
  up: ['upgrade'],
  remove: ['remove'],
};

/** The options of `pnpm` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const PNPM_VALUE_OPTIONS: readonly string[] = [
  '-C',
  '--dir',
  '-F',
  '--filter',
  '--store-dir',
  '--reporter',
  '--registry',
  '--network-concurrency',
];

/** What each subcommand of `pnpm` does. */
export const PNPM_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  install: ['install'],
  i: ['install'],
  add: ['install'],
  fetch: ['download'],
  update: ['upgrade'],
  up: ['upgrade'],
  remove: ['remove'],
  rm: ['remove'],
};

/** The options of `bun` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const BUN_VALUE_OPTIONS: readonly string[] = [
  '--cwd',
  '--registry',
  '--cache-dir',
  '-c',
  '--config',
  '--backend',
];

/** What each subcommand of `bun` does. */
export const BUN_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  install: ['install'],
  i: ['install'],
  add: ['install'],
  update: ['upgrade'],
  remove: ['remove'],
  rm: ['remove'],
};
