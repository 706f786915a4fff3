/**
 * policies/layerguard.schema.json is what editors read: it must be exactly the schema assembled from
 * the current registry (run `node scripts/gen-schema.mjs` after adding a rule), compile under ajv's
 * strict mode (so a rule's options schema with a typo fails here), and accept the shipped presets and
 * the policy `layerguard init` writes. The validators a run uses are Ajv standalone code generated from
 * the same schema (src/policy/generated/): they must be what `npm run gen` writes today.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { starterPolicy } from '../../src/cli/starter-policy.js';
import { buildPolicySchema } from '../../src/policy/schema.js';
import { createAjv, renderValidators } from '../../src/policy/schema-ajv.js';
import { RULES } from '../../src/rules/index.js';

const FILE = path.join(process.cwd(), 'policies', 'layerguard.schema.json');
const published = JSON.parse(readFileSync(FILE, 'utf8'));

test('the published schema matches the registry (else: node scripts/gen-schema.mjs)', () => {
  expect(published).toEqual(buildPolicySchema(RULES));
});

test('the generated validators match the schema and the registry (else: npm run gen)', () => {
  const { structure, options } = renderValidators(RULES);
  const generated = (name: string) =>
    readFileSync(path.join(process.cwd(), 'src', 'policy', 'generated', name), 'utf8');
  expect(generated('policy-structure.ts') === structure).toBe(true);
  expect(generated('rule-options.ts') === options).toBe(true);
});

describe('against the published schema', () => {
  const validate = createAjv(true).compile(published);
  const check = (data: unknown) =>
    validate(data) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);

  test.each(['recommended.yml', 'strict.yml'])('the preset %s is valid', (name) => {
    const text = readFileSync(path.join(process.cwd(), 'policies', name), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./layerguard.schema.json');
    expect(check(parse(text, { version: '1.2' }))).toEqual([]);
  });

  test('the starter policy is valid', () => {
    expect(check(parse(starterPolicy(), { version: '1.2' }))).toEqual([]);
  });

  test('it rejects unknown rule ids and options, which the structural schema leaves to the loader', () => {
    expect(check({ rules: { 'dockerfile/nope': 'error' } })).not.toEqual([]);
    expect(check({ rules: { 'dockerfile/trusted-registries': { options: { nope: 1 } } } })).not.toEqual([]);
    expect(
      check({
        rules: { 'dockerfile/trusted-registries': { options: { registries: ['x'] } } },
        locked: ['custom/x'],
      }),
    ).toEqual([]);
  });
});
