import type { Mode, Severity, SeverityOrOff } from '../engine/types.js';

/** A rule's setting as a policy layer writes it, with the `file:line` it came from. */
export interface RuleSetting {
  severity: SeverityOrOff;
  /** Options given by the policy, merged over the rule's defaults when the rule runs. */
  options?: Record<string, unknown>;
  mode?: Mode;
  source?: string;
}

/** The merged policy the engine applies. */
export interface ResolvedPolicy {
  rules: Record<string, RuleSetting>;
  failOn: Severity | 'none';
  mode: Mode;
  /** The files and presets merged, in order (`builtin:recommended`, `./.layerguard.yml`…). */
  sources: string[];
}

/** What a rule runs with on one file after the policy is applied. */
export interface EffectiveRule {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
  mode: Mode;
}

export class PolicyError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(file ? `${file}${line ? `:${line}:${column ?? 1}` : ''}: ${message}` : message);
    this.name = 'PolicyError';
  }
}
