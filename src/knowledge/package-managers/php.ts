/**
 * composer: the options that take a value and what each subcommand does,
 * as `commands.ts` reads their command lines.
 */
import type { PackageAction } from './commands.js';

/** The options of `composer` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const COMPOSER_VALUE_OPTIONS: readonly string[] = ['-d', '--working-dir'];

/** What each subcommand of `composer` does. */
export const COMPOSER_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  install: ['install'],
  require: ['install'],
  update: ['upgrade'],
  remove: ['remove'],
  'clear-cache': ['clean'],
  clearcache: ['clean'],
};
