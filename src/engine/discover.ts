/**
 * Finds the files to check: walks the given folders (skipping `.git`, `node_modules` and what
 * `.gitignore` files exclude), expands globs, and takes files named explicitly as they are.
 */
import fsSync, { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ignore from 'ignore';
import picomatch from 'picomatch';
import type { FileTargetHandler, TargetKind } from '../targets/types.js';

export interface DiscoveredFile {
  /** Path relative to cwd with forward slashes. */
  relPath: string;
  absPath: string;
  kind: TargetKind;
  handler: FileTargetHandler;
}

export interface DiscoverResult {
  files: DiscoveredFile[];
  /** Paths that do not exist or match nothing, for a clear message. */
  missing: string[];
  /**
   * Folders and ignore files that could not be read as they are (unreadable, not valid UTF-8, too big,
   * not a regular file): each becomes a `policy/unparsable` finding on its path, so that nothing is
   * skipped silently.
   */
  problems: DiscoveryProblem[];
}

export interface DiscoveryProblem {
  /** Path relative to cwd with forward slashes (a name that is not UTF-8 shows U+FFFD). */
  relPath: string;
  message: string;
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);
const HEAD_BYTES = 4096;
/**
 * The largest text target read. The largest Dockerfile of the shared corpus is 78 KB and its largest
 * compose file 98 KB; a 1 MiB file of one-line instructions is already 175,000 instructions (about
 * 30 s and 1.5 GB with every rule on), and 8 MiB of them ran out of memory.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

export const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * The first bytes of a file, to tell what it is. Opened non-blocking and checked on its descriptor:
 * a named pipe (`check pipe.Dockerfile`) or a device is not read, and its open cannot block the run.
 * Synchronous calls, as in readTargetFile: every file discovery finds is asked for its head, and the
 * promise API's four thread-pool round trips cost more than the read.
 */
export async function readHead(absPath: string): Promise<string> {
  const fd = fsSync.openSync(absPath, fsSync.constants.O_RDONLY | (fsSync.constants.O_NONBLOCK ?? 0));
  try {
    if (!fsSync.fstatSync(fd).isFile()) return '';
    const buf = Buffer.alloc(HEAD_BYTES);
    const bytesRead = fsSync.readSync(fd, buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    fsSync.closeSync(fd);
  }
}

type Ignorer = { base: string; ig: ReturnType<typeof ignore> };

/**
 * The largest `.gitignore` read, and the most patterns taken from one. Real ones are a few hundred
 * lines; every pattern is tried against every path, and a 6.7 MB file ran Node out of memory.
 */
export const MAX_IGNORE_FILE_BYTES = 256 * 1024;
export const MAX_IGNORE_PATTERNS = 10_000;

async function loadGitignore(
  dirAbs: string,
  cwdAbs: string,
  problems: DiscoveryProblem[],
): Promise<Ignorer | null> {
  const abs = path.join(dirAbs, '.gitignore');
  const relPath = toPosix(path.relative(cwdAbs, abs));
  let text: string | null;
  try {
    text = await readIgnoreFile(abs, cwdAbs);
  } catch (e) {
    problems.push({
      relPath,
      message:
        `this .gitignore was not read (${(e as Error).message}), so the files it would exclude ` +
        'are checked too. Make it a regular file of a reasonable size.',
    });
    return null;
  }
  if (text === null) return null;
  const patterns = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  if (patterns.length > MAX_IGNORE_PATTERNS) {
    problems.push({
      relPath,
      message:
        `this .gitignore has ${patterns.length} patterns; only the first ${MAX_IGNORE_PATTERNS} were used ` +
        '(each pattern is tried against every path).',
    });
  }
  return {
    base: toPosix(path.relative(cwdAbs, dirAbs)),
    ig: ignore().add(patterns.slice(0, MAX_IGNORE_PATTERNS)),
  };
}

/**
 * Reads an ignore file (`.gitignore`, `.dockerignore`): null when there is none; an error saying why
 * when it is there but is not a regular file inside `root`, or is over MAX_IGNORE_FILE_BYTES.
 */
export async function readIgnoreFile(absPath: string, root: string): Promise<string | null> {
  // Synchronous, and no error made for a file that is not there (the usual case: every Dockerfile asks
  // for its `<name>.dockerignore`): an asynchronous lstat's thread-pool round trip and the rejected
  // promise's error cost more than the lookup (0.7 s of a 9.4 s run over the corpus's 2,793 files).
  try {
    if (!fsSync.lstatSync(absPath, { throwIfNoEntry: false })) return null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR')
      return null;
    throw new Error(describeFsError(e));
  }
  return readTargetFile(absPath, root, MAX_IGNORE_FILE_BYTES);
}

/**
 * How a run reads the files beside its targets (a Dockerfile's `.dockerignore`), confined to `cwd` as
 * targets are: null when there is none. A folder's `.dockerignore` is asked for by every Dockerfile in
 * it, so it is read once a run; `<name>.dockerignore` belongs to one Dockerfile and is read when asked.
 */
export function siblingReader(cwd: string): (rel: string) => Promise<string | null> {
  const folderIgnores = new Map<string, Promise<string | null>>();
  const read = (rel: string) => readIgnoreFile(path.join(cwd, rel), cwd);
  return (rel) => {
    if (path.posix.basename(rel) !== '.dockerignore') return read(rel);
    let text = folderIgnores.get(rel);
    if (!text) folderIgnores.set(rel, (text = read(rel)));
    return text;
  };
}

/** An fs error in words, without the path (the finding names the file). */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENAMETOOLONG') return 'its path is longer than the system allows';
  if (code === 'ELOOP') return 'its symbolic links loop';
  if (code === 'ENOENT') return 'it does not exist (a dangling symbolic link?)';
  return code ?? (e as Error).message;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The name as text, and whether it was valid UTF-8 (else it holds U+FFFD where bytes were invalid). */
function decodeName(raw: Buffer): { name: string; valid: boolean } {
  try {
    return { name: strictUtf8.decode(raw), valid: true };
  } catch {
    return { name: raw.toString('utf8'), valid: false };
  }
}

function ignoredBy(ignorers: Ignorer[], relPath: string, isDir: boolean): boolean {
  for (const { base, ig } of ignorers) {
    const inner =
      base === '' ? relPath : relPath.startsWith(base + '/') ? relPath.slice(base.length + 1) : null;
    if (inner === null || inner === '') continue;
    if (ig.ignores(isDir ? inner + '/' : inner)) return true;
  }
  return false;
}

async function walk(
  cwdAbs: string,
  startAbs: string,
  visit: (relPath: string, absPath: string, isLink: boolean) => Promise<void>,
  problems: DiscoveryProblem[],
): Promise<void> {
  const rootIgnorers: Ignorer[] = [];
  // .gitignore files between cwd and the start folder apply too.
  for (let dir = startAbs; ; dir = path.dirname(dir)) {
    if (dir !== startAbs) {
      const ig = await loadGitignore(dir, cwdAbs, problems);
      if (ig) rootIgnorers.push(ig);
    }
    if (dir === cwdAbs || !dir.startsWith(cwdAbs) || path.dirname(dir) === dir) break;
  }
  const stack: { abs: string; ignorers: Ignorer[] }[] = [{ abs: startAbs, ignorers: rootIgnorers }];
  while (stack.length > 0) {
    const { abs, ignorers: inherited } = stack.pop()!;
    const own = await loadGitignore(abs, cwdAbs, problems);
    const ignorers = own ? [...inherited, own] : inherited;
    let entries;
    try {
      // Names as bytes: a name that is not UTF-8 cannot be opened through its decoded string.
      entries = await fs.readdir(abs, { withFileTypes: true, encoding: 'buffer' });
    } catch (e) {
      problems.push({
        relPath: toPosix(path.relative(cwdAbs, abs)) || '.',
        message: `this folder could not be read (${describeFsError(e)}), so nothing in it was checked.`,
      });
      continue;
    }
    const named = entries.map((e) => ({ entry: e, ...decodeName(e.name) }));
    named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const { entry: e, name, valid } of named) {
      const childAbs = path.join(abs, name);
      const rel = toPosix(path.relative(cwdAbs, childAbs));
      if (!valid) {
        // Skipped, but said: its name cannot be opened, shown or annotated as it is.
        if (e.isDirectory() || e.isFile()) {
          problems.push({
            relPath: rel,
            message:
              `this ${e.isDirectory() ? 'folder' : 'file'}'s name is not valid UTF-8, so it was not checked: ` +
              'rename it (paths in reports and on GitHub are UTF-8).',
          });
        }
        continue;
      }
      if (e.isDirectory()) {
        if (SKIP_DIRS.has(name) || ignoredBy(ignorers, rel, true)) continue;
        subdirs.push(childAbs);
      } else if (e.isFile()) {
        if (ignoredBy(ignorers, rel, false)) continue;
        await visit(rel, childAbs, false);
      } else if (e.isSymbolicLink()) {
        // A linked file (`Dockerfile -> docker/Dockerfile.prod`) is checked under its own name; one that
        // leads outside the working directory is refused when read, with a finding that says so.
        // Linked folders are not followed (they can loop).
        if (ignoredBy(ignorers, rel, false)) continue;
        const target = await fs.stat(childAbs).catch(() => null);
        if (target?.isFile()) await visit(rel, childAbs, true);
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push({ abs: subdirs[i], ignorers });
  }
}

async function classify(
  relPath: string,
  absPath: string,
  handlers: FileTargetHandler[],
  explicit: boolean,
  linkRoot?: string,
): Promise<DiscoveredFile | null> {
  let head: string | undefined;
  // A link leading outside `linkRoot` is classified by its name only: its target is never read.
  const readable = () => linkRoot === undefined || isInside(absPath, linkRoot);
  const getHead = async () => (head ??= readable() ? await readHead(absPath).catch(() => '') : '');
  for (const h of handlers) {
    if (h.claims(relPath, await getHead())) return { relPath, absPath, kind: h.kind, handler: h };
  }
  if (explicit) {
    for (const h of handlers) {
      if (h.claimsExplicit?.(relPath, await getHead())) return { relPath, absPath, kind: h.kind, handler: h };
    }
  }
  return null;
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * node:fs's callback functions as promises, for the few reads a one-file check makes (a named path's
 * stat, the policy files, the baseline file): the same libuv calls as node:fs/promises, which is a
 * module of its own to load, and a one-file check loaded it for these alone.
 */
export const fsCallbacks = {
  stat: promisify(fsSync.stat),
  readFile: promisify(fsSync.readFile),
  realpath: promisify(fsSync.realpath.native),
};

export async function discover(
  cwd: string,
  inputs: string[],
  handlers: FileTargetHandler[],
): Promise<DiscoverResult> {
  const cwdAbs = path.resolve(cwd);
  realRoots.clear();
  const seen = new Map<string, DiscoveredFile>();
  const missing: string[] = [];
  const problems: DiscoveryProblem[] = [];
  const add = (f: DiscoveredFile | null) => {
    if (f && !seen.has(f.relPath)) seen.set(f.relPath, f);
  };
  for (const input of inputs) {
    if (GLOB_CHARS.test(input)) {
      const isMatch = picomatch(toPosix(input).replace(/^\.\//, ''), { dot: true });
      let matched = 0;
      await walk(
        cwdAbs,
        cwdAbs,
        async (rel, abs, isLink) => {
          if (!isMatch(rel)) return;
          matched++;
          add(await classify(rel, abs, handlers, true, isLink ? cwdAbs : undefined));
        },
        problems,
      );
      if (matched === 0) missing.push(input);
      continue;
    }
    const abs = path.resolve(cwdAbs, input);
    let stat;
    try {
      stat = await fsCallbacks.stat(abs);
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) {
      await walk(
        cwdAbs,
        abs,
        async (rel, fileAbs, isLink) =>
          add(await classify(rel, fileAbs, handlers, false, isLink ? cwdAbs : undefined)),
        problems,
      );
    } else {
      const rel = toPosix(path.relative(cwdAbs, abs)) || path.basename(abs);
      add(await classify(rel, abs, handlers, true));
    }
  }
  const files = [...seen.values()].sort((a, b) =>
    a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0,
  );
  // A problem found twice (a glob and a folder walking the same tree) is reported once.
  const seenProblems = new Set<string>();
  const uniqueProblems = problems.filter((p) => {
    const key = `${p.relPath}\0${p.message}`;
    if (seenProblems.has(key)) return false;
    seenProblems.add(key);
    return true;
  });
  return { files, missing, problems: uniqueProblems };
}

/**
 * Reads a text target. Only regular files are read, at most MAX_FILE_BYTES of them (a `/proc` file
 * says it has 0 bytes, `/dev/zero` never ends). With `root`, a file that is a symbolic link (or lies
 * in a linked folder) resolving outside `root` is refused: a pull request can add a link to
 * `/proc/self/environ` (the token is in the Action's environment) or to `~/.ssh`, and findings quote
 * the files they are in. (A path that names a file outside `root` itself is read: the user named it.)
 */
export async function readTargetFile(
  absPath: string,
  root?: string,
  limit = MAX_FILE_BYTES,
): Promise<string> {
  // Synchronous calls: a run reads thousands of small files, and the promise API's round trips through
  // the thread pool cost more than the reads (on the corpus, 0.45 ms a file against 0.1 ms). The file is
  // opened non-blocking and checked on its descriptor, so a FIFO put in its place after discovery can
  // neither block the run nor be read.
  const what = limit === MAX_FILE_BYTES ? ' for a text target' : '';
  let fd: number;
  try {
    fd = fsSync.openSync(absPath, fsSync.constants.O_RDONLY | (fsSync.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new Error(describeFsError(e));
  }
  try {
    const stat = fsSync.fstatSync(fd);
    if (!stat.isFile()) throw new Error('it is not a regular file');
    // A path named outside the root on purpose (`check ../other/Dockerfile`) is the user's choice; a
    // path inside it whose links lead out is the repository's doing. Compared by path segments: a
    // folder called `..x` is inside.
    const namedInside = root !== undefined && isWithin(path.resolve(root), path.resolve(absPath));
    if (namedInside && !isInside(absPath, root!)) {
      throw new Error(
        'it is a symbolic link to a file outside the working directory; layerguard reads only files inside it',
      );
    }
    if (stat.size > limit) {
      throw new Error(`file is ${stat.size} bytes, over the ${limit}-byte limit${what}`);
    }
    // Read to the end, one byte past the limit at most: a file that grew (or lied about its size) while
    // being read is caught without reading it whole. The first buffer holds the whole file and a byte
    // more, so that the end shows without another; a buffer is filled before the next is made.
    const chunks: Buffer[] = [];
    let chunk = Buffer.alloc(Math.min(limit + 1, Math.max(stat.size + 1, 64 * 1024)));
    let used = 0;
    let total = 0;
    while (total <= limit) {
      const bytesRead = fsSync.readSync(fd, chunk, used, chunk.length - used, total);
      if (bytesRead === 0) break;
      used += bytesRead;
      total += bytesRead;
      if (used === chunk.length && total <= limit) {
        chunks.push(chunk);
        chunk = Buffer.alloc(Math.min(1 << 20, limit + 1 - total));
        used = 0;
      }
    }
    if (total > limit) throw new Error(`file is over the ${limit}-byte limit${what}`);
    chunks.push(chunk.subarray(0, used));
    return decodeText(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total));
  } finally {
    fsSync.closeSync(fd);
  }
}

/**
 * The text of a file's bytes: UTF-8, or UTF-16 when it starts with a byte-order mark (Windows editors
 * and PowerShell's `>` write it). A file that is not text — NUL bytes, UTF-16 without a mark, or
 * mostly invalid UTF-8 — is an error that says so, reported as one finding instead of a finding per
 * line of raw bytes.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // ASCII text in UTF-16 has a NUL in every other byte.
    let even = 0;
    let odd = 0;
    const sample = Math.min(bytes.length, 4096);
    for (let i = 0; i < sample; i++) {
      if (bytes[i] !== 0) continue;
      if (i % 2 === 0) even++;
      else odd++;
    }
    if (Math.max(even, odd) >= sample / 4 && Math.min(even, odd) <= Math.max(even, odd) / 10) {
      throw new Error(
        'it looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or as UTF-16 with a BOM)',
      );
    }
    throw new Error(`it is a binary file, not text (a NUL byte at offset ${nul}); nothing in it was checked`);
  }
  const text = bytes.toString('utf8');
  let invalid = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) invalid++;
  if (invalid > 16 && invalid * 8 > text.length) {
    throw new Error(
      `it is a binary file, not text (${invalid} of its ${text.length} characters are not valid UTF-8); nothing in it was checked`,
    );
  }
  return text;
}

/**
 * Whether `absPath`, links resolved, is `root` or inside it (links in `root` itself resolved too).
 * Synchronous: it is asked for every file read, and two `realpath` calls cost less than their promises.
 */
export function isInside(absPath: string, root: string): boolean {
  try {
    return isWithin(realRoot(root), fsSync.realpathSync(absPath));
  } catch {
    return false;
  }
}

/**
 * A root's real path, resolved once for the run's many files (the working directory, a layout's
 * folder): roots do not move while a run reads below them. Forgotten when a discovery starts (a
 * process may run several checks, the Action's tests do) and bounded.
 */
function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    real = fsSync.realpathSync(root);
    if (realRoots.size >= 16) realRoots.clear();
    realRoots.set(root, real);
  }
  return real;
}
const realRoots = new Map<string, string>();

/**
 * Whether `child` is `parent` or below it, by path segments: `/repo/..x/f` is inside `/repo`, while a
 * string prefix test (`startsWith('..')`) took it for a path outside.
 */
export function isWithin(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  if (rel === '') return true;
  if (path.isAbsolute(rel)) return false;
  return rel.split(path.sep)[0] !== '..';
}
