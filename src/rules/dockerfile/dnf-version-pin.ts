import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { checkRpmPins } from '../../knowledge/package-managers/rpm-rules.js';
import { DNF_NAMES } from '../../knowledge/package-managers/rpm.js';

export default defineRule({
  id: 'dockerfile/dnf-version-pin',
  aliases: ['DL3041'],
  severity: 'warning',
  summary: 'dnf/microdnf install without package versions',
  programs: DNF_NAMES,
  check(model: DockerfileModel, _options, report) {
    checkRpmPins(model, DNF_NAMES, report);
  },
});
