/**
 * A content-addressed cache of remote policies: one file per content, named by the sha256 of its
 * bytes (`<dir>/policies/<64 hex>`). Nothing else names a file in it, so no key can reach outside the
 * folder, and a copy is used only when its bytes still hash to its name (a truncated or altered file is
 * a miss). It is what lets a locked policy be read when GitHub cannot be reached: the lock says which
 * digest to look for (lock.ts).
 *
 * Writes are atomic (a temporary file in the same folder, then a rename), so that two runs sharing the
 * folder never read half a file; the folder keeps at most `maxEntries` files, the least recently used
 * going first. The cache is an optimisation: a folder that cannot be written is not an error.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const HEX_DIGEST = /^[0-9a-f]{64}$/;
const DEFAULT_MAX_ENTRIES = 500;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Where the cache lives when nothing names it: `LAYERGUARD_CACHE_DIR`; on a GitHub runner its tool
 * cache (`RUNNER_TOOL_CACHE/layerguard`); else `XDG_CACHE_HOME/layerguard` or `~/.cache/layerguard`.
 * Only the given environment is read, so an environment without any of these has no cache.
 */
export function defaultCacheDir(env: Record<string, string | undefined>): string | undefined {
  if (env.LAYERGUARD_CACHE_DIR) return path.resolve(env.LAYERGUARD_CACHE_DIR);
  if (env.RUNNER_TOOL_CACHE) return path.join(env.RUNNER_TOOL_CACHE, 'layerguard');
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME))
    return path.join(env.XDG_CACHE_HOME, 'layerguard');
  if (env.HOME) return path.join(env.HOME, '.cache', 'layerguard');
  return undefined;
}

export class PolicyCache {
  /** Where the files are: `<dir>/policies`. */
  readonly folder: string;
  /** Counts, for tests and `--explain`-style notes. */
  readonly stats = { hits: 0, misses: 0, writes: 0, evicted: 0 };

  constructor(
    /** The cache's root, as configured (`--policy-cache`, `LAYERGUARD_CACHE_DIR`…). */
    readonly dir: string,
    private readonly maxBytes = 1024 * 1024,
    private readonly maxEntries = DEFAULT_MAX_ENTRIES,
  ) {
    this.folder = path.join(path.resolve(dir), 'policies');
  }

  private fileOf(digest: string): string {
    if (!HEX_DIGEST.test(digest)) throw new Error(`not a sha256 hex digest: ${digest.slice(0, 80)}`);
    return path.join(this.folder, digest);
  }

  /** The bytes whose sha256 is `digest`, or undefined when there is no intact copy. */
  async get(digest: string): Promise<Buffer | undefined> {
    const file = this.fileOf(digest);
    try {
      // lstat: a link planted in the folder is not followed.
      const st = await fs.lstat(file);
      if (!st.isFile() || st.size > this.maxBytes) throw new Error('not a cache entry');
      const bytes = await fs.readFile(file);
      if (sha256Hex(bytes) !== digest) throw new Error('damaged');
      this.stats.hits++;
      const now = new Date();
      await fs.utimes(file, now, now).catch(() => undefined); // least recently used goes first
      return bytes;
    } catch {
      this.stats.misses++;
      return undefined;
    }
  }

  /** Keeps `bytes` under their digest; never throws (a read-only cache only costs speed). */
  async put(bytes: Uint8Array): Promise<void> {
    if (bytes.byteLength > this.maxBytes) return;
    const digest = sha256Hex(bytes);
    const file = this.fileOf(digest);
    const tmp = path.join(this.folder, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
    try {
      const st = await fs.lstat(file).catch(() => undefined);
      if (st?.isFile() && st.size === bytes.byteLength) return;
      await fs.mkdir(this.folder, { recursive: true, mode: 0o755 });
      await fs.writeFile(tmp, bytes, { flag: 'wx', mode: 0o644 });
      await fs.rename(tmp, file);
      this.stats.writes++;
      await this.prune();
    } catch {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
    }
  }

  /** Removes the least recently used entries above `maxEntries` (and stale temporary files). */
  private async prune(): Promise<void> {
    const names = await fs.readdir(this.folder);
    const entries: { file: string; mtimeMs: number }[] = [];
    const hourAgo = Date.now() - 3600_000;
    for (const name of names) {
      const file = path.join(this.folder, name);
      const st = await fs.lstat(file).catch(() => undefined);
      if (!st) continue;
      if (name.startsWith('.tmp-')) {
        if (st.mtimeMs < hourAgo) await fs.rm(file, { force: true }).catch(() => undefined);
      } else if (HEX_DIGEST.test(name)) entries.push({ file, mtimeMs: st.mtimeMs });
    }
    if (entries.length <= this.maxEntries) return;
    entries.sort((a, b) => a.mtimeMs - b.mtimeMs);
    for (const e of entries.slice(0, entries.length - this.maxEntries)) {
      await fs.rm(e.file, { force: true }).catch(() => undefined);
      this.stats.evicted++;
    }
  }
}
