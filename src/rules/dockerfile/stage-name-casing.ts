import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';

export default defineRule({
  id: 'dockerfile/stage-name-casing',
  aliases: ['StageNameCasing'],
  severity: 'info',
  summary: 'A stage name is not lower-case',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      const raw = stage.nameRaw;
      if (!raw || !stage.nameRange || raw === raw.toLowerCase()) continue;
      const lower = raw.toLowerCase();
      report({
        range: stage.nameRange,
        message:
          `Stage name '${raw}' should be lowercase: the builder lower-cases stage names anyway, and lower-case ` +
          `names tell stages apart from instruction keywords. Write \`AS ${lower}\`.`,
        fix: {
          description: `Rename the stage to ${lower}`,
          edits: [{ range: stage.nameRange, text: lower }],
        },
      });
    }
  },
});
