import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { ancestorsHave } from '../../knowledge/stages.js';

/** `/x`; on Windows also `C:\x`, `C:/x`, `\x`. */
function isAbsolute(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(p);
}

export default defineRule({
  id: 'dockerfile/workdir-relative-path',
  aliases: ['WorkdirRelativePath'],
  severity: 'warning',
  summary: 'The first WORKDIR of a build is a relative path',
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      // The first WORKDIR of the stage's chain decides; a stage built on an earlier stage that set an
      // absolute WORKDIR is fine, and later relative WORKDIRs build on the first one.
      if (ancestorsHave(model, stage, 'WORKDIR')) continue;
      const first = stage.instructions.find((i) => i.keyword === 'WORKDIR');
      if (!first || !first.argsRange) continue;
      const raw = first.argsText.trim().replace(/^(["'])(.*)\1$/, '$2');
      const expanded = expandVars(raw, first.scope, model.escapeChar);
      // A path that starts with a variable whose value is unknown may well be absolute.
      if (expanded.unresolved.length > 0 && raw.startsWith('$')) continue;
      const value = expanded.value.trim().replace(/^(["'])(.*)\1$/, '$2');
      if (isAbsolute(value)) continue;
      report({
        range: first.argsRange,
        message:
          `Relative workdir "${raw}" can have unexpected results if the base image changes: it resolves against ` +
          "the base image's WORKDIR, which is not declared in this build. Set an absolute WORKDIR first, e.g. " +
          `WORKDIR /${value.replace(/^\.\/?/, '')}.`,
      });
    }
  },
});
