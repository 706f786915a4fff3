import { applyPolicy } from '../../../src/policy/apply.js';
import { dockerfileTarget } from '../../../src/targets/dockerfile/index.js';
import type { LoadedTarget } from '../../../src/targets/types.js';
import { getRule } from '../../helpers/rule-tester.js';

const load = (text: string) =>
  dockerfileTarget.load('Dockerfile', text, {
    cwd: '/',
    readSibling: async () => null,
  }) as Promise<LoadedTarget>;
const base = { rules: {}, failOn: 'error' as const, mode: 'enforce' as const, sources: [] };

test('policy/suppression-without-reason: only when requireReason is on, at the comment, not for BuildKit directives', async () => {
  expect(getRule('policy/suppression-without-reason').severity).toBe('warning');
  const t = await load(
    [
      '# check=skip=MaintainerDeprecated',
      'FROM alpine',
      '# layerguard ignore=DL3002',
      'USER root',
      '# hadolint ignore=DL3002 -- legacy',
      'USER root',
    ].join('\n'),
  );
  expect(applyPolicy([], [t], base)).toEqual([]);
  const out = applyPolicy([], [t], {
    ...base,
    suppressions: { inline: true, requireReason: true, reportUnused: false },
  });
  expect(out.map((f) => [f.ruleId, f.line, f.column, f.endColumn])).toEqual([
    ['policy/suppression-without-reason', 3, 1, 27],
  ]);
  expect(out[0].message).toContain(
    'add one after " -- ", e.g. # layerguard ignore=DL3002 -- <why this is acceptable>',
  );
});
