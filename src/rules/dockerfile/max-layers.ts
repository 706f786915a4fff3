import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { finalStageChain } from '../../knowledge/stages.js';

interface Options {
  max: number;
}

const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

export default defineRule({
  id: 'dockerfile/max-layers',
  severity: 'warning',
  summary: 'The final image adds too many layers',
  options: {
    max: {
      type: 'integer',
      minimum: 1,
      description: 'Most RUN, COPY and ADD instructions the final image may add on top of its base image.',
      default: 20,
    },
  },
  check(model: DockerfileModel, options: Options, report) {
    const max = Number.isFinite(options.max) && options.max >= 1 ? Math.floor(options.max) : 20;
    const chain = finalStageChain(model);
    if (chain.length === 0) return;
    const layers = chain.flatMap((s) => s.instructions).filter((i) => LAYER_KEYWORDS.has(i.keyword));
    if (layers.length <= max) return;
    const first = layers[max];
    const final = chain[chain.length - 1];
    const names = chain.map((s) => s.nameRaw ?? `#${s.index}`);
    const via = chain.length > 1 ? ` (built through stages ${names.join(' → ')})` : '';
    report({
      range: first.keywordRange,
      message:
        `The final image${via} adds ${layers.length} layers with RUN, COPY and ADD, more than the maximum of ${max}; ` +
        `this is the ${ordinal(max + 1)}. Every layer costs pull time and storage, and files changed in a later layer ` +
        `stay in the earlier ones. Join related RUN steps with &&, copy files together, or move build-only steps into a ` +
        `separate stage and COPY --from it.`,
      context: final.name ? { stage: final.name } : undefined,
    });
  },
});

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}
