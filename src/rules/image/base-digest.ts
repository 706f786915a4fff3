import { defineRule } from '../define.js';
import type { ImageModel } from '../../targets/image/model.js';
import { IMAGE_RANGE } from '../../knowledge/image-util.js';

const NAME = 'org.opencontainers.image.base.name';
const DIGEST = 'org.opencontainers.image.base.digest';

export default defineRule({
  id: 'image/base-digest',
  severity: 'off',
  summary: 'The built image does not record its base image name and digest (OCI annotations or labels)',
  check(model: ImageModel, _options, report) {
    const get = (k: string) => model.annotations[k] ?? model.config.labels[k];
    const name = get(NAME);
    const digest = get(DIGEST);
    const missing = [
      name ? '' : NAME,
      digest && /^sha(256|512):[0-9a-f]+$/.test(digest) ? '' : DIGEST,
    ].filter(Boolean);
    if (missing.length === 0) return;
    report({
      range: IMAGE_RANGE,
      message:
        `The image does not record ${missing.join(' and ')}${digest && missing.includes(DIGEST) ? ` (the digest given, "${digest.slice(0, 40)}", is not a digest)` : ''}: without them no scanner can tell which base a vulnerable package came from, or that a base update is due. ` +
        'Build with BuildKit (docker buildx), which adds them as annotations, or set them with `--annotation` / `LABEL`.',
    });
  },
});
