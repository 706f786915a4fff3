import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { unquote } from '../../knowledge/text.js';
import { flagOf, resolveSource } from '../../knowledge/stages.js';

export default defineRule({
  id: 'dockerfile/copy-from-own-stage',
  aliases: ['DL3023', 'DS006', 'AVD-DS-0006'],
  severity: 'error',
  summary: 'COPY --from names the stage it is in',
  check(model: DockerfileModel, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD') continue;
      const from = flagOf(inst, 'from');
      if (!from?.value) continue;
      const src = resolveSource(model, inst, unquote(from.value));
      if (src.kind !== 'stage' || src.stage.index !== inst.stage) continue;
      report({
        range: from.valueRange ?? from.range,
        message:
          `${inst.keyword} --from=${from.value} names the stage it is part of; a stage cannot copy from itself ` +
          '(the builder fails with a dependency cycle). Copy from an earlier stage, or use the path directly.',
      });
    }
  },
});
