#!/usr/bin/env node
// Writes policies/layerguard.schema.json, the policy's JSON Schema (draft 2020-12): the static part
// plus every rule's option schemas from the registry (src/policy/schema.ts, buildPolicySchema); and
// the validators a run uses, Ajv standalone code (src/policy/generated/policy-structure.ts and
// rule-options.ts, from renderValidators in src/policy/schema-ajv.ts), so that no run compiles a schema.
// `--check` fails when a file is stale; __tests__/policy/schema-file.test.ts does too.
// Run it after adding a rule or changing a rule's options (the lead may chain it into `npm run gen`).
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import * as prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { renderSchemaFile } = await tsImport('../src/policy/schema-file.ts', import.meta.url);
const { RULES } = await tsImport('../src/rules/index.ts', import.meta.url);
const { renderValidators } = await tsImport('../src/policy/schema-ajv.ts', import.meta.url);

const target = path.join(root, 'policies', 'layerguard.schema.json');
// Formatted as `prettier --check .` expects; the test compares the parsed JSON, not the text.
const content = await prettier.format(renderSchemaFile(RULES), {
  ...(await prettier.resolveConfig(target)),
  filepath: target,
});
const validators = renderValidators(RULES);
const files = [
  [target, content],
  [path.join(root, 'src', 'policy', 'generated', 'policy-structure.ts'), validators.structure],
  [path.join(root, 'src', 'policy', 'generated', 'rule-options.ts'), validators.options],
];
let stale = false;
for (const [file, text] of files) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === text) continue;
  if (process.argv.includes('--check')) {
    console.error(`${path.relative(root, file)} is stale: run \`npm run gen\``);
    stale = true;
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
if (stale) process.exit(1);
