import { applyPolicy } from '../../../src/policy/apply.js';
import { dockerfileTarget } from '../../../src/targets/dockerfile/index.js';
import type { LoadedTarget } from '../../../src/targets/types.js';
import { getRule } from '../../helpers/rule-tester.js';
import { loadTree } from '../../policy/helpers.js';

test('policy/locked-suppression: an inline comment naming a locked rule is ignored and reported', async () => {
  expect(getRule('policy/locked-suppression').severity).toBe('warning');
  const policy = await loadTree({
    'org.yml':
      'extends: []\nrules:\n  dockerfile/base-image-latest: error\nlocked: [dockerfile/base-image-latest]\n',
    '.layerguard.yml': 'extends: [./org.yml]\n',
  });
  const t = (await dockerfileTarget.load(
    'Dockerfile',
    '# hadolint global ignore=DL3007\nFROM alpine:latest\n',
    { cwd: '/', readSibling: async () => null },
  )) as LoadedTarget;
  const latest = {
    ruleId: 'dockerfile/base-image-latest',
    severity: 'error' as const,
    message: 'latest',
    file: 'Dockerfile',
    kind: 'dockerfile' as const,
    line: 2,
    column: 6,
    endLine: 2,
    endColumn: 19,
  };
  const out = applyPolicy([latest], [t], policy);
  expect(out.map((f) => [f.ruleId, f.line, f.suppressed])).toEqual([
    ['dockerfile/base-image-latest', 2, undefined],
    ['policy/locked-suppression', 1, undefined],
  ]);
  expect(out[1].message).toBe(
    'dockerfile/base-image-latest is locked by org.yml:4, so this comment cannot suppress it and the findings stay; fix them, or ask the owners of that policy for an exception',
  );
});
