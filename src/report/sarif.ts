import type { CheckResult } from '../engine/check.js';
import { RULES } from '../rules/index.js';
import { DOCS_BASE_URL } from '../rules/define.js';
import { VERSION } from '../version.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0 as GitHub code scanning accepts it: one run, every rule described, 1-based regions. */
export function toSarif(result: CheckResult): object {
  const used = new Set(result.findings.map((f) => f.ruleId));
  const rules = RULES.filter((r) => used.has(r.id) || r.kind !== 'policy');
  const index = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'layerguard',
            version: VERSION,
            informationUri: 'https://github.com/layerguard/layerguard',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.name.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.summary },
              helpUri: DOCS_BASE_URL + r.docsPath,
              defaultConfiguration: { level: r.severity === 'off' ? 'none' : LEVEL[r.severity] },
              properties: { tags: [r.kind, ...r.aliases] },
            })),
          },
        },
        results: result.findings.map((f) => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file },
                region: {
                  startLine: f.line,
                  startColumn: f.column,
                  endLine: f.endLine,
                  endColumn: f.endColumn,
                },
              },
            },
          ],
          partialFingerprints: { 'layerguard/v1': fingerprint(f.ruleId, f.file, f.message) },
          ...(f.suppressed
            ? {
                suppressions: [
                  {
                    kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external',
                    justification: f.suppressed.reason,
                  },
                ],
              }
            : {}),
        })),
      },
    ],
  };
}

export function formatSarif(result: CheckResult): string {
  return JSON.stringify(toSarif(result), null, 2) + '\n';
}

/** A stable fingerprint that survives lines moving (FNV-1a over rule, file and message). */
export function fingerprint(...parts: string[]): string {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
