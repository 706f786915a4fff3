import { applyPolicy } from '../../../src/policy/apply.js';
import { getRule } from '../../helpers/rule-tester.js';
import { loadTree } from '../../policy/helpers.js';

test('policy/exception-expired: at the expires value, once the date has passed, and the exception stops applying', async () => {
  expect(getRule('policy/exception-expired').severity).toBe('warning');
  const policy = await loadTree({
    '.layerguard.yml': [
      'extends: []',
      'exceptions:',
      '  - rules: [dockerfile/non-root-user]',
      '    reason: vendor image runs as root',
      '    expires: 2030-03-01',
    ].join('\n'),
  });
  const f = {
    ruleId: 'dockerfile/non-root-user',
    severity: 'warning' as const,
    message: 'root',
    file: 'Dockerfile',
    kind: 'dockerfile' as const,
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 2,
  };
  const before = applyPolicy([f], [], policy, new Date('2030-03-01T23:00:00Z'));
  expect(before.map((x) => [x.ruleId, !!x.suppressed])).toEqual([
    ['dockerfile/non-root-user', true],
    ['policy/exception-expiring', false],
  ]);
  const after = applyPolicy([f], [], policy, new Date('2030-03-02T00:00:00Z'));
  expect(after.map((x) => [x.ruleId, x.file, x.line, x.column, x.endColumn, !!x.suppressed])).toEqual([
    ['dockerfile/non-root-user', 'Dockerfile', 3, 1, 2, false],
    ['policy/exception-expired', '.layerguard.yml', 5, 14, 24, false],
  ]);
  expect(after[1].message).toMatch(
    /^the exception for dockerfile\/non-root-user \("vendor image runs as root"\) expired on 2030-03-01, 1 day ago, so it no longer applies/,
  );
});
