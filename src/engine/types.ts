/**
 * Core data types shared by every stage of the pipeline (DESIGN.md, "Data flow").
 *
 * Positions are 1-based, as people, GitHub and SARIF count them. `endColumn` is exclusive (the column
 * just after the last character), as in SARIF 2.1.0; `endLine` is inclusive.
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The kinds of thing a rule can check. `policy` rules report on the policy and on unreadable input. */
export type RuleKind = 'dockerfile' | 'runtime' | 'image' | 'policy';

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One text replacement; `range` is in the same 1-based coordinates as findings. */
export interface TextEdit {
  range: Range;
  text: string;
}

/** A safe mechanical fix, applied by `--fix` and offered as a PR suggestion. */
export interface Fix {
  description: string;
  edits: TextEdit[];
}

export type Mode = 'enforce' | 'audit';

export interface Suppression {
  /** Where the finding was silenced: an inline comment or a policy exception. */
  kind: 'inline' | 'exception';
  reason: string;
  /** `file:line` of the comment or the policy entry that silenced it. */
  source?: string;
}

/** Extra facts about where in a target a finding lies, used by reports. */
export interface FindingContext {
  stage?: string;
  service?: string;
  image?: string;
  platform?: string;
  layer?: number;
}

export interface Finding extends Range {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the working directory, with forward slashes; for images, the image reference. */
  file: string;
  kind: RuleKind;
  fix?: Fix;
  context?: FindingContext;
  /** Audit-mode findings are reported but never fail the run. */
  mode?: Mode;
  suppressed?: Suppression;
  /** Identity that survives lines moving (src/engine/fingerprint.ts); set by the engine on every finding. */
  fingerprint?: string;
  /**
   * Set when the run compared findings with earlier code: `new` (the change introduced it), `base` (the
   * base revision has it too) or `baseline` (recorded as known debt in the baseline file; never fails).
   */
  origin?: FindingOrigin;
  /** For an image finding: where in the repository it comes from (the Dockerfile the image was built from). */
  source?: SourceLocation;
  /** Source text that holds a credential: reporters that quote the source (text) mask it. */
  redact?: Range;
}

export type FindingOrigin = 'new' | 'base' | 'baseline';

/** `new` fails only on findings a change introduces; `all` on every finding. */
export type FailScope = 'new' | 'all';

export interface SourceLocation extends Range {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
}

export const WHOLE_FILE: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
