import { defineRule } from '../define.js';

/** Reported by the policy stage, within `warnBeforeDays` of an exception's `expires` date (src/policy/); the rule exists so that policies can set its severity. */
export default defineRule({
  id: 'policy/exception-expiring',
  severity: 'info',
  summary: 'An exception in the policy expires soon',
  check() {
    /* findings come from the policy stage */
  },
});
