import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';

export default defineRule({
  id: 'dockerfile/from-first',
  aliases: ['DL3061'],
  severity: 'error',
  summary: 'An instruction other than ARG comes before the first FROM',
  check(model: DockerfileModel, _options, report) {
    const first = model.instructions.find((i) => i.keyword !== 'ARG');
    if (!first || first.keyword === 'FROM') return;
    const hasFrom = model.stages.some((s) => !s.implicit);
    report({
      range: first.keywordRange,
      message:
        `\`${first.keywordRaw}\` comes ${hasFrom ? 'before the first FROM' : 'in a Dockerfile without FROM'}; ` +
        'a Dockerfile must start with FROM (only ARG, comments and parser directives may precede it), so the ' +
        `builder rejects it. Move the ${first.keyword} after a FROM.`,
    });
  },
});
