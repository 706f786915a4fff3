/**
 * Bench entry (bundled by scripts/bench.mjs): lints every corpus Dockerfile in one process, with every
 * rule enabled, timing read + parse + rules per file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { evaluate } from '../../src/engine/check.js';
import { RULES } from '../../src/rules/index.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';
import { parseDockerfile } from '../../src/targets/dockerfile/parse.js';

export function lintCorpus(dir: string, rounds = 1) {
  const rules: ResolvedPolicy['rules'] = {};
  for (const r of RULES) rules[r.id] = { severity: r.severity === 'off' ? 'warning' : r.severity };
  const policy: ResolvedPolicy = { rules, failOn: 'error', mode: 'enforce', sources: ['bench'] };
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.Dockerfile'))
    .sort();
  const times: number[] = [];
  let bytes = 0;
  let findings = 0;
  const t0 = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const f of files) {
      const s = performance.now();
      const text = readFileSync(path.join(dir, f), 'utf8');
      const model = parseDockerfile(text, f, { dockerignore: null });
      const result = evaluate(
        [{ kind: 'dockerfile', file: f, text: model.text, units: [{ model }], problems: [] }],
        policy,
      );
      times.push(performance.now() - s);
      if (round === 0) {
        bytes += text.length;
        findings += result.findings.length;
      }
    }
  }
  const total = performance.now() - t0;
  return { files: files.length, rounds, bytes, findings, totalMs: total, times, rules: RULES.length };
}
