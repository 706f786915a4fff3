/**
 * SARIF 2.1.0 as GitHub code scanning reads it (issue 13, item 5):
 *
 * - one rule descriptor for every rule id reported (ShellCheck's `shellcheck/SCxxxx` and the policy's
 *   custom rules included), with `fullDescription` and `help`, and `properties.security-severity` plus
 *   the `security` tag on security rules, so that code scanning ranks them;
 * - `partialFingerprints` unique per finding and stable when lines move (src/engine/fingerprint.ts:
 *   rule, normalised line text and occurrence, with the file), so code scanning never merges two
 *   findings that share a message into one alert;
 * - every location a path inside the repository: image findings point at the Dockerfile the image was
 *   built from when it is known (`Finding.source`), else at the image input's own path when it is
 *   relative, else at the image reference (percent-encoded) — never at a runner path such as /tmp/….
 */
import path from 'node:path';
import type { CheckResult } from '../engine/check.js';
import type { Finding } from '../engine/types.js';
import { FINGERPRINT_KEY, hashParts, locatedFingerprint } from '../engine/fingerprint.js';
import { RULES_BY_ID } from '../rules/index.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/define.js';
import { DOCS_BASE_URL } from '../rules/define.js';
import { VERSION } from '../version.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

interface Descriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: string };
  properties: { tags: string[]; 'security-severity'?: string; precision?: string };
}

function pascal(name: string): string {
  return name.replace(/(^|[-/])([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
}

function ruleDescriptor(r: Rule): Descriptor {
  const url = DOCS_BASE_URL + r.docsPath;
  const aliases = r.aliases.length ? ` Also known as ${r.aliases.join(', ')}.` : '';
  const security = r.securitySeverity !== undefined;
  return {
    id: r.id,
    name: pascal(r.name),
    shortDescription: { text: r.summary },
    fullDescription: {
      text: `${r.summary}.${aliases} Default severity: ${r.severity}.${r.fixable ? ' Some findings carry a fix.' : ''}`,
    },
    help: {
      text: `${r.summary}. What it checks, why it matters, its options and examples: ${url}`,
      markdown: `**${r.summary}**${aliases ? `\n\n${aliases.trim()}` : ''}\n\nWhat it checks, why it matters, its options and examples: [${r.id}](${url}).`,
    },
    helpUri: url,
    defaultConfiguration: { level: r.severity === 'off' ? 'none' : LEVEL[r.severity] },
    properties: {
      tags: [...(security ? ['security'] : []), r.kind, ...r.aliases],
      ...(security ? { 'security-severity': r.securitySeverity!.toFixed(1) } : {}),
    },
  };
}

/** ShellCheck's codes come from the binary, not the registry: described from ShellCheck's wiki. */
function shellcheckDescriptor(id: string, example: Finding): Descriptor {
  const code = id.slice('shellcheck/'.length);
  const url = `https://www.shellcheck.net/wiki/${encodeURIComponent(code)}`;
  const first = example.message.split(/(?<=\.)\s/)[0];
  return {
    id,
    name: code,
    shortDescription: { text: `ShellCheck ${code} in a RUN script` },
    fullDescription: {
      text: `ShellCheck ${code}, reported by dockerfile/shellcheck on the script of a RUN instruction, e.g. "${first}"`,
    },
    help: {
      text: `ShellCheck ${code} on a RUN script. The ShellCheck wiki explains the check and its fix: ${url}`,
      markdown: `ShellCheck [${code}](${url}) on a RUN script (reported by [dockerfile/shellcheck](${DOCS_BASE_URL}docs/rules/dockerfile-shellcheck.md)). The ShellCheck wiki explains the check and its fix.`,
    },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[example.severity] },
    properties: { tags: ['dockerfile', 'shellcheck'] },
  };
}

/** A custom rule of the policy (or any id the registry does not know): described by its message. */
function customDescriptor(id: string, example: Finding): Descriptor {
  const text = example.message.length > 300 ? example.message.slice(0, 297) + '...' : example.message;
  return {
    id,
    name: pascal(id.replace(/^[a-z]+\//, '')),
    shortDescription: { text: text.split(/(?<=\.)\s/)[0] },
    fullDescription: { text },
    help: {
      text: `${text} (a rule defined in the policy's customRules)`,
      markdown: `${text}\n\nA rule defined in the policy's \`customRules\`.`,
    },
    defaultConfiguration: { level: LEVEL[example.severity] },
    properties: { tags: [example.kind, 'custom'] },
  };
}

/** Descriptors of every rule reported, and of every registry rule that is not about the policy. */
function descriptors(findings: readonly Finding[]): Descriptor[] {
  const examples = new Map<string, Finding>();
  for (const f of findings) if (!examples.has(f.ruleId)) examples.set(f.ruleId, f);
  const out = RULES.filter((r) => examples.has(r.id) || r.kind !== 'policy').map(ruleDescriptor);
  const extra = [...examples.keys()].filter((id) => !RULES_BY_ID.has(id)).sort();
  for (const id of extra) {
    const example = examples.get(id)!;
    out.push(
      id.startsWith('shellcheck/') ? shellcheckDescriptor(id, example) : customDescriptor(id, example),
    );
  }
  return out;
}

/** A relative URI reference for a repository path: each segment percent-encoded. */
function uriOf(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** Where a finding is, in the repository: see the module comment for images. */
export function sarifLocation(f: Finding): { uri: string; region: object; image?: string; identity: string } {
  const region = (r: { line: number; column: number; endLine: number; endColumn: number }) => ({
    startLine: r.line,
    startColumn: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
  });
  if (f.kind !== 'image') return { uri: uriOf(f.file), region: region(f), identity: f.file };
  // The image input's path is a runner path when absolute: only its name is stable from run to run.
  const relative =
    !path.posix.isAbsolute(f.file) && !path.win32.isAbsolute(f.file) && !f.file.startsWith('../');
  const name = relative ? f.file.replace(/^\.\//, '') : path.posix.basename(f.file.replace(/\\/g, '/'));
  if (f.source) {
    return {
      uri: uriOf(f.source.file),
      region: region(f.source),
      image: f.file,
      identity: `${f.source.file}\u0000${name}`,
    };
  }
  return { uri: uriOf(name), region: { startLine: 1 }, image: f.file, identity: name };
}

/** SARIF 2.1.0 as GitHub code scanning accepts it: one run, every rule described, 1-based regions. */
export function toSarif(result: CheckResult): object {
  const rules = descriptors(result.findings);
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
            rules,
          },
        },
        results: result.findings.map((f) => {
          const where = sarifLocation(f);
          const fp = f.fingerprint ?? hashParts(f.ruleId, f.message, String(f.line));
          return {
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId),
            level: LEVEL[f.severity],
            message: { text: where.image ? `Image ${where.image}: ${f.message}` : f.message },
            locations: [
              {
                physicalLocation: { artifactLocation: { uri: where.uri }, region: where.region },
                ...(where.image ? { logicalLocations: [{ name: where.image, kind: 'module' }] } : {}),
              },
            ],
            partialFingerprints: { [FINGERPRINT_KEY]: locatedFingerprint(where.identity, fp) },
            ...(f.origin ? { baselineState: f.origin === 'new' ? 'new' : 'unchanged' } : {}),
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
          };
        }),
      },
    ],
  };
}

export function formatSarif(result: CheckResult): string {
  return JSON.stringify(toSarif(result), null, 2) + '\n';
}

/** Kept for src/action/review.ts until it adopts src/engine/fingerprint.ts: a hash of the parts. */
export const fingerprint = hashParts;
