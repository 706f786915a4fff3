import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { hasVariableRef } from '../../knowledge/variables.js';
import { keyMatches, labelPairs } from '../../knowledge/labels.js';

export default defineRule({
  id: 'dockerfile/label-superfluous',
  aliases: ['DL3050'],
  severity: 'info',
  summary: 'LABEL key outside the policy’s list of allowed labels',
  options: {
    allowed: {
      type: 'array',
      items: { type: 'string' },
      description:
        "The only label keys (or `*` patterns such as `org.opencontainers.image.*`) a Dockerfile may set, like hadolint's strict-labels with a label-schema. Empty: every key is allowed.",
      default: [],
    },
  },
  check(model: DockerfileModel, options: { allowed: string[] }, report) {
    if (options.allowed.length === 0) return;
    for (const pair of labelPairs(model)) {
      if (hasVariableRef(pair.key, model.escapeChar)) continue;
      if (options.allowed.some((p) => keyMatches(p, pair.key))) continue;
      report({
        range: pair.prop.nameRange,
        message:
          `Label "${pair.key}" is not in the policy's list of allowed labels, so tools that rely on the agreed ` +
          'label set will not understand it; rename it to an allowed key or add it to the list.',
      });
    }
  },
});
