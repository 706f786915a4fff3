/**
 * The `layerguard` command line. Exit codes: 0 pass, 1 policy failure, 2 usage or configuration error.
 */
import { parseArgs } from 'node:util';
import { check } from '../engine/check.js';
import type { CheckResult } from '../engine/check.js';
import { PolicyError } from '../policy/types.js';
import { formatGithub } from '../report/github.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import { formatRules } from '../report/rules.js';
import { VERSION } from '../version.js';

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export class UsageError extends Error {}

const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;

const HELP = `layerguard ${VERSION}: check container builds against a YAML policy

Usage:
  layerguard check [PATH|GLOB]...   check Dockerfiles (default: the current folder)
      --policy FILE                 policy file or builtin:<name> (default: .github/layerguard.yml,
                                    .layerguard.yml, layerguard.yml, else builtin:recommended)
      --format text|json|sarif|github
      --fail-on error|warning|info|none
      --no-color
      --image REF                   also check a built image (repeatable): docker save tar, OCI
                                    layout or archive, inspect JSON, buildx metadata, or a name
      --baseline REF                compare the images with this one (size and layer growth)
      --container-inspect FILE      check \`docker container inspect\` JSON (repeatable)
      --github-token TOKEN          token for github: policy extends (default: $GITHUB_TOKEN)
  layerguard rules [--format text|json|markdown]   list every rule
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
      default:
        throw new UsageError(`unknown command "${command}"; the commands are check and rules (see layerguard --help)`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof PolicyError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`layerguard: ${(e as Error).message}\n`);
      return 2;
    }
    io.stderr(`layerguard: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
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
    },
  });
  const format = oneOf('--format', values.format, CHECK_FORMATS, 'text');
  const failOn = values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], FAIL_ON, 'error');
  const images = values.image ?? [];
  const containerInspect = values['container-inspect'] ?? [];
  if (values.baseline && images.length === 0) throw new UsageError('--baseline compares with an --image: give one');
  // With only images or inspect files named, do not also walk the current folder.
  const paths = positionals.length === 0 && (images.length > 0 || containerInspect.length > 0) ? [] : positionals;
  const result = await check({
    cwd: io.cwd,
    paths: paths.length === 0 && images.length === 0 && containerInspect.length === 0 ? ['.'] : paths,
    policy: values.policy,
    failOn,
    images,
    baseline: values.baseline,
    containerInspect,
    githubToken: values['github-token'] ?? io.env.GITHUB_TOKEN,
  });
  if (result.targets.length === 0 && result.missing.length > 0) {
    throw new UsageError(`nothing to check: ${result.missing.map((m) => `"${m}"`).join(', ')} matched no file`);
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
