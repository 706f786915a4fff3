import { defineRule } from '../define.js';
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';

const ONCE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export default defineRule({
  id: 'dockerfile/multiple-instructions',
  aliases: ['MultipleInstructionsDisallowed'],
  severity: 'warning',
  summary: 'A stage has more than one CMD, ENTRYPOINT or HEALTHCHECK; the earlier ones are ignored',
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      const last = new Map<string, DfInstruction>();
      for (const inst of stage.instructions) {
        if (!ONCE.includes(inst.keyword)) continue;
        const previous = last.get(inst.keyword);
        last.set(inst.keyword, inst);
        if (!previous) continue;
        // As the builder does: report the earlier instruction, the one that has no effect.
        report({
          range: previous.keywordRange,
          message:
            `Multiple ${inst.keyword} instructions should not be used in the same stage because only the last one ` +
            `will be used: this one is overridden by the ${inst.keyword} on line ${inst.range.line}. Remove it, or ` +
            `merge what it does into that one.`,
        });
      }
    }
  },
});
