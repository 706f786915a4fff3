/**
 * Bench entry (bundled by scripts/bench-runtime.mjs): loads every file of a run-configuration corpus
 * (compose or Kubernetes) in one process and runs every runtime rule on it, timing load + rules per
 * file, and counting findings per rule.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { evaluate } from '../../src/engine/check.js';
import { RULES } from '../../src/rules/index.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';
import { loadComposeFile, loadKubernetesFile } from '../../src/targets/runtime/index.js';

export function runtimeCorpus(dir: string, format: 'compose' | 'kubernetes') {
  const rules: ResolvedPolicy['rules'] = {};
  for (const r of RULES) rules[r.id] = { severity: r.severity === 'off' ? 'warning' : r.severity };
  const policy: ResolvedPolicy = { rules, failOn: 'error', mode: 'enforce', sources: ['bench'] };
  const load = format === 'compose' ? loadComposeFile : loadKubernetesFile;
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const times: number[] = [];
  const byRule: Record<string, number> = {};
  let bytes = 0;
  let containers = 0;
  let skipped = 0;
  const t0 = performance.now();
  for (const f of files) {
    const s = performance.now();
    const text = readFileSync(path.join(dir, f), 'utf8');
    const target = load(f, text);
    const result = evaluate([target], policy);
    times.push(performance.now() - s);
    bytes += text.length;
    containers += target.units.length;
    if (target.stats?.skipped) skipped++;
    for (const finding of result.findings) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
  }
  return { files: files.length, bytes, containers, skipped, totalMs: performance.now() - t0, times, byRule };
}
