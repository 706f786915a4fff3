/**
 * Loads the policy: `--policy FILE`, else `.github/layerguard.yml`, `.layerguard.yml` or
 * `layerguard.yml` in the working directory, else `builtin:recommended`. A policy without `extends`
 * builds on `builtin:recommended`; `extends: []` starts from the rules' own defaults.
 *
 * Every layer is read (remote ones through `RemoteFetcher`, each once, and through the lock beside the
 * entry policy and the policy cache when there are: lock.ts), validated against the schema and checked
 * before anything is merged, so that one run reports every problem of every file.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../engine/types.js';
import type { Rule } from '../rules/define.js';
import { effectiveRule } from './effective.js';
import { convertHadolint } from './hadolint.js';
import { resolveRuleAliases } from './aliases.js';
import { checkLayer, mergeLayers } from './layer.js';
import type { Layer, PolicyData } from './layer.js';
import { isPinned, isRemote, RemoteFetcher, resolveRef, toPosix } from './remote.js';
import { fsCallbacks as fs } from '../engine/discover.js';
import { defaultCacheDir, PolicyCache } from './cache.js';
import { lockPathFor, MAX_LOCK_BYTES, parseLockFile, RemotePolicies } from './lock.js';
import type { LockFile, LockOutcome, LockRequest } from './lock.js';
import type { PolicyRef, RefContext } from './remote.js';
import { validatePolicyData } from './schema.js';
import { PolicyError } from './types.js';
import type { PolicyProblem, ResolvedPolicy } from './types.js';
import { MAX_POLICY_BYTES, readYaml } from './yaml.js';
import type { PathSegment, YamlSource } from './yaml.js';
import { presetNames, presetSource } from './presets.js';

export { effectiveRule } from './effective.js';
export { suggest } from './suggest.js';
import { suggest } from './suggest.js';

export const POLICY_FILE_NAMES = ['.github/layerguard.yml', '.layerguard.yml', 'layerguard.yml'];
export const MAX_EXTENDS_DEPTH = 10;

/**
 * This module's file: `__filename` where it is defined (the CommonJS CLI bundle, dist/cli-core.cjs,
 * whose wrapper passes the bundle's path), else from `import.meta.url` (the ES module sources and the
 * Action). Without a URL to make and parse, a one-file check saves about 1 ms (Node's URL code, run
 * for the first time).
 */
const moduleFile = (): string =>
  typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);

/** The folder holding the built-in presets, found from this module's location (src/ or dist/). */
export function presetsDir(): string {
  let dir = path.dirname(moduleFile());
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'policies');
    if (existsSync(path.join(candidate, 'recommended.yml'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new PolicyError('cannot find the built-in presets folder "policies/" next to layerguard');
}

export function builtinPresets(): string[] {
  // The presets a run can load are those of the snapshot (presets.ts), which a test keeps equal to policies/.
  return presetNames()
    .map((name) => `builtin:${name}`)
    .sort();
}

/** `builtin:a, builtin:b and builtin:c`, for messages. */
export function presetList(): string {
  const all = builtinPresets();
  return all.length <= 1 ? all.join('') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

export interface LoadPolicyOptions {
  cwd: string;
  /** `--policy FILE` (relative to cwd), `builtin:<name>`, `github:…` or `https://…`. */
  policy?: string;
  rules: ReadonlyMap<string, Rule>;
  /** For `github:` extends; default `env.GITHUB_TOKEN`. */
  githubToken?: string;
  /** Where GITHUB_TOKEN and GITHUB_API_URL are read; default process.env. */
  env?: Record<string, string | undefined>;
  /** Replaces the global fetch (tests, proxies). */
  fetch?: typeof globalThis.fetch;
  /** Per remote request; default 10 000. */
  fetchTimeoutMs?: number;
  /** For all remote requests of the load together; default 30 000. */
  fetchTotalTimeoutMs?: number;
  /** Largest remote policy accepted; default 1 MiB. */
  maxRemoteBytes?: number;
  /** Shares fetched remotes between loads of one run. */
  remote?: RemoteFetcher;
  /** `--hadolint-config FILE`: a .hadolint.yaml merged as the last layer. */
  hadolintConfig?: string;
  /**
   * Test-only: allow `http://` for 127.0.0.1, localhost and [::1] (the tests' local server). Nothing
   * in a policy file, the CLI or the Action sets it, so a policy cannot downgrade a fetch to http.
   */
  allowLoopbackHttpForTests?: boolean;
  /** The policy cache folder (`--policy-cache`); default from the environment (cache.ts). */
  policyCacheDir?: string;
  /**
   * `layerguard lock`: record the remote policies reached (see lock.ts). The loader leaves what it
   * recorded in `outcome` of this same object, for the command to write.
   */
  lock?: LockRequest & { outcome?: LockOutcome };
}

export function discoverPolicyFile(cwd: string): string | undefined {
  return POLICY_FILE_NAMES.find((name) => existsSync(path.join(cwd, name)));
}

interface Loader {
  opts: LoadPolicyOptions;
  refCtx: RefContext;
  remote: RemoteFetcher;
  /** Remote policies as read through the lock and the cache. */
  remotes?: RemotePolicies;
  problems: PolicyProblem[];
  layers: Layer[];
  visited: Set<string>;
  notices: string[];
  /** Folders local policy files may be read from (real paths): the working directory, and the
   * folders of files the user named on the command line. */
  roots: string[];
}

/**
 * A local policy file must lie inside one of `roots` once links are resolved, and not inside `.git`:
 * a policy in a pull request must not make layerguard read the runner's files (`/proc/self/environ`,
 * which holds the token, or `.git/config`, where actions/checkout keeps its credentials).
 */
async function checkLocalPath(loader: Loader, absPath: string): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(absPath);
  } catch {
    return; // a missing file is reported by the read itself
  }
  const root = loader.roots.find(
    (r) => real === r || real.startsWith(r.endsWith(path.sep) ? r : r + path.sep),
  );
  if (!root) {
    throw new Error(
      'it is outside the working directory; a policy may extend files of the repository, builtin: presets, github: or https: policies',
    );
  }
  if (path.relative(root, real).split(path.sep).includes('.git')) {
    throw new Error('it is inside a .git folder, which holds credentials, not policies');
  }
}

async function realRoot(dir: string): Promise<string> {
  try {
    return await fs.realpath(dir);
  } catch {
    return path.resolve(dir);
  }
}

function unpinnedFinding(layer: Layer, path: PathSegment[], ref: PolicyRef): Finding {
  const how =
    ref.type === 'github'
      ? ref.ref
        ? `"@${ref.ref}" is a branch name, whose content can change under you`
        : 'it has no @ref, so it follows the default branch'
      : 'it has no #sha256-… integrity pin, so its content can change under you';
  const fix =
    ref.type === 'github'
      ? 'pin it to a release tag (@v1.2.0) or a full commit sha (@<40 hex digits>)'
      : 'add #sha256-<base64 digest> (openssl dgst -sha256 -binary FILE | base64)';
  return {
    ruleId: 'policy/unpinned-extends',
    severity: 'warning',
    message: `extends ${ref.display} is not pinned: ${how}, and a change there changes this repository's checks without review; ${fix}`,
    file: layer.display,
    kind: 'policy',
    ...layer.rangeOf(path),
  };
}

async function readRef(loader: Loader, ref: PolicyRef): Promise<string> {
  switch (ref.type) {
    case 'builtin':
      // Read from the snapshot taken at build time (presets.ts); this is the message when there is none.
      throw new Error(
        `there is no preset ${ref.display}${suggest(ref.display, builtinPresets())}; the presets are ${presetList()}`,
      );
    case 'file':
    case 'hadolint': {
      await checkLocalPath(loader, ref.absPath);
      let stat;
      try {
        stat = await fs.stat(ref.absPath);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new Error(code === 'ENOENT' ? 'no such file' : `${code ?? (e as Error).message}`);
      }
      if (!stat.isFile()) throw new Error('it is not a file');
      if (stat.size > MAX_POLICY_BYTES) throw new Error(`it is larger than ${MAX_POLICY_BYTES / 1024} KiB`);
      return fs.readFile(ref.absPath, 'utf8');
    }
    default:
      return loader.remotes!.read(ref);
  }
}

function layerFrom(
  ref: PolicyRef,
  src: Pick<YamlSource, 'display' | 'locate' | 'rangeOf'>,
  data: PolicyData,
): Layer {
  return { ref, display: src.display, data, locate: src.locate, rangeOf: src.rangeOf, findings: [] };
}

async function visit(
  loader: Loader,
  ref: PolicyRef,
  from: { layer: Layer; path: PathSegment[] } | null,
  chain: PolicyRef[],
): Promise<void> {
  const problem = (message: string) =>
    loader.problems.push(
      from ? { message, file: from.layer.display, ...from.layer.locate(from.path) } : { message },
    );
  if (chain.some((c) => c.key === ref.key)) {
    problem(
      `extends cycle: ${[...chain, ref].map((r) => r.display).join(' -> ')}; remove one of these extends`,
    );
    return;
  }
  if (chain.length > MAX_EXTENDS_DEPTH) {
    problem(
      `extends is nested more than ${MAX_EXTENDS_DEPTH} deep: ${[...chain, ref].map((r) => r.display).join(' -> ')}; flatten the chain`,
    );
    return;
  }
  // A policy reached twice through different parents (a diamond) is merged once, where first met.
  if (loader.visited.has(ref.key)) return;
  loader.visited.add(ref.key);
  // A preset comes from its snapshot (no YAML is parsed: presets.ts), anything else from its text.
  let src = ref.type === 'builtin' ? presetSource(ref.name) : undefined;
  if (!src) {
    let text: string;
    try {
      text = await readRef(loader, ref);
    } catch (e) {
      const what = isRemote(ref) ? 'cannot fetch' : 'cannot read';
      problem(`${what} the policy ${ref.display}: ${(e as Error).message}`);
      return;
    }
    src = readYaml(text, ref.display, loader.problems);
  }
  if (src.data === undefined) return;
  const raw = src.data ?? {};
  for (const note of resolveRuleAliases(raw, loader.opts.rules, ref.display)) loader.notices.push(note);
  // The shipped presets are validated by their test (__tests__/policy/schema-file.test.ts), not on
  // every run: compiling the schema was a quarter of a one-file `check` that uses only the preset.
  if (ref.type !== 'builtin')
    loader.problems.push(...(await validatePolicyData(raw, src, loader.opts.rules)));
  if (typeof raw !== 'object' || Array.isArray(raw)) return;
  const data = raw as PolicyData;
  const layer = layerFrom(ref, src, data);
  let parents: { raw: string; path: PathSegment[] }[] = [];
  if (data.extends === undefined) {
    if (ref.type !== 'builtin') parents = [{ raw: 'builtin:recommended', path: [] }];
  } else if (typeof data.extends === 'string') {
    parents = [{ raw: data.extends, path: ['extends'] }];
  } else if (Array.isArray(data.extends) && data.extends.every((e) => typeof e === 'string')) {
    parents = data.extends.map((raw, i) => ({ raw, path: ['extends', i] }));
  }
  const resolvedParents = parents.map((parent) => ({
    parent,
    resolved: resolveRef(parent.raw, ref, loader.refCtx),
  }));
  // Every remote parent is requested now, together (the fetcher keeps each answer); they are still
  // merged one by one, in order, below.
  for (const { resolved } of resolvedParents) {
    if (typeof resolved !== 'string' && isRemote(resolved) && !loader.visited.has(resolved.key))
      loader.remotes!.read(resolved).catch(() => undefined);
  }
  for (const { parent, resolved } of resolvedParents) {
    if (typeof resolved === 'string') {
      loader.problems.push({ message: resolved, file: layer.display, ...layer.locate(parent.path) });
      continue;
    }
    if (isRemote(resolved) && !isPinned(resolved) && !loader.remotes!.isLocked(resolved))
      layer.findings.push(unpinnedFinding(layer, parent.path, resolved));
    await visit(loader, resolved, { layer, path: parent.path }, [...chain, ref]);
  }
  loader.layers.push(layer);
}

async function hadolintLayer(loader: Loader, file: string): Promise<Layer | undefined> {
  const absPath = path.resolve(loader.opts.cwd, file);
  const display = toPosix(path.relative(loader.opts.cwd, absPath)) || file;
  const ref: PolicyRef = { type: 'hadolint', absPath, key: `hadolint:${absPath}`, display };
  let text: string;
  try {
    text = await readRef(loader, ref);
  } catch (e) {
    loader.problems.push({
      message: `cannot read the hadolint configuration ${display}: ${(e as Error).message}`,
    });
    return undefined;
  }
  const before = loader.problems.length;
  const conv = convertHadolint(text, display, loader.opts.rules, loader.problems);
  loader.notices.push(...conv.notices);
  if (loader.problems.length > before) return undefined;
  const locate = (p: readonly PathSegment[]) => {
    for (let n = p.length; n >= 0; n--) {
      const o = conv.origins.get(JSON.stringify(p.slice(0, n)));
      if (o) return { line: o.line, column: o.column };
    }
    return { line: 1, column: 1 };
  };
  const layer: Layer = {
    ref,
    display,
    data: conv.data,
    locate,
    rangeOf: (p) => {
      const s = locate(p);
      return { line: s.line, column: s.column, endLine: s.line, endColumn: s.column + 1 };
    },
    findings: [],
  };
  loader.problems.push(...(await validatePolicyData(conv.data, layer, loader.opts.rules)));
  return layer;
}

/**
 * The lock beside the entry policy (lock.ts), if there is one. It is read like a policy file: inside
 * the folders policies may be read from, and bounded. A lock that cannot be read stops the load,
 * except for `layerguard lock --update`, which replaces it.
 */
async function readLock(loader: Loader, entry: PolicyRef): Promise<LockFile | undefined> {
  const abs = lockPathFor(entry, loader.refCtx.cwd);
  if (!abs) return undefined;
  const display = toPosix(path.relative(loader.refCtx.cwd, abs)) || abs;
  const lock: LockFile = { path: abs, display };
  let problem: string | undefined;
  try {
    const stat = await fs.stat(abs);
    await checkLocalPath(loader, abs);
    if (!stat.isFile()) problem = 'it is not a file';
    else if (stat.size > MAX_LOCK_BYTES) problem = `it is larger than ${MAX_LOCK_BYTES / 1024} KiB`;
    else {
      const parsed = parseLockFile(await fs.readFile(abs, 'utf8'));
      if (typeof parsed === 'string') problem = parsed;
      else lock.entries = parsed;
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return lock;
    problem = code ?? (e as Error).message;
  }
  if (problem !== undefined && !loader.opts.lock?.update) {
    throw new PolicyError(
      `cannot read the policy lock ${display}: ${problem}; fix it, or write it again with layerguard lock --update`,
    );
  }
  return lock;
}

function entryRef(opts: LoadPolicyOptions, ctx: RefContext): PolicyRef {
  const entry = opts.policy ?? discoverPolicyFile(opts.cwd) ?? 'builtin:recommended';
  const ref = resolveRef(entry, null, ctx);
  if (typeof ref === 'string') throw new PolicyError(`--policy ${entry}: ${ref}`);
  return ref;
}

export async function loadPolicy(opts: LoadPolicyOptions): Promise<ResolvedPolicy> {
  const env = opts.env ?? process.env;
  const refCtx: RefContext = {
    cwd: path.resolve(opts.cwd),
    presetsDir: presetsDir(),
    allowLoopbackHttp: opts.allowLoopbackHttpForTests === true,
  };
  const loader: Loader = {
    opts,
    refCtx,
    remote:
      opts.remote ??
      new RemoteFetcher({
        fetch: opts.fetch,
        timeoutMs: opts.fetchTimeoutMs,
        totalTimeoutMs: opts.fetchTotalTimeoutMs,
        maxBytes: opts.maxRemoteBytes,
        githubToken: opts.githubToken ?? env.GITHUB_TOKEN,
        githubApiUrl: env.GITHUB_API_URL,
        allowLoopbackHttp: opts.allowLoopbackHttpForTests === true,
      }),
    problems: [],
    layers: [],
    visited: new Set(),
    notices: [],
    roots: [await realRoot(opts.cwd)],
  };
  // Files the user names on the command line may lie anywhere, with the files next to them.
  for (const named of [opts.policy, opts.hadolintConfig]) {
    if (named && !/^(builtin|github|https?):/.test(named)) {
      loader.roots.push(await realRoot(path.dirname(path.resolve(opts.cwd, named))));
    }
  }
  const entry = entryRef(opts, refCtx);
  const lock = await readLock(loader, entry);
  const cacheDir = opts.policyCacheDir ?? defaultCacheDir(env);
  loader.remotes = new RemotePolicies(
    loader.remote,
    cacheDir ? new PolicyCache(cacheDir, opts.maxRemoteBytes) : undefined,
    lock,
    opts.lock,
  );
  await visit(loader, entry, null, []);
  if (opts.hadolintConfig !== undefined) {
    const layer = await hadolintLayer(loader, opts.hadolintConfig);
    if (layer) loader.layers.push(layer);
  }
  if (loader.problems.length > 0) throw PolicyError.of(loader.problems);
  if (opts.lock) opts.lock.outcome = loader.remotes.finish();

  const customIds = new Set<string>();
  for (const layer of loader.layers) {
    for (const c of layer.data.customRules ?? []) if (typeof c.id === 'string') customIds.add(c.id);
  }
  const customByLayer = loader.layers.map((layer) => checkLayer(layer, customIds, loader.problems));
  if (loader.problems.length > 0) throw PolicyError.of(loader.problems);

  const policy = mergeLayers(loader.layers, { rules: opts.rules, customByLayer }, loader.problems);
  if (loader.problems.length > 0) throw PolicyError.of(loader.problems);
  policy.notices = loader.notices;
  policy.findings = settleFindings(policy, opts.rules);
  return policy;
}

/** Gives findings about the policy the severity and mode the policy itself sets for their rules. */
function settleFindings(policy: ResolvedPolicy, rules: ReadonlyMap<string, Rule>): Finding[] {
  const out: Finding[] = [];
  for (const f of policy.findings ?? []) {
    const rule = rules.get(f.ruleId);
    if (!rule) continue;
    const setting = effectiveRule(policy, rule, f.file);
    if (setting.severity === 'off') continue;
    out.push({
      ...f,
      severity: setting.severity,
      ...(setting.mode === 'audit' ? { mode: 'audit' as const } : {}),
    });
  }
  return out;
}
