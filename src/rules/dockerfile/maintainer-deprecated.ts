import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';

export default defineRule({
  id: 'dockerfile/maintainer-deprecated',
  aliases: ['DL4000', 'MaintainerDeprecated', 'DS022', 'AVD-DS-0022', 'CKV_DOCKER_6'],
  severity: 'error',
  summary: 'MAINTAINER is deprecated',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== 'MAINTAINER') continue;
      const who = inst.argsText.trim();
      const oneLine = !inst.argsText.includes('\n') && who.length > 0 && model.escapeChar === '\\';
      const quoted = who.replace(/[\\"$]/g, (c) => `\\${c}`);
      report({
        range: inst.keywordRange,
        message:
          'MAINTAINER is deprecated and its value is not a label tools can read; write ' +
          `\`LABEL org.opencontainers.image.authors="${who || '…'}"\` instead.`,
        fix: oneLine
          ? {
              description: 'Replace MAINTAINER with an org.opencontainers.image.authors label',
              edits: [{ range: inst.range, text: `LABEL org.opencontainers.image.authors="${quoted}"` }],
            }
          : undefined,
      });
    }
  },
});
