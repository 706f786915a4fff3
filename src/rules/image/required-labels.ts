import { defineRule } from '../define.js';
import type { ImageModel } from '../../targets/image/model.js';
import { compileRegex } from '../../policy/regex.js';
import { IMAGE_RANGE } from '../../knowledge/image-util.js';

interface LabelRequirement {
  name: string;
  /** RE2 pattern the value must match (searched, not anchored: write ^…$ for a whole-value match). */
  pattern?: string;
}

/** The `labels` option: a list of names or `{ name, pattern }` objects, or a map of name -> pattern (null: any value). */
function requirements(labels: unknown): LabelRequirement[] {
  if (Array.isArray(labels)) {
    return labels.flatMap((l): LabelRequirement[] => {
      if (typeof l === 'string') return [{ name: l }];
      if (l && typeof l === 'object' && typeof (l as LabelRequirement).name === 'string') {
        const { name, pattern } = l as LabelRequirement;
        return [typeof pattern === 'string' && pattern !== '' ? { name, pattern } : { name }];
      }
      return [];
    });
  }
  if (labels && typeof labels === 'object') {
    return Object.entries(labels as Record<string, unknown>).map(([name, pattern]) =>
      typeof pattern === 'string' && pattern !== '' ? { name, pattern } : { name },
    );
  }
  return [];
}

export default defineRule({
  id: 'image/required-labels',
  severity: 'warning',
  summary: 'The built image lacks a required label, or its value does not match',
  options: {
    labels: {
      type: ['array', 'object'],
      description:
        'Labels the image must carry: names, `{ name, pattern }` objects, or a map of name to pattern (RE2, searched; null for any value).',
      default: ['org.opencontainers.image.source'],
    },
  },
  check(model: ImageModel, options: { labels: unknown }, report) {
    const labels = model.config.labels;
    for (const req of requirements(options.labels)) {
      const value = labels[req.name];
      if (value === undefined || value.trim() === '') {
        report({
          range: IMAGE_RANGE,
          message:
            `The image has no "${req.name}" label${value === undefined ? '' : ' value'}, which this policy requires so that people and tools can tell where the image comes from and who owns it. ` +
            `Add \`LABEL ${req.name}=…\` to the Dockerfile or pass \`--label ${req.name}=…\` to the build.`,
        });
        continue;
      }
      if (req.pattern !== undefined && !compileRegex(req.pattern).test(value)) {
        report({
          range: IMAGE_RANGE,
          message:
            `The "${req.name}" label is "${value.slice(0, 80)}", which does not match the pattern ${req.pattern} this policy requires. ` +
            'Set the label to a value of the expected form.',
        });
      }
    }
  },
});
