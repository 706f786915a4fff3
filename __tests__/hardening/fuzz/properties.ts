/**
 * The properties every generated input must satisfy, per category, and the runner shared by the Jest
 * suite (__tests__/hardening/fuzz.test.ts) and `npm run fuzz` (scripts/fuzz.mjs):
 *
 * - the loader never throws, and never hides an internal exception as a "problem";
 * - the rules never crash (no `policy/internal-error` finding);
 * - every finding and every problem has a message and a valid 1-based location inside the file;
 * - every report format renders the result;
 * - every case finishes within a time limit.
 *
 * A failure is reported with fast-check's seed and path, which replay it exactly:
 * `npm run fuzz -- --only <category> --seed <seed> --path <path>`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { evaluate } from '../../../src/engine/check.js';
import type { CheckResult } from '../../../src/engine/check.js';
import type { Finding } from '../../../src/engine/types.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { formatProblem, PolicyError } from '../../../src/policy/types.js';
import type { ResolvedPolicy } from '../../../src/policy/types.js';
import { formatGithub } from '../../../src/report/github.js';
import { formatJson } from '../../../src/report/json.js';
import { formatMarkdown } from '../../../src/report/markdown.js';
import { formatSarif } from '../../../src/report/sarif.js';
import { formatText } from '../../../src/report/text.js';
import { RULES, RULES_BY_ID } from '../../../src/rules/index.js';
import { dockerfileTarget } from '../../../src/targets/dockerfile/index.js';
import { parseShell } from '../../../src/targets/dockerfile/shell.js';
import type { ShellcheckContext } from '../../../src/targets/dockerfile/shellcheck.js';
import { loadImageTargets } from '../../../src/targets/image/load.js';
import type { ImageLimits } from '../../../src/targets/image/layer-index.js';
import { TarParser } from '../../../src/targets/image/tar.js';
import {
  composeTarget,
  makefileTarget,
  shellTarget,
  workflowTarget,
} from '../../../src/targets/runtime/index.js';
import type { LoadedTarget } from '../../../src/targets/types.js';
import { dockerfileCaseArb, dockerfileText } from './dockerfile-arb.js';
import type { DockerfileCase } from './dockerfile-arb.js';
import { ALIAS_BOMB, policyCaseArb, policyText } from './policy-arb.js';
import type { PolicyCase, RemoteBehaviour } from './policy-arb.js';
import { composeCaseArb, runtimeFile, workflowCaseArb } from './runtime-arb.js';
import type { RuntimeCase } from './runtime-arb.js';
import { BUILTIN_WORKFLOWS, seeds } from './seeds.js';
import { tarBytes, tarCaseArb } from './tar-arb.js';
import type { TarCase } from './tar-arb.js';

export const CATEGORIES = ['dockerfile', 'compose', 'workflow', 'policy', 'tar'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A policy with every rule on, inline suppressions honoured and reported when unused or unexplained. */
export function everyRule(): ResolvedPolicy {
  const rules: ResolvedPolicy['rules'] = {};
  for (const r of RULES) rules[r.id] = { severity: r.severity === 'off' ? 'warning' : r.severity };
  return {
    rules,
    failOn: 'error',
    mode: 'enforce',
    sources: ['fuzz'],
    suppressions: { inline: true, requireReason: true, reportUnused: true },
  };
}

const SEVERITIES = new Set(['error', 'warning', 'info']);
const isPosInt = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 1;

export class PropertyFailure extends Error {}

function fail(message: string): never {
  throw new PropertyFailure(message);
}

/**
 * Crashes found by these fuzzers in code owned by other engineers, handed to the lead (each has an
 * `it.failing` test in __tests__/hardening/known-bugs.test.ts). While one is open, the fuzzers count
 * its signature instead of failing on it, so that they keep looking for other bugs; set
 * LAYERGUARD_FUZZ_STRICT=1 to fail on them too. Remove an entry when its bug is fixed.
 */
export const KNOWN_BUGS: { id: string; signature: RegExp; categories?: Category[] }[] = [
  // Fixed, now regression tests in known-bugs.test.ts and policies.test.ts: `env-self-reference-regex`
  // (ENV names put into a RegExp unescaped), `custom-assert-stable-json` (custom assert rules recursing
  // into cyclic models) and `policy-yaml-collection-key-warning` (collection keys stringified by toJS,
  // exponential when nested, with a Node.js warning per key).
];

const strict = () => process.env.LAYERGUARD_FUZZ_STRICT === '1';

/** The known bug a message is the signature of, if any (and not in strict mode). */
export function knownBug(message: string, category?: Category): string | undefined {
  if (strict()) return undefined;
  return KNOWN_BUGS.find(
    (b) => b.signature.test(message) && (!b.categories || !category || b.categories.includes(category)),
  )?.id;
}

/** Known-bug hits of the current run, by id. */
export const knownBugHits: Record<string, number> = {};

/** Messages that mean an exception was caught and turned into a problem: a bug, not bad input. */
const HIDDEN_CRASH =
  /shell parser failure|Cannot read propert|is not a function|is not iterable|undefined \(reading|Maximum call stack|RangeError|TypeError/;

export function checkTarget(t: LoadedTarget): void {
  if (!t || typeof t.file !== 'string') fail('the loader returned no target');
  for (const p of t.problems) {
    if (typeof p.message !== 'string' || p.message.trim() === '')
      fail(`a problem without a message: ${JSON.stringify(p)}`);
    if (HIDDEN_CRASH.test(p.message)) fail(`a problem hides an internal exception: ${p.message}`);
    if (!p.range || !isPosInt(p.range.line) || !isPosInt(p.range.column))
      fail(`a problem without a valid location: ${JSON.stringify(p)}`);
  }
}

export function checkFinding(f: Finding, lineCount: number | undefined): void {
  const where = `${f.ruleId} at ${f.file}:${f.line}:${f.column}`;
  if (f.ruleId === 'policy/internal-error') {
    const known = knownBug(f.message);
    if (!known) fail(`a rule crashed: ${f.message}`);
    knownBugHits[known] = (knownBugHits[known] ?? 0) + 1;
    return;
  }
  if (typeof f.ruleId !== 'string' || !f.ruleId) fail(`a finding without a rule id: ${JSON.stringify(f)}`);
  if (!SEVERITIES.has(f.severity)) fail(`${where}: severity ${String(f.severity)}`);
  if (typeof f.message !== 'string' || f.message.trim() === '') fail(`${where}: no message`);
  if (HIDDEN_CRASH.test(f.message)) fail(`${where}: the message hides an internal exception: ${f.message}`);
  if (![f.line, f.column, f.endLine, f.endColumn].every(isPosInt))
    fail(`${where}: invalid range ${JSON.stringify([f.line, f.column, f.endLine, f.endColumn])}`);
  if (f.endLine < f.line) fail(`${where}: endLine ${f.endLine} before line ${f.line}`);
  if (lineCount !== undefined && f.line > lineCount + 1)
    fail(`${where}: line ${f.line} is past the end of the file (${lineCount} lines)`);
  for (const e of f.fix?.edits ?? []) {
    if (![e.range.line, e.range.column, e.range.endLine, e.range.endColumn].every(isPosInt))
      fail(`${where}: a fix edit with an invalid range ${JSON.stringify(e.range)}`);
    if (typeof e.text !== 'string') fail(`${where}: a fix edit without text`);
  }
}

/** Every finding checked, and every report format rendered. */
export function checkResult(result: CheckResult, lineCounts: Map<string, number> = new Map()): void {
  for (const f of result.findings) checkFinding(f, lineCounts.get(f.file));
  formatText(result, { color: true });
  formatMarkdown(result, { maxLength: 65535 });
  formatGithub(result);
  JSON.parse(formatJson(result));
  const sarif = JSON.parse(formatSarif(result));
  if (
    sarif.runs[0].results.length !== result.findings.filter((f) => !f.suppressed).length &&
    sarif.runs[0].results.length !== result.findings.length
  ) {
    fail(`SARIF has ${sarif.runs[0].results.length} results for ${result.findings.length} findings`);
  }
}

const lines = (text: string) => text.split('\n').length;

// ---------------------------------------------------------------------------------------------------
// Dockerfiles

const NO_SIBLINGS: ShellcheckContext = {
  cwd: '/nonexistent',
  readSibling: async () => null,
  shellcheck: { mode: 'off' },
};

export async function checkDockerfileText(
  text: string,
  policy: ResolvedPolicy = everyRule(),
): Promise<CheckResult> {
  for (const dockerfileContinuations of [true, false]) {
    const sh = parseShell(text, { dockerfileContinuations });
    for (const e of sh.errors)
      if (HIDDEN_CRASH.test(e.message)) fail(`the shell parser crashed: ${e.message}`);
  }
  const target = await dockerfileTarget.load('Dockerfile', text, NO_SIBLINGS);
  checkTarget(target);
  const result = evaluate([target], policy);
  // Line numbers count in the text the loader kept (a lone CR ends a line there, as in dockerfile-ast).
  checkResult(result, new Map([['Dockerfile', lines(target.text ?? text)]]));
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Run configuration

export async function checkRuntimeFile(
  file: { path: string; text: string; type: string },
  policy: ResolvedPolicy = everyRule(),
): Promise<CheckResult> {
  const handler = {
    compose: composeTarget,
    workflow: workflowTarget,
    script: shellTarget,
    makefile: makefileTarget,
  }[file.type];
  if (!handler) fail(`unknown runtime file type ${file.type}`);
  const target = await handler.load(file.path, file.text, NO_SIBLINGS);
  checkTarget(target);
  const result = evaluate([target], policy);
  checkResult(result, new Map([[file.path, lines(target.text ?? file.text)]]));
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Policies

const FUZZ_TOKEN = 'ghs_fuzzTokenThatMustNeverBePrinted0123';

function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}

/** A stand-in for fetch that answers each URL as the case says, honouring the abort signal as fetch does. */
export function fakeFetch(
  behaviours: readonly RemoteBehaviour[],
  remoteText: () => string,
  maxBytes: number,
): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const signal = init?.signal ?? undefined;
    const auth = new Headers(init?.headers).get('authorization');
    if (auth && !url.startsWith('https://api.github.com/')) fail(`the token was sent to ${url}`);
    const b = behaviours[hashOf(url) % behaviours.length];
    // A pending request keeps the process alive (as an open socket does) until it is aborted.
    const aborted = () =>
      new Promise<never>((_, reject) => {
        const keepAlive = setTimeout(() => reject(new Error('the fake request was never aborted')), 60_000);
        const abort = () => {
          clearTimeout(keepAlive);
          reject(signal!.reason);
        };
        if (signal?.aborted) abort();
        signal?.addEventListener('abort', abort, { once: true });
      });
    switch (b) {
      case 'policy':
        return new Response(remoteText());
      case 'garbage':
        return new Response(new Uint8Array([0xff, 0xfe, 0, 1, 2, 0x80]));
      case '404':
        return new Response('not found', { status: 404 });
      case '500':
        return new Response('oops', { status: 500 });
      case 'hang':
        return aborted();
      case 'stall-body': {
        let keepAlive: NodeJS.Timeout | undefined;
        const stream = new ReadableStream<Uint8Array>({
          start(c) {
            c.enqueue(new TextEncoder().encode('rules:\n'));
            keepAlive = setTimeout(() => c.error(new Error('the fake body was never aborted')), 60_000);
            signal?.addEventListener(
              'abort',
              () => {
                clearTimeout(keepAlive);
                c.error(signal.reason);
              },
              { once: true },
            );
          },
          cancel() {
            clearTimeout(keepAlive);
          },
        });
        return new Response(stream);
      }
      case 'oversize':
        return new Response('#'.repeat(maxBytes + 1));
      case 'oversize-declared':
        return new Response('rules: {}\n', { headers: { 'content-length': String(1e12) } });
      case 'redirect-http': {
        const res = new Response('rules: {}\n');
        Object.defineProperty(res, 'url', { value: 'http://evil.example/p.yml' });
        return res;
      }
      case 'network-error':
        throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    }
  }) as typeof fetch;
}

let policyDir: string | undefined;
function policyWorkdir(): string {
  if (!policyDir) {
    policyDir = mkdtempSync(path.join(os.tmpdir(), 'lg-fuzz-policy-'));
    process.once('exit', () => rmSync(policyDir!, { recursive: true, force: true }));
  }
  return policyDir;
}

let fixedTargets: LoadedTarget[] | undefined;
async function targetsForPolicies(): Promise<LoadedTarget[]> {
  if (!fixedTargets) {
    const s = seeds(8);
    const df = await dockerfileTarget.load(
      'Dockerfile',
      s.dockerfiles[0] + `RUN echo ${'a'.repeat(20000)}!\n`,
      NO_SIBLINGS,
    );
    const df2 = await dockerfileTarget.load(
      'svc/Dockerfile',
      s.dockerfiles[s.dockerfiles.length - 1],
      NO_SIBLINGS,
    );
    const compose = await composeTarget.load('compose.yml', s.compose[s.compose.length - 1], NO_SIBLINGS);
    const wf = await workflowTarget.load('.github/workflows/ci.yml', BUILTIN_WORKFLOWS[0], NO_SIBLINGS);
    fixedTargets = [df, df2, compose, wf];
  }
  return fixedTargets;
}

export interface PolicyOutcome {
  policy?: ResolvedPolicy;
  error?: PolicyError;
}

export async function checkPolicyCase(
  c: PolicyCase,
  opts: { timeoutMs?: number } = {},
): Promise<PolicyOutcome> {
  const dir = policyWorkdir();
  const main =
    c.kind === 'alias-bomb' ? ALIAS_BOMB(c.bomb.levels, c.bomb.width) : policyText(c.main, c.edits);
  writeFileSync(path.join(dir, '.layerguard.yml'), main);
  // The siblings are written only when something can reach them (writes are most of a case's time).
  const a = /a\.yml/.test(main) ? policyText(c.siblings.a) : '';
  if (a) writeFileSync(path.join(dir, 'a.yml'), a);
  else rmSync(path.join(dir, 'a.yml'), { force: true });
  if (/b\.yml/.test(main + a)) writeFileSync(path.join(dir, 'b.yml'), policyText(c.siblings.b));
  else rmSync(path.join(dir, 'b.yml'), { force: true });
  const maxRemoteBytes = 64 * 1024;
  let outcome: PolicyOutcome;
  try {
    const policy = await loadPolicy({
      cwd: dir,
      policy: '.layerguard.yml',
      rules: RULES_BY_ID,
      env: {},
      githubToken: FUZZ_TOKEN,
      fetch: fakeFetch(c.remote, () => policyText(c.remoteDoc), maxRemoteBytes),
      fetchTimeoutMs: opts.timeoutMs ?? 20,
      maxRemoteBytes,
    });
    outcome = { policy };
  } catch (e) {
    if (e instanceof PropertyFailure) throw e;
    if (!(e instanceof PolicyError))
      fail(`loading the policy threw ${(e as Error)?.name}: ${(e as Error)?.stack ?? String(e)}`);
    if (e.problems.length === 0) fail('a PolicyError without problems');
    for (const p of e.problems) {
      if (typeof p.message !== 'string' || !p.message.trim())
        fail(`a policy problem without a message: ${JSON.stringify(p)}`);
      if (HIDDEN_CRASH.test(p.message)) fail(`a policy problem hides an internal exception: ${p.message}`);
      if (p.line !== undefined && !isPosInt(p.line)) fail(`a policy problem with line ${p.line}`);
      formatProblem(p);
    }
    if (!e.problems.some((p) => p.file !== undefined))
      fail(`no problem names the file it is in: ${e.message}`);
    if (e.message.includes(FUZZ_TOKEN)) fail('the token appears in a policy error');
    outcome = { error: e };
  }
  if (outcome.policy) {
    if (JSON.stringify(outcome.policy).includes(FUZZ_TOKEN)) fail('the token appears in the resolved policy');
    const targets = await targetsForPolicies();
    const result = evaluate(targets, outcome.policy, { now: new Date('2025-06-01T00:00:00Z') });
    checkResult(
      result,
      new Map(targets.filter((t) => t.text !== undefined).map((t) => [t.file, lines(t.text!)])),
    );
  }
  return outcome;
}

// ---------------------------------------------------------------------------------------------------
// Tar and image archives

/** Small limits, so that every limit is reached by some generated case. */
export const FUZZ_LIMITS: Partial<ImageLimits> = {
  maxLayerBytes: 4 * 1024 * 1024,
  maxRatio: 20,
  ratioAllowance: 256 * 1024,
  maxFiles: 200,
  maxNameLength: 1024,
  maxJsonBytes: 256 * 1024,
  maxJsonTotalBytes: 1024 * 1024,
  maxArchiveEntries: 300,
};

interface ParsedEntry {
  name: string;
  type: string;
  size: number;
  linkname: string;
  offset: number;
  bytes: number;
  hash: number;
}

/** Parses a tar with the push parser, fed in the given chunk sizes. */
export function parseTar(
  buf: Uint8Array,
  splits: readonly number[],
): { entries: ParsedEntry[]; error: string | null; warnings: string[] } {
  const entries: ParsedEntry[] = [];
  const warnings: string[] = [];
  const parser = new TarParser({
    entry(h) {
      const e: ParsedEntry = {
        name: h.name,
        type: h.type,
        size: h.size,
        linkname: h.linkname,
        offset: h.offset,
        bytes: 0,
        hash: 0,
      };
      entries.push(e);
      return {
        content(chunk, start, end) {
          e.bytes += end - start;
          for (let i = start; i < end; i++) e.hash = (e.hash * 33 + chunk[i]) >>> 0;
        },
      };
    },
    warning: (m) => warnings.push(m),
  });
  let i = 0;
  let k = 0;
  while (i < buf.length) {
    const n = splits.length ? splits[k++ % splits.length] : buf.length;
    parser.write(buf.subarray(i, i + n));
    i += n;
  }
  parser.end();
  return { entries, error: parser.error, warnings };
}

let tarDir: string | undefined;
let tarCount = 0;
function tarWorkdir(): string {
  if (!tarDir) {
    tarDir = mkdtempSync(path.join(os.tmpdir(), 'lg-fuzz-tar-'));
    process.once('exit', () => rmSync(tarDir!, { recursive: true, force: true }));
  }
  return tarDir;
}

export async function checkTarCase(c: TarCase): Promise<LoadedTarget[]> {
  const bytes = tarBytes(c);
  if (c.kind === 'raw-entries') {
    // The push parser gives the same entries, contents and error whatever the chunk boundaries.
    const whole = parseTar(bytes, []);
    const split = parseTar(bytes, c.split.length ? c.split : [1]);
    if (JSON.stringify(whole) !== JSON.stringify(split)) {
      fail(
        `the tar parser depends on chunk boundaries: ${JSON.stringify(whole).slice(0, 400)} vs ${JSON.stringify(split).slice(0, 400)}`,
      );
    }
  }
  const dir = tarWorkdir();
  const file = `image-${tarCount++ % 16}.tar`;
  writeFileSync(path.join(dir, file), bytes);
  const targets = await loadImageTargets(file, {
    cwd: dir,
    limits: tarCount % 4 === 0 ? undefined : FUZZ_LIMITS,
    dockerCommand: '/nonexistent/docker',
  });
  if (!Array.isArray(targets) || targets.length === 0) fail('the image loader returned no target');
  for (const t of targets) {
    if (t.kind !== 'image') fail(`an image input gave a ${t.kind} target`);
    checkTarget(t);
    if (t.units.length === 0 && t.problems.length === 0)
      fail('an image target with neither an image nor a problem');
  }
  const result = evaluate(targets, everyRule());
  checkResult(result);
  return targets;
}

// ---------------------------------------------------------------------------------------------------
// The runner

export interface CategoryOptions {
  seed: number;
  runs: number;
  /** fast-check path of a failure, to replay it. */
  path?: string;
  /** A case slower than this fails (default 5 s). */
  caseTimeLimitMs?: number;
  /** Stop searching (and shrinking) after this long (default: no limit). */
  timeLimitMs?: number;
}

export interface CategoryReport {
  category: Category;
  seed: number;
  runs: number;
  ok: boolean;
  ms: number;
  slowestMs: number;
  /** How many cases of each input kind were tried (shrinking included). */
  tried: Record<string, number>;
  /** What the inputs gave: findings, problems, policy errors… */
  outcomes: Record<string, number>;
  /** Hits of crashes already handed to the lead (KNOWN_BUGS), by id. */
  knownBugs: Record<string, number>;
  failure?: { path?: string; error: string; counterexample: string; replay: string };
}

interface CategoryDef<T> {
  arb: fc.Arbitrary<T>;
  describe(input: T): string;
  run(input: T, outcomes: Record<string, number>): Promise<void>;
}

function bump(m: Record<string, number>, k: string, n = 1) {
  m[k] = (m[k] ?? 0) + n;
}

function tally(outcomes: Record<string, number>, result: CheckResult, unit: 'instructions' | 'containers') {
  bump(outcomes, 'findings', result.findings.length);
  bump(outcomes, 'inputs with findings', result.findings.length > 0 ? 1 : 0);
  bump(
    outcomes,
    'inputs with problems (policy/unparsable)',
    result.findings.some((f) => f.ruleId === 'policy/unparsable') ? 1 : 0,
  );
  bump(
    outcomes,
    unit,
    result.targets.reduce((s, t) => s + Number(t.stats?.[unit] ?? 0), 0),
  );
}

function definition(category: Category): CategoryDef<unknown> {
  switch (category) {
    case 'dockerfile': {
      const s = seeds();
      return {
        arb: dockerfileCaseArb(),
        describe: (c) => (c as DockerfileCase).kind,
        async run(c, outcomes) {
          const result = await checkDockerfileText(dockerfileText(c as DockerfileCase, s.dockerfiles));
          tally(outcomes, result, 'instructions');
        },
      } as CategoryDef<unknown>;
    }
    case 'compose':
    case 'workflow': {
      const s = seeds();
      return {
        arb: category === 'compose' ? composeCaseArb() : workflowCaseArb(),
        describe: (c) => (c as RuntimeCase).kind,
        async run(c, outcomes) {
          const file = runtimeFile(c as RuntimeCase, s.compose, BUILTIN_WORKFLOWS);
          const result = await checkRuntimeFile(file);
          tally(outcomes, result, 'containers');
        },
      } as CategoryDef<unknown>;
    }
    case 'policy':
      return {
        arb: policyCaseArb(RULES.map((r) => r.id)),
        describe: (c) => {
          const p = c as PolicyCase;
          return p.edits.length ? `${p.kind}+text-mutation` : p.kind;
        },
        async run(c, outcomes) {
          const o = await checkPolicyCase(c as PolicyCase);
          bump(outcomes, o.policy ? 'policies loaded' : 'policies rejected with located problems');
        },
      } as CategoryDef<unknown>;
    case 'tar':
      return {
        arb: tarCaseArb(),
        describe: (c) => {
          const t = c as TarCase;
          if (t.kind === 'raw-entries') return `raw-entries/${t.damage.op}`;
          if (t.kind === 'random-bytes') return 'random-bytes';
          return `${t.kind}/${t.mutation}`;
        },
        async run(c, outcomes) {
          const targets = await checkTarCase(c as TarCase);
          bump(outcomes, 'images read', targets.filter((t) => t.units.length > 0).length);
          bump(
            outcomes,
            'inputs rejected with a problem',
            targets.every((t) => t.units.length === 0) ? 1 : 0,
          );
          bump(
            outcomes,
            'problems',
            targets.reduce((s, t) => s + t.problems.length, 0),
          );
        },
      } as CategoryDef<unknown>;
  }
}

function preview(value: unknown): string {
  let s: string;
  try {
    s = fc.stringify(value);
  } catch {
    s = String(value);
  }
  return s.length > 3000 ? `${s.slice(0, 3000)}… (${s.length} characters)` : s;
}

export async function runCategory(category: Category, opts: CategoryOptions): Promise<CategoryReport> {
  const def = definition(category);
  const limit = opts.caseTimeLimitMs ?? 5000;
  const tried: Record<string, number> = {};
  const outcomes: Record<string, number> = {};
  let slowest = 0;
  // Node.js warnings (printed on stderr, e.g. by the yaml library) count as failures: in the Action
  // they are noise on every run that meets the input.
  const warnings: string[] = [];
  const onWarning = (w: Error) => {
    if (w.name !== 'ExperimentalWarning') warnings.push(w.message);
  };
  process.on('warning', onWarning);
  const property = fc.asyncProperty(def.arb, async (input) => {
    bump(tried, def.describe(input));
    warnings.length = 0;
    const t0 = performance.now();
    await def.run(input, outcomes);
    const ms = performance.now() - t0;
    if (ms > slowest) slowest = ms;
    if (ms > limit) fail(`the case took ${Math.round(ms)} ms (the limit is ${limit} ms)`);
    await new Promise((r) => setImmediate(r)); // warnings are emitted on the next tick
    for (const w of warnings.splice(0)) {
      const known = knownBug(`process warning: ${w}`, category);
      if (!known) fail(`the input made Node.js print a warning: ${w}`);
      knownBugHits[known] = (knownBugHits[known] ?? 0) + 1;
    }
  });
  const before = { ...knownBugHits };
  const t0 = performance.now();
  const details = await fc
    .check(property, {
      seed: opts.seed,
      numRuns: opts.runs,
      ...(opts.path ? { path: opts.path } : {}),
      ...(opts.timeLimitMs
        ? { interruptAfterTimeLimit: opts.timeLimitMs, markInterruptAsFailure: false }
        : {}),
    })
    .finally(() => process.off('warning', onWarning));
  const report: CategoryReport = {
    category,
    seed: opts.seed,
    runs: details.numRuns,
    ok: !details.failed,
    ms: Math.round(performance.now() - t0),
    slowestMs: Math.round(slowest),
    tried,
    outcomes,
    knownBugs: Object.fromEntries(
      Object.entries(knownBugHits)
        .map(([k, v]) => [k, v - (before[k] ?? 0)] as const)
        .filter(([, v]) => v > 0),
    ),
  };
  if (details.failed) {
    const err = details.errorInstance as Error | undefined;
    report.failure = {
      path: details.counterexamplePath ?? undefined,
      error: err?.stack ?? String(err),
      counterexample: preview(details.counterexample?.[0]),
      replay: `npm run fuzz -- --only ${category} --seed ${opts.seed}${details.counterexamplePath ? ` --path ${details.counterexamplePath}` : ''}`,
    };
  }
  return report;
}

/** Writes the input of a failing case to a file, for a closer look (the replay command regenerates it). */
export function saveCounterexample(
  category: Category,
  report: CategoryReport,
  dir = path.join(os.tmpdir(), 'layerguard-fuzz'),
): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${category}-${report.seed}.txt`);
  writeFileSync(
    file,
    `${report.failure?.replay}\n\n${report.failure?.error}\n\n${report.failure?.counterexample}\n`,
  );
  return file;
}
