import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { keyMatches, labelPairs } from '../../knowledge/labels.js';

export default defineRule({
  id: 'dockerfile/label-empty',
  aliases: ['DL3051'],
  severity: 'warning',
  summary: 'A label the policy lists is set to an empty value',
  options: {
    labels: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Label keys (or `*` patterns) that must not be empty. Empty list: none is checked (an empty value is also how a Dockerfile clears a label inherited from its base image).',
      default: [],
    },
  },
  check(model: DockerfileModel, options: { labels: string[] }, report) {
    if (options.labels.length === 0) return;
    for (const pair of labelPairs(model)) {
      if (!options.labels.some((p) => keyMatches(p, pair.key))) continue;
      if (pair.value.trim() !== '') continue;
      report({
        range: pair.prop.range,
        message:
          `Label "${pair.key}" is set to an empty value, so tools reading it get nothing; give it a value (from an ` +
          'ARG if it is only known at build time).',
      });
    }
  },
});
