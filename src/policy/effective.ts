/**
 * What a rule runs with on one file: the merged `rules` setting, then every override whose globs
 * match the file, in order (the last match wins). Precedence of `mode`, lowest first: the policy's
 * `mode`, the rule's `mode`, an override's `mode`, the override's rule `mode`. A locked rule keeps the
 * mode it was locked with against blanket `mode` settings of later layers.
 */
import picomatch from 'picomatch';
import type { Rule } from '../rules/define.js';
import type { EffectiveRule, ResolvedOverride, ResolvedPolicy } from './types.js';

type Matcher = (file: string) => boolean;

/** Matches repository-relative paths (forward slashes, no leading `./`) against globs. */
export function globMatcher(globs: string | string[] | undefined): Matcher | undefined {
  if (globs === undefined) return undefined;
  const list = (Array.isArray(globs) ? globs : [globs]).map((g) => g.replace(/^\.\//, ''));
  if (list.length === 0) return undefined;
  return picomatch(list, { dot: true });
}

export function normaliseFile(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '');
}

interface Compiled {
  overrides: { override: ResolvedOverride; matches: Matcher }[];
  byFile: Map<string, ResolvedOverride[]>;
}

const compiledPolicies = new WeakMap<ResolvedPolicy, Compiled>();

function compile(policy: ResolvedPolicy): Compiled {
  let c = compiledPolicies.get(policy);
  if (!c) {
    c = {
      overrides: (policy.overrides ?? []).map((override) => {
        const inc = globMatcher(override.files) ?? (() => false);
        const exc = globMatcher(override.excludeFiles);
        return { override, matches: (f: string) => inc(f) && !(exc && exc(f)) };
      }),
      byFile: new Map(),
    };
    compiledPolicies.set(policy, c);
  }
  return c;
}

/** The overrides that apply to a file, in policy order. */
export function overridesFor(policy: ResolvedPolicy, file: string): ResolvedOverride[] {
  const c = compile(policy);
  const f = normaliseFile(file);
  let list = c.byFile.get(f);
  if (!list) {
    list = c.overrides.filter((o) => o.matches(f)).map((o) => o.override);
    c.byFile.set(f, list);
  }
  return list;
}

/** The setting a rule runs with on a file (its severity, options over defaults, and mode). */
export function effectiveRule(
  policy: ResolvedPolicy,
  rule: { id: string; severity: Rule['severity']; defaultOptions: Rule['defaultOptions'] },
  file: string,
): EffectiveRule {
  const setting = policy.rules[rule.id];
  const lock = policy.locked?.[rule.id];
  let severity = setting?.severity ?? rule.severity;
  let options = setting?.options;
  let mode = setting?.mode ?? policy.mode;
  if (lock) mode = setting?.mode === 'enforce' ? 'enforce' : lock.mode;
  for (const o of overridesFor(policy, file)) {
    const blanketAllowed = !lock || o.layer <= lock.layer;
    if (o.mode && blanketAllowed) mode = o.mode;
    const r = o.rules[rule.id];
    if (r) {
      if (r.severity) severity = r.severity;
      if (r.options !== undefined) options = r.options;
      if (r.mode) mode = r.mode;
    }
  }
  return { severity, options: { ...rule.defaultOptions, ...(options ?? {}) }, mode };
}
