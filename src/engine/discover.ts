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
const MAX_FILE_BYTES = 8 * 1024 * 1024;

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
  visit: (relPath: string, absPath: string) => Promise<void>,
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
        await visit(rel, childAbs);
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
): Promise<DiscoveredFile | null> {
  let head: string | undefined;
  const getHead = async () => (head ??= await readHead(absPath).catch(() => ''));
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
      await walk(cwdAbs, cwdAbs, async (rel, abs) => {
        if (!isMatch(rel)) return;
        matched++;
        add(await classify(rel, abs, handlers, true));
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
      await walk(cwdAbs, abs, async (rel, fileAbs) => add(await classify(rel, fileAbs, handlers, false)));
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

export async function readTargetFile(absPath: string): Promise<string> {
  const stat = await fs.stat(absPath);
  if (stat.size > MAX_FILE_BYTES) {
    throw new Error(`file is ${stat.size} bytes, over the ${MAX_FILE_BYTES}-byte limit for a text target`);
  }
  return fs.readFile(absPath, 'utf8');
}
