/**
 * Fingerprints survive lines moving and tell repeated findings apart; classification against a base
 * revision and a debt baseline decides the verdict by fail scope (issue 13, items 3 and 5).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import os from 'node:os';
import path from 'node:path';
import { check } from '../../src/engine/check.js';
import type { CheckResult } from '../../src/engine/check.js';
import { classify, verdictOf } from '../../src/engine/compare.js';
import { instructionSpans, normalisedLines } from '../../src/engine/fingerprint.js';
import { formatBaseline, parseBaseline } from '../../src/engine/baseline.js';
import type { Finding } from '../../src/engine/types.js';
import { toSarif } from '../../src/report/sarif.js';
import { RULES } from '../../src/rules/index.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';

function onlyRules(active: Record<string, 'error' | 'warning' | 'info'>): ResolvedPolicy {
  const rules: ResolvedPolicy['rules'] = {};
  for (const r of RULES) rules[r.id] = { severity: active[r.id] ?? 'off' };
  return { rules, failOn: 'error', mode: 'enforce', sources: ['test'] };
}

async function checkText(text: string, policy: ResolvedPolicy, file = 'Dockerfile'): Promise<CheckResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-fp-'));
  writeFileSync(path.join(dir, file), text);
  return check({ cwd: dir, resolvedPolicy: policy, paths: [file], shellcheck: 'off' });
}

const PIP = onlyRules({ 'dockerfile/pip-no-cache-dir': 'warning' });

/** 30 lines: the same `pip install` on lines 4 and 27, so both findings have the same message. */
function pipDockerfile(above: string[] = []): string {
  const lines = [
    'FROM python:3.12-slim',
    ...above,
    'WORKDIR /app',
    'ENV A=1',
    'RUN pip install flask==3.0.0',
  ];
  while (lines.length < 26 + above.length) lines.push(`ENV V${lines.length}=x`);
  lines.push('RUN pip install flask==3.0.0', 'USER app');
  return lines.join('\n') + '\n';
}

describe('fingerprints', () => {
  it('differ for two findings with the same rule and message (lines 4 and 27), in SARIF too', async () => {
    const result = await checkText(pipDockerfile(), PIP);
    const pip = result.findings.filter((f) => f.ruleId === 'dockerfile/pip-no-cache-dir');
    expect(pip.map((f) => f.line)).toEqual([4, 27]);
    expect(pip[0].message).toBe(pip[1].message);
    expect(pip[0].fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(pip[0].fingerprint).not.toBe(pip[1].fingerprint);
    const sarif = toSarif(result) as any;
    const fps = sarif.runs[0].results.map((r: any) => r.partialFingerprints['layerguard/v2']);
    expect(fps).toHaveLength(2);
    expect(new Set(fps).size).toBe(2);
  });

  it('survive lines inserted above, and stay unique across files with the same content in SARIF', async () => {
    const before = await checkText(pipDockerfile(), PIP);
    const after = await checkText(pipDockerfile(['LABEL a=1', 'LABEL b=2', 'LABEL c=3']), PIP);
    expect(after.findings.map((f) => f.line)).toEqual([7, 30]);
    expect(after.findings.map((f) => f.fingerprint)).toEqual(before.findings.map((f) => f.fingerprint));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-fp-'));
    writeFileSync(path.join(dir, 'a.Dockerfile'), pipDockerfile());
    writeFileSync(path.join(dir, 'b.Dockerfile'), pipDockerfile());
    const two = await check({ cwd: dir, resolvedPolicy: PIP, paths: ['a.Dockerfile', 'b.Dockerfile'] });
    const sarif = toSarif(two) as any;
    const fps = sarif.runs[0].results.map((r: any) => r.partialFingerprints['layerguard/v2']);
    expect(fps).toHaveLength(4);
    expect(new Set(fps).size).toBe(4);
  });

  it('survive re-indenting and re-wrapping an instruction, not a change to its text', async () => {
    const policy = onlyRules({ 'dockerfile/apt-no-install-recommends': 'error' });
    const one = await checkText('FROM debian:12\nRUN apt-get update && apt-get install -y git\n', policy);
    const wrapped = await checkText(
      'FROM debian:12\nRUN   apt-get update \\\n    && apt-get install -y git\n',
      policy,
    );
    const changed = await checkText('FROM debian:12\nRUN apt-get update && apt-get install -y vim\n', policy);
    expect(one.findings).toHaveLength(1);
    expect(wrapped.findings).toHaveLength(1);
    // The fingerprint covers the whole instruction, whatever part of it the finding's range is.
    expect(wrapped.findings[0].line).toBe(3);
    expect(wrapped.findings[0].fingerprint).toBe(one.findings[0].fingerprint);
    expect(normalisedLines(['RUN   apt-get update \\', '    && apt-get install -y git'], 1, 2)).toBe(
      'RUN apt-get update && apt-get install -y git',
    );
    expect(changed.findings[0].fingerprint).not.toBe(one.findings[0].fingerprint);
  });

  it('normalise lines as the regular expressions they replace do', () => {
    const reference = (lines: string[], line: number, endLine: number) => {
      const parts: string[] = [];
      for (let i = Math.max(1, line); i <= Math.min(endLine, lines.length); i++) {
        parts.push(lines[i - 1].replace(/[\\`]\s*$/, ''));
      }
      return parts.join(' ').replace(/\s+/g, ' ').trim();
    };
    const piece = fc.constantFrom(
      'a',
      'bc',
      ' ',
      '  ',
      '\t',
      '\\',
      '`',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
      '\v',
      '\u200b', // not white space
      '\u0085', // not white space either
    );
    const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 5 }),
        fc.integer({ min: -1, max: 6 }),
        fc.nat(6),
        (lines, a, n) => expect(normalisedLines(lines, a, a + n)).toBe(reference(lines, a, a + n)),
      ),
      { numRuns: 2000 },
    );
  });

  it('map each line of an instruction to its first and last line, other lines to none', () => {
    const spans = instructionSpans([
      { line: 2, endLine: 4 },
      { line: 6, endLine: 6 },
    ]);
    expect([...spans.first]).toEqual([0, 0, 2, 2, 2, 0, 6]);
    expect([...spans.last]).toEqual([0, 0, 4, 4, 4, 0, 6]);
  });
});

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'dockerfile/x',
    severity: 'error',
    message: 'm',
    file: 'Dockerfile',
    kind: 'dockerfile',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    fingerprint: 'a',
    ...over,
  };
}

describe('classification and the verdict', () => {
  const findings = [
    finding({ fingerprint: 'old' }),
    finding({ fingerprint: 'debt', line: 2 }),
    finding({ fingerprint: 'fresh', line: 3, severity: 'warning' }),
    finding({ file: 'new/Dockerfile', fingerprint: 'old' }),
  ];
  const base = { label: 'main', fingerprints: new Map([['Dockerfile', new Set(['old', 'debt'])]]) };
  const baseline = {
    file: '.layerguard-baseline.json',
    entries: [
      { file: 'Dockerfile', ruleId: 'dockerfile/x', fingerprint: 'debt' },
      { file: 'Dockerfile', ruleId: 'dockerfile/x', fingerprint: 'gone' },
      { file: 'elsewhere/Dockerfile', ruleId: 'dockerfile/x', fingerprint: 'unchecked' },
    ],
  };

  it('marks base, baseline and new findings; a file the base lacks has only new findings', () => {
    const { findings: out, comparison } = classify(findings, {
      failScope: 'new',
      base,
      baseline,
      checked: new Set(['Dockerfile', 'new/Dockerfile']),
    });
    expect(out.map((f) => f.origin)).toEqual(['base', 'baseline', 'new', 'new']);
    expect(comparison).toMatchObject({ new: 2, existing: 2, onBase: 1, inBaseline: 1, base: 'main' });
    // Only entries of checked files can be stale.
    expect(comparison.unmatchedBaseline.map((e) => e.fingerprint)).toEqual(['gone']);
  });

  it('fails on new findings only with scope new, on base findings too with all, never on debt', () => {
    const onlyOld = classify([findings[0], findings[1]], {
      failScope: 'new',
      base,
      baseline,
      checked: new Set(['Dockerfile']),
    }).findings;
    expect(verdictOf(onlyOld, 'error', undefined, 'new')).toBe('pass');
    expect(verdictOf(onlyOld, 'error', undefined, 'all')).toBe('fail');
    const debtOnly = onlyOld.filter((f) => f.origin === 'baseline');
    expect(verdictOf(debtOnly, 'error', undefined, 'all')).toBe('pass');
    const withNew = classify(findings, { failScope: 'new', base, checked: new Set() }).findings;
    expect(verdictOf(withNew, 'error', undefined, 'new')).toBe('fail');
    // maxWarnings counts new warnings only under scope new.
    const warnings = withNew.map((f) => ({ ...f, severity: 'warning' as const }));
    expect(verdictOf(warnings, 'error', 2, 'new')).toBe('pass');
    expect(verdictOf(warnings, 'error', 2, 'all')).toBe('fail');
  });

  it('writes and reads the baseline file; a broken one is a clear error', () => {
    const text = formatBaseline([
      findings[2],
      findings[0],
      { ...findings[1], suppressed: { kind: 'inline', reason: 'r' } },
    ]);
    const parsed = parseBaseline(text, 'b.json');
    expect(parsed.entries.map((e) => [e.line, e.fingerprint])).toEqual([
      [1, 'old'],
      [3, 'fresh'],
    ]);
    expect(() => parseBaseline('{', 'b.json')).toThrow(/b\.json: not valid JSON.*layerguard baseline/);
    expect(() => parseBaseline('{"version":1,"findings":[{"file":1}]}', 'b.json')).toThrow(
      /b\.json: findings\[0\] needs "file", "ruleId" and "fingerprint"/,
    );
  });
});
