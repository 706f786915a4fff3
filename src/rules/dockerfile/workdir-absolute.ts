import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { instructionsOf } from '../../knowledge/instructions.js';
import { unquote } from '../../knowledge/text.js';
import { resolveImagePath, workdirAt } from '../../knowledge/stages.js';

/** `/x`, and on Windows `C:\x`, `C:/x`, `\x`. */
function isAbsolute(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(p);
}

export default defineRule({
  id: 'dockerfile/workdir-absolute',
  aliases: ['DL3000', 'DS009', 'AVD-DS-0009', 'CKV_DOCKER_10'],
  severity: 'error',
  summary: 'WORKDIR uses a relative path',
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'WORKDIR')) {
      if (inst.args.length === 0 || !inst.argsRange) continue;
      const raw = unquote(inst.argsText.trim());
      if (isAbsolute(raw)) continue;
      const expanded = expandVars(raw, inst.scope, model.escapeChar);
      // A path that starts with a variable whose value is unknown may well be absolute.
      if (expanded.unresolved.length > 0 && raw.startsWith('$')) continue;
      const value = unquote(expanded.value.trim());
      if (isAbsolute(value)) continue;
      // The path it resolves to today: against the WORKDIR in effect (`tools/gopls` after `WORKDIR /src`
      // is /src/tools/gopls), the base image's own taken as `/`.
      const resolved = value.includes('\\') ? `\\${value}` : resolveImagePath(workdirAt(model, inst), value);
      report({
        range: inst.argsRange,
        message:
          `WORKDIR "${raw}" is relative, so it lands under whatever WORKDIR the base image or an earlier ` +
          `instruction set, which can change without notice. Write an absolute path, e.g. WORKDIR ${resolved}.`,
      });
    }
  },
});
