import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { checkRpmClean } from '../../knowledge/package-managers/rpm-rules.js';
import { DNF_NAMES } from '../../knowledge/package-managers/rpm.js';

export default defineRule({
  id: 'dockerfile/dnf-clean-all',
  aliases: ['DL3040', 'DS019', 'AVD-DS-0019'],
  severity: 'warning',
  hadolintOptions: { onlyShippedStages: false },
  summary: 'dnf/microdnf install or upgrade without dnf clean all in the same RUN',
  programs: DNF_NAMES,
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
    checkRpmClean(model, DNF_NAMES, options.onlyShippedStages, report);
  },
});
