import { isPinned, resolveRef } from '../../../src/policy/remote.js';
import { getRule } from '../../helpers/rule-tester.js';

const ctx = { cwd: '/repo', presetsDir: '/presets', allowLoopbackHttp: false };
const pinned = (raw: string) => {
  const ref = resolveRef(raw, null, ctx);
  if (typeof ref === 'string') throw new Error(ref);
  return isPinned(ref);
};

test('policy/unpinned-extends: which refs count as pinned (the loader reports the others; see __tests__/policy/remote.test.ts)', () => {
  expect(getRule('policy/unpinned-extends').severity).toBe('warning');
  expect(pinned('github:acme/policies/org.yml@v1')).toBe(true);
  expect(pinned('github:acme/policies/org.yml@v1.2.3')).toBe(true);
  expect(pinned('github:acme/policies/org.yml@2.0.0-rc.1')).toBe(true);
  expect(pinned(`github:acme/policies/org.yml@${'a1'.repeat(20)}`)).toBe(true);
  expect(pinned('github:acme/policies/org.yml@main')).toBe(false);
  expect(pinned('github:acme/policies/org.yml@release/v1')).toBe(false);
  expect(pinned('github:acme/policies/org.yml')).toBe(false);
  expect(pinned('https://example.com/p.yml')).toBe(false);
  expect(pinned(`https://example.com/p.yml#sha256-${Buffer.alloc(32).toString('base64')}`)).toBe(true);
  expect(pinned('builtin:strict')).toBe(true);
  expect(pinned('./local.yml')).toBe(true);
});
