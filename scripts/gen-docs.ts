#!/usr/bin/env -S npx tsx
// Writes the documents generated from the rule registry: docs/rules/README.md, the mapping table of
// docs/migrating-from-hadolint.md and policies/hadolint.yml. `--check` only reports stale files (exit 1).
// Run: npx tsx scripts/gen-docs.ts [--check]   (after `npm run gen` when rules were added).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/rules/index.js';
import { renderHadolintPreset, renderRulesReadme, withMappingTables } from './docs-render.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const guidePath = path.join(root, 'docs', 'migrating-from-hadolint.md');

const outputs: [string, string][] = [
  [path.join(root, 'docs', 'rules', 'README.md'), renderRulesReadme(RULES)],
  [guidePath, withMappingTables(readFileSync(guidePath, 'utf8'), RULES)],
  [path.join(root, 'policies', 'hadolint.yml'), renderHadolintPreset(RULES)],
];

const stale: string[] = [];
for (const [file, content] of outputs) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === content) continue;
  stale.push(path.relative(root, file));
  if (!process.argv.includes('--check')) writeFileSync(file, content);
}
if (process.argv.includes('--check') && stale.length > 0) {
  console.error(`stale: ${stale.join(', ')}; run npx tsx scripts/gen-docs.ts`);
  process.exit(1);
}
