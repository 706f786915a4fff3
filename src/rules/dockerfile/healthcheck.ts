import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { finalStage, imageArgRange, lastInChain } from '../../knowledge/stages.js';

export default defineRule({
  id: 'dockerfile/healthcheck',
  aliases: ['DL3057', 'DS026', 'AVD-DS-0026', 'CKV_DOCKER_2'],
  severity: 'info',
  summary: 'The final image has no HEALTHCHECK',
  check(model: DockerfileModel, _options, report) {
    const stage = finalStage(model);
    if (!stage) return;
    // `HEALTHCHECK NONE` is a deliberate statement that no check applies: nothing to report.
    if (lastInChain(model, stage, 'HEALTHCHECK')) return;
    report({
      range: imageArgRange(stage),
      message:
        `The final image${stage.nameRaw ? ` (stage ${stage.nameRaw})` : ''} has no HEALTHCHECK, so Docker and Compose ` +
        `cannot tell a hung container from a healthy one (no restart, no \`service_healthy\`). Add HEALTHCHECK CMD ` +
        `<probe> for the service, or HEALTHCHECK NONE to state that none applies.`,
      context: stage.name ? { stage: stage.name } : undefined,
    });
  },
});
