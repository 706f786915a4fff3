/** Helpers for the run-configuration tests: load a source text and run one rule over its containers. */
import { runRule } from '../helpers/rule-tester.js';
import type { Reported } from '../helpers/rule-tester.js';
import type { LoadedTarget } from '../../src/targets/types.js';
import type { Range } from '../../src/engine/types.js';
import type { RuntimeSpec } from '../../src/targets/runtime/model.js';
import { loadComposeFile, loadKubernetesFile, loadWorkflowFile } from '../../src/targets/runtime/index.js';
import { loadMakefile, loadShellScript } from '../../src/targets/runtime/shell-source.js';
import { readContainerInspect } from '../../src/targets/runtime/inspect.js';

export { dedent } from '../helpers/rule-tester.js';

export type SourceFormat = 'compose' | 'sh' | 'make' | 'workflow' | 'inspect' | 'kubernetes';

export function load(format: SourceFormat, text: string): LoadedTarget {
  switch (format) {
    case 'compose':
      return loadComposeFile('compose.yaml', text);
    case 'sh':
      return loadShellScript('run.sh', text);
    case 'make':
      return loadMakefile('Makefile', text);
    case 'workflow':
      return loadWorkflowFile('.github/workflows/ci.yml', text);
    case 'inspect':
      return readContainerInspect('inspect.json', text);
    case 'kubernetes':
      return loadKubernetesFile('deploy.yaml', text);
  }
}

export function specs(format: SourceFormat, text: string): RuntimeSpec[] {
  const t = load(format, text);
  if (t.problems.length > 0) throw new Error(`unexpected problems: ${JSON.stringify(t.problems)}`);
  return t.units.map((u) => u.model as RuntimeSpec);
}

/** The one spec of a source that describes one container. */
export function spec(format: SourceFormat, text: string): RuntimeSpec {
  const all = specs(format, text);
  if (all.length !== 1) throw new Error(`expected one container, found ${all.length}`);
  return all[0];
}

/** A shell command line as a spec. */
export function cli(line: string): RuntimeSpec {
  return spec('sh', line);
}

/** Runs a rule over every container of a source; returns the findings with the container's name. */
export function lintRuntime(
  ruleId: string,
  format: SourceFormat,
  text: string,
  options: Record<string, unknown> = {},
): (Reported & { container: string })[] {
  return specs(format, text).flatMap((s) =>
    runRule(ruleId, s, options).map((r) => ({ ...r, container: s.source.name })),
  );
}

/** Whether a range is well formed and inside a text of `lines` lines. */
export function validIn(r: Range, lines: number): boolean {
  return (
    Number.isInteger(r.line) &&
    r.line >= 1 &&
    r.column >= 1 &&
    r.endLine >= r.line &&
    r.endLine <= lines &&
    (r.endLine > r.line || r.endColumn > r.column)
  );
}

/** `line:column` of each finding, for compact assertions. */
export function at(findings: { line: number; column: number }[]): string[] {
  return findings.map((f) => `${f.line}:${f.column}`);
}
