/**
 * `npm run noise`: how loud the default policy is on real files. Checks every file of the shared corpus
 * (`../shared/corpus`: Dockerfiles, compose files, Kubernetes manifests) under `builtin:recommended`,
 * exactly as `layerguard check --policy builtin:recommended` would, and prints, per rule, the severity it
 * has there, its findings, the files it fires on, and findings per 100 files of the kind it checks.
 * A benchmark-style report, not a test: quote it when a change makes a rule louder or quieter.
 *
 *   npm run noise                      # the table
 *   npm run noise -- --json out.json   # also write the figures as JSON
 *   npm run noise -- --shellcheck off  # without ShellCheck (faster)
 *   LAYERGUARD_CORPUS=/path npm run noise
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../src/engine/check.js';
import type { ShellcheckMode } from '../src/targets/dockerfile/shellcheck.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.LAYERGUARD_CORPUS ?? path.resolve(root, '..', 'shared', 'corpus');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

if (!existsSync(corpus)) {
  console.log(`noise: skipped (${corpus} not found; set LAYERGUARD_CORPUS)`);
  process.exit(0);
}

const t0 = performance.now();
const result = await check({
  cwd: corpus,
  paths: ['.'],
  policy: 'builtin:recommended',
  failOn: 'none',
  shellcheck: (flag('--shellcheck') as ShellcheckMode | undefined) ?? 'auto',
});
const ms = performance.now() - t0;

const filesByKind = new Map<string, number>();
for (const t of result.targets) filesByKind.set(t.kind, (filesByKind.get(t.kind) ?? 0) + 1);

interface Row {
  rule: string;
  severity: string;
  findings: number;
  files: number;
  per100: number;
}
const byRule = new Map<string, { severity: Map<string, number>; findings: number; files: Set<string> }>();
for (const f of result.findings) {
  if (f.suppressed) continue;
  let r = byRule.get(f.ruleId);
  if (!r) byRule.set(f.ruleId, (r = { severity: new Map(), findings: 0, files: new Set() }));
  r.findings++;
  r.files.add(f.file);
  r.severity.set(f.severity, (r.severity.get(f.severity) ?? 0) + 1);
}
// Findings per 100 files of the kind the rule checks (policy/* rules: of all files).
const kindOf = (rule: string) => rule.split('/')[0];
const denominator = (rule: string) =>
  kindOf(rule) === 'shellcheck'
    ? (filesByKind.get('dockerfile') ?? 0)
    : kindOf(rule) === 'policy'
      ? result.targets.length
      : (filesByKind.get(kindOf(rule)) ?? result.targets.length);
const rows: Row[] = [...byRule.entries()].map(([rule, r]) => ({
  rule,
  severity: [...r.severity.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([s]) => s)
    .join('+'),
  findings: r.findings,
  files: r.files.size,
  per100: (100 * r.findings) / Math.max(1, denominator(rule)),
}));
rows.sort((a, b) => b.per100 - a.per100 || a.rule.localeCompare(b.rule));

const kinds = [...filesByKind.entries()].map(([k, n]) => `${n} ${k}`).join(', ');
console.log(`noise under builtin:recommended: ${result.targets.length} files (${kinds}) in ${corpus}`);
console.log(
  `${result.summary.errors} errors, ${result.summary.warnings} warnings, ${result.summary.infos} infos; ${(ms / 1000).toFixed(1)} s`,
);
console.log('');
const w = Math.max(4, ...rows.map((r) => r.rule.length));
console.log(`${'rule'.padEnd(w)}  severity  findings   files  per 100 files`);
for (const r of rows) {
  console.log(
    `${r.rule.padEnd(w)}  ${r.severity.padEnd(8)}  ${String(r.findings).padStart(8)}  ${String(r.files).padStart(6)}  ${r.per100.toFixed(1).padStart(13)}`,
  );
}
const jsonOut = flag('--json');
if (jsonOut) {
  writeFileSync(
    jsonOut,
    JSON.stringify(
      { corpus, files: Object.fromEntries(filesByKind), summary: result.summary, rules: rows },
      null,
      2,
    ),
  );
}
