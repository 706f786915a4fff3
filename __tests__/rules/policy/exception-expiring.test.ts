import { applyPolicy } from '../../../src/policy/apply.js';
import { getRule } from '../../helpers/rule-tester.js';
import { loadTree } from '../../policy/helpers.js';

test('policy/exception-expiring: within warnBeforeDays (default 14) of expires, at the expires value', async () => {
  expect(getRule('policy/exception-expiring').severity).toBe('info');
  const text = (extra: string) =>
    [
      'extends: []',
      extra,
      'exceptions:',
      '  - rules: [runtime/privileged]',
      '    files: ["ci/**"]',
      '    reason: docker-in-docker',
      '    expires: 2030-03-15',
      '    ticket: OPS-7',
    ].join('\n');
  const now = new Date('2030-03-01T12:00:00Z');
  const byDefault = applyPolicy([], [], await loadTree({ '.layerguard.yml': text('') }), now);
  expect(byDefault.map((f) => [f.ruleId, f.severity, f.line, f.message])).toEqual([
    [
      'policy/exception-expiring',
      'info',
      7,
      'the exception for runtime/privileged in ci/** ("docker-in-docker") expires on 2030-03-15, in 14 days; after that its findings count again, so fix them now or renew it with a reason (OPS-7)',
    ],
  ]);
  expect(applyPolicy([], [], await loadTree({ '.layerguard.yml': text('warnBeforeDays: 13') }), now)).toEqual(
    [],
  );
  const raised = await loadTree({ '.layerguard.yml': text('rules: { policy/exception-expiring: warning }') });
  expect(applyPolicy([], [], raised, now).map((f) => f.severity)).toEqual(['warning']);
});
