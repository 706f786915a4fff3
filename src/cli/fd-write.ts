/**
 * Output of the `layerguard` process written straight to its file descriptors.
 *
 * Why: `process.stdout` and `process.stderr` are streams built on first use, and building one loads
 * Node's stream modules (and `net` for a pipe): about a tenth of a one-file `check` at startup, for a
 * report of a few lines. When the descriptor is a pipe, a file, a socket or /dev/null, `fs.writeSync`
 * hands the bytes to the system at once, in order, and waits when a slow reader's pipe is full
 * instead of queueing the report in memory. A terminal (and anything else, and Windows, whose console wants its
 * own encoding) goes through Node's stream as before, and so does everything after a write that the
 * descriptor refuses (a non-blocking pipe that is full, a reader that is gone): the stream then
 * waits, retries or reports the error as Node does for any process.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';

export interface FdOutput {
  /** Writes `s` (UTF-8). */
  write(s: string): void;
  /** Whether writes have gone through the stream, which may still hold some (see `drain`). */
  readonly streamed: boolean;
  /** Whether the descriptor is a terminal. */
  readonly isTTY: boolean;
}

/**
 * Whether `fd` is a pipe, a regular file, a socket or /dev/null (a run that only wants the exit status),
 * which is no terminal (false when it cannot be examined).
 */
function takesSyncWrites(fd: number): boolean {
  if (process.platform === 'win32') return false;
  try {
    const stat = fstatSync(fd);
    if (stat.isFIFO() || stat.isFile() || stat.isSocket()) return true;
    return stat.isCharacterDevice() && stat.rdev === statSync('/dev/null').rdev;
  } catch {
    return false; // closed or unknown: the stream says what is wrong, as before
  }
}

/** The output on `fd` (1 or 2, or a test's); `stream` (`process.stdout` or `process.stderr`) is read only if needed. */
export function fdOutput(fd: number, stream: () => NodeJS.WriteStream): FdOutput {
  let direct: boolean | undefined; // decided on first use
  let streamed = false;
  const isDirect = () => (direct ??= takesSyncWrites(fd));
  return {
    write(s) {
      if (!streamed && isDirect()) {
        const bytes = Buffer.from(s, 'utf8');
        let done = 0;
        try {
          while (done < bytes.length) done += writeSync(fd, bytes, done);
          return;
        } catch {
          // EAGAIN, EPIPE…: the rest, and all later writes, through the stream, which handles them
          streamed = true;
          stream().write(bytes.subarray(done));
          return;
        }
      }
      streamed = true;
      stream().write(s);
    },
    get streamed() {
      return streamed;
    },
    get isTTY() {
      // A pipe, file or socket is no terminal; anything else is asked of the stream, as before.
      return isDirect() ? false : !!stream().isTTY;
    },
  };
}
