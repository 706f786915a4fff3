/**
 * The policy commands of the CLI: `print-policy [--explain]` and `init [--from-hadolint [FILE]]`.
 * src/cli/main.ts dispatches to them; problems are PolicyErrors (exit code 2).
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Io } from './io.js';
import { RULES_BY_ID } from '../rules/index.js';
import { convertHadolint, HADOLINT_FILE_NAMES } from '../policy/hadolint.js';
import type { HadolintConversion } from '../policy/hadolint.js';
import { starterPolicy } from './starter-policy.js';
import { loadPolicy } from '../policy/load.js';
import { renderPolicy } from './print-policy.js';
import { PolicyError } from '../policy/types.js';
import { readTargetFile } from '../engine/discover.js';
import { MAX_POLICY_BYTES } from '../policy/yaml.js';
import type { PolicyProblem } from '../policy/types.js';

/** `--from-hadolint=FILE` -> `--from-hadolint FILE` (parseArgs has no optional values). */
function splitEquals(args: string[], flag: string): string[] {
  return args.flatMap((a) => (a.startsWith(`${flag}=`) ? [flag, a.slice(flag.length + 1)] : [a]));
}

export async function printPolicyCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      policy: { type: 'string' },
      explain: { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      'github-token': { type: 'string' },
      'hadolint-config': { type: 'string' },
      'policy-cache': { type: 'string' },
    },
  });
  const format = values.format ?? 'yaml';
  if (format !== 'yaml' && format !== 'json')
    throw new PolicyError(`--format must be yaml or json (got "${format}")`);
  const policy = await policyFromArgs(values, io);
  for (const n of policy.notices ?? []) io.stderr(`layerguard: note: ${n}\n`);
  io.stdout(renderPolicy(policy, RULES_BY_ID, { explain: values.explain === true, format }));
  return 0;
}

export async function initCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: splitEquals(args, '--from-hadolint'),
    allowPositionals: true,
    options: {
      'from-hadolint': { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
    },
  });
  if (positionals.length > (values['from-hadolint'] ? 1 : 0)) {
    throw new PolicyError(
      `init takes no argument "${positionals[positionals.length - 1]}"; see layerguard --help`,
    );
  }
  let hadolint: { conversion: HadolintConversion; file: string } | undefined;
  if (values['from-hadolint']) {
    const file = positionals[0] ?? HADOLINT_FILE_NAMES.find((n) => existsSync(path.join(io.cwd, n)));
    if (!file)
      throw new PolicyError(
        `--from-hadolint: no ${HADOLINT_FILE_NAMES.join(', ')} here; name the file: --from-hadolint FILE`,
      );
    let text: string;
    try {
      // Bounded and confined like every file the repository names (it may be a link to /dev/zero).
      text = await readTargetFile(path.resolve(io.cwd, file), io.cwd, MAX_POLICY_BYTES);
    } catch (e) {
      throw new PolicyError(`cannot read the hadolint configuration ${file}: ${(e as Error).message}`);
    }
    const problems: PolicyProblem[] = [];
    const conversion = convertHadolint(text, file, RULES_BY_ID, problems);
    if (problems.length > 0) throw PolicyError.of(problems);
    for (const n of conversion.notices) io.stderr(`layerguard: note: ${n}\n`);
    hadolint = { conversion, file };
  }
  const text = starterPolicy({ hadolint });
  const output = values.output ?? '.layerguard.yml';
  if (output === '-') {
    io.stdout(text);
    return 0;
  }
  const target = path.resolve(io.cwd, output);
  if (existsSync(target) && !values.force) {
    throw new PolicyError(
      `${output} already exists; use --force to replace it, or --output FILE (--output - prints it)`,
    );
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, text);
  io.stderr(
    `layerguard: wrote ${output}; check it with: layerguard print-policy --explain --policy ${output}\n`,
  );
  return 0;
}

/** The policy named by a command's `--policy`, `--github-token` and `--hadolint-config` (else discovered). */
export function policyFromArgs(
  values: {
    policy?: string;
    'github-token'?: string;
    'hadolint-config'?: string;
    'policy-cache'?: string;
  },
  io: Io,
): ReturnType<typeof loadPolicy> {
  return loadPolicy({
    cwd: io.cwd,
    policy: values.policy,
    rules: RULES_BY_ID,
    githubToken: values['github-token'] ?? io.env.GITHUB_TOKEN,
    hadolintConfig: values['hadolint-config'],
    env: io.env,
    policyCacheDir: values['policy-cache'] && path.resolve(io.cwd, values['policy-cache']),
  });
}
