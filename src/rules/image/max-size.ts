import { defineRule } from '../define.js';
import type { ImageModel } from '../../targets/image/model.js';
import { formatBytes, IMAGE_RANGE, layerLabel, sizeOption } from '../../knowledge/image-util.js';

export default defineRule({
  id: 'image/max-size',
  severity: 'warning',
  summary: 'The built image is larger than allowed',
  options: {
    max: {
      type: ['string', 'number'],
      description:
        'Largest uncompressed image size: a number of bytes or a size such as `500MB` or `1.5GiB`.',
      default: '1GB',
    },
  },
  check(model: ImageModel, options: { max: string | number }, report) {
    const max = sizeOption(options.max, 'max');
    if (max === null || model.size <= max) return;
    let biggest = -1;
    model.layers.forEach((l, i) => {
      if (l.size !== undefined && (biggest < 0 || l.size > (model.layers[biggest].size ?? 0))) biggest = i;
    });
    const where =
      biggest >= 0
        ? ` The largest is ${layerLabel(model, biggest)} at ${formatBytes(model.layers[biggest].size ?? 0)}.`
        : '';
    report({
      range: IMAGE_RANGE,
      message:
        `The image is ${formatBytes(model.size)}, over the ${formatBytes(max)} allowed: large images pull slowly and carry more to patch.${where} ` +
        'Use a smaller base (slim, distroless), build in stages and copy only what runs, and clean package caches in the step that fills them.',
      context: biggest >= 0 ? { layer: biggest + 1 } : undefined,
    });
  },
});
