import { defineRule } from '../define.js';

/** Reported by the policy stage, for inline suppressions without `-- reason` when `suppressions.requireReason` is on (src/policy/); the rule exists so that policies can set its severity. */
export default defineRule({
  id: 'policy/suppression-without-reason',
  severity: 'warning',
  summary: 'An inline suppression gives no reason',
  check() {
    /* findings come from the policy stage */
  },
});
