/**
 * A small RuleTester: runs one rule, with options merged over its defaults, on a model and returns
 * what it reported, with ranges checked for sanity so that every rule test also tests its ranges.
 *
 * Which rules it has: a rule's own test (`__tests__/rules/<kind>/<name>.test.ts`) gets that rule
 * alone, loaded from its module; any other test, the whole registry. Jest loads a test file's modules
 * anew for each file, and the registry is every rule and what they use: loading it took about 0.4 s
 * of each of the 144 rule tests, a fifth of the suite's time on two cores.
 *
 * A rule that declares `programs` (the engine skips it on a Dockerfile that runs none of them) must
 * report nothing on such a Dockerfile: the tester checks that on every model it is given, so every
 * case of these rules' tests also tests their `programs`.
 */
import type { ReportDescriptor, Rule } from '../../src/rules/define.js';
import { parseDockerfile } from '../../src/targets/dockerfile/parse.js';
import { runsAnyOf } from '../../src/knowledge/invocations.js';
import type { DockerIgnore, DockerfileModel } from '../../src/targets/dockerfile/model.js';

export type Reported = ReportDescriptor & {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
};

/** The rule a rule's own test file is named after (Jest sets the test's path before loading it). */
const OWN_RULE = /[\\/]__tests__[\\/]rules[\\/]([a-z]+[\\/][a-z0-9-]+)\.test\.ts$/
  .exec(expect.getState().testPath ?? '')?.[1]
  .replace('\\', '/');

/** A rule module by id (`src/rules/<kind>/<name>.ts`). */
async function importRule(id: string): Promise<Rule> {
  return ((await import(`../../src/rules/${id}.js`)) as { default: Rule }).default;
}

const LOADED: Map<string, Rule> = OWN_RULE
  ? new Map([[OWN_RULE, await importRule(OWN_RULE)]])
  : new Map((await import('../../src/rules/index.js')).RULES_BY_ID);

/** Loads more rules for a rule's own test that also runs others (`beforeAll(() => loadRules(…))`). */
export async function loadRules(...ids: string[]): Promise<void> {
  for (const id of ids) if (!LOADED.has(id)) LOADED.set(id, await importRule(id));
}

export function getRule(id: string): Rule {
  const rule = LOADED.get(id);
  if (rule) return rule;
  if (OWN_RULE)
    throw new Error(
      `${id}: a rule's own test has only its rule (${OWN_RULE}) unless it loads others: beforeAll(() => loadRules('${id}'))`,
    );
  throw new Error(`no rule ${id} in the registry (did you run npm run gen?)`);
}

export function runRule(id: string, model: unknown, options: Record<string, unknown> = {}): Reported[] {
  const rule = getRule(id);
  const out: Reported[] = [];
  // A base-image rule given a run configuration checks its image (Rule.checkRuntime), as the engine does.
  const isRuntimeSpec = !!model && typeof model === 'object' && 'capAdd' in model && 'source' in model;
  const check =
    rule.kind !== 'runtime' && isRuntimeSpec && rule.checkRuntime ? rule.checkRuntime : rule.check;
  check.call(rule, model as never, { ...rule.defaultOptions, ...options }, (d) => {
    const r = d.range;
    if (!(
      r.line >= 1 &&
      r.column >= 1 &&
      r.endLine >= r.line &&
      (r.endLine > r.line || r.endColumn >= r.column)
    )) {
      throw new Error(`${id} reported an invalid range ${JSON.stringify(r)}`);
    }
    if (!d.message || d.message.length < 10)
      throw new Error(`${id} reported a too short message "${d.message}"`);
    out.push({ ...d, ...r });
  });
  if (out.length > 0 && check === rule.check && rule.programs) {
    if (!runsAnyOf(model as DockerfileModel, rule.programs))
      throw new Error(
        `${id} reported on a Dockerfile that runs none of its programs (${rule.programs.join(', ')}), which the engine skips it on: fix its \`programs\``,
      );
  }
  return out;
}

export function dockerfile(
  text: string,
  opts: { path?: string; dockerignore?: DockerIgnore | null } = {},
): DockerfileModel {
  return parseDockerfile(text, opts.path ?? 'Dockerfile', { dockerignore: opts.dockerignore ?? null });
}

/** Lints Dockerfile text with one rule; returns the findings. */
export function lint(
  id: string,
  text: string,
  options: Record<string, unknown> = {},
  opts: { path?: string; dockerignore?: DockerIgnore | null } = {},
): Reported[] {
  return runRule(id, dockerfile(text, opts), options);
}

/** Strips the common indentation of a template literal so tests read naturally. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export type { Rule };
