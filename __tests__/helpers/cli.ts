import { run } from '../../src/cli/main.js';

/** Runs the CLI in-process in `cwd`, as a non-terminal with an empty environment. */
export async function cli(cwd: string, ...argv: string[]) {
  return cliWithStdin(cwd, undefined, ...argv);
}

/** `cli`, with a standard input to read for `check -` (undefined: none). */
export async function cliWithStdin(cwd: string, stdin: string | undefined, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
    env: {},
    ...(stdin !== undefined ? { readStdin: async () => stdin } : {}),
  });
  return { code, stdout, stderr };
}
