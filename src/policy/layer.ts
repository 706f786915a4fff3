/**
 * Checks and merges policy layers (one file each, in `extends` order, depth first, later wins):
 *
 * - `rules`: per rule id; a severity-only value keeps inherited options (and mode), `options` replaces
 *   the inherited options (they are merged over the rule's defaults when it runs).
 * - objects (`suppressions`) are deep-merged; arrays (`overrides`, `exceptions`) are replaced.
 * - `customRules` merge by id (a later definition replaces the earlier one); `locked` accumulates.
 * - a layer after the one that locked a rule may raise it but not lower, disable, re-option, audit or
 *   except it, nor lower `failOn` so that it no longer fails the run: each is a configuration error
 *   naming both places.
 */
import type { Finding, Mode, Range, Severity, SeverityOrOff } from '../engine/types.js';
import { SEVERITY_RANK } from '../engine/types.js';
import type { Rule } from '../rules/define.js';
import { deepEqual, normaliseCustomRule } from './custom.js';
import { CUSTOM_ID_PATTERN } from './schema.js';
import type { Locator } from './schema.js';
import { suggest } from './suggest.js';
import type {
  CustomRuleSpec,
  LockedRule,
  OverrideRuleSetting,
  PolicyProblem,
  ResolvedException,
  ResolvedOverride,
  ResolvedPolicy,
  RuleSetting,
} from './types.js';
import type { PathSegment } from './yaml.js';
import type { PolicyRef } from './remote.js';

export type RawRuleSetting =
  SeverityOrOff | { severity?: SeverityOrOff; options?: Record<string, unknown>; mode?: Mode };

/** A policy file's data after schema validation. */
export interface PolicyData {
  extends?: string | string[];
  rules?: Record<string, RawRuleSetting>;
  overrides?: {
    files: string | string[];
    excludeFiles?: string | string[];
    rules?: Record<string, RawRuleSetting>;
    mode?: Mode;
  }[];
  exceptions?: {
    rules: string[];
    files?: string | string[];
    reason: string;
    expires: string;
    ticket?: string;
  }[];
  locked?: string[];
  suppressions?: { inline?: boolean; requireReason?: boolean; reportUnused?: boolean };
  customRules?: Record<string, unknown>[];
  failOn?: Severity | 'none';
  maxWarnings?: number;
  mode?: Mode;
  warnBeforeDays?: number;
}

export interface Layer extends Locator {
  ref: PolicyRef;
  data: PolicyData;
  rangeOf(path: readonly PathSegment[], opts?: { key?: boolean }): Range;
  /** Findings about this layer (e.g. unpinned extends). */
  findings: Finding[];
}

export const DEFAULT_SUPPRESSIONS = { inline: true, requireReason: false, reportUnused: false };
export const DEFAULT_WARN_BEFORE_DAYS = 14;
const customIdRe = new RegExp(CUSTOM_ID_PATTERN);

function list<T>(v: T | T[] | undefined): T[] | undefined {
  return v === undefined ? undefined : Array.isArray(v) ? v : [v];
}

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** What the schema cannot see: custom rule ids that are declared nowhere, regexes, real dates. */
export function checkLayer(
  layer: Layer,
  customIds: Set<string>,
  problems: PolicyProblem[],
): CustomRuleSpec[] {
  const report = (path: PathSegment[], message: string, key = false) =>
    problems.push({ message, file: layer.display, ...layer.locate(path, { key }) });
  const declared = [...customIds];
  const checkId = (id: string, path: PathSegment[], key = false) => {
    if (customIdRe.test(id) && !customIds.has(id)) {
      report(
        path,
        `unknown custom rule "${id}"${suggest(id, declared)}; declare it under customRules${declared.length ? ` (declared: ${declared.join(', ')})` : ''}`,
        key,
      );
    }
  };
  const d = layer.data;
  for (const id of Object.keys(d.rules ?? {})) checkId(id, ['rules', id], true);
  (d.overrides ?? []).forEach((o, i) => {
    for (const id of Object.keys(o.rules ?? {})) checkId(id, ['overrides', i, 'rules', id], true);
  });
  (d.locked ?? []).forEach((id, i) => checkId(id, ['locked', i]));
  (d.exceptions ?? []).forEach((e, i) => {
    e.rules.forEach((id, j) => checkId(id, ['exceptions', i, 'rules', j]));
    if (!isRealDate(e.expires))
      report(
        ['exceptions', i, 'expires'],
        `exceptions[${i}].expires: ${e.expires} is not a date in the calendar`,
      );
  });
  const specs: CustomRuleSpec[] = [];
  const seen = new Map<string, number>();
  (d.customRules ?? []).forEach((raw, i) => {
    const id = String(raw.id);
    if (seen.has(id)) {
      report(
        ['customRules', i, 'id'],
        `the custom rule ${id} is defined twice in this file (also customRules[${seen.get(id)}]); give each its own id`,
      );
      return;
    }
    seen.set(id, i);
    const spec = normaliseCustomRule(
      raw,
      i,
      `${layer.display}:${layer.locate(['customRules', i]).line}`,
      -1,
      report,
    );
    if (spec) specs.push(spec);
  });
  return specs;
}

function severityRank(s: SeverityOrOff): number {
  return s === 'off' ? 0 : SEVERITY_RANK[s];
}

function failsUnder(severity: SeverityOrOff, failOn: Severity | 'none'): boolean {
  return severity !== 'off' && failOn !== 'none' && severityRank(severity) >= SEVERITY_RANK[failOn];
}

export interface MergeContext {
  rules: ReadonlyMap<string, Rule>;
  /** Custom rules per layer, from checkLayer. */
  customByLayer: CustomRuleSpec[][];
}

/** Merges checked layers into the policy; lock violations go to `problems`. */
export function mergeLayers(layers: Layer[], ctx: MergeContext, problems: PolicyProblem[]): ResolvedPolicy {
  const policy: ResolvedPolicy = {
    rules: {},
    failOn: 'error',
    mode: 'enforce',
    sources: [],
    overrides: [],
    exceptions: [],
    warnBeforeDays: DEFAULT_WARN_BEFORE_DAYS,
    locked: {},
    suppressions: { ...DEFAULT_SUPPRESSIONS },
    customRules: [],
    findings: [],
    origins: {},
  };
  const custom = new Map<string, CustomRuleSpec>();
  const locked = policy.locked!;
  const origins = policy.origins!;
  const defaults = (id: string): { severity: SeverityOrOff; options: Record<string, unknown> } => {
    const rule = ctx.rules.get(id);
    if (rule) return { severity: rule.severity, options: rule.defaultOptions };
    return { severity: custom.get(id)?.severity ?? 'warning', options: {} };
  };

  layers.forEach((layer, index) => {
    const d = layer.data;
    const here = (path: PathSegment[]) => `${layer.display}:${layer.locate(path).line}`;
    const mine: PolicyProblem[] = [];
    const report = (path: PathSegment[], message: string, key = false) =>
      mine.push({ message, file: layer.display, ...layer.locate(path, { key }) });
    const lockOf = (id: string): LockedRule | undefined => {
      const l = locked[id];
      return l && l.layer < index ? l : undefined;
    };
    const weakening = (id: string, v: RawRuleSetting, path: PathSegment[]) => {
      const lock = lockOf(id);
      if (!lock) return;
      const tail = `it is locked at ${lock.severity} by ${lock.source}. A locked rule can be raised here but not lowered, disabled, given other options or put in audit mode: remove this setting, or ask the owners of ${lock.source.replace(/:\d+$/, '')} to change the lock`;
      const sev = typeof v === 'string' ? v : v.severity;
      if (sev !== undefined && severityRank(sev) < severityRank(lock.severity)) {
        report(path, `cannot ${sev === 'off' ? `turn off ${id}` : `lower ${id} to ${sev}`}: ${tail}`, true);
      }
      if (typeof v === 'object') {
        if (v.options !== undefined && !deepEqual({ ...defaults(id).options, ...v.options }, lock.options)) {
          report(
            [...path, 'options'],
            `cannot change the options of ${id}: they are locked as ${JSON.stringify(lock.options)} by ${lock.source}. A locked rule can be raised here but not lowered, disabled, given other options or put in audit mode: remove these options, or ask the owners of ${lock.source.replace(/:\d+$/, '')} to change the lock`,
            true,
          );
        }
        if (v.mode === 'audit' && lock.mode === 'enforce')
          report([...path, 'mode'], `cannot put ${id} in audit mode: ${tail}`);
      }
    };

    // Lock checks against the layers before this one.
    for (const [id, v] of Object.entries(d.rules ?? {})) weakening(id, v, ['rules', id]);
    (d.overrides ?? []).forEach((o, i) => {
      for (const [id, v] of Object.entries(o.rules ?? {})) weakening(id, v, ['overrides', i, 'rules', id]);
    });
    (d.exceptions ?? []).forEach((e, i) =>
      e.rules.forEach((id, j) => {
        const lock = lockOf(id);
        if (lock) {
          report(
            ['exceptions', i, 'rules', j],
            `cannot make an exception for ${id}: it is locked by ${lock.source}, and exceptions to locked rules belong in the policy that locks them (${lock.source.replace(/:\d+$/, '')})`,
          );
        }
      }),
    );
    if (d.failOn !== undefined) {
      for (const [id, lock] of Object.entries(locked)) {
        if (lock.layer >= index) continue;
        if (failsUnder(lock.severity, policy.failOn) && !failsUnder(lock.severity, d.failOn)) {
          report(
            ['failOn'],
            `cannot set failOn to ${d.failOn}: findings of ${id} (${lock.severity}, locked by ${lock.source}) would no longer fail the run; use failOn: ${policy.failOn} or stricter`,
          );
          break;
        }
      }
    }
    for (const spec of ctx.customByLayer[index] ?? []) {
      const lock = lockOf(spec.id);
      if (
        lock &&
        !deepEqual({ ...spec, source: '', layer: 0 }, { ...custom.get(spec.id), source: '', layer: 0 })
      ) {
        const i = (d.customRules ?? []).findIndex((c) => c.id === spec.id);
        report(
          ['customRules', i, 'id'],
          `cannot redefine ${spec.id}: it is locked by ${lock.source}; a locked custom rule keeps its definition`,
        );
      }
    }

    problems.push(...mine.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));

    // Merge.
    for (const spec of ctx.customByLayer[index] ?? []) custom.set(spec.id, { ...spec, layer: index });
    for (const [id, v] of Object.entries(d.rules ?? {})) {
      const src = here(['rules', id]);
      const prev: RuleSetting = policy.rules[id] ?? { severity: defaults(id).severity };
      const next: RuleSetting = { ...prev };
      if (typeof v === 'string') {
        next.severity = v;
        next.source = src;
      } else {
        if (v.severity !== undefined) {
          next.severity = v.severity;
          next.source = src;
        }
        if (v.options !== undefined) {
          next.options = v.options;
          next.optionsSource = here(['rules', id, 'options']);
        }
        if (v.mode !== undefined) {
          next.mode = v.mode;
          next.modeSource = here(['rules', id, 'mode']);
        }
      }
      policy.rules[id] = next;
    }
    for (const key of ['failOn', 'mode', 'maxWarnings', 'warnBeforeDays'] as const) {
      if (d[key] !== undefined) {
        (policy as unknown as Record<string, unknown>)[key] = d[key];
        origins[key] = here([key]);
      }
    }
    if (d.suppressions) {
      for (const [k, v] of Object.entries(d.suppressions)) {
        if (v === undefined) continue;
        (policy.suppressions as unknown as Record<string, boolean>)[k] = v;
        origins[`suppressions.${k}`] = here(['suppressions', k]);
      }
    }
    if (d.overrides !== undefined) {
      origins.overrides = here(['overrides']);
      policy.overrides = d.overrides.map((o, i): ResolvedOverride => {
        const rules: Record<string, OverrideRuleSetting> = {};
        for (const [id, v] of Object.entries(o.rules ?? {})) {
          const source = here(['overrides', i, 'rules', id]);
          rules[id] = typeof v === 'string' ? { severity: v, source } : { ...v, source };
        }
        return {
          files: list(o.files)!,
          ...(o.excludeFiles !== undefined ? { excludeFiles: list(o.excludeFiles) } : {}),
          rules,
          ...(o.mode ? { mode: o.mode } : {}),
          source: here(['overrides', i]),
          layer: index,
        };
      });
    }
    if (d.exceptions !== undefined) {
      origins.exceptions = here(['exceptions']);
      policy.exceptions = d.exceptions.map((e, i): ResolvedException => ({
        rules: e.rules,
        ...(e.files !== undefined ? { files: list(e.files) } : {}),
        reason: e.reason,
        expires: e.expires,
        ...(e.ticket ? { ticket: e.ticket } : {}),
        source: here(['exceptions', i]),
        at: { file: layer.display, ...layer.rangeOf(['exceptions', i, 'expires']) },
        layer: index,
      }));
    }
    // Locks declared here freeze the state as this layer leaves it.
    (d.locked ?? []).forEach((id, i) => {
      const setting = policy.rules[id];
      const def = defaults(id);
      locked[id] = {
        source: here(['locked', i]),
        layer: index,
        severity: setting?.severity ?? def.severity,
        options: { ...def.options, ...(setting?.options ?? {}) },
        mode: setting?.mode ?? policy.mode,
      };
    });
    policy.sources.push(layer.display);
    policy.findings!.push(...layer.findings);
  });
  policy.customRules = [...custom.values()];
  return policy;
}
