/**
 * `layerguard init [--from-hadolint [FILE]]`: a commented starter policy. It starts with the
 * `# yaml-language-server: $schema=…` line so that editors complete and check it.
 */
import { stringify } from 'yaml';
import type { HadolintConversion } from '../policy/hadolint.js';
import { SCHEMA_COMMENT } from '../policy/schema.js';

function yamlValue(v: unknown): string {
  return stringify(v, { flowCollectionPadding: false, lineWidth: 0, collectionStyle: 'flow' }).trim();
}

/** The starter policy; with a hadolint conversion, its settings are filled in with their origin. */
export function starterPolicy(
  opts: { hadolint?: { conversion: HadolintConversion; file: string } } = {},
): string {
  const conv = opts.hadolint?.conversion;
  const origin = (path: (string | number)[]) => {
    const o = conv?.origins.get(JSON.stringify(path));
    return o ? `  # ${o.note}, ${opts.hadolint!.file}:${o.line}` : '';
  };
  const lines: string[] = [
    SCHEMA_COMMENT,
    '#',
    '# layerguard policy: see docs/policy.md for every key. `layerguard print-policy --explain` shows',
    '# the effective policy and where each value comes from.',
    ...(opts.hadolint ? [`# Converted from ${opts.hadolint.file}.`] : []),
    '',
    '# Presets and shared policies this one builds on (later wins): builtin:recommended, builtin:strict,',
    '# ./relative.yml, github:org/policies/layerguard.yml@v1.0.0, https://…#sha256-<base64>.',
    'extends:',
    '  - builtin:recommended',
    '',
    '# The lowest severity that fails the run: error, warning, info or none.',
  ];
  lines.push(conv?.data.failOn ? `failOn: ${conv.data.failOn}${origin(['failOn'])}` : 'failOn: error');
  lines.push(
    '',
    '# Report findings without failing the run while a team adopts a rule: enforce or audit.',
    'mode: enforce',
    '',
    '# rule-id: off | info | warning | error, or { severity, options, mode }.',
    '# `layerguard rules` lists every rule with its default severity and options.',
  );
  const ruleEntries = Object.entries(conv?.data.rules ?? {});
  if (ruleEntries.length === 0) {
    lines.push(
      '# rules:',
      '#   dockerfile/base-image-digest: error',
      '#   runtime/memory-limit:',
      '#     severity: error',
    );
  } else {
    lines.push('rules:');
    for (const [id, v] of ruleEntries.sort(([a], [b]) => (a < b ? -1 : 1))) {
      lines.push(`  ${id}: ${yamlValue(v)}${origin(['rules', id])}`);
    }
  }
  if (conv?.data.suppressions?.inline === false) {
    lines.push('', 'suppressions:', `  inline: false${origin(['suppressions', 'inline'])}`);
  } else {
    lines.push(
      '',
      '# Inline comments: # layerguard ignore=<rule> -- <reason> (also hadolint and BuildKit comments).',
      'suppressions:',
      '  inline: true',
      '  requireReason: true',
      '  reportUnused: true',
    );
  }
  lines.push(
    '',
    '# Settings for some files only; the last matching override wins.',
    '# overrides:',
    '#   - files: ["test/**", "**/*.dev.Dockerfile"]',
    '#     mode: audit',
    '',
    '# Accepted findings, each with a reason and an expiry date.',
    '# exceptions:',
    '#   - rules: [dockerfile/base-image-latest]',
    '#     files: ["legacy/**"]',
    '#     reason: legacy image, replaced by the new build in Q3',
    '#     expires: 2030-12-31',
    '#     ticket: OPS-123',
  );
  if (conv && conv.notices.length > 0) {
    lines.push('', `# Not carried over from ${opts.hadolint!.file}:`, ...conv.notices.map((n) => `# - ${n}`));
  }
  return lines.join('\n') + '\n';
}
