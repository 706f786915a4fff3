/**
 * The policy lock (`layerguard.lock.json`, beside the policy that names the remote `extends`) and how
 * remote policies are read with it.
 *
 * `layerguard lock` records, for every remote policy the policy reaches (a remote policy's own remote
 * extends too), the commit a `github:` ref's tag or branch named (asked of the GitHub API) and the
 * sha256 of the content. From then on every command that loads the policy reads exactly those
 * versions: `github:` refs at the locked commit, each content checked against its digest. A remote
 * policy the lock does not name is an error (fail closed): a lock that exists is the reviewed list.
 *
 * Fetched contents go to the content-addressed cache (cache.ts). A locked version found there, intact,
 * is read without asking the network: its content is fixed by the digest, so asking again could only
 * fail. Without a lock nothing is read from the cache, and a fetch that fails is an error.
 */
import path from 'node:path';
import { PolicyCache, sha256Hex } from './cache.js';
import { checkIntegrity, decodeText, RemoteError } from './remote.js';
import type { PolicyRef, RemoteFetcher } from './remote.js';

export const LOCK_FILE_NAME = 'layerguard.lock.json';
export const LOCKFILE_VERSION = 1;
/** A lock names a few policies; anything larger is not one. */
export const MAX_LOCK_BYTES = 256 * 1024;
const HEX_DIGEST = /^[0-9a-f]{64}$/;
const COMMIT = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
const HEADER =
  'Written by `layerguard lock`: the remote policies this policy extends, at the commit and content reviewed. Commit it; move it forward with `layerguard lock --update`.';

export interface LockEntry {
  /** `github:` refs: the commit the ref named when locked. */
  commit?: string;
  /** The sha256 of the content, in hex. */
  sha256: string;
}

export interface LockFile {
  /** Absolute path. */
  path: string;
  /** As shown in messages (relative to the working directory). */
  display: string;
  /** Undefined when there is no lock file yet. */
  entries?: Map<string, LockEntry>;
}

/** What `layerguard lock` asks of the loader. */
export interface LockRequest {
  /** Move every entry to what its ref names now (`--update`); else keep the entries there are. */
  update: boolean;
}

export type LockChange = 'added' | 'updated' | 'kept';

/** What a load recorded for `layerguard lock`. */
export interface LockOutcome {
  file: LockFile;
  entries: Map<string, LockEntry & { change: LockChange; previous?: LockEntry }>;
  /** Entries of the old lock that no policy reaches any more. */
  removed: string[];
}

/**
 * The name of a remote policy in the lock: a `github:` ref as written but for the owner and repository
 * in lower case (GitHub ignores their case; `${{ github.repository_owner }}` may differ from what a
 * policy wrote), a URL without its `#pin`.
 */
export function lockKey(ref: PolicyRef): string {
  if (ref.type === 'github')
    return `github:${ref.owner.toLowerCase()}/${ref.repo.toLowerCase()}/${ref.path}${ref.ref !== undefined ? `@${ref.ref}` : ''}`;
  return ref.type === 'url' ? ref.url : ref.display;
}

/** Where the lock of the policy `entry` lives: beside a local policy, else in the working directory. */
export function lockPathFor(entry: PolicyRef, cwd: string): string | undefined {
  if (entry.type === 'file') return path.join(path.dirname(entry.absPath), LOCK_FILE_NAME);
  if (entry.type === 'github' || entry.type === 'url') return path.join(cwd, LOCK_FILE_NAME);
  return undefined;
}

/** Parses a lock file's text; a string is what is wrong with it. */
export function parseLockFile(text: string): Map<string, LockEntry> | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The parser's message quotes the text: not repeated, the file may be anything.
    return 'it is not valid JSON';
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'it is not a JSON object';
  const d = data as Record<string, unknown>;
  if (d.lockfileVersion !== LOCKFILE_VERSION) {
    return `lockfileVersion is ${JSON.stringify(d.lockfileVersion)}; this layerguard reads version ${LOCKFILE_VERSION}`;
  }
  const policies = d.policies;
  if (typeof policies !== 'object' || policies === null || Array.isArray(policies))
    return '"policies" must be an object of locked policies';
  const out = new Map<string, LockEntry>();
  for (const [key, value] of Object.entries(policies)) {
    const e = value as Record<string, unknown>;
    if (typeof e !== 'object' || e === null || typeof e.sha256 !== 'string' || !HEX_DIGEST.test(e.sha256))
      return `policies["${key}"] needs "sha256": the 64-hex-digit digest of its content`;
    const isGithub = key.startsWith('github:');
    if (isGithub && (typeof e.commit !== 'string' || !COMMIT.test(e.commit)))
      return `policies["${key}"] needs "commit": the 40-hex-digit commit it is locked at`;
    if (!isGithub && e.commit !== undefined) return `policies["${key}"]: only github: policies have a commit`;
    out.set(key, isGithub ? { commit: e.commit as string, sha256: e.sha256 } : { sha256: e.sha256 });
  }
  return out;
}

/** The lock file's text: sorted keys, one entry per policy, a trailing newline (stable diffs). */
export function formatLockFile(entries: ReadonlyMap<string, LockEntry>): string {
  const policies: Record<string, LockEntry> = {};
  for (const key of [...entries.keys()].sort()) {
    const e = entries.get(key)!;
    policies[key] = e.commit ? { commit: e.commit, sha256: e.sha256 } : { sha256: e.sha256 };
  }
  return `${JSON.stringify({ '//': HEADER, lockfileVersion: LOCKFILE_VERSION, policies }, null, 2)}\n`;
}

/**
 * How the loader reads remote policies: through the lock when there is one, recording one for
 * `layerguard lock`, with the content cache. Each policy is read once per load.
 */
export class RemotePolicies {
  private readonly reads = new Map<string, Promise<string>>();
  /** `owner/repo@ref` -> the commit used for it in this load, so that the files of one repository
   * and ref are all read at one commit (a new relative extends of a kept entry included). */
  private readonly commits = new Map<string, string>();
  readonly outcome?: LockOutcome;

  constructor(
    private readonly fetcher: RemoteFetcher,
    private readonly cache: PolicyCache | undefined,
    private readonly lock: LockFile | undefined,
    private readonly request?: LockRequest,
  ) {
    if (request && lock) this.outcome = { file: lock, entries: new Map(), removed: [] };
  }

  /** The entry that pins `ref` in this load (an existing lock's, unless `--update` re-resolves). */
  private entryOf(ref: PolicyRef): LockEntry | undefined {
    if (this.request?.update) return undefined;
    return this.lock?.entries?.get(lockKey(ref));
  }

  /** Whether the lock pins `ref` (then `policy/unpinned-extends` has nothing to say). */
  isLocked(ref: PolicyRef): boolean {
    return this.lock?.entries?.has(lockKey(ref)) === true || this.request !== undefined;
  }

  read(ref: PolicyRef): Promise<string> {
    const key = lockKey(ref);
    let p = this.reads.get(key);
    if (!p) {
      p = this.load(ref, key);
      this.reads.set(key, p);
    }
    return p;
  }

  /** After a recording load: the entries of the old lock nothing reached. */
  finish(): LockOutcome | undefined {
    const o = this.outcome;
    if (!o) return undefined;
    o.removed = [...(this.lock?.entries?.keys() ?? [])].filter((k) => !o.entries.has(k)).sort();
    return o;
  }

  private repoKey(ref: PolicyRef & { type: 'github' }): string {
    return `${ref.owner}/${ref.repo}@${ref.ref ?? ''}`.toLowerCase();
  }

  private async load(ref: PolicyRef, key: string): Promise<string> {
    const entry = this.entryOf(ref);
    if (entry) {
      const bytes = await this.readLocked(ref, entry);
      this.record(key, entry, ref);
      return decodeText(bytes);
    }
    if (this.lock?.entries && !this.request) {
      throw new RemoteError(
        `it is not in ${this.lock.display}, and a policy with a lock reads only the versions locked there; run layerguard lock to add it, review and commit ${this.lock.display}`,
      );
    }
    let fetchRef = ref;
    let commit: string | undefined;
    if (this.request && ref.type === 'github') {
      commit = this.commits.get(this.repoKey(ref)) ?? (await this.fetcher.resolveCommit(ref));
      fetchRef = { ...ref, ref: commit };
    }
    let bytes: Buffer;
    try {
      bytes = await this.fetcher.getBytes(fetchRef);
    } catch (e) {
      if (e instanceof RemoteError && e.outage && !this.request) {
        throw new RemoteError(
          `${e.message}; without a lock nothing may stand in for it: run layerguard lock and commit ${LOCK_FILE_NAME}, and a cached copy of the locked version is read when the network fails`,
          true,
        );
      }
      throw e;
    }
    await this.cache?.put(bytes);
    if (this.request) this.record(key, { ...(commit ? { commit } : {}), sha256: sha256Hex(bytes) }, ref);
    return decodeText(bytes);
  }

  /** A locked version: from the cache when an intact copy is there, else fetched and checked. */
  private async readLocked(ref: PolicyRef, entry: LockEntry): Promise<Buffer> {
    const lockName = this.lock!.display;
    const cached = await this.cache?.get(entry.sha256);
    if (cached) {
      checkIntegrity(ref, cached);
      return cached;
    }
    let bytes: Buffer;
    try {
      bytes = await this.fetcher.getBytes(
        ref.type === 'github' && entry.commit ? { ...ref, ref: entry.commit } : ref,
      );
    } catch (e) {
      if (!(e instanceof RemoteError)) throw e;
      const where = this.cache
        ? `the policy cache ${this.cache.dir} has no copy of it`
        : 'no policy cache is set (--policy-cache DIR or LAYERGUARD_CACHE_DIR)';
      const at = entry.commit ? `commit ${entry.commit}` : `sha256 ${entry.sha256}`;
      throw new RemoteError(
        e.outage
          ? `${e.message}, and ${where} (locked at ${at} in ${lockName}); restore the cache (see the actions/cache step in docs/action.md) or run again when the server answers`
          : `${e.message} (locked at ${at} in ${lockName}); if the locked version is gone, run layerguard lock --update`,
        e.outage,
      );
    }
    const actual = sha256Hex(bytes);
    if (actual !== entry.sha256) {
      throw new RemoteError(
        `the content does not match ${lockName}: expected sha256 ${entry.sha256}, got sha256 ${actual}; it changed since it was locked — review the change, then run layerguard lock --update`,
      );
    }
    await this.cache?.put(bytes);
    return bytes;
  }

  private record(key: string, entry: LockEntry, ref: PolicyRef): void {
    if (ref.type === 'github' && entry.commit) this.commits.set(this.repoKey(ref), entry.commit);
    const o = this.outcome;
    if (!o) return;
    const previous = this.lock?.entries?.get(key);
    const same = previous && previous.sha256 === entry.sha256 && previous.commit === entry.commit;
    o.entries.set(key, {
      ...entry,
      change: previous ? (same ? 'kept' : 'updated') : 'added',
      ...(previous && !same ? { previous } : {}),
    });
  }
}
