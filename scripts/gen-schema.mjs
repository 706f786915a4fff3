#!/usr/bin/env node
// Writes policies/layerguard.schema.json, the policy's JSON Schema (draft 2020-12): the static part
// plus every rule's option schemas from the registry (src/policy/schema.ts, buildPolicySchema).
// `--check` fails when the published file is stale; __tests__/policy/schema-file.test.ts does too.
// Run it after adding a rule or changing a rule's options (the lead may chain it into `npm run gen`).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import * as prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { renderSchemaFile } = await tsImport('../src/policy/schema-file.ts', import.meta.url);
const { RULES } = await tsImport('../src/rules/index.ts', import.meta.url);

const target = path.join(root, 'policies', 'layerguard.schema.json');
// Formatted as `prettier --check .` expects; the test compares the parsed JSON, not the text.
const content = await prettier.format(renderSchemaFile(RULES), {
  ...(await prettier.resolveConfig(target)),
  filepath: target,
});
if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== content) {
    console.error('policies/layerguard.schema.json is stale: run `node scripts/gen-schema.mjs`');
    process.exit(1);
  }
} else if (!existsSync(target) || readFileSync(target, 'utf8') !== content) {
  writeFileSync(target, content);
}
