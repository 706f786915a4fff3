import type { Finding, Mode, Range, Severity, SeverityOrOff } from '../engine/types.js';

/** A rule's setting as a policy layer writes it, with the `file:line` it came from. */
export interface RuleSetting {
  severity: SeverityOrOff;
  /** Options given by the policy, merged over the rule's defaults when the rule runs. */
  options?: Record<string, unknown>;
  mode?: Mode;
  /** `file:line` of the entry that last set the severity. */
  source?: string;
  /** `file:line` of the entry that set `options`. */
  optionsSource?: string;
  /** `file:line` of the entry that set `mode`. */
  modeSource?: string;
}

/** A rule's setting inside an override: every part optional. */
export interface OverrideRuleSetting {
  severity?: SeverityOrOff;
  options?: Record<string, unknown>;
  mode?: Mode;
  source: string;
}

export interface ResolvedOverride {
  files: string[];
  excludeFiles?: string[];
  rules: Record<string, OverrideRuleSetting>;
  mode?: Mode;
  /** `file:line` of the override entry. */
  source: string;
  /** Index of the layer that declared it (0 = the first merged). */
  layer: number;
}

/** Where something sits in a policy file, for findings about it. */
export interface PolicyLocation extends Range {
  file: string;
}

export interface ResolvedException {
  rules: string[];
  /** Globs relative to the repository root; absent: every file. */
  files?: string[];
  reason: string;
  /** `YYYY-MM-DD`; the exception applies through the end of that day (UTC). */
  expires: string;
  ticket?: string;
  /** `file:line` of the entry. */
  source: string;
  /** The `expires` value, where expiry findings point. */
  at: PolicyLocation;
  layer: number;
}

/** The state a locked rule was frozen in by the layer that locked it. */
export interface LockedRule {
  /** `file:line` of the `locked` entry. */
  source: string;
  layer: number;
  severity: SeverityOrOff;
  /** Effective options (defaults merged) at the time of locking. */
  options: Record<string, unknown>;
  mode: Mode;
}

export interface SuppressionSettings {
  /** Whether inline comments (`# layerguard ignore=…`, hadolint, BuildKit) are honoured. */
  inline: boolean;
  /** Report inline suppressions without a `-- reason`. */
  requireReason: boolean;
  /** Report inline suppressions that silenced nothing. */
  reportUnused: boolean;
}

export type InstructionSelector = { instruction: string; match?: string };

export interface CustomRuleSpec {
  /** `custom/<kebab-name>`. */
  id: string;
  kind: 'instruction' | 'order' | 'required' | 'assert';
  severity: SeverityOrOff;
  message: string;
  summary?: string;
  /** instruction / required: the keyword(s), upper-cased. */
  instruction?: string[];
  match?: string;
  notMatch?: string;
  /** instruction / order / required: which stages (`any`: every stage; `final`: the last). */
  stage?: 'any' | 'final';
  first?: InstructionSelector;
  then?: InstructionSelector;
  min?: number;
  max?: number;
  /** assert: the model the assertion reads. */
  target?: 'dockerfile' | 'runtime' | 'image';
  path?: string;
  operator?: AssertOperator;
  value?: unknown;
  quantifier?: 'all' | 'any' | 'none';
  /** `file:line` of the entry. */
  source: string;
  layer: number;
}

export const ASSERT_OPERATORS = [
  'equals',
  'notEquals',
  'in',
  'notIn',
  'matches',
  'notMatches',
  'contains',
  'notContains',
  'exists',
  'notExists',
  'lt',
  'lte',
  'gt',
  'gte',
] as const;
export type AssertOperator = (typeof ASSERT_OPERATORS)[number];

/** The merged policy the engine applies. Everything but the first four keys is optional so that tests
 * and callers may build a small policy by hand. */
export interface ResolvedPolicy {
  rules: Record<string, RuleSetting>;
  failOn: Severity | 'none';
  mode: Mode;
  /** The files and presets merged, in order (`builtin:recommended`, `.layerguard.yml`…). */
  sources: string[];
  /** More unsuppressed, enforced warnings than this fail the run. */
  maxWarnings?: number;
  overrides?: ResolvedOverride[];
  exceptions?: ResolvedException[];
  /** Days before `expires` from which `policy/exception-expiring` is reported (default 14). */
  warnBeforeDays?: number;
  locked?: Record<string, LockedRule>;
  suppressions?: SuppressionSettings;
  customRules?: CustomRuleSpec[];
  /** Findings about the policy found while loading it (e.g. `policy/unpinned-extends`). */
  findings?: Finding[];
  /** `file:line` of each top-level value (`failOn`, `mode`, `maxWarnings`, `suppressions.inline`…). */
  origins?: Record<string, string>;
  /** Things worth telling the user that are not findings (e.g. hadolint codes without a rule). */
  notices?: string[];
}

/** What a rule runs with on one file after the policy is applied. */
export interface EffectiveRule {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
  mode: Mode;
}

/** One problem in a policy, located at `file:line:col` when possible. */
export interface PolicyProblem {
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export function formatProblem(p: PolicyProblem): string {
  return p.file ? `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.message}` : p.message;
}

/** A policy that cannot be used: every problem found in one run, each as `file:line:col: message`. */
export class PolicyError extends Error {
  readonly problems: PolicyProblem[];
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(message: string, file?: string, line?: number, column?: number) {
    super(formatProblem({ message, file, line, column }));
    this.name = 'PolicyError';
    this.problems = [{ message, file, line, column }];
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** One error for several problems; the message has one `file:line:col: message` line per problem. */
  static of(problems: PolicyProblem[]): PolicyError {
    const first = problems[0] ?? { message: 'invalid policy' };
    const err = new PolicyError(first.message, first.file, first.line, first.column);
    (err as { problems: PolicyProblem[] }).problems = problems;
    err.message = problems.map(formatProblem).join('\n');
    return err;
  }
}
