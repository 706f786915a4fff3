#!/usr/bin/env node
import { run } from './cli/main.js';
import { MAX_FILE_BYTES } from './engine/discover.js';

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
