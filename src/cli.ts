#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { run } from './cli/main.js';
import { MAX_FILE_BYTES } from './engine/discover.js';

// V8 lets the heap grow to about four times what survived the last full collection, so a run over
// many files, whose findings grow slowly, peaked at 300 MB with 60 MB live. One and a half times keeps
// the peak near 200 MB at four times the corpus for no measurable CPU (npm run bench: CLI rows). The
// flag only tunes collection; one the user gives node (NODE_OPTIONS or the command line) wins.
if (!/heap[-_]growing[-_]percent/.test(`${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`))
  setFlagsFromString('--heap-growing-percent=50');

const code = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
  env: process.env,
  readStdin: async () => {
    // Bounded: one byte over the text-target limit is enough to say it is too large.
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size > MAX_FILE_BYTES) break;
    }
    return Buffer.concat(chunks).toString('utf8');
  },
});
process.exitCode = code;
