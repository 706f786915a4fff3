/**
 * maven and gradle: the options that take a value, as `commands.ts` reads their command lines (what
 * a command does is decided there: by goal, task or operation flag rather than by subcommand).
 */
/** The options of `maven` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const MAVEN_VALUE_OPTIONS: readonly string[] = [
  '-f',
  '--file',
  '-s',
  '--settings',
  '-gs',
  '--global-settings',
  '-P',
  '--activate-profiles',
  '-pl',
  '--projects',
  '-T',
  '--threads',
  '-t',
  '--toolchains',
  '-l',
  '--log-file',
  '-rf',
  '--resume-from',
  '-D',
  '--define',
  '-b',
  '--builder',
];

/** The options of `gradle` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const GRADLE_VALUE_OPTIONS: readonly string[] = [
  '-p',
  '--project-dir',
  '-b',
  '--build-file',
  '-c',
  '--settings-file',
  '-x',
  '--exclude-task',
  '-g',
  '--gradle-user-home',
  '--console',
  '-D',
  '--system-prop',
  '-P',
  '--project-prop',
  '--init-script',
  '-I',
  '--max-workers',
  '--warning-mode',
  '--priority',
];
