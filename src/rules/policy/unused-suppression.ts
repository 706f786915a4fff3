import { defineRule } from '../define.js';

/** Reported by the policy stage, for inline suppressions that matched no finding when `suppressions.reportUnused` is on (src/policy/); the rule exists so that policies can set its severity. */
export default defineRule({
  id: 'policy/unused-suppression',
  severity: 'warning',
  summary: 'An inline suppression silences nothing',
  check() {
    /* findings come from the policy stage */
  },
});
