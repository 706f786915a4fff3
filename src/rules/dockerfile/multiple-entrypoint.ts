import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';

export default defineRule({
  id: 'dockerfile/multiple-entrypoint',
  aliases: ['DL4004', 'DS007', 'AVD-DS-0007'],
  severity: 'error',
  summary: 'A stage has more than one ENTRYPOINT',
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      const all = stage.instructions.filter((i) => i.keyword === 'ENTRYPOINT');
      for (let k = 1; k < all.length; k++) {
        report({
          range: all[k].keywordRange,
          message:
            `This stage already has an ENTRYPOINT (line ${all[k - 1].range.line}); only the last one takes effect, ` +
            'so the earlier one never runs. Keep a single ENTRYPOINT.',
        });
      }
    }
  },
});
