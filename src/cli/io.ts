/** What a CLI command may touch: its working directory, its output streams and its environment. Tests
 * pass their own, so that commands run in-process. */
export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /**
   * Resolves once what `stdout` was given has been handed to the system. A pipe takes writes
   * asynchronously: without waiting, a JSON report of 100,000 findings queued whole in memory while a
   * slow reader caught up (297 MB peak against 185 MB into a file). Absent: nothing to wait for.
   */
  drain?: () => Promise<void>;
  /** Reads all of standard input (for `check -`); absent where there is none. */
  readStdin?: () => Promise<string>;
}
