import { defineRule } from '../define.js';

/** Reported by the engine (not by a check) when an input cannot be read or parsed. */
export default defineRule({
  id: 'policy/unparsable',
  severity: 'error',
  summary: 'An input could not be read or parsed, so it was not checked',
  check() {
    /* findings come from the target loaders */
  },
});
