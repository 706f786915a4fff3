/**
 * Reading files at a base revision (`--base REV`, the pull request's base commit) from the local git
 * repository. Two listings (`ls-tree`, `diff --name-only`) tell which files are the same as in the
 * working tree, and one `git cat-file --batch` process reads the others, so comparing 500 files costs
 * a handful of processes, not 500 (`gitProcesses` counts them for the tests).
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { promisify } from 'node:util';
import { MAX_FILE_BYTES } from './discover.js';

const run = promisify(execFile);

/** Processes started by this module, for tests that count work. */
export const gitProcesses = { count: 0 };

export class BaseRevisionError extends Error {}

async function git(cwd: string, args: string[]): Promise<string> {
  gitProcesses.count++;
  const { stdout } = await run('git', args, { cwd, maxBuffer: 256 << 20, timeout: 120_000 });
  return stdout;
}

/** The commit `rev` names in the repository at `cwd`, or undefined when it has no such commit. */
export async function resolveCommit(cwd: string, rev: string): Promise<string | undefined> {
  if (rev.startsWith('-')) return undefined;
  try {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Whether `cwd` is inside a git working tree. */
export async function isGitWorkTree(cwd: string): Promise<boolean> {
  try {
    return (await git(cwd, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * `git fetch --depth=1 origin SHA`: what a shallow `actions/checkout` lacks to read the base commit.
 * Uses the credentials actions/checkout leaves in the repository's config. Throws with git's message.
 */
export async function fetchCommit(cwd: string, sha: string): Promise<void> {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new BaseRevisionError(`"${sha}" is not a commit SHA`);
  try {
    await git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
  } catch (e) {
    const msg = ((e as { stderr?: string }).stderr || (e as Error).message).trim().split('\n').pop();
    throw new BaseRevisionError(msg ?? 'git fetch failed');
  }
}

/** Files of one commit, read through one `git cat-file --batch` process. */
export class GitRevision {
  private child?: ChildProcessWithoutNullStreams;
  private buffer: Buffer = Buffer.alloc(0);
  private readonly pending: { resolve(text: string | null): void; reject(e: Error): void }[] = [];
  private failure?: Error;
  /** Bytes of an oversized blob (and its newline) still to drop: never buffered. */
  private skip = 0;

  private constructor(
    /** The revision as given, for messages. */
    readonly label: string,
    readonly commit: string,
    /** The working directory relative to the repository root (`sub/dir/` or ''). */
    private readonly prefix: string,
    private readonly cwd: string,
    /** Repository paths of the commit's files. */
    private readonly inCommit: ReadonlySet<string>,
    /** Repository paths whose working-tree content differs from the commit (`git diff --name-only`). */
    private readonly changed: ReadonlySet<string>,
  ) {}

  /**
   * Whether `relPath` is the same at this commit as in the working tree, without reading it: both
   * absent (`present` false), or tracked and unchanged. Most files of a pull request are.
   */
  sameAsWorkingTree(relPath: string, present: boolean): boolean {
    const repoPath = this.prefix + relPath.replace(/^\.\//, '');
    if (!this.inCommit.has(repoPath)) return !present;
    return present && !this.changed.has(repoPath);
  }

  /** Opens `rev` in the repository at `cwd`; throws BaseRevisionError when it names no commit there. */
  static async open(cwd: string, rev: string): Promise<GitRevision> {
    if (!(await isGitWorkTree(cwd))) {
      throw new BaseRevisionError(`${cwd} is not in a git repository, so there is no base revision to read`);
    }
    const commit = await resolveCommit(cwd, rev);
    if (!commit) {
      throw new BaseRevisionError(
        `the repository has no commit "${rev}" (a shallow clone? fetch it with \`git fetch --depth=1 origin ${rev}\`)`,
      );
    }
    const prefix = (await git(cwd, ['rev-parse', '--show-prefix'])).trim();
    // Two listings instead of reading every file: what the commit has, and what differs from it.
    const root = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
    const list = async (args: string[]) =>
      new Set((await git(root, args)).split('\0').filter((p) => p !== ''));
    const inCommit = await list(['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit]);
    const changed = await list(['diff', '--no-renames', '--name-only', '-z', commit, '--']);
    return new GitRevision(rev, commit, prefix, cwd, inCommit, changed);
  }

  /** The text of `relPath` (relative to the working directory) at this commit; null when it has no such file. */
  read(relPath: string): Promise<string | null> {
    if (/[\n\r]/.test(relPath)) return Promise.resolve(null);
    if (this.failure) return Promise.reject(this.failure);
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      child.stdin.write(`${this.commit}:${this.prefix}${relPath.replace(/^\.\//, '')}\n`);
    });
  }

  close(): void {
    this.child?.stdin.end();
    this.child = undefined;
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    gitProcesses.count++;
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.cwd, stdio: 'pipe' });
    child.stdout.on('data', (chunk: Buffer) => {
      if (this.skip > 0) {
        const dropped = Math.min(this.skip, chunk.length);
        this.skip -= dropped;
        chunk = chunk.subarray(dropped);
      }
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.drain();
    });
    const fail = (e: Error) => {
      this.failure = new BaseRevisionError(`reading the base revision failed: ${e.message}`);
      for (const p of this.pending.splice(0)) p.reject(this.failure);
    };
    child.on('error', fail);
    child.on('close', () => {
      if (this.pending.length) fail(new Error('git cat-file ended early'));
    });
    child.stdin.on('error', fail);
    this.child = child;
    return child;
  }

  /** Answers as many pending reads as the buffer holds: `<oid> <type> <size>\n<bytes>\n` or `<name> missing\n`. */
  private drain(): void {
    for (;;) {
      const nl = this.buffer.indexOf(10);
      if (nl < 0 || this.pending.length === 0) return;
      const header = this.buffer.subarray(0, nl).toString('utf8');
      const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (!m) {
        // `missing`, `ambiguous` or a path git cannot resolve: no such file at the base.
        this.buffer = this.buffer.subarray(nl + 1);
        this.pending.shift()!.resolve(null);
        continue;
      }
      const size = Number(m[2]);
      if (m[1] !== 'blob' || size > MAX_FILE_BYTES) {
        // A folder, or a file too large to be a text target: no file to compare with, and its bytes
        // are dropped as they come rather than held in memory.
        const have = this.buffer.length - (nl + 1);
        this.skip = Math.max(0, size + 1 - have);
        this.buffer = this.buffer.subarray(Math.min(this.buffer.length, nl + 1 + size + 1));
        this.pending.shift()!.resolve(null);
        continue;
      }
      if (this.buffer.length < nl + 1 + size + 1) return;
      const body = this.buffer.subarray(nl + 1, nl + 1 + size);
      this.buffer = this.buffer.subarray(nl + 1 + size + 1);
      this.pending.shift()!.resolve(body.toString('utf8'));
    }
  }
}
