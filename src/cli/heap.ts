/** V8 settings of the `layerguard` process: set when a run may be large (process-io.ts, src/cli.ts). */
import { setFlagsFromString } from 'node:v8';

/**
 * V8 lets the heap grow to about four times what survived the last full collection, so a run over
 * many files, whose findings grow slowly, peaked at 300 MB with 60 MB live. One and a half times keeps
 * the peak near 200 MB at four times the corpus for no measurable CPU (npm run bench: CLI rows). The
 * flag only tunes collection; one the user gives on node's command line wins (NODE_OPTIONS does not
 * accept it).
 */
export function tuneHeap(): void {
  if (!/heap[-_]growing[-_]percent/.test(process.execArgv.join(' ')))
    setFlagsFromString('--heap-growing-percent=50');
}
