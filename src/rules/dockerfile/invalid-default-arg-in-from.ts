import { defineRule } from '../define.js';
import type { DockerfileModel, VarBinding } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { imageReferenceProblem } from '../../knowledge/image-references.js';
import { PLATFORM_ARG_DEFAULTS } from '../../knowledge/platform.js';

export default defineRule({
  id: 'dockerfile/invalid-default-arg-in-from',
  aliases: ['InvalidDefaultArgInFrom'],
  severity: 'warning',
  summary: 'With the ARG defaults alone, FROM names an empty or invalid image',
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue; // no FROM line: no base image to check
      const arg = stage.from.args[0];
      if (!arg || !arg.value.includes('$')) continue;
      // The scope of FROM as a build without --build-arg sees it: global ARG defaults, platform ARGs set.
      const scope = new Map<string, VarBinding>(stage.from.scope);
      for (const [name, value] of Object.entries(PLATFORM_ARG_DEFAULTS)) {
        const b = scope.get(name);
        if (!b || b.value === undefined)
          scope.set(name, { name, value, kind: 'arg', declaredAt: b?.declaredAt ?? -1 });
      }
      const expanded = expandVars(arg.value, scope, model.escapeChar).value;
      const problem = imageReferenceProblem(expanded);
      if (!problem) continue;
      report({
        range: arg.range,
        message:
          `Default value for ARG ${arg.value} results in empty or invalid base image name ("${expanded}": ${problem}), ` +
          'so the build only works when --build-arg supplies a value. Give the ARG a default that makes a valid ' +
          `image (ARG NAME=<default>), or a fallback in place (\${NAME:-<default>}).`,
      });
    }
  },
});
