/**
 * `dist/cli.js`, the `layerguard` executable (CommonJS, like all of dist/: Node starts it without its ES
 * module loader): starts the command line bundled as one CommonJS file (`dist/cli-core.cjs`, see
 * scripts/build.mjs) through V8's code cache.
 *
 * Why: most of a one-file `check` was V8 reading and compiling the bundle (about 2 MB of JavaScript,
 * dockerfile-ast and 145 rules among it) and compiling the rules' functions on their first call. Node 20
 * has no compile cache for modules (`module.enableCompileCache` is Node 22+), but `vm.Script` takes and
 * makes V8 cached data. The first run compiles as before and then saves the code it compiled, rules
 * included; the next runs skip parsing and compiling it.
 *
 * The cache is one file per bundle, Node (V8) version and architecture, in the `code/` folder of the
 * layerguard cache (`$LAYERGUARD_CACHE_DIR`, `$RUNNER_TOOL_CACHE/layerguard`, `$XDG_CACHE_HOME/layerguard`
 * or `~/.cache/layerguard`, as for remote policies). Its name carries a hash of the bundle taken at
 * build time, because V8 checks only the source's length. V8 rejects data that does not fit its version
 * and flags; such data, or a cache that cannot be read or written, only costs the compile the run would
 * have done anyway: the output never depends on the cache. `LAYERGUARD_CODE_CACHE=off` turns it off.
 *
 * A cache holds the code its writer had compiled, no more: one written by `layerguard rules`, or by a
 * check of compose files, lacks the Dockerfile parser and rules, and every later Dockerfile check
 * would compile them again (a fifth more CPU a run, for good). So the file's first line names the
 * parts of the code its writer used (src/engine/code-parts.ts), and a run that used a part the cache
 * lacks writes it again, with that part's code added to what it read: a few writes in all, after
 * which every run reads.
 */
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { constants as vmConstants, Script } from 'node:vm';
import { defaultCacheDir } from '../policy/cache.js';
import { fdOutput } from './fd-write.js';
import { helpOrVersion } from './help.js';
import { CODE_CACHE_HEADER, parseCodeCache } from './code-cache.js';
import type { CodeCache } from './code-cache.js';

/** Set by scripts/build.mjs: the first 16 hex digits of the sha256 of cli-core.cjs. */
declare const LAYERGUARD_CORE_HASH: string;

/** The cache file of this bundle under this Node, or undefined when there is no cache folder or it is off. */
export function codeCacheFile(env: Record<string, string | undefined>, hash: string): string | undefined {
  if (/^(?:off|0|false|no)$/i.test(env.LAYERGUARD_CODE_CACHE ?? '')) return undefined;
  const dir = defaultCacheDir(env);
  if (!dir) return undefined;
  return join(dir, 'code', `cli-${hash}-v8-${process.versions.v8}-${process.arch}.bin`);
}

/**
 * The cached code, when it is there and is what this user wrote: it is code V8 will run, so a link, a
 * file of another user or one that others may write is not read (and is replaced by the run's own).
 * A file without the header (another layout) is not read either.
 */
function readCache(file: string | undefined): CodeCache | undefined {
  if (!file) return undefined;
  try {
    const stat = lstatSync(file);
    if (!stat.isFile() || (stat.mode & 0o022) !== 0) return undefined;
    if (process.getuid && stat.uid !== process.getuid()) return undefined;
    return parseCodeCache(readFileSync(file));
  } catch {
    return undefined; // not there yet, or unreadable: compile as without a cache
  }
}

/** Caches kept in the folder: those of other bundles (layerguard versions) and Nodes, the most recent first. */
export const MAX_CODE_CACHES = 8;

/**
 * Writes the code compiled so far, atomically (a reader sees the old file or the new one, never a part),
 * and keeps the folder to the `MAX_CODE_CACHES` most recently written caches (several layerguard
 * versions used on one machine each keep theirs). Failures are ignored.
 */
function writeCache(file: string, script: Script, parts: readonly string[]): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const header = Buffer.from(`${CODE_CACHE_HEADER}${[...parts].sort().join(',')}\n`, 'latin1');
    const data = Buffer.concat([header, script.createCachedData()]);
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, data, { mode: 0o644 }); // whatever the umask, not writable by others (readCache)
    renameSync(tmp, file);
    const caches = readdirSync(dir)
      .filter((name) => /^cli-[0-9a-f]+-.*\.bin$/.test(name))
      .map((name) => ({ name, mtime: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const old of caches.slice(MAX_CODE_CACHES)) rmSync(join(dir, old.name), { force: true });
  } catch {
    // A read-only or full disk: the next run compiles again (and finds no half-written file).
    try {
      rmSync(tmp, { force: true });
    } catch {
      // not removable either: left for the folder's owner
    }
  }
}

// dist/cli.js is CommonJS: its own require() (node:module's createRequire is one more module to load)
// resolves from dist/, as the bundle's does.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when needed, not at start
const v8 = (): typeof import('node:v8') => require('node:v8') as typeof import('node:v8');

/**
 * V8 flags for a run that writes the cache, set once the bundle is compiled (a compile with cached data
 * is the only step that compares flags): V8 must not drop the bytecode of functions it has not run for
 * a while, or the cache a long first run leaves (a whole repository) would lack the start-up code every
 * later run needs, for good (it keeps at most the bytecode of this bundle's functions, a few MB).
 * node:v8 is loaded for this only (with Node's stream modules, a tenth of a one-file check).
 */
function keepBytecode(): void {
  v8().setFlagsFromString('--no-flush-bytecode');
}

/**
 * V8 accepts cached data only under the flags it was made with, and the runs that read the cache set
 * none before compiling: so the flags this process changed (keepBytecode here; the heap's, which a
 * large run sets and heap.ts puts back) go back to V8's defaults before the cache is made. A flag given
 * on node's command line is the same in every run, and stays.
 */
function defaultFlags(core: CoreExports): void {
  if (!/flush[-_]bytecode/.test(process.execArgv.join(' '))) v8().setFlagsFromString('--flush-bytecode');
  core.untuneHeap();
}

/** What the bundle (src/cli/process-io.ts) gives the launcher. */
interface CoreExports {
  runProcess(): Promise<number>;
  codePartsUsed(): string[];
  outputStreamed(): boolean;
  untuneHeap(): void;
}

/** Set once the bundle has run: whether its output went through Node's streams (process-io.ts). */
let outputStreamed: () => boolean = () => true;

/**
 * Ends the process now when nothing is left to do, instead of letting Node tear down its environment
 * and V8's heap (about 1 ms of a one-file check's CPU: a heap of the bundle's code and the run's
 * objects, freed only to be unmapped by the exit anyway). Waits one turn of the event loop, so that
 * pending callbacks and promise reactions (and unhandled rejections) run first, and exits only when
 * then no handle, request or timer is active and nothing listens for 'beforeExit' — so no more
 * JavaScript would have run — and when every byte of output went straight to its descriptor
 * (fd-write.ts). `process.exit` cuts short what a stream still holds, which on a pipe on macOS or on
 * Windows may be part of the report; written synchronously, nothing is held. 'exit' listeners run as
 * before.
 */
function exitWhenIdle(code: number): void {
  setImmediate(() => {
    if (outputStreamed()) return;
    if (process.getActiveResourcesInfo().length > 0 || process.listenerCount('beforeExit') > 0) return;
    process.exit(code);
  });
}

/** Compiles and runs the bundle, through the code cache; resolves to the exit status. */
async function runCore(): Promise<number> {
  // dist/cli.js is CommonJS: its folder is __dirname, with no URL to make and parse (a process's first
  // pathToFileURL and fileURLToPath cost about 1 ms).
  const corePath = join(__dirname, 'cli-core.cjs');
  const cacheFile = codeCacheFile(process.env, LAYERGUARD_CORE_HASH);
  const cached = readCache(cacheFile);
  // The file is the CommonJS wrapper's function expression, wrapper included (scripts/build.mjs): compiled
  // as read, with no second string to join and copy. Read as latin1, a plain copy: the build writes the
  // bundle in ASCII (and checks that it is).
  const script = new Script(readFileSync(corePath, 'latin1'), {
    filename: corePath,
    cachedData: cached?.data,
    // The bundle imports nothing at run time, but an import() must not fail for want of a loader.
    importModuleDynamically: vmConstants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const writes = cacheFile !== undefined && (!cached || script.cachedDataRejected === true);
  if (writes) keepBytecode();
  const core: { exports: CoreExports } = { exports: {} as never };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    core.exports,
    require,
    core,
    corePath,
    dirname(corePath),
  );
  const code = await core.exports.runProcess();
  outputStreamed = core.exports.outputStreamed;
  if (cacheFile) {
    const used = core.exports.codePartsUsed();
    if (writes) {
      defaultFlags(core.exports);
      writeCache(cacheFile, script, used);
    } else if (cached && used.some((part) => !cached.parts.has(part))) {
      // What was read stays, with what this run compiled added. (Code this run did not use across
      // several full collections may have been dropped by V8, which keepBytecode prevents only in a
      // run that knew from the start it would write: it is compiled again when used. Slower, never wrong.)
      defaultFlags(core.exports);
      writeCache(cacheFile, script, [...new Set([...cached.parts, ...used])]);
    }
  }
  return code;
}

// The help text and the version need none of the bundle.
const stdout = fdOutput(1, () => process.stdout);
const early = helpOrVersion(process.argv.slice(2), { stdout: (s) => stdout.write(s) });
if (early !== undefined) process.exitCode = early;
// (A rejection stays unhandled: Node prints it and exits with 1, as for an error thrown at the top.)
else
  void runCore().then((code) => {
    process.exitCode = code;
    exitWhenIdle(code);
  });
