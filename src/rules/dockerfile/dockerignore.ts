import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { copyPaths, flagOf, isWholeContext } from '../../knowledge/stages.js';

export default defineRule({
  id: 'dockerfile/dockerignore',
  severity: 'warning',
  summary: 'The whole build context is copied and there is no .dockerignore',
  check(model: DockerfileModel, _options, report) {
    if (model.dockerignore) return;
    const base = model.path.split('/').pop() || 'Dockerfile';
    for (const inst of model.instructions) {
      if ((inst.keyword !== 'COPY' && inst.keyword !== 'ADD') || flagOf(inst, 'from')) continue;
      const paths = copyPaths(model, inst);
      const src = paths?.sources.find((s) => isWholeContext(s.value));
      if (!src) continue;
      const stage = model.stages[inst.stage];
      report({
        range: src.range,
        message:
          `${inst.keyword} ${src.value} copies the whole build context, and there is no .dockerignore (nor ` +
          `${base}.dockerignore) beside the Dockerfile: .git, node_modules, local .env files and build output go into ` +
          `the image, and any change to them invalidates the cache. Add a .dockerignore that excludes them.`,
        context: stage?.name ? { stage: stage.name } : undefined,
      });
      return; // one finding per file: the fix is one file
    }
  },
});
