import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';

const RESERVED = new Set(['scratch', 'context']);

export default defineRule({
  id: 'dockerfile/stage-name-reserved',
  aliases: ['DL3063', 'ReservedStageName'],
  severity: 'warning',
  summary: 'A stage is named with a reserved word (scratch, context)',
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameRange || !RESERVED.has(stage.name)) continue;
      report({
        range: stage.nameRange,
        message:
          `"${stage.nameRaw}" is a reserved word (\`scratch\` is the empty image, \`context\` the build context), ` +
          'so `FROM`/`COPY --from` with this name does not mean this stage; choose another stage name.',
      });
    }
  },
});
