/**
 * The `layerguard` command line. Exit codes: 0 pass, 1 policy failure, 2 usage or configuration error.
 */
import { parseArgs } from 'node:util';
import type { CheckResult } from '../engine/check.js';
import { formatProblem, PolicyError } from '../policy/types.js';
import { VERSION } from '../version.js';
// Each command imports what it runs when it runs (the bundle is split): `--help` and `--version`
// load none of the engine, `check` none of the other commands.

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export class UsageError extends Error {}

const CHECK_FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;

const HELP = `layerguard ${VERSION}: check container builds against a YAML policy

Usage:
  layerguard check [PATH|GLOB]...   check Dockerfiles (default: the current folder)
      --policy FILE                 policy file or builtin:<name> (default: .github/layerguard.yml,
                                    .layerguard.yml, layerguard.yml, else builtin:recommended)
      --format text|json|sarif|github|markdown
      --fail-on error|warning|info|none
      --no-color
      --image REF                   also check a built image (repeatable): docker save tar, OCI
                                    layout or archive, inspect JSON, buildx metadata, or a name
      --baseline REF                compare the images with this one (size and layer growth)
      --container-inspect FILE      check \`docker container inspect\` JSON (repeatable)
      --github-token TOKEN          token for github: policy extends (default: $GITHUB_TOKEN)
      --shellcheck auto|on|off      check RUN scripts with ShellCheck: when it is on PATH (auto, the
                                    default), always (a missing binary is an error), or never
      --hadolint-config FILE        also apply a .hadolint.yaml (ignored, override, trustedRegistries,
                                    label-schema, failure-threshold), merged over the policy
  layerguard rules [--format text|json|markdown]   list every rule
  layerguard print-policy [--explain] [--policy FILE] [--format yaml|json] [--hadolint-config FILE]
                                    print the merged effective policy; --explain adds the file:line
                                    each value comes from
  layerguard init [--from-hadolint [FILE]] [--output FILE|-] [--force]
                                    write a commented starter policy (default .layerguard.yml),
                                    optionally converted from a .hadolint.yaml
  layerguard --version

Exit status: 0 pass, 1 policy failure, 2 usage or configuration error.
`;

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(HELP);
        return command === undefined ? 2 : 0;
      case '-v':
      case '--version':
        io.stdout(VERSION + '\n');
        return 0;
      case 'check':
        return await runCheck(rest, io);
      case 'rules':
        return await runRules(rest, io);
      case 'print-policy':
        return await (await import('../policy/commands.js')).printPolicyCommand(rest, io);
      case 'init':
        return await (await import('../policy/commands.js')).initCommand(rest, io);
      default:
        throw new UsageError(
          `unknown command "${command}"; the commands are check, rules, print-policy and init (see layerguard --help)`,
        );
    }
  } catch (e) {
    if (e instanceof PolicyError && e.problems.some((p) => p.file)) {
      // One `file:line:col: message` line per problem, as editors and problem matchers read them.
      for (const p of e.problems) io.stderr(p.file ? `${formatProblem(p)}\n` : `layerguard: ${p.message}\n`);
      const n = e.problems.length;
      io.stderr(`layerguard: the policy has ${n} problem${n === 1 ? '' : 's'}; nothing was checked\n`);
      return 2;
    }
    if (
      e instanceof UsageError ||
      e instanceof PolicyError ||
      (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`layerguard: ${(e as Error).message}\n`);
      return 2;
    }
    io.stderr(`layerguard: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

async function runCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      format: { type: 'string', short: 'f' },
      'fail-on': { type: 'string' },
      'no-color': { type: 'boolean' },
      color: { type: 'boolean' },
      image: { type: 'string', multiple: true },
      baseline: { type: 'string' },
      'container-inspect': { type: 'string', multiple: true },
      'github-token': { type: 'string' },
      'hadolint-config': { type: 'string' },
      shellcheck: { type: 'string' },
    },
  });
  const format = oneOf('--format', values.format, CHECK_FORMATS, 'text');
  const shellcheck = oneOf('--shellcheck', values.shellcheck, ['auto', 'on', 'off'] as const, 'auto');
  const failOn =
    values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], FAIL_ON, 'error');
  const images = values.image ?? [];
  const containerInspect = values['container-inspect'] ?? [];
  if (values.baseline && images.length === 0)
    throw new UsageError('--baseline compares with an --image: give one');
  // With only images or inspect files named, do not also walk the current folder.
  const paths =
    positionals.length === 0 && (images.length > 0 || containerInspect.length > 0) ? [] : positionals;
  const githubToken = values['github-token'] ?? io.env.GITHUB_TOKEN;
  const [{ check }, { loadPolicy }, { RULES_BY_ID }] = await Promise.all([
    import('../engine/check.js'),
    import('../policy/load.js'),
    import('../rules/index.js'),
  ]);
  const resolvedPolicy = await loadPolicy({
    cwd: io.cwd,
    policy: values.policy,
    rules: RULES_BY_ID,
    githubToken,
    hadolintConfig: values['hadolint-config'],
    env: io.env,
  });
  for (const note of resolvedPolicy.notices ?? []) io.stderr(`layerguard: note: ${note}\n`);
  const result = await check({
    cwd: io.cwd,
    resolvedPolicy,
    paths: paths.length === 0 && images.length === 0 && containerInspect.length === 0 ? ['.'] : paths,
    policy: values.policy,
    failOn,
    images,
    baseline: values.baseline,
    containerInspect,
    githubToken,
    shellcheck,
    // Only the text report quotes source lines; other formats need no file's text kept.
    keepSources: format === 'text',
  });
  if (result.targets.length === 0 && result.missing.length > 0) {
    throw new UsageError(
      `nothing to check: ${result.missing.map((m) => `"${m}"`).join(', ')} matched no file`,
    );
  }
  const color = values.color === true || (!values['no-color'] && io.isTTY && !io.env.NO_COLOR);
  io.stdout(await render(result, format, color));
  return result.verdict === 'pass' ? 0 : 1;
}

export async function render(
  result: CheckResult,
  format: (typeof CHECK_FORMATS)[number],
  color: boolean,
): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../report/json.js')).formatJson(result);
    case 'sarif':
      return (await import('../report/sarif.js')).formatSarif(result);
    case 'github':
      return (await import('../report/github.js')).formatGithub(result);
    case 'markdown':
      return (await import('../report/markdown.js')).formatMarkdown(result);
    default:
      return (await import('../report/text.js')).formatText(result, { color });
  }
}

async function runRules(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { format: { type: 'string', short: 'f' } } });
  const format = oneOf('--format', values.format, ['text', 'json', 'markdown'] as const, 'text');
  io.stdout((await import('../report/rules.js')).formatRules(format));
  return 0;
}
