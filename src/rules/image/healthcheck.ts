import { defineRule } from '../define.js';
import type { ImageModel } from '../../targets/image/model.js';
import { IMAGE_RANGE } from '../../knowledge/image-util.js';

export default defineRule({
  id: 'image/healthcheck',
  severity: 'warning',
  summary: 'The built image has no HEALTHCHECK',
  check(model: ImageModel, _options, report) {
    const hc = model.config.healthcheck;
    if (hc && hc.test.length > 0 && hc.test[0] !== 'NONE') return;
    report({
      range: IMAGE_RANGE,
      message:
        `The image ${hc ? 'disables its health check (HEALTHCHECK NONE)' : 'has no health check'}: Docker and Swarm cannot tell a hung service from a healthy one and will not restart or stop routing to it. ` +
        'Add `HEALTHCHECK CMD <a command that fails when the service does>` (e.g. `wget -qO- http://localhost:8080/health || exit 1`).',
    });
  },
});
