import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { checkAssumeYes } from '../../knowledge/package-managers/rpm-rules.js';

export default defineRule({
  id: 'dockerfile/yum-assume-yes',
  aliases: ['DL3030'],
  severity: 'warning',
  summary: 'yum install/update/remove without -y',
  programs: ['yum'],
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    checkAssumeYes(model, ['yum'], report);
  },
});
