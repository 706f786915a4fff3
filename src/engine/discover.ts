/**
 * Finds the files to check: walks the given folders (skipping `.git`, `node_modules` and what
 * `.gitignore` files exclude), expands globs, and takes files named explicitly as they are.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
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

export async function readHead(absPath: string): Promise<string> {
  const fh = await fs.open(absPath, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await fh.close();
  }
}

type Ignorer = { base: string; ig: ReturnType<typeof ignore> };

async function loadGitignore(dirAbs: string, cwdAbs: string): Promise<Ignorer | null> {
  try {
    const text = await fs.readFile(path.join(dirAbs, '.gitignore'), 'utf8');
    return { base: toPosix(path.relative(cwdAbs, dirAbs)), ig: ignore().add(text) };
  } catch {
    return null;
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
): Promise<void> {
  const rootIgnorers: Ignorer[] = [];
  // .gitignore files between cwd and the start folder apply too.
  for (let dir = startAbs; ; dir = path.dirname(dir)) {
    const ig = await loadGitignore(dir, cwdAbs);
    if (ig && dir !== startAbs) rootIgnorers.push(ig);
    if (dir === cwdAbs || !dir.startsWith(cwdAbs) || path.dirname(dir) === dir) break;
  }
  const stack: { abs: string; ignorers: Ignorer[] }[] = [{ abs: startAbs, ignorers: rootIgnorers }];
  while (stack.length > 0) {
    const { abs, ignorers: inherited } = stack.pop()!;
    const own = await loadGitignore(abs, cwdAbs);
    const ignorers = own ? [...inherited, own] : inherited;
    let entries;
    try {
      entries = await fs.readdir(abs, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const e of entries) {
      const childAbs = path.join(abs, e.name);
      const rel = toPosix(path.relative(cwdAbs, childAbs));
      if (e.isDirectory()) {
        if (SKIP_DIRS.has(e.name) || ignoredBy(ignorers, rel, true)) continue;
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
  const readable = async () => linkRoot === undefined || (await isInside(absPath, linkRoot));
  const getHead = async () => (head ??= (await readable()) ? await readHead(absPath).catch(() => '') : '');
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

export async function discover(
  cwd: string,
  inputs: string[],
  handlers: FileTargetHandler[],
): Promise<DiscoverResult> {
  const cwdAbs = path.resolve(cwd);
  const seen = new Map<string, DiscoveredFile>();
  const missing: string[] = [];
  const add = (f: DiscoveredFile | null) => {
    if (f && !seen.has(f.relPath)) seen.set(f.relPath, f);
  };
  for (const input of inputs) {
    if (GLOB_CHARS.test(input)) {
      const isMatch = picomatch(toPosix(input).replace(/^\.\//, ''), { dot: true });
      let matched = 0;
      await walk(cwdAbs, cwdAbs, async (rel, abs, isLink) => {
        if (!isMatch(rel)) return;
        matched++;
        add(await classify(rel, abs, handlers, true, isLink ? cwdAbs : undefined));
      });
      if (matched === 0) missing.push(input);
      continue;
    }
    const abs = path.resolve(cwdAbs, input);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) {
      await walk(cwdAbs, abs, async (rel, fileAbs, isLink) =>
        add(await classify(rel, fileAbs, handlers, false, isLink ? cwdAbs : undefined)),
      );
    } else {
      const rel = toPosix(path.relative(cwdAbs, abs)) || path.basename(abs);
      add(await classify(rel, abs, handlers, true));
    }
  }
  const files = [...seen.values()].sort((a, b) =>
    a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0,
  );
  return { files, missing };
}

/**
 * Reads a text target. Only regular files are read, at most MAX_FILE_BYTES of them (a `/proc` file
 * says it has 0 bytes, `/dev/zero` never ends). With `root`, a file that is a symbolic link (or lies
 * in a linked folder) resolving outside `root` is refused: a pull request can add a link to
 * `/proc/self/environ` (the token is in the Action's environment) or to `~/.ssh`, and findings quote
 * the files they are in. (A path that names a file outside `root` itself is read: the user named it.)
 */
export async function readTargetFile(absPath: string, root?: string): Promise<string> {
  const stat = await fs.stat(absPath);
  if (!stat.isFile()) throw new Error('it is not a regular file');
  // A path named outside the root on purpose (`check ../other/Dockerfile`) is the user's choice; a
  // path inside it whose links lead out is the repository's doing.
  const named = path.relative(path.resolve(root ?? '/'), path.resolve(absPath));
  const namedInside = root !== undefined && !named.startsWith('..') && !path.isAbsolute(named);
  if (namedInside && !(await isInside(absPath, root!))) {
    throw new Error(
      'it is a symbolic link to a file outside the working directory; layerguard reads only files inside it',
    );
  }
  if (stat.size > MAX_FILE_BYTES) {
    throw new Error(`file is ${stat.size} bytes, over the ${MAX_FILE_BYTES}-byte limit for a text target`);
  }
  const fh = await fs.open(absPath, 'r');
  try {
    const buf = Buffer.alloc(Math.min(MAX_FILE_BYTES + 1, Math.max(stat.size + 1, 64 * 1024)));
    let n = 0;
    for (;;) {
      if (n === buf.length) break;
      const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
    }
    if (n > MAX_FILE_BYTES) {
      throw new Error(`file is over the ${MAX_FILE_BYTES}-byte limit for a text target`);
    }
    if (n === buf.length) {
      // The file grew (or lied about its size) while being read: read on, within the limit.
      const rest = await readCapped(fh, n, MAX_FILE_BYTES + 1 - n);
      if (n + rest.length > MAX_FILE_BYTES) {
        throw new Error(`file is over the ${MAX_FILE_BYTES}-byte limit for a text target`);
      }
      return Buffer.concat([buf.subarray(0, n), rest]).toString('utf8');
    }
    return buf.subarray(0, n).toString('utf8');
  } finally {
    await fh.close();
  }
}

async function readCapped(fh: fs.FileHandle, position: number, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < max) {
    const chunk = Buffer.alloc(Math.min(1 << 20, max - total));
    const { bytesRead } = await fh.read(chunk, 0, chunk.length, position + total);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks);
}

/** Whether `absPath`, links resolved, is `root` or inside it (links in `root` itself resolved too). */
export async function isInside(absPath: string, root: string): Promise<boolean> {
  try {
    const [real, realRoot] = await Promise.all([fs.realpath(absPath), fs.realpath(root)]);
    const rel = path.relative(realRoot, real);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  } catch {
    return false;
  }
}
