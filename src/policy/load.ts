/**
 * Loads the policy: `--policy FILE`, else `.github/layerguard.yml`, `.layerguard.yml` or
 * `layerguard.yml` in the working directory, else `builtin:recommended`. A policy without `extends`
 * builds on `builtin:recommended`; `extends: []` starts from the rules' own defaults.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { Rule } from '../rules/define.js';
import type { Severity } from '../engine/types.js';
import { PolicyError } from './types.js';
import type { EffectiveRule, ResolvedPolicy, RuleSetting } from './types.js';

export const POLICY_FILE_NAMES = ['.github/layerguard.yml', '.layerguard.yml', 'layerguard.yml'];
const SEVERITY_VALUES = ['off', 'info', 'warning', 'error'];
const FAIL_ON_VALUES = ['error', 'warning', 'info', 'none'];
const MAX_EXTENDS_DEPTH = 10;

/** The folder holding the built-in presets, found from this module's location (src/ or dist/). */
export function presetsDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'policies');
    if (existsSync(path.join(candidate, 'recommended.yml'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new PolicyError('cannot find the built-in presets folder "policies/" next to layerguard');
}

export interface LoadPolicyOptions {
  cwd: string;
  /** `--policy FILE` (relative to cwd) or `builtin:<name>`. */
  policy?: string;
  rules: ReadonlyMap<string, Rule>;
}

export function discoverPolicyFile(cwd: string): string | undefined {
  return POLICY_FILE_NAMES.find((name) => existsSync(path.join(cwd, name)));
}

export async function loadPolicy(opts: LoadPolicyOptions): Promise<ResolvedPolicy> {
  const entry = opts.policy ?? discoverPolicyFile(opts.cwd) ?? 'builtin:recommended';
  const policy: ResolvedPolicy = { rules: {}, failOn: 'error', mode: 'enforce', sources: [] };
  loadLayer(entry, opts.cwd, opts, policy, []);
  return policy;
}

function loadLayer(ref: string, fromDir: string, opts: LoadPolicyOptions, out: ResolvedPolicy, chain: string[]): void {
  let file: string;
  let display: string;
  if (ref.startsWith('builtin:')) {
    const name = ref.slice('builtin:'.length);
    if (!/^[a-z][a-z0-9-]*$/.test(name) || !existsSync(path.join(presetsDir(), `${name}.yml`))) {
      throw new PolicyError(`unknown preset "${ref}"; the built-in presets are builtin:recommended and builtin:strict`);
    }
    file = path.join(presetsDir(), `${name}.yml`);
    display = ref;
  } else {
    file = path.resolve(fromDir, ref);
    display = path.relative(opts.cwd, file).split(path.sep).join('/') || ref;
  }
  if (chain.includes(file)) {
    throw new PolicyError(`extends cycle: ${[...chain, file].map((f) => path.basename(f)).join(' -> ')}`);
  }
  if (chain.length >= MAX_EXTENDS_DEPTH) throw new PolicyError(`extends is nested more than ${MAX_EXTENDS_DEPTH} deep`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new PolicyError(`cannot read policy file ${display}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: '1.2', lineCounter, prettyErrors: false });
  const at = (node: YamlNode | null | undefined) => {
    const pos = node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
    return { line: pos.line, col: pos.col };
  };
  const fail = (message: string, node?: YamlNode | null): never => {
    const p = at(node);
    throw new PolicyError(message, display, p.line, p.col);
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const p = lineCounter.linePos(e.pos[0]);
    throw new PolicyError(`invalid YAML: ${e.message.split('\n')[0]}`, display, p.line, p.col);
  }
  const root = doc.contents;
  if (root === null || root === undefined) return void out.sources.push(display);
  if (!isMap(root)) fail('a policy is a mapping with keys such as extends, rules and failOn', root);
  const map = root as import('yaml').YAMLMap;
  const extendsNode = map.get('extends', true) as YamlNode | undefined;
  const parents: string[] = [];
  if (extendsNode === undefined) {
    if (!ref.startsWith('builtin:')) parents.push('builtin:recommended');
  } else {
    const value = doc.toJS().extends;
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || !list.every((v) => typeof v === 'string')) {
      fail('extends must be a preset or file name, or a list of them', extendsNode);
    }
    parents.push(...list);
  }
  for (const parent of parents) loadLayer(parent, path.dirname(file), opts, out, [...chain, file]);

  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const valueNode = pair.value as YamlNode | null;
    const value = valueNode && 'toJSON' in valueNode ? (valueNode as any).toJSON() : null;
    switch (key) {
      case 'extends':
        break;
      case 'rules': {
        if (!isMap(valueNode)) fail('rules must be a mapping of rule ids to a severity or {severity, options}', valueNode);
        for (const rp of (valueNode as import('yaml').YAMLMap).items) {
          const id = isScalar(rp.key) ? String(rp.key.value) : '';
          const rnode = rp.value as YamlNode | null;
          const rule = opts.rules.get(id);
          if (!rule) fail(`unknown rule "${id}"${suggest(id, [...opts.rules.keys()])}`, rp.key as YamlNode);
          const p = at(rp.key as YamlNode);
          const source = `${display}:${p.line}`;
          const rv = rnode && 'toJSON' in rnode ? (rnode as any).toJSON() : rnode;
          const setting: RuleSetting = { ...(out.rules[id] ?? { severity: rule!.severity }), source };
          if (typeof rv === 'string') {
            if (!SEVERITY_VALUES.includes(rv)) fail(`severity of ${id} must be one of off, info, warning, error (got "${rv}")`, rnode);
            setting.severity = rv as RuleSetting['severity'];
          } else if (rv && typeof rv === 'object' && !Array.isArray(rv)) {
            for (const k of Object.keys(rv)) {
              if (k !== 'severity' && k !== 'options') fail(`unknown key "${k}" in the setting of ${id}; use severity and options`, rnode);
            }
            if (rv.severity !== undefined) {
              if (!SEVERITY_VALUES.includes(rv.severity)) fail(`severity of ${id} must be one of off, info, warning, error`, rnode);
              setting.severity = rv.severity;
            }
            if (rv.options !== undefined) {
              if (!rv.options || typeof rv.options !== 'object' || Array.isArray(rv.options)) fail(`options of ${id} must be a mapping`, rnode);
              for (const k of Object.keys(rv.options)) {
                if (!(k in rule!.defaultOptions)) {
                  fail(`${id} has no option "${k}"${suggest(k, Object.keys(rule!.defaultOptions))}`, rnode);
                }
              }
              setting.options = rv.options;
            }
          } else {
            fail(`the setting of ${id} must be off|info|warning|error or {severity, options}`, rnode);
          }
          out.rules[id] = setting;
        }
        break;
      }
      case 'failOn':
        if (!FAIL_ON_VALUES.includes(value)) fail(`failOn must be one of ${FAIL_ON_VALUES.join(', ')}`, valueNode);
        out.failOn = value as Severity | 'none';
        break;
      case 'mode':
        if (value !== 'enforce' && value !== 'audit') fail('mode must be enforce or audit', valueNode);
        out.mode = value;
        break;
      default:
        fail(`unknown key "${key}"${suggest(key, ['extends', 'rules', 'failOn', 'mode'])}`, pair.key as YamlNode);
    }
  }
  out.sources.push(display);
}

/** The setting a rule runs with on a file. */
export function effectiveRule(policy: ResolvedPolicy, rule: Rule, _file: string): EffectiveRule {
  const setting = policy.rules[rule.id];
  return {
    severity: setting?.severity ?? rule.severity,
    options: { ...rule.defaultOptions, ...(setting?.options ?? {}) },
    mode: setting?.mode ?? policy.mode,
  };
}

/** ` (did you mean "x"?)` for the closest candidate within a small edit distance. */
export function suggest(word: string, candidates: string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 10) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
