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

test('policy/unused-suppression: comments that silenced nothing, when reportUnused is on', async () => {
  expect(getRule('policy/unused-suppression').severity).toBe('warning');
  const t = await load(
    ['FROM alpine:latest', '# layerguard ignore-file=DL3007,DL3002 -- legacy', 'RUN true'].join('\n'),
  );
  const latest = {
    ruleId: 'dockerfile/base-image-latest',
    severity: 'warning' as const,
    message: 'latest',
    file: 'Dockerfile',
    kind: 'dockerfile' as const,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 5,
  };
  expect(applyPolicy([latest], [t], base).map((f) => f.ruleId)).toEqual(['dockerfile/base-image-latest']);
  const out = applyPolicy([latest], [t], {
    ...base,
    suppressions: { inline: true, requireReason: false, reportUnused: true },
  });
  expect(out.map((f) => [f.ruleId, f.line, !!f.suppressed])).toEqual([
    ['dockerfile/base-image-latest', 1, true],
    ['policy/unused-suppression', 2, false],
  ]);
  expect(out[1].message).toBe(
    'DL3002 reports nothing on this file, so this suppression silences nothing and would hide a future finding; remove DL3002 from it',
  );
});
