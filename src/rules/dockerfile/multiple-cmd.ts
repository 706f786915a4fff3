import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';

export default defineRule({
  id: 'dockerfile/multiple-cmd',
  aliases: ['DL4003', 'DS016', 'AVD-DS-0016'],
  severity: 'warning',
  summary: 'A stage has more than one CMD',
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      const all = stage.instructions.filter((i) => i.keyword === 'CMD');
      for (let k = 1; k < all.length; k++) {
        report({
          range: all[k].keywordRange,
          message:
            `This stage already has a CMD (line ${all[k - 1].range.line}); only the last CMD takes effect, so the ` +
            'earlier one is dead code that misleads readers. Keep a single CMD.',
        });
      }
    }
  },
});
