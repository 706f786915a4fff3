import { defineRule } from '../define.js';

/** Reported by the engine when a rule throws, so that one bug never hides the other results. */
export default defineRule({
  id: 'policy/internal-error',
  severity: 'error',
  summary: 'A rule failed on an input; the other rules still ran',
  check() {
    /* findings come from the engine */
  },
});
