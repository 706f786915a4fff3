import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';

export default defineRule({
  id: 'dockerfile/duplicate-stage-name',
  aliases: ['DL3024', 'DuplicateStageName', 'DS012', 'AVD-DS-0012', 'CKV_DOCKER_11'],
  severity: 'error',
  summary: 'Two FROM instructions use the same stage name',
  check(model: DockerfileModel, _options, report) {
    const seen = new Map<string, number>();
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameRange) continue;
      const first = seen.get(stage.name);
      if (first === undefined) {
        seen.set(stage.name, stage.from.range.line);
        continue;
      }
      report({
        range: stage.nameRange,
        message:
          `Stage name "${stage.nameRaw}" is already used by the stage on line ${first} (names are case-insensitive). ` +
          'The builder rejects duplicate names; give this stage a name of its own.',
      });
    }
  },
});
