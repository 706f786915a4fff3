/**
 * The `layerguard` process as the commands see it: its arguments, streams and environment as an `Io`.
 * Shared by the source entry (`src/cli.ts`) and the bundled one (`dist/cli-core.cjs`, started by
 * `src/cli/launcher.ts`).
 */
import type { Io } from './io.js';
import { run } from './main.js';

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    drain: () =>
      process.stdout.writableNeedDrain
        ? new Promise((resolve) => {
            // A closed reader never drains: stop waiting then too (the write's error is Node's to report).
            const done = () => {
              process.stdout.off('drain', done).off('close', done).off('error', done);
              resolve();
            };
            process.stdout.on('drain', done).on('close', done).on('error', done);
          })
        : Promise.resolve(),
    isTTY: !!process.stdout.isTTY,
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

/** Runs the command line of this process; resolves to its exit status. */
export function runProcess(): Promise<number> {
  return run(process.argv.slice(2), processIo());
}
