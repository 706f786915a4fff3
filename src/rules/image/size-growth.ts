import { defineRule } from '../define.js';
import type { ImageModel } from '../../targets/image/model.js';
import {
  compareImages,
  formatBytes,
  formatDelta,
  IMAGE_RANGE,
  layerContext,
} from '../../knowledge/image-util.js';

export default defineRule({
  id: 'image/size-growth',
  severity: 'warning',
  summary: 'The built image grew more than allowed against the baseline image (--baseline)',
  options: {
    maxPercent: {
      type: 'number',
      minimum: 0,
      description: 'Largest allowed growth of the uncompressed size against the baseline, in percent.',
      default: 10,
    },
  },
  check(model: ImageModel, options: { maxPercent: number }, report) {
    const base = model.baseline;
    if (!base) return;
    const c = compareImages(model, base.model);
    const before = base.model.size;
    if (before <= 0 || c.sizeDelta <= 0) return;
    const percent = (c.sizeDelta / before) * 100;
    if (percent <= options.maxPercent) return;
    const layers =
      c.layerDelta === 0
        ? 'the same number of layers'
        : `${c.layerDelta > 0 ? '+' : ''}${c.layerDelta} layers`;
    const added = c.addedPaths
      ?.slice(0, 5)
      .map((p) => `/${p.path} (${formatBytes(p.size)}${p.changed ? ', changed' : ''}, layer ${p.layer + 1})`);
    const biggest = added && added.length > 0 ? ` Biggest added: ${added.join(', ')}.` : '';
    report({
      range: IMAGE_RANGE,
      message:
        `The image grew ${formatDelta(c.sizeDelta)} (${percent.toFixed(1)} %) against ${base.ref}, ${formatBytes(before)} -> ${formatBytes(model.size)} with ${layers}, over the ${options.maxPercent} % allowed.${biggest} ` +
        'Check that the growth is intended: build artifacts, caches and dev dependencies are the usual culprits.',
      context: layerContext(c.addedPaths?.[0]?.layer),
    });
  },
});
