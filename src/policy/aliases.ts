/**
 * `rules:` keys written as another tool's code: `DL3007: off`, `CKV_DOCKER_2: error`, `SC2086: off`.
 * People migrating from hadolint, Checkov or Trivy write the codes they know; each alias that names
 * exactly one rule is read as that rule's id, with a note saying so, and ShellCheck codes become
 * `shellcheck/SCnnnn` (a per-code setting of `dockerfile/shellcheck`'s findings).
 */
import type { Rule } from '../rules/define.js';
import { rulesForAlias } from './hadolint.js';

const SHELLCHECK_CODE = /^(?:shellcheck\/)?SC(\d{4})$/i;

/** The rule id an alias key stands for, or undefined when `key` is an id already or no single rule's alias. */
export function ruleIdForKey(key: string, rules: ReadonlyMap<string, Rule>): string | undefined {
  if (rules.has(key) || key.startsWith('custom/')) return undefined;
  const sc = SHELLCHECK_CODE.exec(key);
  if (sc) return `shellcheck/SC${sc[1]}` === key ? undefined : `shellcheck/SC${sc[1]}`;
  const matched = rulesForAlias(rules.values(), key);
  return matched.length === 1 ? matched[0].id : undefined;
}

/**
 * Renames alias keys of the `rules` maps (top level and in `overrides`) in place, keeping their order;
 * returns one note per renamed key. A key whose rule id is also written in the same map is left alone
 * (validation then reports it as unknown): which of the two was meant is not ours to guess.
 */
export function resolveRuleAliases(
  data: unknown,
  rules: ReadonlyMap<string, Rule>,
  display: string,
): string[] {
  const notes: string[] = [];
  if (!data || typeof data !== 'object' || Array.isArray(data)) return notes;
  const d = data as Record<string, unknown>;
  const renameIn = (map: unknown, where: string): unknown => {
    if (!map || typeof map !== 'object' || Array.isArray(map)) return map;
    const entries = Object.entries(map as Record<string, unknown>);
    if (!entries.some(([k]) => ruleIdForKey(k, rules))) return map;
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) {
      const id = ruleIdForKey(k, rules);
      if (id && !(id in (map as object))) {
        out[id] = v;
        notes.push(`${display}: "${k}" in ${where} is read as ${id}; write the rule id to silence this note`);
      } else {
        out[k] = v;
      }
    }
    return out;
  };
  if ('rules' in d) d.rules = renameIn(d.rules, 'rules');
  if (Array.isArray(d.overrides)) {
    d.overrides.forEach((o, i) => {
      if (o && typeof o === 'object' && 'rules' in o) {
        (o as Record<string, unknown>).rules = renameIn(
          (o as Record<string, unknown>).rules,
          `overrides[${i}].rules`,
        );
      }
    });
  }
  return notes;
}
