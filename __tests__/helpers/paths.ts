import { existsSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/rules/index.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';

/** Jest runs from the repository root. */
export const REPO_ROOT = process.cwd();
/** The shared corpus sits beside the repository (`../shared/corpus`), in CI as on developers' machines. */
export const CORPUS_ROOT = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
export const hasCorpus = existsSync(CORPUS_ROOT);

/** A policy with every rule on (rules off by default run as warnings). */
export function everyRulePolicy(): ResolvedPolicy {
  const rules: ResolvedPolicy['rules'] = {};
  for (const r of RULES) rules[r.id] = { severity: r.severity === 'off' ? 'warning' : r.severity };
  return { rules, failOn: 'error', mode: 'enforce', sources: ['every-rule'] };
}
