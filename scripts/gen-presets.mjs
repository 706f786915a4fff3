#!/usr/bin/env node
// Writes src/policy/generated/presets.ts: the built-in presets (policies/*.yml) read at build time, so
// that a run using one parses no YAML (src/policy/preset-snapshot.ts). Run by `npm run gen`;
// `--check` fails when the file is stale, and so does __tests__/policy/presets.test.ts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { renderPresetSnapshots } = await tsImport('../src/policy/preset-snapshot.ts', import.meta.url);
const target = path.join(root, 'src', 'policy', 'generated', 'presets.ts');
const text = renderPresetSnapshots(path.join(root, 'policies'));
const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error('src/policy/generated/presets.ts is stale: run `npm run gen`');
    process.exit(1);
  }
} else if (current !== text) {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
}
