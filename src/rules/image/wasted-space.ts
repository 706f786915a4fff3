import { defineRule } from '../define.js';
import type { ImageModel } from '../../targets/image/model.js';
import {
  analyseImage,
  formatBytes,
  IMAGE_RANGE,
  layerContext,
  sizeOption,
} from '../../knowledge/image-util.js';

interface Options {
  minEfficiency: number;
  maxWastedBytes: string | number | null;
  maxWastedPercent: number | null;
}

export default defineRule({
  id: 'image/wasted-space',
  severity: 'warning',
  summary: 'Layers ship bytes that later layers overwrite or delete (wasted bytes, dive efficiency)',
  options: {
    minEfficiency: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description:
        "Lowest efficiency score (dive's: smallest size of each path over all its sizes across layers).",
      default: 0.95,
    },
    maxWastedBytes: {
      type: ['string', 'number', 'null'],
      description: 'Most wasted bytes allowed (a size such as `20MB`); null for no limit.',
      default: null,
    },
    maxWastedPercent: {
      type: ['number', 'null'],
      minimum: 0,
      description:
        'Most wasted bytes allowed as a percent of the bytes added after the base layer; null for no limit.',
      default: null,
    },
  },
  check(model: ImageModel, options: Options, report) {
    if (!model.filesIndexed) return; // needs every layer's file index
    const a = analyseImage(model);
    if (a.wastedBytes === 0) return;
    const maxBytes = sizeOption(options.maxWastedBytes, 'maxWastedBytes');
    const percent = a.userWastedRatio * 100;
    const reasons: string[] = [];
    if (a.efficiency < options.minEfficiency) {
      reasons.push(
        `efficiency ${(a.efficiency * 100).toFixed(1)} % is below ${(options.minEfficiency * 100).toFixed(1)} %`,
      );
    }
    if (maxBytes !== null && a.wastedBytes > maxBytes)
      reasons.push(`${formatBytes(a.wastedBytes)} wasted is over ${formatBytes(maxBytes)}`);
    if (
      options.maxWastedPercent !== null &&
      options.maxWastedPercent !== undefined &&
      percent > options.maxWastedPercent
    ) {
      reasons.push(`${percent.toFixed(1)} % of the added bytes wasted is over ${options.maxWastedPercent} %`);
    }
    if (reasons.length === 0) return;
    const top = a.wastedFiles.slice(0, 5).map((w) => {
      const layers = w.layers.map((l) => l + 1).join(', ');
      return `/${w.path} (${formatBytes(w.size)}, written in layer ${layers}, hidden by layer ${w.hiddenBy + 1})`;
    });
    const paths = a.wastedFiles.length + a.wastedFilesOmitted.count;
    const more = paths > 5 ? ` and ${paths - 5} more` : '';
    // Point at the layer holding the most bytes that later layers hide.
    let worst = -1;
    a.hiddenBytes.forEach((b, i) => {
      if (b > 0 && (worst < 0 || b > a.hiddenBytes[worst])) worst = i;
    });
    report({
      range: IMAGE_RANGE,
      message:
        `The image wastes ${formatBytes(a.wastedBytes)} (${reasons.join('; ')}): files written in one layer and overwritten or deleted in a later one are still shipped and pulled. ` +
        `Largest: ${top.join(', ')}${more}. Delete files in the same RUN step that creates them, or build in stages and copy only the result.`,
      context: layerContext(worst >= 0 ? worst : undefined),
    });
  },
});
