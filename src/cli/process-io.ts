/**
 * The `layerguard` process as the commands see it: its arguments, streams and environment as an `Io`.
 * Shared by the source entry (`src/cli.ts`) and the bundled one (`dist/cli-core.cjs`, started by
 * `src/cli/launcher.ts`).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { fdOutput } from './fd-write.js';
import type { FdOutput } from './fd-write.js';
import { tuneHeap } from './heap.js';
import type { Io } from './io.js';
import { checkOperands, run } from './main.js';

// For the launcher: the parts of the code this run used (src/engine/code-parts.ts says why).
export { codePartsUsed } from '../engine/code-parts.js';
// The launcher makes the code cache under V8's default flags (launcher.ts, defaultFlags).
export { untuneHeap } from './heap.js';

/** The outputs processIo made: whether any went through a stream (see `outputStreamed`). */
const outputs: FdOutput[] = [];

/**
 * Whether some output of this process went through Node's streams (a terminal, Windows, a pipe that
 * refused a write), which may still hold bytes that an immediate exit would lose; the launcher ends
 * the process early only when none did.
 */
export function outputStreamed(): boolean {
  return outputs.some((output) => output.streamed);
}

export function processIo(): Io {
  // Straight to the descriptors where they take it (fd-write.ts): no stream is built for a report.
  const stdout = fdOutput(1, () => process.stdout);
  const stderr = fdOutput(2, () => process.stderr);
  outputs.push(stdout, stderr);
  return {
    cwd: process.cwd(),
    stdout: (s) => stdout.write(s),
    stderr: (s) => stderr.write(s),
    // Written synchronously, nothing waits; only what went through the stream may.
    drain: () =>
      stdout.streamed && process.stdout.writableNeedDrain
        ? new Promise((resolve) => {
            // A closed reader never drains: stop waiting then too (the write's error is Node's to report).
            const done = () => {
              process.stdout.off('drain', done).off('close', done).off('error', done);
              resolve();
            };
            process.stdout.on('drain', done).on('close', done).on('error', done);
          })
        : Promise.resolve(),
    isTTY: stdout.isTTY,
    env: process.env,
    readStdin: async () => {
      // Bounded: one byte over the text-target limit is enough to say it is too large. Imported here,
      // not at the top: discovery (and .gitignore and glob matching with it) is not loaded before
      // `check` asks for it.
      const { MAX_FILE_BYTES } = await import('../engine/discover.js');
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
        chunks.push(chunk);
        size += chunk.length;
        if (size > MAX_FILE_BYTES) break;
      }
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

/** A `check` of this many named files or fewer keeps V8's own heap growth (see `runProcess`). */
export const SMALL_RUN_FILES = 16;

/**
 * Whether the command line checks a few files it names, and nothing else: such a run keeps a heap of a
 * few MB, which V8 collects without a full collection, so the growth factor that large runs need
 * (heap.ts) has nothing to act on; and setting it loads node:v8, with Node's stream modules, a tenth
 * of the run. A folder, a glob, standard input or an image may be large.
 */
export function isSmallRun(argv: readonly string[], cwd: string): boolean {
  const operands = checkOperands(argv);
  if (!operands || operands.length > SMALL_RUN_FILES) return false;
  return operands.every((operand) => {
    try {
      return statSync(path.resolve(cwd, operand)).isFile();
    } catch {
      return false; // a glob, or not there (the check says so)
    }
  });
}

/** Runs the command line of this process; resolves to its exit status. */
export function runProcess(): Promise<number> {
  const argv = process.argv.slice(2);
  const io = processIo();
  if (!isSmallRun(argv, io.cwd)) tuneHeap();
  return run(argv, io);
}
