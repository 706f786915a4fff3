/**
 * Crashes and blow-ups found by the hardening work in code that other engineers own. The ones
 * already fixed stay here as regression tests; the open ones are skipped or marked `it.failing` with
 * what is wrong. When a fix lands, an `it.failing` test fails as "passed unexpectedly": turn it into a
 * plain `it`, and remove its KNOWN_BUGS entry in fuzz/properties.ts so that the fuzzers fail on a
 * regression.
 */
import { evaluate } from '../../src/engine/check.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';
import { dockerfileTarget } from '../../src/targets/dockerfile/index.js';
import { parseDockerfile } from '../../src/targets/dockerfile/parse.js';
import { everyRule } from './fuzz/properties.js';

const CTX = { cwd: '/nonexistent', readSibling: async () => null, shellcheck: { mode: 'off' as const } };

async function findings(text: string, policy: ResolvedPolicy = everyRule()) {
  const target = await dockerfileTarget.load('Dockerfile', text, CTX);
  return evaluate([target], policy).findings;
}

describe('found by the fuzzers, fixed', () => {
  // dockerfile/env-self-reference built `new RegExp(…)` from ENV names without escaping them:
  // `ENV a[=1 b=2` threw "Unterminated character class" (found by the Dockerfile fuzzer).
  it('dockerfile/env-self-reference: ENV names with regex characters', async () => {
    for (const text of ['FROM a\nENV a[=1 b=2\n', 'FROM a\nENV a(=1 b=$a(\n', 'FROM a\nENV a+=1 b=${a+}\n']) {
      expect((await findings(text)).filter((f) => f.ruleId === 'policy/internal-error')).toEqual([]);
    }
  });

  // Custom assert rules compared values with an unbounded recursion: `path: "*"` on a Dockerfile
  // model (whose instructions point at each other) overflowed the stack and threw out of evaluate(),
  // losing the whole run (found by the policy fuzzer).
  it('custom assert rules compare models with cycles', async () => {
    const policy: ResolvedPolicy = {
      rules: {},
      failOn: 'error',
      mode: 'enforce',
      sources: ['t'],
      customRules: [
        {
          id: 'custom/any',
          kind: 'assert',
          severity: 'warning',
          message: 'm',
          target: 'dockerfile',
          path: '*',
          operator: 'equals',
          value: '',
          quantifier: 'all',
          source: 't:1',
          layer: 0,
        },
      ],
    };
    const out = await findings('FROM a\nONBUILD RUN x\nRUN y\n', policy);
    expect(out.filter((f) => f.ruleId === 'policy/internal-error')).toEqual([]);
  });

  // The parser copied the whole ARG/ENV scope for every ARG and ENV: 10,000 `ENV A<i>=1` lines took
  // 9 s and 20,000 (a 240 KB file) ran the process out of memory.
  it('20,000 distinct ENV names parse in linear time', () => {
    const text = 'FROM a\n' + Array.from({ length: 20_000 }, (_, i) => `ENV A${i}=1`).join('\n') + '\n';
    const model = parseDockerfile(text, 'Dockerfile', { dockerignore: null });
    expect(model.instructions).toHaveLength(20_001);
  });

  // dockerfile/apt-no-install-recommends scanned every earlier instruction for each install: 20,000
  // installs with suppression comments took 105 s (now about 4 s, most of it real work).
  it('4,000 apt-get installs with suppressions are checked in a few seconds at most', async () => {
    const text =
      'FROM a\n' + '# layerguard ignore=dockerfile/apt-yes -- r\nRUN apt-get install x\n'.repeat(4000);
    const out = await findings(text);
    expect(out.filter((f) => f.ruleId === 'dockerfile/apt-no-install-recommends')).toHaveLength(4000);
  });
});

describe('fixed after hand-over: linear rules', () => {
  // Were quadratic (src/rules/dockerfile/**): dockerfile/undefined-var in the nesting of
  // `${A:-${A:-…}}` (20,000 deep, a 120 KB line: 3.4 s) and, with copy-relative-without-workdir and
  // workdir-relative-path, in the number of stages (3,000 stages: 1.3 s, 1.1 s and 0.7 s). Braces are
  // now matched in one pass and ancestors' names and WORKDIRs are computed once per file; the whole
  // rule set now takes about 0.4 s on each input outside Jest (the bound leaves room for Jest's VM).
  it('deep ${…} nesting and thousands of stages are checked in linear time', async () => {
    const nested = 'FROM a\nARG X=' + '${A:-'.repeat(20_000) + 'x' + '}'.repeat(20_000) + '\nRUN echo $X\n';
    const stages =
      Array.from({ length: 3000 }, (_, i) => `FROM s${i - 1} AS s${i}\nCOPY --from=s${i - 1} /a /b`).join(
        '\n',
      ) + '\n';
    for (const text of [nested, stages]) {
      const out = await findings(text);
      expect(out.filter((f) => f.ruleId === 'policy/internal-error')).toEqual([]);
    }
  });
});
