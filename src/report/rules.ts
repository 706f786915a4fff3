import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/define.js';

/** The rule list of `layerguard rules` and of docs/rules/README.md. */
export function formatRules(format: 'text' | 'json' | 'markdown', rules: readonly Rule[] = RULES): string {
  if (format === 'json') {
    return (
      JSON.stringify(
        rules.map((r) => ({
          id: r.id,
          aliases: r.aliases,
          severity: r.severity,
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
        `| [\`${r.id}\`](${r.docsPath.replace('docs/rules/', '')}) | ${r.aliases.join(', ')} | ${r.severity} | ${r.summary.replace(/\|/g, '\\|')} |`,
    );
    return ['| Rule | Aliases | Default | Summary |', '|---|---|---|---|', ...rows].join('\n') + '\n';
  }
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  return (
    rules
      .map(
        (r) =>
          `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.summary}${r.aliases.length ? `  [${r.aliases.join(', ')}]` : ''}`,
      )
      .join('\n') + '\n'
  );
}
