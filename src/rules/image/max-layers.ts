import { defineRule } from '../define.js';
import type { ImageModel } from '../../targets/image/model.js';
import { IMAGE_RANGE } from '../../knowledge/image-util.js';

export default defineRule({
  id: 'image/max-layers',
  severity: 'warning',
  summary: 'The built image has more layers than allowed',
  options: {
    max: { type: 'integer', minimum: 1, description: 'Most layers the image may have.', default: 40 },
  },
  check(model: ImageModel, options: { max: number }, report) {
    const n = model.layers.length;
    if (n <= options.max) return;
    report({
      range: IMAGE_RANGE,
      message:
        `The image has ${n} layers, more than the ${options.max} allowed: each layer costs pull time and storage, ` +
        'and overlay file systems slow down as layers stack up. Merge consecutive RUN steps, or build in stages and COPY --from only the result.',
    });
  },
});
