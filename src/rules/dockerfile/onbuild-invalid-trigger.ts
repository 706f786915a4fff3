import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';

const INVALID = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export default defineRule({
  id: 'dockerfile/onbuild-invalid-trigger',
  aliases: ['DL3043'],
  severity: 'error',
  summary: 'ONBUILD triggers ONBUILD, FROM or MAINTAINER',
  check(model: DockerfileModel, _options, report) {
    for (const inst of model.instructions) {
      const t = inst.trigger;
      if (inst.keyword !== 'ONBUILD' || !t || !INVALID.has(t.keyword)) continue;
      report({
        range: t.keywordRange,
        message:
          `\`ONBUILD ${t.keyword}\` is not allowed: the builder rejects ONBUILD, FROM and MAINTAINER as triggers ` +
          '(the child image builds fail). Move the instruction out of ONBUILD' +
          (t.keyword === 'MAINTAINER' ? ' (as `LABEL org.opencontainers.image.authors=…`).' : '.'),
      });
    }
  },
});
