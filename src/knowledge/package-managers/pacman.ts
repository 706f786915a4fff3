/**
 * pacman (Arch Linux): the options that take a value, as `commands.ts` reads their command lines (what
 * a command does is decided there: by goal, task or operation flag rather than by subcommand).
 */
/** The options of `pacman` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const PACMAN_VALUE_OPTIONS: readonly string[] = [
  '-b',
  '-r',
  '--root',
  '--dbpath',
  '--config',
  '--cachedir',
  '--ignore',
  '--ignoregroup',
  '--arch',
  '--gpgdir',
  '--hookdir',
  '--logfile',
  '--overwrite',
  '--assume-installed',
];
