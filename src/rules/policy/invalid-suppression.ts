import { defineRule } from '../define.js';

/** Reported by the policy stage, for malformed `# layerguard …` comments and unknown rule ids (src/policy/); the rule exists so that policies can set its severity. */
export default defineRule({
  id: 'policy/invalid-suppression',
  severity: 'warning',
  summary: 'An inline suppression comment cannot be understood or names no known rule',
  check() {
    /* findings come from the policy stage */
  },
});
