import { VERSION } from '../version.js';
import type { Fix, FindingContext, Range, RuleKind, Severity, SeverityOrOff } from '../engine/types.js';
import type { DockerfileModel } from '../targets/dockerfile/model.js';
import type { RuntimeSpec } from '../targets/runtime/model.js';
import type { ImageModel } from '../targets/image/model.js';

/** What each kind of rule is given to check. Rules never do I/O: all they need is here. */
export interface ModelOf {
  dockerfile: DockerfileModel;
  runtime: RuntimeSpec;
  image: ImageModel;
  policy: never;
}

export interface ReportDescriptor {
  range: Range;
  message: string;
  fix?: Fix;
  context?: FindingContext;
  /**
   * The finding's rule id when it is finer than the rule's own (dockerfile/shellcheck reports
   * `shellcheck/SC2086`); policy settings still come from the reporting rule.
   */
  ruleId?: string;
  /** A severity below the rule's configured one for this finding (never above it). */
  severity?: Severity;
  /** Source text that holds a credential: reporters that quote the source mask it. */
  redact?: Range;
}

export type Report = (finding: ReportDescriptor) => void;

/** A JSON Schema fragment describing one option; `default` is required so every option has one. */
export interface OptionSchema {
  type?: string | string[];
  description: string;
  default: unknown;
  [keyword: string]: unknown;
}

export interface RuleDefinition<K extends RuleKind> {
  /** `<kind>/<kebab-name>`; stable forever, referred to by policies. */
  id: `${K}/${string}`;
  /** hadolint codes, BuildKit check names, Trivy/Checkov ids this rule matches. */
  aliases?: string[];
  /** Default severity; `off` means the rule exists but only runs when a policy turns it on. */
  severity: SeverityOrOff;
  /** One line, shown in rule lists. */
  summary: string;
  /** The rule's options, each with a JSON Schema and its default. */
  options?: Record<string, OptionSchema>;
  /**
   * Option values that `builtin:hadolint` sets so that the rule behaves as hadolint documents it
   * (the preset is a migration path: hadolint's defaults, not layerguard's). Only names of `options`.
   */
  hadolintOptions?: Record<string, unknown>;
  /** True when some findings carry a mechanical fix. */
  fixable?: boolean;
  /**
   * For rules about security: a CVSS-like score (0.1–10.0) that GitHub code scanning ranks alerts by
   * (SARIF `properties.security-severity`, with the `security` tag): 9+ critical, 7+ high, 4+ medium.
   */
  securitySeverity?: number;
  /**
   * Dockerfile rules about particular programs: the rule reports only about invocations of these
   * programs, found by name (`findCommands`, `invocations`, `runInvocations`, which see through
   * wrappers such as `sudo`). The engine does not run it on a Dockerfile whose scripts run none of
   * them (`programsOf`, src/knowledge/invocations.ts), and `__tests__/rules/programs.test.ts` checks
   * on every corpus Dockerfile that it would have found nothing there.
   */
  programs?: readonly string[];
  /** Declared as a method so that a rule may type `options` as its own narrower shape. */
  check(model: ModelOf[K], options: any, report: Report): void;
  /**
   * For the base-image rules: the same check on the image a run configuration names (compose `image:`,
   * `docker run IMAGE`, workflow and Kubernetes containers), with the same policy setting and options,
   * so one list of trusted registries or denied images covers FROM and what is run.
   */
  checkRuntime?(spec: RuntimeSpec, options: any, report: Report): void;
}

export interface Rule<K extends RuleKind = RuleKind> extends RuleDefinition<K> {
  kind: K;
  /** The part of the id after the kind. */
  name: string;
  /** The rule's documentation page, relative to the repository root. */
  docsPath: string;
  aliases: string[];
  defaultOptions: Record<string, unknown>;
}

/** Rule pages of the version that is running: a released tag's docs describe that release's behaviour,
 * while `main` moves on (see docs/releasing.md). */
export const DOCS_BASE_URL = `https://github.com/layerguard/layerguard/blob/v${VERSION}/`;

/** The documentation page of a rule id: `docs/rules/<kind>-<name>.md` (names repeat across kinds). */
export function docsPathOf(id: string): string {
  return `docs/rules/${id.replace('/', '-')}.md`;
}

export function defineRule<K extends RuleKind>(def: RuleDefinition<K>): Rule<K> {
  const slash = def.id.indexOf('/');
  const kind = def.id.slice(0, slash) as K;
  const name = def.id.slice(slash + 1);
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) throw new Error(`rule id ${def.id} is not kebab-case`);
  const defaultOptions: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(def.options ?? {})) defaultOptions[key] = schema.default;
  if (def.programs && (kind !== 'dockerfile' || def.programs.length === 0))
    throw new Error(`rule ${def.id}: programs are for Dockerfile rules, and name at least one`);
  for (const key of Object.keys(def.hadolintOptions ?? {}))
    if (!(key in defaultOptions)) throw new Error(`rule ${def.id}: hadolintOptions names no option ${key}`);
  return { ...def, kind, name, docsPath: docsPathOf(def.id), aliases: def.aliases ?? [], defaultOptions };
}
