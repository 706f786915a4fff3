import { defineRule } from '../define.js';

/** Reported by the policy stage, when an inline comment tries to suppress a rule the policy locks (src/policy/); the rule exists so that policies can set its severity. */
export default defineRule({
  id: 'policy/locked-suppression',
  severity: 'warning',
  summary: 'An inline suppression names a locked rule, so it is ignored',
  check() {
    /* findings come from the policy stage */
  },
});
