import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';

export default defineRule({
  id: 'dockerfile/syntax',
  severity: 'error',
  summary: 'The Dockerfile has a syntax error the builder rejects',
  check(model: DockerfileModel, _options, report) {
    for (const e of model.errors) report({ range: e.range, message: e.message });
    if (model.instructions.length === 0) {
      const empty = model.text.trim() === '';
      report({
        range: { line: 1, column: 1, endLine: 1, endColumn: (model.lines[0]?.length ?? 0) + 1 },
        message: empty
          ? 'The Dockerfile is empty; the builder rejects it ("the Dockerfile cannot be empty"). Start it with FROM <image>.'
          : 'The Dockerfile has no instructions, only comments; the builder has nothing to build. Add FROM <image>.',
      });
    } else if (!model.stages.some((s) => !s.implicit)) {
      const first = model.instructions[0];
      report({
        range: first.keywordRange,
        message:
          'The Dockerfile has no FROM, so it contains no stage to build and the builder rejects it. Add FROM <image> after the global ARGs.',
      });
    }
  },
});
