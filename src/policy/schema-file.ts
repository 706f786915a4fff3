/** The published schema file's text (policies/layerguard.schema.json), written by scripts/gen-schema.mjs. */
import type { Rule } from '../rules/define.js';
import { buildPolicySchema } from './schema.js';

export function renderSchemaFile(rules: Iterable<Rule>): string {
  return JSON.stringify(buildPolicySchema(rules), null, 2) + '\n';
}
