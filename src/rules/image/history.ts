import { defineRule } from '../define.js';
import type { ImageModel } from '../../targets/image/model.js';
import { IMAGE_RANGE, layerContext } from '../../knowledge/image-util.js';

export default defineRule({
  id: 'image/history',
  severity: 'warning',
  summary: 'A layer of the built image has no created_by (made by docker commit: nobody can rebuild it)',
  check(model: ImageModel, _options, report) {
    if (model.layers.length === 0) return;
    if (model.history.length === 0) {
      // docker image inspect output carries no history at all: nothing to judge.
      if (model.source === 'inspect-json') return;
      report({
        range: IMAGE_RANGE,
        message:
          'The image has no history: nothing says how any of its layers was made, so nobody can rebuild or review it. ' +
          'Build it from a Dockerfile (docker build / buildah bud) instead of assembling or committing it.',
      });
      return;
    }
    model.layers.forEach((layer, i) => {
      if (layer.historyIndex === undefined) {
        report({
          range: IMAGE_RANGE,
          message:
            `Layer ${i + 1} has no history entry: nothing says how it was made, so nobody can rebuild or review it. ` +
            'Build the image from a Dockerfile so that every layer is recorded.',
          context: layerContext(i),
        });
        return;
      }
      if (layer.createdBy.trim() !== '') return;
      const h = model.history[layer.historyIndex];
      const comment = h.comment ? ` (comment: "${h.comment.slice(0, 60)}")` : '';
      report({
        range: IMAGE_RANGE,
        message:
          `Layer ${i + 1} has no created_by${comment}: it was made by \`docker commit\` or a tool that records nothing, so nobody can rebuild it or see what it contains. ` +
          'Replace the commit with Dockerfile steps that produce the same files.',
        context: layerContext(i),
      });
    });
  },
});
