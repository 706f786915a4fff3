import { defineRule } from '../define.js';
import type { ImageModel } from '../../targets/image/model.js';
import { secretLike } from '../../knowledge/secrets.js';
import { IMAGE_RANGE, layerContext } from '../../knowledge/image-util.js';

export default defineRule({
  id: 'image/env-secrets',
  severity: 'error',
  summary: 'An Env variable of the built image looks like a credential',
  securitySeverity: 8.0,
  check(model: ImageModel, _options, report) {
    for (const { name, value } of model.config.env) {
      const hit = secretLike(name, value);
      if (!hit) continue;
      // The last history step that set it (ENV NAME=…), to name its layer when it made one.
      let step = -1;
      for (let i = model.history.length - 1; i >= 0 && step < 0; i--) {
        const text = model.history[i].createdBy;
        const at = text.indexOf(`${name}=`);
        if (at >= 0 && /\bENV\b/.test(text.slice(0, at))) step = i;
      }
      report({
        range: IMAGE_RANGE,
        message:
          `Env ${name}: ${hit.reason}. Env values ship in the image config, where anyone who can pull the image reads them with \`docker inspect\`. ` +
          'Remove it from the image and give it to the container at run time (a secret store, `--env-file`, or a mounted secret).',
        context: step >= 0 ? layerContext(model.history[step].layerIndex) : undefined,
      });
    }
  },
});
