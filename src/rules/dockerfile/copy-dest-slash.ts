import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { copyParts } from '../../knowledge/copy-args.js';
import { instructionsOf } from '../../knowledge/instructions.js';
import { unquote } from '../../knowledge/text.js';

/** A destination the builder takes as a directory. */
function isDir(dest: string): boolean {
  return /[/\\]$/.test(dest) || dest === '.' || dest === '..';
}

export default defineRule({
  id: 'dockerfile/copy-dest-slash',
  aliases: ['DL3021', 'DS011', 'AVD-DS-0011'],
  severity: 'error',
  summary: 'COPY with several sources to a destination that does not end with /',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'COPY', 'ADD')) {
      const parts = copyParts(model, inst);
      const dest = parts.dest;
      if (!dest || parts.sources.length < 2) continue;
      const raw = unquote(dest.value);
      if (isDir(raw)) continue;
      const expanded = expandVars(raw, inst.scope, model.escapeChar);
      if (expanded.unresolved.length > 0 || isDir(expanded.value)) continue;
      const quoted = dest.value !== raw;
      report({
        range: dest.range,
        message:
          `${inst.keyword} copies ${parts.sources.length} sources to "${raw}", which does not end with "/": the ` +
          `builder only accepts several sources into a directory. Write "${raw}/".`,
        fix: parts.json
          ? undefined
          : {
              description: 'Add a trailing slash to the destination',
              edits: [
                {
                  range: {
                    line: dest.range.endLine,
                    column: dest.range.endColumn - (quoted ? 1 : 0),
                    endLine: dest.range.endLine,
                    endColumn: dest.range.endColumn - (quoted ? 1 : 0),
                  },
                  text: '/',
                },
              ],
            },
      });
    }
  },
});
