import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { finalStage } from '../../knowledge/stages.js';
import { finalLabels } from '../../knowledge/labels.js';

export default defineRule({
  id: 'dockerfile/label-required',
  aliases: ['DL3049'],
  severity: 'info',
  summary: 'The built image lacks a label the policy requires',
  options: {
    labels: {
      type: 'array',
      items: { type: 'string' },
      description:
        "Label keys the final image must set (hadolint's label-schema keys), e.g. `org.opencontainers.image.source`. Empty: nothing is required.",
      default: [],
    },
  },
  check(model: DockerfileModel, options: { labels: string[] }, report) {
    const last = finalStage(model);
    if (!last || options.labels.length === 0) return;
    const present = finalLabels(model);
    for (const key of options.labels) {
      if (present.has(key)) continue;
      report({
        range: last.from.range,
        message:
          `The image built from this stage has no "${key}" label, which the policy requires (registries, scanners ` +
          `and deploy tooling read it); add \`LABEL ${key}="…"\` to the final stage.`,
      });
    }
  },
});
