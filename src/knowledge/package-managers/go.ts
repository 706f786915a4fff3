/**
 * go: the options that take a value, as `commands.ts` reads their command lines (what
 * a command does is decided there: by goal, task or operation flag rather than by subcommand).
 */
/** The options of `go` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const GO_VALUE_OPTIONS: readonly string[] = [
  '-C',
  '-o',
  '-ldflags',
  '-gcflags',
  '-asmflags',
  '-tags',
  '-mod',
  '-p',
  '-buildmode',
  '-pkgdir',
  '-modfile',
  '-overlay',
  '-exec',
  '-run',
  '-bench',
  '-timeout',
  '-count',
  '-coverprofile',
];
