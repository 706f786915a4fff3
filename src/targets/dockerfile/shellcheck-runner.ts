/**
 * Runs ShellCheck for a whole check run: scripts are queued, written to ONE temporary folder and
 * checked many at a time by one `shellcheck` process (it reads many files in one run), instead of one
 * process per Dockerfile (starting the process was 38% of the main thread, about 30 ms a file). Results
 * are cached by script content: the same script (same dialect and excludes) is checked once per run,
 * however many Dockerfiles hold it.
 *
 * Time budgets count a script's own work only (so two identical runs give the same output, and no
 * script's result depends on the others it was batched with): a batch that fails or runs past the
 * budget is split, and each of its scripts is checked alone, one after another, with the full budget.
 * Only a script that fails or times out on its own is reported as such.
 *
 * Scripts with the same command-line settings (dialect, excludes) share a batch, so each is checked
 * with exactly the arguments a process of its own would get.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { abandonChild } from '../child-process.js';

/** What one script is checked with; `script` is the whole text ShellCheck reads. */
export interface ShellcheckJob {
  script: string;
  dialect: string;
  excludes: string[];
}

/** One json1 comment as ShellCheck prints it (positions in the script). */
export interface Json1Comment {
  file?: string;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: string;
  code: number;
  message: string;
  fix?: {
    replacements: { line: number; endLine: number; column: number; endColumn: number; replacement: string }[];
  } | null;
}

export interface ShellcheckRunnerOptions {
  /** The program to run; default `shellcheck` from PATH. */
  binary?: string;
  /** Milliseconds one script may take on its own; default 20 s. A batch gets the same budget. */
  timeoutMs?: number;
  /** Scripts per process at most; default 64. */
  batchSize?: number;
  /** Processes at once; default the number of cores (at most 4). */
  parallel?: number;
  /** Scripts whose results are kept; default MAX_CACHED_SCRIPTS. */
  maxCached?: number;
}

export interface ShellcheckRunnerStats {
  /** `shellcheck` processes started. */
  processes: number;
  /** Distinct scripts checked (each once). */
  scripts: number;
  /** Requests answered from the cache (or joined to a check already under way). */
  cacheHits: number;
}

interface Pending {
  key: string;
  job: ShellcheckJob;
  resolve: (c: Json1Comment[]) => void;
  reject: (e: Error) => void;
}

/**
 * Scripts whose results a run keeps, least recently used dropped first: enough for the corpus (2,793
 * Dockerfiles, 9,196 shell-form RUNs), and a bound for larger trees.
 */
export const MAX_CACHED_SCRIPTS = 10_000;

export class ShellcheckRunner {
  readonly stats: ShellcheckRunnerStats = { processes: 0, scripts: 0, cacheHits: 0 };
  private readonly binary: string;
  private readonly timeoutMs: number;
  private readonly batchSize: number;
  /** Processes at once: `options.parallel`, else set on first use (see `parallel`). */
  private parallelValue: number | undefined;
  private readonly cache = new Map<string, Promise<Json1Comment[]>>();
  private readonly maxCached: number;
  /** Queued scripts, by command-line settings. */
  private readonly queues = new Map<string, Pending[]>();
  private running = 0;
  private scheduled = false;
  private dir: Promise<string> | undefined;
  private fileSeq = 0;

  constructor(options: ShellcheckRunnerOptions = {}) {
    this.binary = options.binary ?? 'shellcheck';
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.batchSize = Math.max(1, options.batchSize ?? 64);
    if (options.parallel !== undefined) this.parallelValue = Math.max(1, options.parallel);
    this.maxCached = Math.max(1, options.maxCached ?? MAX_CACHED_SCRIPTS);
  }

  /**
   * Processes run at once. Decided when the first script is queued: node:os is loaded on first use,
   * and a check that never starts ShellCheck (off, or no RUN script) need not load it.
   */
  private get parallel(): number {
    return (this.parallelValue ??= Math.min(4, os.availableParallelism()));
  }

  /** ShellCheck's comments on one script; rejects with a readable reason (or ENOENT) when it cannot run. */
  check(job: ShellcheckJob): Promise<Json1Comment[]> {
    const flags = `${job.dialect}\0${job.excludes.join(',')}`;
    const key = createHash('sha256').update(flags).update('\0').update(job.script).digest('base64');
    const known = this.cache.get(key);
    if (known) {
      this.stats.cacheHits++;
      // Least recently used first out: a hit moves the entry to the end of the Map's order.
      this.cache.delete(key);
      this.cache.set(key, known);
      return known;
    }
    const result = new Promise<Json1Comment[]>((resolve, reject) => {
      let queue = this.queues.get(flags);
      if (!queue) this.queues.set(flags, (queue = []));
      queue.push({ key, job, resolve, reject });
    });
    this.cache.set(key, result);
    // Bounded, so that memory stays flat however many files a run checks (a dropped entry that is still
    // being checked keeps its waiters; a later request for it only checks it again).
    if (this.cache.size > this.maxCached) this.cache.delete(this.cache.keys().next().value!);
    this.stats.scripts++;
    this.schedule();
    return result;
  }

  /** Removes the temporary folder; the runner may still be used after (it makes a new one). */
  async close(): Promise<void> {
    const dir = this.dir;
    this.dir = undefined;
    if (dir) await fs.rm(await dir, { recursive: true, force: true }).catch(() => undefined);
  }

  /**
   * Starts batches while process slots are free. Deferred by one turn of the event loop so that the
   * scripts queued by loads running side by side go into one batch.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.parallel) {
      const next = this.takeBatch();
      if (!next) return;
      this.running++;
      void this.runBatch(next).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  /** The fullest queue's first `batchSize` scripts. */
  private takeBatch(): Pending[] | undefined {
    let best: Pending[] | undefined;
    for (const q of this.queues.values()) if (q.length > 0 && (!best || q.length > best.length)) best = q;
    if (!best) return undefined;
    return best.splice(0, this.batchSize);
  }

  private async runBatch(batch: Pending[]): Promise<void> {
    let files: string[] = [];
    try {
      files = await this.writeScripts(batch);
      const byFile = await this.runProcess(batch[0].job, files);
      batch.forEach((p, i) => p.resolve(byFile.get(files[i]) ?? []));
    } catch (e) {
      if (batch.length === 1 || (e as NodeJS.ErrnoException).code === 'ENOENT') {
        for (const p of batch) p.reject(e as Error);
      } else {
        // One script may be the slow or failing one: each is checked alone with its own budget.
        for (let i = 0; i < batch.length; i++) {
          const p = batch[i];
          try {
            const byFile = await this.runProcess(p.job, [files[i]]);
            p.resolve(byFile.get(files[i]) ?? []);
          } catch (err) {
            p.reject(err as Error);
          }
        }
      }
    } finally {
      await Promise.all(files.map((f) => fs.rm(f, { force: true }).catch(() => undefined)));
    }
  }

  private async writeScripts(batch: Pending[]): Promise<string[]> {
    this.dir ??= fs.mkdtemp(path.join(os.tmpdir(), 'layerguard-shellcheck-'));
    const dir = await this.dir;
    return Promise.all(
      batch.map(async (p) => {
        const file = path.join(dir, `s${++this.fileSeq}.sh`);
        await fs.writeFile(file, p.job.script, { mode: 0o600 });
        return file;
      }),
    );
  }

  /** One `shellcheck` process over `files`; resolves with each file's comments. */
  private runProcess(job: ShellcheckJob, files: string[]): Promise<Map<string, Json1Comment[]>> {
    this.stats.processes++;
    const args = [
      '--norc',
      '--format=json1',
      `--shell=${job.dialect}`,
      `--exclude=${job.excludes.join(',')}`,
      '--',
      ...files,
    ];
    return new Promise((resolve, reject) => {
      const child = spawn(this.binary, args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: false,
        windowsHide: true,
        env: process.env,
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let settled = false;
      const timer = setTimeout(() => {
        if (settled) return;
        settled = true;
        // Ends at the timeout whatever a wrapper `shellcheck` left behind (abandonChild says how).
        abandonChild(child);
        const ms = this.timeoutMs;
        const limit = ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
        reject(new Error(`shellcheck did not finish within ${limit}`));
      }, this.timeoutMs);
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', (e: NodeJS.ErrnoException) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(e);
      });
      child.on('close', (code) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // 0: no comments; 1: comments; anything else: a usage or internal error.
        if (code !== 0 && code !== 1) {
          const detail = Buffer.concat(err).toString('utf8').trim().slice(0, 300);
          reject(new Error(`shellcheck exited with status ${code}: ${detail}`));
          return;
        }
        try {
          const parsed = JSON.parse(Buffer.concat(out).toString('utf8')) as { comments?: Json1Comment[] };
          const byFile = new Map<string, Json1Comment[]>();
          for (const { file = '', ...c } of parsed.comments ?? []) {
            // The temporary file's name means nothing to the caller (and the same script may be
            // cached under another): dropped.
            const list = byFile.get(file);
            if (list) list.push(c);
            else byFile.set(file, [c]);
          }
          resolve(byFile);
        } catch (e) {
          reject(new Error(`shellcheck printed output that is not JSON (${(e as Error).message})`));
        }
      });
    });
  }
}
