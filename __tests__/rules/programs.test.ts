/**
 * Rules that declare `programs` are skipped by the engine on a Dockerfile whose scripts run none of
 * them (src/rules/define.ts). That is only an optimisation if such a rule would have found nothing
 * there: checked here on every corpus Dockerfile, and through the engine on small files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { evaluate } from '../../src/engine/check.js';
import { programsOf, runsAnyOf } from '../../src/knowledge/invocations.js';
import { RULES, RULES_BY_ID } from '../../src/rules/index.js';
import { parseDockerfile } from '../../src/targets/dockerfile/parse.js';
import type { DockerfileModel } from '../../src/targets/dockerfile/model.js';
import type { LoadedTarget } from '../../src/targets/types.js';
import { CORPUS_ROOT, everyRulePolicy } from '../helpers/paths.js';
import { dedent } from '../helpers/rule-tester.js';

const GATED = RULES.filter((r) => r.programs);
const model = (text: string) => parseDockerfile(text, 'Dockerfile', { dockerignore: null });
const target = (m: DockerfileModel): LoadedTarget => ({
  kind: 'dockerfile',
  file: 'Dockerfile',
  text: m.text,
  units: [{ model: m }],
  problems: [],
});

describe('programsOf', () => {
  it('names the programs of every script, wrappers seen through, ONBUILD triggers and heredocs included', () => {
    const m = model(
      dedent(`
        FROM debian:12
        RUN sudo -E zypper -n in x && env A=1 /usr/bin/gem install y
        RUN python3 -m pip install z
        RUN <<EOF
        apk add --no-cache curl
        EOF
        ONBUILD RUN yum -y install w
        CMD dnf --version
        ENV NOT_A_PROGRAM=wget
      `),
    );
    const names = programsOf(m);
    for (const p of ['zypper', 'gem', 'pip', 'apk', 'yum', 'dnf']) expect(names.has(p)).toBe(true);
    // The wrappers are not what runs; assignments and ENV values are not programs.
    for (const p of ['sudo', 'env', 'wget', 'A=1']) expect(names.has(p)).toBe(false);
    expect(programsOf(m)).toBe(names); // once per model
  });

  it('is empty for a Dockerfile without scripts', () => {
    expect(programsOf(model('FROM scratch\nCOPY a /a\n')).size).toBe(0);
  });
});

describe('rules with programs, through the engine', () => {
  const rule = RULES_BY_ID.get('dockerfile/zypper-clean')!;
  // A fresh policy object for each test: the engine keeps each policy's plan, and with it the rule's
  // check function as it was when planned.
  let policy = everyRulePolicy();
  beforeEach(() => (policy = everyRulePolicy()));

  afterEach(() => jest.restoreAllMocks());

  it('are not run on a Dockerfile that runs none of their programs', () => {
    const check = jest.spyOn(rule, 'check');
    const result = evaluate([target(model('FROM debian:12\nRUN apt-get update\n'))], policy);
    expect(check).not.toHaveBeenCalled();
    expect(result.findings.some((f) => f.ruleId === 'dockerfile/apt-lists-cleanup')).toBe(true);
  });

  it('run, and report, when one of their programs runs, also behind sudo or in an ONBUILD trigger', () => {
    const check = jest.spyOn(rule, 'check');
    for (const line of ['RUN sudo zypper -n install httpd=2.4', 'ONBUILD RUN zypper -n install httpd=2.4']) {
      const result = evaluate([target(model(`FROM opensuse/leap:15.6\n${line}\n`))], policy);
      expect(result.findings.filter((f) => f.ruleId === rule.id)).toHaveLength(1);
    }
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('name programs only on Dockerfile rules', () => {
    expect(GATED.length).toBeGreaterThanOrEqual(20);
    for (const r of GATED) {
      expect(r.kind).toBe('dockerfile');
      expect(r.programs!.length).toBeGreaterThan(0);
    }
  });
});

const CORPUS = path.join(CORPUS_ROOT, 'dockerfiles');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.Dockerfile')) : [];

(files.length ? describe : describe.skip)('rules with programs, on the shared corpus', () => {
  it('find nothing on any corpus Dockerfile the engine skips them on', () => {
    const wrong: string[] = [];
    const skipped = new Map<string, number>(GATED.map((r) => [r.id, 0]));
    const ran = new Map<string, number>(GATED.map((r) => [r.id, 0]));
    for (const f of files) {
      const m = parseDockerfile(readFileSync(path.join(CORPUS, f), 'utf8'), f, { dockerignore: null });
      for (const r of GATED) {
        if (runsAnyOf(m, r.programs!)) {
          ran.set(r.id, ran.get(r.id)! + 1);
          continue;
        }
        skipped.set(r.id, skipped.get(r.id)! + 1);
        r.check(m, r.defaultOptions, (d) =>
          wrong.push(`${f}: ${r.id} at line ${d.range.line}: ${d.message}`),
        );
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    // Not vacuous: every rule is skipped on some files and runs on others.
    for (const r of GATED) {
      expect([r.id, skipped.get(r.id)! > 0]).toEqual([r.id, true]);
      expect([r.id, ran.get(r.id)! > 0]).toEqual([r.id, true]);
    }
  });
});
