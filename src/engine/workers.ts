/**
 * The rules on both cores: with many files, `check` hands files to worker threads
 * (`check-worker.ts`, bundled as dist/check-worker.js), each of which reads, parses and checks a file
 * and sends back only what the policy stage needs (`CheckedTarget`), then drops the model. The main
 * thread applies the policy in the order results arrive; the result does not depend on that order
 * (findings are sorted, summaries placed by discovery order), so it is the same as on one thread.
 * ShellCheck stays on the main thread: workers ask it, so scripts from every worker share one cache
 * and fill the same batches.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import os from 'node:os';
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ResolvedPolicy } from '../policy/types.js';
import type { ShellcheckMode } from '../targets/dockerfile/shellcheck.js';
import type { ShellcheckRunner } from '../targets/dockerfile/shellcheck-runner.js';
import type { DiscoveredFile } from './discover.js';
import type { CheckedTarget } from './check.js';
import { FILE_TARGETS } from '../targets/index.js';

/** Below this many files a run stays on one thread: starting a worker costs about a tenth of a second of CPU. */
export const WORKER_MIN_FILES = 200;
/**
 * A worker's heap: it holds a window of files, so a small heap suffices, and V8 then collects early
 * instead of growing the process (uncapped, two workers added about 50 MB of RSS at the corpus). A
 * file too big for it fails its worker, and that worker's files are checked on the main thread.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };
/** Files a worker holds at once (being read, waiting on ShellCheck or checked). */
const PER_WORKER_WINDOW = 32;

/**
 * Cores needed before workers are the default. One thread already keeps about 1.6 cores busy (V8's
 * concurrent garbage collector and compiler threads, libuv's file reads): on the 2-core machine the
 * corpus took 11.7 s wall / 18.7 s CPU on one thread and 13.5 s / 25.1 s on two workers
 * (`npm run bench`), so there workers only saved memory (224 -> 169 MB) at a cost in time.
 */
export const WORKER_MIN_CORES = 4;
/**
 * Cores per default worker, for the same reason: a worker keeps about two busy, so one per core would
 * ask for twice the machine, and each costs about 40 MB (its heap, capped by WORKER_LIMITS, and its
 * own copy of the compiled rules). Four copies of the corpus peaked at 180-198 MB on two workers and
 * 286 MB on four (`--jobs`, measured on the 2-core machine: CPU 43 s and 60 s for the same files).
 */
export const CORES_PER_WORKER = 2;

/**
 * The number of threads to check on: `jobs` when given, else, for many files on a machine with at least
 * WORKER_MIN_CORES cores, one per CORES_PER_WORKER cores (at most 4). `cores` is asked only when there
 * are files enough: node:os is loaded on first use (a module fewer for a one-file check).
 */
export function workerCount(
  jobs: number | undefined,
  files: number,
  cores: () => number = () => os.availableParallelism(),
): number {
  if (jobs !== undefined) return Math.max(1, Math.floor(jobs));
  if (files < WORKER_MIN_FILES) return 1;
  const n = cores();
  return n >= WORKER_MIN_CORES ? Math.min(Math.floor(n / CORES_PER_WORKER), 4) : 1;
}

export interface WorkerInit {
  policy: ResolvedPolicy;
  cwd: string;
  shellcheck: ShellcheckMode;
  now: number;
  /** Whether the run keeps the texts of files with findings (`CheckOptions.keepSources`). */
  keepSources: boolean;
}

/** A job as a worker receives it. */
export interface FileJob {
  type: 'file';
  index: number;
  relPath: string;
  absPath: string;
  kind: DiscoveredFile['kind'];
  handler: number;
}

export type WorkerReply =
  /** `data`: the CheckedTarget, v8.serialize'd (see check-worker.ts). */
  | { type: 'checked'; index: number; data: Uint8Array }
  | { type: 'shellcheck'; id: number; job: Parameters<ShellcheckRunner['check']>[0] };

/**
 * How to start a worker: the bundled entry beside this chunk (dist/check-worker.js), else, when run
 * from the sources (tests, tsx), the TypeScript entry through tsx's loader; undefined when neither is
 * there (a bundle without its worker file): the run stays on one thread.
 */
export function workerEntry(): { code: string | URL; eval: boolean } | undefined {
  const bundled = new URL('./check-worker.js', import.meta.url);
  if (existsSync(bundled)) return { code: bundled, eval: false };
  const source = new URL('./check-worker.ts', import.meta.url);
  if (!existsSync(source)) return undefined;
  let api: string;
  try {
    // The ES module build of tsx's API (its CommonJS build cannot register the loader in a worker).
    api = pathToFileURL(
      createRequire(import.meta.url)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs'),
    ).href;
  } catch {
    return undefined;
  }
  // Node 20 does not apply `--import tsx` to a worker's entry module: the worker imports tsx first.
  const code = `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(source.href)}, ${JSON.stringify(source.href)}))`;
  return { code, eval: true };
}

/**
 * Checks `files` on `jobs` worker threads; `onChecked` gets each file's result with its discovery
 * index. A file whose worker fails is given to `fallback` (checked on this thread): no result is lost.
 */
export async function checkOnWorkers(
  files: readonly DiscoveredFile[],
  jobs: number,
  init: WorkerInit,
  runner: ShellcheckRunner,
  onChecked: (checked: CheckedTarget, index: number) => void,
  fallback: (file: DiscoveredFile, index: number) => Promise<void>,
): Promise<void> {
  const entry = workerEntry();
  let next = 0;
  const orphans: number[] = [];
  if (!entry) jobs = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, files.length) }, () => {
      return new Promise<void>((resolve) => {
        const inFlight = new Set<number>();
        let done = false;
        const worker = new Worker(entry!.code, {
          workerData: init,
          eval: entry!.eval,
          resourceLimits: WORKER_LIMITS,
        });
        const finish = () => {
          if (done) return;
          done = true;
          void worker.terminate();
          resolve();
        };
        const feed = () => {
          while (inFlight.size < PER_WORKER_WINDOW && next < files.length) {
            const index = next++;
            const f = files[index];
            inFlight.add(index);
            const job: FileJob = {
              type: 'file',
              index,
              relPath: f.relPath,
              absPath: f.absPath,
              kind: f.kind,
              handler: FILE_TARGETS.indexOf(f.handler),
            };
            worker.postMessage(job);
          }
          if (inFlight.size === 0) finish();
        };
        worker.on('message', (msg: WorkerReply) => {
          if (msg.type === 'checked') {
            inFlight.delete(msg.index);
            onChecked(deserialize(msg.data) as CheckedTarget, msg.index);
            feed();
            return;
          }
          runner.check(msg.job).then(
            (comments) => worker.postMessage({ type: 'shellcheck', id: msg.id, comments }),
            (e: Error & { code?: string }) =>
              worker.postMessage({
                type: 'shellcheck',
                id: msg.id,
                error: { message: e.message, code: e.code },
              }),
          );
        });
        // A worker that fails (out of memory, a bug) hands its files back: they are checked here.
        worker.on('error', () => {
          orphans.push(...inFlight);
          inFlight.clear();
          finish();
        });
        worker.on('exit', () => {
          orphans.push(...inFlight);
          inFlight.clear();
          finish();
        });
        feed();
      });
    }),
  );
  // Files never handed out (every worker failed) and those of failed workers.
  while (next < files.length) orphans.push(next++);
  for (const index of orphans.sort((a, b) => a - b)) await fallback(files[index], index);
}
