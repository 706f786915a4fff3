import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';

export default defineRule({
  id: 'dockerfile/single-healthcheck',
  aliases: ['DL3012', 'DS023', 'AVD-DS-0023'],
  severity: 'error',
  summary: 'A stage has more than one HEALTHCHECK',
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      const checks = stage.instructions.filter((i) => i.keyword === 'HEALTHCHECK');
      if (checks.length < 2) continue;
      const last = checks[checks.length - 1];
      for (const inst of checks.slice(0, -1)) {
        report({
          range: inst.range,
          message:
            `This HEALTHCHECK has no effect: only the last one of a stage counts (line ${last.range.line}). ` +
            'Keep a single HEALTHCHECK per stage.',
        });
      }
    }
  },
});
