/**
 * `layerguard print-policy [--explain]`: the merged effective policy as YAML (every rule with its
 * effective severity and options), or JSON. With `--explain` each value carries a comment naming the
 * `file:line` it came from (`rule default` / `default` when no policy set it).
 */
import { Document, isCollection, isScalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { Rule } from '../rules/define.js';
import { DEFAULT_SUPPRESSIONS, DEFAULT_WARN_BEFORE_DAYS } from '../policy/layer.js';
import type { ResolvedPolicy } from '../policy/types.js';

function effectiveRules(policy: ResolvedPolicy, rules: ReadonlyMap<string, Rule>) {
  const out: {
    id: string;
    severity: string;
    severitySource: string;
    options: Record<string, unknown>;
    ownOptions: Set<string>;
    optionsSource?: string;
    mode?: string;
    modeSource?: string;
    locked?: string;
  }[] = [];
  const custom = new Map((policy.customRules ?? []).map((c) => [c.id, c]));
  const ids = [...new Set([...rules.keys(), ...custom.keys()])].sort();
  for (const id of ids) {
    const rule = rules.get(id);
    const setting = policy.rules[id];
    const defaults = rule?.defaultOptions ?? {};
    out.push({
      id,
      severity: setting?.severity ?? rule?.severity ?? custom.get(id)?.severity ?? 'warning',
      severitySource: setting?.source ?? (rule ? 'rule default' : (custom.get(id)?.source ?? 'default')),
      options: { ...defaults, ...(setting?.options ?? {}) },
      ownOptions: new Set(Object.keys(setting?.options ?? {})),
      ...(setting?.optionsSource ? { optionsSource: setting.optionsSource } : {}),
      ...(setting?.mode ? { mode: setting.mode, modeSource: setting.modeSource } : {}),
      ...(policy.locked?.[id] ? { locked: policy.locked[id].source } : {}),
    });
  }
  return out;
}

/** The effective policy as plain data (what `--format json` prints, and the YAML's content). */
export function policyAsData(
  policy: ResolvedPolicy,
  rules: ReadonlyMap<string, Rule>,
): Record<string, unknown> {
  const data: Record<string, unknown> = {
    sources: policy.sources,
    failOn: policy.failOn,
    mode: policy.mode,
    ...(policy.maxWarnings !== undefined ? { maxWarnings: policy.maxWarnings } : {}),
    warnBeforeDays: policy.warnBeforeDays ?? DEFAULT_WARN_BEFORE_DAYS,
    suppressions: { ...DEFAULT_SUPPRESSIONS, ...(policy.suppressions ?? {}) },
    locked: Object.keys(policy.locked ?? {}).sort(),
    rules: Object.fromEntries(
      effectiveRules(policy, rules).map((r) => {
        const hasOptions = Object.keys(r.options).length > 0;
        if (!hasOptions && !r.mode) return [r.id, r.severity];
        return [
          r.id,
          {
            severity: r.severity,
            ...(hasOptions ? { options: r.options } : {}),
            ...(r.mode ? { mode: r.mode } : {}),
          },
        ];
      }),
    ),
    overrides: (policy.overrides ?? []).map((o) => ({
      files: o.files,
      ...(o.excludeFiles ? { excludeFiles: o.excludeFiles } : {}),
      ...(o.mode ? { mode: o.mode } : {}),
      rules: Object.fromEntries(
        Object.entries(o.rules).map(([id, r]) => {
          const { source: _source, ...rest } = r;
          return [id, Object.keys(rest).length === 1 && rest.severity ? rest.severity : rest];
        }),
      ),
    })),
    exceptions: (policy.exceptions ?? []).map((e) => ({
      rules: e.rules,
      ...(e.files ? { files: e.files } : {}),
      reason: e.reason,
      expires: e.expires,
      ...(e.ticket ? { ticket: e.ticket } : {}),
    })),
    customRules: (policy.customRules ?? []).map((c) => {
      const { source: _s, layer: _l, ...rest } = c;
      return rest;
    }),
  };
  return data;
}

function comment(node: unknown, text: string | undefined) {
  if (!text || !node) return;
  const n = node as YamlNode & { flow?: boolean; comment?: string | null };
  if (isCollection(n)) n.flow = true;
  n.comment = ` ${text}`;
}

export function renderPolicy(
  policy: ResolvedPolicy,
  rules: ReadonlyMap<string, Rule>,
  opts: { explain?: boolean; format?: 'yaml' | 'json' } = {},
): string {
  const data = policyAsData(policy, rules);
  if (opts.format === 'json') {
    const withOrigins = opts.explain
      ? {
          ...data,
          origins: policy.origins ?? {},
          ruleOrigins: Object.fromEntries(
            effectiveRules(policy, rules).map((r) => [
              r.id,
              {
                severity: r.severitySource,
                ...(r.optionsSource ? { options: r.optionsSource } : {}),
                ...(r.locked ? { locked: r.locked } : {}),
              },
            ]),
          ),
        }
      : data;
    return JSON.stringify(withOrigins, null, 2) + '\n';
  }
  const { sources, ...body } = data;
  const doc = new Document(body);
  doc.commentBefore = ` The effective layerguard policy, merged from: ${(sources as string[]).join(' + ') || 'nothing'}${
    opts.explain
      ? '\n Each value is followed by the file:line it came from ("default": no policy sets it).'
      : ''
  }`;
  if (opts.explain) {
    const origins = policy.origins ?? {};
    for (const key of ['failOn', 'mode', 'maxWarnings', 'warnBeforeDays']) {
      const node = doc.get(key, true);
      if (node) comment(node, origins[key] ?? 'default');
    }
    const supp = doc.get('suppressions', true) as { get(k: string, keep: true): unknown } | undefined;
    for (const k of Object.keys(DEFAULT_SUPPRESSIONS))
      comment(supp?.get(k, true), origins[`suppressions.${k}`] ?? 'default');
    const lockedNode = doc.get('locked', true) as { items?: YamlNode[] } | undefined;
    for (const item of lockedNode?.items ?? []) {
      const id = isScalar(item) ? String(item.value) : '';
      comment(item, policy.locked?.[id]?.source);
    }
    const rulesNode = doc.get('rules', true) as { get(k: string, keep: true): unknown } | undefined;
    for (const r of effectiveRules(policy, rules)) {
      const node = rulesNode?.get(r.id, true) as { get?(k: string, keep: true): unknown } | undefined;
      const lockNote = r.locked ? `; locked by ${r.locked}` : '';
      if (isScalar(node)) {
        comment(node, r.severitySource + lockNote);
        continue;
      }
      comment(node?.get?.('severity', true), r.severitySource + lockNote);
      const optionsNode = node?.get?.('options', true) as { get(k: string, keep: true): unknown } | undefined;
      for (const key of Object.keys(r.options)) {
        comment(optionsNode?.get(key, true), r.ownOptions.has(key) ? r.optionsSource : 'rule default');
      }
      comment(node?.get?.('mode', true), r.modeSource);
    }
    for (const [key, list] of [
      ['overrides', policy.overrides ?? []],
      ['exceptions', policy.exceptions ?? []],
      ['customRules', policy.customRules ?? []],
    ] as const) {
      const seq = doc.get(key, true) as { items?: { get(k: string, keep: true): unknown }[] } | undefined;
      (seq?.items ?? []).forEach((item, i) => {
        const first = key === 'overrides' ? 'files' : key === 'exceptions' ? 'rules' : 'id';
        comment(item.get(first, true), list[i]?.source);
      });
    }
  }
  return doc.toString({ lineWidth: 0 });
}
