import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { checkRpmPins } from '../../knowledge/package-managers/rpm-rules.js';

export default defineRule({
  id: 'dockerfile/yum-version-pin',
  aliases: ['DL3033'],
  severity: 'warning',
  summary: 'yum install without package versions',
  programs: ['yum'],
  check(model: DockerfileModel, _options, report) {
    checkRpmPins(model, ['yum'], report);
  },
});
