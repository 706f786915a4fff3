import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';

export default defineRule({
  id: 'dockerfile/syntax',
  severity: 'error',
  summary: 'The Dockerfile has a syntax error the builder rejects',
  check(model: DockerfileModel, _options, report) {
    for (const e of model.errors) report({ range: e.range, message: e.message });
  },
});
