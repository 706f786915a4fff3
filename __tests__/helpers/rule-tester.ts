/**
 * A small RuleTester: runs one rule, with options merged over its defaults, on a model and returns
 * what it reported, with ranges checked for sanity so that every rule test also tests its ranges.
 */
import { RULES_BY_ID } from '../../src/rules/index.js';
import type { ReportDescriptor, Rule } from '../../src/rules/define.js';
import { parseDockerfile } from '../../src/targets/dockerfile/parse.js';
import type { DockerIgnore, DockerfileModel } from '../../src/targets/dockerfile/model.js';

export type Reported = ReportDescriptor & {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
};

export function getRule(id: string): Rule {
  const rule = RULES_BY_ID.get(id);
  if (!rule) throw new Error(`no rule ${id} in the registry (did you run npm run gen?)`);
  return rule;
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
