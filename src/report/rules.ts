import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/define.js';
import type { SeverityOrOff } from '../engine/types.js';

/** The policy a rule list is shown under: its name and each rule's severity there (before overrides). */
export interface RulesUnderPolicy {
  sources: string[];
  severityOf(rule: Rule): SeverityOrOff;
}

/**
 * The rule list of `layerguard rules` and of docs/rules/README.md. With `policy`, the severity shown is
 * the one the rule has under that policy (`off` included), and JSON also gives the rule's own default.
 */
export function formatRules(
  format: 'text' | 'json' | 'markdown',
  rules: readonly Rule[] = RULES,
  policy?: RulesUnderPolicy,
): string {
  const severity = (r: Rule) => (policy ? policy.severityOf(r) : r.severity);
  if (format === 'json') {
    return (
      JSON.stringify(
        rules.map((r) => ({
          id: r.id,
          aliases: r.aliases,
          severity: severity(r),
          ...(policy ? { defaultSeverity: r.severity } : {}),
          summary: r.summary,
          fixable: !!r.fixable,
          options: r.defaultOptions,
          docs: r.docsPath,
        })),
        null,
        2,
      ) + '\n'
    );
  }
  if (format === 'markdown') {
    const rows = rules.map(
      (r) =>
        `| [\`${r.id}\`](${r.docsPath.replace('docs/rules/', '')}) | ${r.aliases.join(', ')} | ${severity(r)} | ${r.summary.replace(/\|/g, '\\|')} |`,
    );
    const head = policy ? 'Severity' : 'Default';
    return [`| Rule | Aliases | ${head} | Summary |`, '|---|---|---|---|', ...rows].join('\n') + '\n';
  }
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const heading = policy ? `severity under ${policy.sources.join(' + ')}\n` : '';
  return (
    heading +
    rules
      .map(
        (r) =>
          `${r.id.padEnd(idWidth)}  ${severity(r).padEnd(7)}  ${r.summary}${r.aliases.length ? `  [${r.aliases.join(', ')}]` : ''}`,
      )
      .join('\n') +
    '\n'
  );
}
