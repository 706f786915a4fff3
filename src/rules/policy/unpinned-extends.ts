import { defineRule } from '../define.js';

/** Reported by the policy loader, for `github:` refs on a branch and `https://` refs without an integrity pin that the lock does not pin either (src/policy/); the rule exists so that policies can set its severity. */
export default defineRule({
  id: 'policy/unpinned-extends',
  severity: 'warning',
  summary: 'The policy extends a remote policy that is not pinned',
  check() {
    /* findings come from the policy stage */
  },
});
