/**
 * Stopping a child process that has run too long, for the tools layerguard runs (ShellCheck, the
 * docker CLI).
 */
import type { ChildProcess } from 'node:child_process';

/**
 * Kills the process and lets the run go on without it. A tool that is a wrapper (a version manager's
 * shim, a script) may have started a process of its own, which the kill does not reach and which
 * holds the output pipes open: Node would keep waiting on them, and the run would end only when that
 * process does. So the pipes are closed too, and the child no longer keeps the process alive.
 */
export function abandonChild(child: ChildProcess): void {
  child.kill('SIGKILL');
  child.stdout?.destroy();
  child.stderr?.destroy();
  child.unref();
}
