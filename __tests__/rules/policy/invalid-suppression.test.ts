import { applyPolicy } from '../../../src/policy/apply.js';
import { dockerfileTarget } from '../../../src/targets/dockerfile/index.js';
import type { LoadedTarget } from '../../../src/targets/types.js';
import { parseSuppressionComment } from '../../../src/policy/inline.js';
import { getRule } from '../../helpers/rule-tester.js';

const base = { rules: {}, failOn: 'error' as const, mode: 'enforce' as const, sources: [] };

test('the comment grammar', () => {
  expect(parseSuppressionComment('layerguard ignore=a/b, DL3007 -- because')).toEqual({
    syntax: 'layerguard',
    scope: 'next',
    tokens: ['a/b', 'DL3007'],
    reason: 'because',
  });
  expect(parseSuppressionComment('# LayerGuard ignore-file = x')).toEqual({
    syntax: 'layerguard',
    scope: 'file',
    tokens: ['x'],
  });
  expect(parseSuppressionComment('hadolint global ignore=DL3006,DL3026 # explicit tag')).toEqual({
    syntax: 'hadolint',
    scope: 'file',
    tokens: ['DL3006', 'DL3026'],
    reason: 'explicit tag',
  });
  expect(parseSuppressionComment('just a comment about layerguards')).toBeNull();
  expect(parseSuppressionComment('layerguard ignore=')).toEqual({
    malformed: '"# layerguard ignore=" names no rule; write # layerguard ignore=<rule>[,<rule>] -- <reason>',
  });
  expect(parseSuppressionComment('layerguard ignore=a;b')).toEqual({
    malformed:
      '"# layerguard ignore=a;b" names "a;b", which is not a rule id; write # layerguard ignore=<rule>[,<rule>] -- <reason>',
  });
});

test('policy/invalid-suppression: malformed layerguard comments and unknown ids; foreign codes are left alone', async () => {
  expect(getRule('policy/invalid-suppression').severity).toBe('warning');
  const t = (await dockerfileTarget.load(
    'Dockerfile',
    [
      'FROM alpine',
      '# layerguard ignore',
      '# layerguard ignore=nonsense -- x',
      '# hadolint ignore=DL9999',
      'RUN true',
    ].join('\n'),
    {
      cwd: '/',
      readSibling: async () => null,
    },
  )) as LoadedTarget;
  expect(applyPolicy([], [t], base).map((f) => [f.ruleId, f.line, f.message])).toEqual([
    [
      'policy/invalid-suppression',
      2,
      '"# layerguard ignore" is not a layerguard directive; write # layerguard ignore=<rule>[,<rule>] -- <reason> (or ignore-stage=, ignore-file=)',
    ],
    [
      'policy/invalid-suppression',
      3,
      '"nonsense" is not a rule id or alias, so this comment suppresses nothing for it; `layerguard rules` lists the rule ids',
    ],
  ]);
});
