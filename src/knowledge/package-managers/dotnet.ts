/**
 * dotnet: the options that take a value and what each subcommand does,
 * as `commands.ts` reads their command lines.
 */
import type { PackageAction } from './commands.js';

/** The options of `dotnet` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const DOTNET_VALUE_OPTIONS: readonly string[] = [
  '-c',
  '--configuration',
  '-o',
  '--output',
  '-r',
  '--runtime',
  '-f',
  '--framework',
  '-s',
  '--source',
  '-p',
  '--property',
  '-v',
  '--verbosity',
  '-a',
  '--arch',
  '--os',
  '--packages',
  '--configfile',
  '--version-suffix',
  '--lockfile-path',
];

/** What each subcommand of `dotnet` does. */
export const DOTNET_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = { restore: ['download'] };
