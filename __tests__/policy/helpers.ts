/**
 * Shared by the policy tests: a small, fixed rule registry (so that messages and "did you mean"
 * suggestions do not move when other rules are added) and temporary policy folders.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineRule } from '../../src/rules/define.js';
import type { Rule } from '../../src/rules/define.js';
import { RULES } from '../../src/rules/index.js';
import { loadPolicy } from '../../src/policy/load.js';
import type { LoadPolicyOptions } from '../../src/policy/load.js';
import { PolicyError } from '../../src/policy/types.js';

const noop = () => undefined;

export const TEST_RULES: Rule[] = [
  defineRule({
    id: 'dockerfile/base-image-latest',
    aliases: ['DL3007'],
    severity: 'warning',
    summary: 'latest tag',
    check: noop,
  }),
  defineRule({
    id: 'dockerfile/non-root-user',
    aliases: ['DL3002'],
    severity: 'warning',
    summary: 'root user',
    check: noop,
  }),
  defineRule({
    id: 'dockerfile/apt-pin-versions',
    aliases: ['DL3008'],
    severity: 'warning',
    summary: 'apt pins',
    check: noop,
  }),
  defineRule({
    id: 'dockerfile/json-args',
    aliases: ['DL3025', 'JSONArgsRecommended'],
    severity: 'info',
    summary: 'exec form',
    check: noop,
  }),
  defineRule({
    id: 'dockerfile/trusted-registries',
    aliases: ['DL3026'],
    severity: 'error',
    summary: 'trusted registries',
    options: {
      registries: {
        type: 'array',
        items: { type: 'string' },
        description: 'allowed registries',
        default: [],
      },
    },
    check: noop,
  }),
  defineRule({
    id: 'dockerfile/max-layers',
    severity: 'warning',
    summary: 'too many layers',
    options: {
      max: { type: 'integer', minimum: 1, description: 'most layers', default: 50 },
      countCopy: { type: 'boolean', description: 'count COPY', default: true },
    },
    check: noop,
  }),
  defineRule({
    id: 'dockerfile/label-required',
    aliases: ['DL3049'],
    severity: 'off',
    summary: 'labels',
    options: { labels: { type: 'array', items: { type: 'string' }, description: 'labels', default: [] } },
    check: noop,
  }),
  defineRule({ id: 'runtime/memory-limit', severity: 'warning', summary: 'memory', check: noop }),
  defineRule({ id: 'runtime/privileged', severity: 'error', summary: 'privileged', check: noop }),
  // The policy stage's own rules are the real ones.
  ...RULES.filter((r) => r.kind === 'policy'),
] as Rule[];

export const TEST_REGISTRY: ReadonlyMap<string, Rule> = new Map(TEST_RULES.map((r) => [r.id, r]));

/** Writes `files` (relative path -> text) into a fresh temporary folder and returns it. */
export function tempTree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-policy-'));
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return dir;
}

/** Loads `entry` from a temporary tree with the test registry. */
export function loadTree(
  files: Record<string, string>,
  entry = '.layerguard.yml',
  opts: Partial<LoadPolicyOptions> = {},
) {
  const cwd = tempTree(files);
  return loadPolicy({ cwd, policy: entry, rules: TEST_REGISTRY, env: {}, ...opts });
}

/** The problems of a policy that must fail to load, as `file:line:col: message` lines. */
export async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof PolicyError) return e.message.split('\n');
    throw e;
  }
  throw new Error('the policy loaded, but it should not have');
}
