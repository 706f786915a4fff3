import { defineRule } from '../define.js';

/** Reported by the policy stage, when an exception's `expires` date has passed (src/policy/); the rule exists so that policies can set its severity. */
export default defineRule({
  id: 'policy/exception-expired',
  severity: 'warning',
  summary: 'An exception in the policy has passed its expiry date and no longer applies',
  check() {
    /* findings come from the policy stage */
  },
});
