/**
 * The `layerguard` command line. Exit codes: 0 pass, 1 policy failure, 2 usage or configuration error.
 */
import { parseArgs } from 'node:util';
import { check } from '../engine/check.js';
import { DEFAULT_STDIN_NAME } from '../engine/stdin.js';
import type { CheckResult } from '../engine/check.js';
import { formatProblem, PolicyError } from '../policy/types.js';
import { loadPolicy } from '../policy/load.js';
import { initCommand, printPolicyCommand } from './policy-commands.js';
import { verifyCommand } from './verify.js';
import { reportCommand } from './fleet-report.js';
import type { Io } from './io.js';
import { RULES_BY_ID } from '../rules/index.js';
import { formatGithub } from '../report/github.js';
import { formatMarkdown } from '../report/markdown.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { escapeData, escapeLogLine } from '../report/github.js';
import { formatText } from '../report/text.js';
import { formatRules } from '../report/rules.js';
import { VERSION } from '../version.js';

export type { Io } from './io.js';

export class UsageError extends Error {}

const CHECK_FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;

const HELP = `layerguard ${VERSION}: check container builds against a YAML policy

Usage:
  layerguard check [PATH|GLOB|-]... check Dockerfiles, compose files, Kubernetes manifests… (default:
                                    the current folder; - reads standard input, e.g. from
                                    helm template or kustomize build)
      --stdin-name NAME             the file name standard input is reported under and matched
                                    against policy overrides by (default <stdin>)
      --policy FILE                 policy file or builtin:<name> (default: .github/layerguard.yml,
                                    .layerguard.yml, layerguard.yml, else builtin:recommended)
      --format text|json|sarif|github|markdown
      --fail-on error|warning|info|none
      --no-color
      --image REF                   also check a built image (repeatable): docker save tar, OCI
                                    layout or archive, inspect JSON, buildx metadata, a name (local
                                    daemon), docker://HOST/REPO:TAG (a registry, no daemon), or
                                    docker-archive:, oci-archive:, oci: PATH[:NAME]
      --platform OS/ARCH|all        platform of multi-platform images (registry default linux/amd64)
      --baseline REF                compare the images with this one (files, packages, size, layers)
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
  layerguard verify [PATH]... [--format text|json|github]
                                    run the policy's tests (layerguard.test.yml, *.layerguard.test.yml):
                                    expected findings, silent rules and verdicts, as a readable diff
  layerguard report FILE|FOLDER... [--format markdown|json] [--current github:ORG/REPO/PATH@REF]
                                    merge many repositories' JSON (or SARIF) results into one fleet
                                    report: verdicts, noisiest rules, exceptions by expiry, locked
                                    rules, policy versions (behind --current)
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
        return runRules(rest, io);
      case 'print-policy':
        return await printPolicyCommand(rest, io);
      case 'init':
        return await initCommand(rest, io);
      case 'verify':
        return await verifyCommand(rest, io);
      case 'report':
        return await reportCommand(rest, io);
      default:
        throw new UsageError(
          `unknown command "${command}"; the commands are check, rules, print-policy, init, verify and report (see layerguard --help)`,
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
      platform: { type: 'string' },
      'container-inspect': { type: 'string', multiple: true },
      'github-token': { type: 'string' },
      'hadolint-config': { type: 'string' },
      shellcheck: { type: 'string' },
      'stdin-name': { type: 'string' },
    },
  });
  const readsStdin = positionals.includes('-');
  if (values['stdin-name'] !== undefined && !readsStdin)
    throw new UsageError('--stdin-name names standard input: give - as a path to read it');
  if (readsStdin && !io.readStdin) throw new UsageError('there is no standard input to read');
  const stdin = readsStdin
    ? { name: values['stdin-name'] || DEFAULT_STDIN_NAME, text: await io.readStdin!() }
    : undefined;
  const named = positionals.filter((p) => p !== '-');
  const format = oneOf('--format', values.format, CHECK_FORMATS, 'text');
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
  // With only images or inspect files named, do not also walk the current folder.
  const paths =
    named.length === 0 && (readsStdin || images.length > 0 || containerInspect.length > 0) ? [] : named;
  const githubToken = values['github-token'] ?? io.env.GITHUB_TOKEN;
  const resolvedPolicy = await loadPolicy({
    cwd: io.cwd,
    policy: values.policy,
    rules: RULES_BY_ID,
    githubToken,
    hadolintConfig: values['hadolint-config'],
    env: io.env,
  });
  for (const note of resolvedPolicy.notices ?? []) io.stderr(`layerguard: note: ${escapeData(note)}\n`);
  const result = await check({
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
    baseline: values.baseline,
    platform: values.platform,
    containerInspect,
    githubToken,
    shellcheck,
  });
  if (result.targets.length === 0 && result.missing.length > 0) {
    throw new UsageError(
      `nothing to check: ${result.missing.map((m) => `"${m}"`).join(', ')} matched no file`,
    );
  }
  const color = values.color === true || (!values['no-color'] && io.isTTY && !io.env.NO_COLOR);
  io.stdout(render(result, format, color));
  return result.verdict === 'pass' ? 0 : 1;
}

export function render(result: CheckResult, format: (typeof CHECK_FORMATS)[number], color: boolean): string {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result);
    case 'github':
      return formatGithub(result);
    case 'markdown':
      return formatMarkdown(result);
    default:
      return formatText(result, { color });
  }
}

function runRules(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { format: { type: 'string', short: 'f' } } });
  const format = oneOf('--format', values.format, ['text', 'json', 'markdown'] as const, 'text');
  io.stdout(formatRules(format));
  return 0;
}
