/**
 * The `layerguard` command line. Exit codes: 0 pass, 1 policy failure, 2 usage or configuration error.
 */
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_STDIN_NAME } from '../engine/stdin.js';
import type { CheckOptions, CheckResult } from '../engine/check.js';
import {
  BaselineFileError,
  DEFAULT_BASELINE_FILE,
  formatBaseline,
  readBaseline,
} from '../engine/baseline.js';
import { formatProblem, PolicyError } from '../policy/types.js';
import { suggest } from '../policy/suggest.js';
import type { Io } from './io.js';
import { escapeData, escapeLogLine } from '../report/github.js';
import { helpOrVersion } from './help.js';
import { noteCodePart } from '../engine/code-parts.js';
// Each command imports what it runs when it runs (the bundle is split): `--help` and `--version`
// load none of the engine's checking, `check` none of the other commands. What is imported above is
// small: the error classes the exit code depends on, and the escaping of messages.

export type { Io } from './io.js';

export class UsageError extends Error {}

const CHECK_FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    const early = helpOrVersion(argv, io);
    if (early !== undefined) return early;
    if (command !== undefined && Object.hasOwn(COMMAND_OPTIONS, command)) noteCodePart(`command:${command}`);
    switch (command) {
      case 'check':
        return await runCheck(rest, io);
      case 'rules':
        return await runRules(rest, io);
      case 'print-policy':
        return await (await import('./policy-commands.js')).printPolicyCommand(rest, io);
      case 'init':
        return await (await import('./policy-commands.js')).initCommand(rest, io);
      case 'baseline':
        return await runBaseline(rest, io);
      case 'verify':
        return await (await import('./verify.js')).verifyCommand(rest, io);
      case 'report':
        return await (await import('./fleet-report.js')).reportCommand(rest, io);
      case 'lock':
        return await (await import('./lock.js')).lockCommand(rest, io);
      default:
        throw new UsageError(
          `unknown command "${command}"${suggest(command, Object.keys(COMMAND_OPTIONS))}; the commands are check, baseline, rules, print-policy, init, verify, report and lock (see layerguard --help)`,
        );
    }
  } catch (e) {
    if (e instanceof PolicyError && e.problems.some((p) => p.file)) {
      // One `file:line:col: message` line per problem, as editors and problem matchers read them.
      // A problem's file may be named by the repository (a local extends): escaped for a step log.
      for (const p of e.problems)
        io.stderr(p.file ? `${escapeLogLine(formatProblem(p))}\n` : `layerguard: ${escapeData(p.message)}\n`);
      const n = e.problems.length;
      io.stderr(`layerguard: the policy has ${n} problem${n === 1 ? '' : 's'}; nothing was checked\n`);
      return 2;
    }
    const unknownOption = unknownOptionMessage(e, argv[0]);
    if (unknownOption) {
      io.stderr(`layerguard: ${unknownOption}\n`);
      return 2;
    }
    if (
      e instanceof UsageError ||
      e instanceof PolicyError ||
      e instanceof BaselineFileError ||
      (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`layerguard: ${(e as Error).message}\n`);
      return 2;
    }
    io.stderr(`layerguard: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

/** The long options of each command, for "did you mean" on a mistyped one (`--polcy`). */
const COMMAND_OPTIONS: Record<string, string[]> = {
  check: [
    'policy',
    'format',
    'fail-on',
    'no-color',
    'color',
    'image',
    'baseline',
    'container-inspect',
    'github-token',
    'hadolint-config',
    'shellcheck',
    'image-dockerfile',
    'platform',
    'stdin-name',
    'base',
    'fail-scope',
    'baseline-file',
    'no-baseline-file',
    'policy-cache',
    'jobs',
  ],
  baseline: ['output'],
  rules: ['format', 'policy', 'hadolint-config', 'github-token', 'policy-cache'],
  'print-policy': ['policy', 'explain', 'format', 'github-token', 'hadolint-config', 'policy-cache'],
  lock: ['update', 'policy', 'github-token', 'policy-cache'],
  init: ['from-hadolint', 'output', 'force'],
  verify: ['format', 'shellcheck'],
  report: ['format', 'current', 'today'],
};
COMMAND_OPTIONS.baseline.push(...COMMAND_OPTIONS.check);

/** Node's "Unknown option '--polcy'…" as one line with the likely option, or undefined for other errors. */
function unknownOptionMessage(e: unknown, command: string | undefined): string | undefined {
  if ((e as { code?: string }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return undefined;
  const option = /'(-[^']*)'/.exec((e as Error).message)?.[1];
  if (!option) return undefined;
  const known = COMMAND_OPTIONS[command ?? ''] ?? [];
  const name = option.replace(/^-+/, '').split('=')[0];
  const guess = suggest(name, known).replace(/"([^"]+)"/, '"--$1"');
  return `unknown option ${option}${guess} for ${command}; see layerguard --help`;
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(
      `${name} must be one of ${allowed.join(', ')} (got "${value}")${suggest(value, allowed)}`,
    );
  }
  return value as T;
}

const CHECK_OPTIONS = {
  policy: { type: 'string' },
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  'no-color': { type: 'boolean' },
  color: { type: 'boolean' },
  image: { type: 'string', multiple: true },
  'image-dockerfile': { type: 'string', multiple: true },
  baseline: { type: 'string' },
  'container-inspect': { type: 'string', multiple: true },
  'github-token': { type: 'string' },
  'hadolint-config': { type: 'string' },
  shellcheck: { type: 'string' },
  base: { type: 'string' },
  'fail-scope': { type: 'string' },
  'baseline-file': { type: 'string' },
  'no-baseline-file': { type: 'boolean' },
  platform: { type: 'string' },
  'stdin-name': { type: 'string' },
  'policy-cache': { type: 'string' },
  jobs: { type: 'string' },
} as const;

/**
 * The paths a `check` or `baseline` command line names when it reads nothing else (no image, inspect
 * file or standard input); undefined for any other command line. Read leniently: it only sizes the run
 * (process-io.ts), and the command itself reports what is wrong with its options.
 */
export function checkOperands(argv: readonly string[]): string[] | undefined {
  const [command, ...args] = argv;
  if (command !== 'check' && command !== 'baseline') return undefined;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: false,
    options: CHECK_OPTIONS,
  });
  if (values.image !== undefined || values['container-inspect'] !== undefined) return undefined;
  if (positionals.length === 0 || positionals.includes('-')) return undefined;
  return positionals;
}

/** `IMAGE=DOCKERFILE` pairs (an image reference never holds `=`, so the first one splits). */
export function imageDockerfilePairs(values: readonly string[], what: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq <= 0 || eq === v.length - 1) {
      throw new UsageError(`${what} takes IMAGE=DOCKERFILE, e.g. build/app.tar=Dockerfile (got "${v}")`);
    }
    out.set(v.slice(0, eq).trim(), v.slice(eq + 1).trim());
  }
  return out;
}

/** Parses the options `check` and `baseline` share and runs the check. */
async function checkFromArgs(
  args: string[],
  io: Io,
  extra: Record<string, { type: 'string' | 'boolean'; short?: string }> = {},
): Promise<{ result: CheckResult; values: Record<string, unknown> }> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...CHECK_OPTIONS, ...extra },
  });
  const readsStdin = positionals.includes('-');
  if (values['stdin-name'] !== undefined && !readsStdin)
    throw new UsageError('--stdin-name names standard input: give - as a path to read it');
  if (readsStdin && !io.readStdin) throw new UsageError('there is no standard input to read');
  const stdin = readsStdin
    ? {
        name: (values['stdin-name'] as string | undefined) || DEFAULT_STDIN_NAME,
        text: await io.readStdin!(),
      }
    : undefined;
  const named = positionals.filter((p) => p !== '-');
  const shellcheck = oneOf('--shellcheck', values.shellcheck, ['auto', 'on', 'off'] as const, 'auto');
  const failOn =
    values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], FAIL_ON, 'error');
  const images = values.image ?? [];
  const containerInspect = values['container-inspect'] ?? [];
  if (values.baseline && images.length === 0)
    throw new UsageError('--baseline compares with an --image: give one');
  if (values.platform !== undefined && !/^(all|[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?)$/.test(values.platform))
    throw new UsageError(
      `--platform must be os/arch[/variant] (linux/amd64, linux/arm64/v8) or all (got "${values.platform}")`,
    );
  const imageDockerfiles = imageDockerfilePairs(values['image-dockerfile'] ?? [], '--image-dockerfile');
  for (const image of imageDockerfiles.keys()) {
    if (!images.includes(image)) {
      throw new UsageError(`--image-dockerfile names "${image}", which is not one of the --image inputs`);
    }
  }
  if (values['baseline-file'] !== undefined && values['no-baseline-file']) {
    throw new UsageError('--baseline-file and --no-baseline-file contradict each other: give one');
  }
  // With only images or inspect files named, do not also walk the current folder.
  const paths =
    named.length === 0 && (readsStdin || images.length > 0 || containerInspect.length > 0) ? [] : named;
  const githubToken = values['github-token'] ?? io.env.GITHUB_TOKEN;
  const jobsArg = values.jobs ?? io.env.LAYERGUARD_JOBS;
  if (jobsArg !== undefined && !/^[1-9][0-9]{0,2}$/.test(jobsArg))
    throw new UsageError(
      `${values.jobs !== undefined ? '--jobs' : 'LAYERGUARD_JOBS'} must be a whole number from 1 to 999 (got "${jobsArg}")`,
    );
  // One import after another: concurrent dynamic imports of modules that share dependencies race in
  // Jest's module loader ("request for … is not in cache"); in Node they cost the same either way.
  const { check } = await import('../engine/check.js');
  const { loadPolicy } = await import('../policy/load.js');
  const { RULES_BY_ID } = await import('../rules/index.js');
  const resolvedPolicy = await loadPolicy({
    cwd: io.cwd,
    policy: values.policy,
    rules: RULES_BY_ID,
    githubToken,
    hadolintConfig: values['hadolint-config'],
    env: io.env,
    policyCacheDir: values['policy-cache'] && path.resolve(io.cwd, values['policy-cache']),
  });
  // A policy file is YAML read and validated: code a run with the built-in presets alone never compiles.
  if (resolvedPolicy.sources.some((source) => !source.startsWith('builtin:'))) noteCodePart('policy-file');
  for (const note of resolvedPolicy.notices ?? []) io.stderr(`layerguard: note: ${escapeData(note)}\n`);
  // git (and child_process with it) is loaded for --base only. Its errors say what is wrong with the
  // revision: usage errors, reported as such.
  const git = values.base !== undefined ? await import('../engine/git.js') : undefined;
  const asUsageError = (e: unknown) =>
    git && e instanceof git.BaseRevisionError ? new UsageError(e.message) : e;
  const base =
    git && values.base !== undefined
      ? await git.GitRevision.open(io.cwd, values.base).catch((e: unknown) => {
          throw asUsageError(e);
        })
      : undefined;
  const failScope = oneOf(
    '--fail-scope',
    values['fail-scope'],
    ['new', 'all'] as const,
    base ? 'new' : 'all',
  );
  const opts: CheckOptions = {
    cwd: io.cwd,
    resolvedPolicy,
    paths:
      paths.length === 0 && !readsStdin && images.length === 0 && containerInspect.length === 0
        ? ['.']
        : paths,
    stdin,
    policy: values.policy,
    failOn,
    images,
    imageDockerfiles,
    baseline: values.baseline,
    platform: values.platform,
    containerInspect,
    githubToken,
    shellcheck,
    jobs: jobsArg === undefined ? undefined : Number(jobsArg),
    // Only the text report quotes source lines, and only the lines findings start on: other formats keep no text.
    keepSources: ((values.format as string | undefined) ?? 'text') === 'text' ? 'lines' : false,
    failScope,
    base,
    debtBaseline: values['no-baseline-file']
      ? undefined
      : await readBaseline(io.cwd, values['baseline-file']),
  };
  let result: CheckResult;
  try {
    result = await check(opts);
  } catch (e) {
    throw asUsageError(e);
  } finally {
    base?.close();
  }
  if (result.targets.length === 0 && result.missing.length > 0) {
    throw new UsageError(
      `nothing to check: ${result.missing.map((m) => `"${m}"`).join(', ')} matched no file`,
    );
  }
  return { result, values };
}

async function runCheck(args: string[], io: Io): Promise<number> {
  const format = oneOf('--format', formatArg(args), CHECK_FORMATS, 'text');
  const { result, values } = await checkFromArgs(args, io);
  const color = values.color === true || (!values['no-color'] && io.isTTY && !io.env.NO_COLOR);
  for (const piece of await render(result, format, color)) {
    io.stdout(piece);
    await io.drain?.();
  }
  return result.verdict === 'pass' ? 0 : 1;
}

/** The --format value, read before the check runs so that a wrong one fails fast. */
function formatArg(args: string[]): string | undefined {
  const { values } = parseArgs({ args, allowPositionals: true, strict: false, options: CHECK_OPTIONS });
  return typeof values.format === 'string' ? values.format : undefined;
}

/**
 * `layerguard baseline`: runs the check as `check` would (the current baseline file is not applied,
 * so that every finding is recorded) and writes the findings' fingerprints as known debt.
 */
async function runBaseline(args: string[], io: Io): Promise<number> {
  const { result, values } = await checkFromArgs([...args, '--no-baseline-file'], io, {
    output: { type: 'string', short: 'o' },
  });
  const output = (values.output as string | undefined) ?? DEFAULT_BASELINE_FILE;
  const text = formatBaseline(result.findings);
  const count = result.findings.filter((f) => !f.suppressed).length;
  if (output === '-') io.stdout(text);
  else {
    writeFileSync(path.resolve(io.cwd, output), text);
    io.stderr(
      `layerguard: wrote ${count} finding${count === 1 ? '' : 's'} to ${output}; commit it, and check runs treat them as known debt\n`,
    );
  }
  return 0;
}

/**
 * The report in the pieces it is written in. JSON (finding by finding) and text (file by file) come in
 * many, so that a large run never holds the whole report as one string; the other formats in one.
 */
export async function render(
  result: CheckResult,
  format: (typeof CHECK_FORMATS)[number],
  color: boolean,
): Promise<Iterable<string>> {
  noteCodePart(`format:${format}`);
  switch (format) {
    case 'json':
      return (await import('../report/json.js')).jsonChunks(result);
    case 'sarif':
      return [(await import('../report/sarif.js')).formatSarif(result)];
    case 'github':
      return [(await import('../report/github.js')).formatGithub(result)];
    case 'markdown':
      return [(await import('../report/markdown.js')).formatMarkdown(result)];
    default:
      return (await import('../report/text.js')).textChunks(result, { color });
  }
}

async function runRules(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: 'string', short: 'f' },
      policy: { type: 'string' },
      'hadolint-config': { type: 'string' },
      'github-token': { type: 'string' },
      'policy-cache': { type: 'string' },
    },
  });
  const format = oneOf('--format', values.format, ['text', 'json', 'markdown'] as const, 'text');
  // The severities shown are those of the policy `check` would use here (discovered, else recommended).
  const { policyFromArgs } = await import('./policy-commands.js');
  const { formatRules } = await import('../report/rules.js');
  const policy = await policyFromArgs(values, io);
  io.stdout(
    formatRules(format, undefined, {
      sources: policy.sources,
      severityOf: (rule) => policy.rules[rule.id]?.severity ?? rule.severity,
    }),
  );
  return 0;
}
