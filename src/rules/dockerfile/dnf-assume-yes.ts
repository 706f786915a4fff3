import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { checkAssumeYes } from '../../knowledge/package-managers/rpm-rules.js';
import { DNF_NAMES } from '../../knowledge/package-managers/rpm.js';

export default defineRule({
  id: 'dockerfile/dnf-assume-yes',
  aliases: ['DL3038'],
  severity: 'warning',
  summary: 'dnf install/upgrade/remove without -y',
  programs: DNF_NAMES,
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    checkAssumeYes(model, DNF_NAMES, report);
  },
});
