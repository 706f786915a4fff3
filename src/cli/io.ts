/** What a CLI command may touch: its working directory, its output streams and its environment. Tests
 * pass their own, so that commands run in-process. */
export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Reads all of standard input (for `check -`); absent where there is none. */
  readStdin?: () => Promise<string>;
}
