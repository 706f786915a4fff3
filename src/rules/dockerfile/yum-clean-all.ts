import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { checkRpmClean } from '../../knowledge/package-managers/rpm-rules.js';

export default defineRule({
  id: 'dockerfile/yum-clean-all',
  aliases: ['DL3032', 'DS015', 'AVD-DS-0015'],
  severity: 'warning',
  hadolintOptions: { onlyShippedStages: false },
  summary: 'yum install without yum clean all in the same RUN',
  programs: ['yum'],
  fixable: true,
  options: {
    onlyShippedStages: {
      type: 'boolean',
      description:
        'Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); caches left in other build stages never ship.',
      default: true,
    },
  },
  check(model: DockerfileModel, options: { onlyShippedStages: boolean }, report) {
    checkRpmClean(model, ['yum'], options.onlyShippedStages, report);
  },
});
