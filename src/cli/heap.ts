/** V8 settings of the `layerguard` process: set when a run may be large (process-io.ts, src/cli.ts). */
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * The semi-space size (half the young generation) past which a large run's young generation stops
 * growing. V8 doubles it up to 16 MB when much survives a scavenge, as a run's models do, and then
 * keeps it. Over four copies of the corpus, V8's own 16 MB peaked at 192-267 MB; 8 MB at 157-248 MB
 * (median 174) for the same CPU; 4 MB at 144-180 MB (median 152) for about a tenth more CPU. The
 * peaks past 200 MB come from V8's full collections now and then finding 60-110 MB still marked
 * live, which a smaller young generation promotes less of (docs/architecture.md, "Memory of large
 * runs"): 4 MB is the one that kept the 200 MB target in every run.
 */
export const SEMI_SPACE_CAP_MB = 4;

/**
 * V8 lets the heap grow to about four times what survived the last full collection, so a run over
 * many files, whose findings grow slowly, peaked at 300 MB with 60 MB live. One and a half times keeps
 * the peak near 200 MB at four times the corpus for no measurable CPU (npm run bench: CLI rows). The
 * flag only tunes collection; one the user gives on node's command line wins (NODE_OPTIONS does not
 * accept it). Then the young generation is capped (capYoungGeneration), unless the user sized it.
 */
export function tuneHeap(): void {
  const given = userFlags();
  if (!HEAP_GROWING.test(given)) setFlagsFromString('--heap-growing-percent=50');
  if (!SEMI_SPACE.test(given)) capYoungGeneration();
}

/**
 * Puts back V8's defaults of what tuneHeap may have set, and stops adjusting the young generation:
 * V8 accepts cached code only under the flags it was made with, and the launcher makes the code cache
 * at the end of a run (launcher.ts, defaultFlags). A flag the user gave stays.
 */
export function untuneHeap(): void {
  youngGenerationObserver?.disconnect();
  youngGenerationObserver = undefined;
  const given = userFlags();
  if (!HEAP_GROWING.test(given)) setFlagsFromString('--heap-growing-percent=0');
  if (!SEMI_SPACE.test(given)) setFlagsFromString('--semi-space-growth-factor=2');
}

/** The heap flags the user may give, on node's command line or in NODE_OPTIONS: theirs win. */
const HEAP_GROWING = /heap[-_]growing[-_]percent/;
const SEMI_SPACE = /semi[-_]space/;
const userFlags = () => `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;

let youngGenerationObserver: PerformanceObserver | undefined;

/**
 * Keeps the young generation at SEMI_SPACE_CAP_MB per semi-space. V8 reads `--max-semi-space-size`
 * only when the process starts, but reads `--semi-space-growth-factor` each time it grows the space:
 * after each collection the factor is set to 1 (no growth) while the space is at the cap, and to V8's 2
 * while it is below (V8 shrinks it when little is allocated, and a space stuck small would cost a
 * scavenge every megabyte). At the cap it is set again after every collection: V8 puts the factor
 * back to 2 when it sets up an isolate, which each worker thread (workers.ts) is. Node tells of a
 * collection a turn of the event loop after it, so a run that allocates much in one turn may grow the
 * space once past the cap first. The observer holds no handle, so it keeps no process alive;
 * untuneHeap disconnects it.
 */
function capYoungGeneration(): void {
  // getHeapSpaceStatistics reports the new space as both semi-spaces.
  const capBytes = 2 * SEMI_SPACE_CAP_MB * 1024 * 1024;
  let growing = true;
  const adjust = () => {
    let size = 0;
    for (const space of getHeapSpaceStatistics())
      if (space.space_name === 'new_space') size = space.space_size;
    const grow = size < capBytes;
    if (grow && growing) return;
    growing = grow;
    setFlagsFromString(`--semi-space-growth-factor=${grow ? 2 : 1}`);
  };
  // Now, for a space that grew before (loading the bundle), then after each collection.
  adjust();
  youngGenerationObserver = new PerformanceObserver(adjust);
  youngGenerationObserver.observe({ entryTypes: ['gc'] });
}
