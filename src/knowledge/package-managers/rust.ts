/**
 * cargo: the options that take a value and what each subcommand does,
 * as `commands.ts` reads their command lines.
 */
import type { PackageAction } from './commands.js';

/** The options of `cargo` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const CARGO_VALUE_OPTIONS: readonly string[] = [
  '--manifest-path',
  '-p',
  '--package',
  '--target',
  '-F',
  '--features',
  '-j',
  '--jobs',
  '--profile',
  '--bin',
  '--example',
  '--target-dir',
  '--root',
  '--version',
  '--vers',
  '-Z',
  '--config',
  '--color',
  '--git',
  '--branch',
  '--tag',
  '--rev',
  '--path',
  '--registry',
  '--index',
];

/** What each subcommand of `cargo` does. */
export const CARGO_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  fetch: ['download'],
  vendor: ['download'],
  install: ['install'],
  update: ['upgrade'],
};
