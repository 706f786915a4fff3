import { defineRule } from '../define.js';
import type { Fix } from '../../engine/types.js';
import type { DfInstruction, DfProperty, DockerfileModel } from '../../targets/dockerfile/model.js';
import { instructionsOf } from '../../knowledge/instructions.js';

/** `ENV key value` → `ENV key=value`, when the value can be written after `=` without changing it. */
function fixFor(model: DockerfileModel, inst: DfInstruction, p: DfProperty): Fix | undefined {
  if (!p.valueRange || model.escapeChar !== '\\') return undefined;
  const r = p.range;
  const vr = p.valueRange;
  if (r.line !== r.endLine || vr.line !== vr.endLine) return undefined;
  const line = model.lines[r.line - 1] ?? '';
  const name = line.slice(p.nameRange.column - 1, p.nameRange.endColumn - 1);
  const raw = line.slice(vr.column - 1, vr.endColumn - 1).trim();
  if (name !== p.name || raw === '') return undefined;
  let value: string;
  if (!/\s/.test(raw))
    value = raw; // one word: quotes and escapes mean the same after `=`
  else if (/^"[^"\\]*"$/.test(raw) || /^'[^']*'$/.test(raw))
    value = raw; // already one quoted word
  else if (!/["'\\`]/.test(raw))
    value = `"${raw}"`; // several words: the legacy form keeps them together
  else return undefined;
  return {
    description: `Write ${inst.keyword} ${name}=${value}`,
    edits: [
      {
        range: { line: r.line, column: p.nameRange.column, endLine: vr.endLine, endColumn: vr.endColumn },
        text: `${name}=${value}`,
      },
    ],
  };
}

export default defineRule({
  id: 'dockerfile/legacy-key-value-format',
  aliases: ['LegacyKeyValueFormat'],
  severity: 'warning',
  summary: 'ENV or LABEL uses the legacy "key value" form instead of key=value',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'ENV', 'LABEL', 'ARG')) {
      if (inst.keyword === 'ENV' || inst.keyword === 'LABEL') {
        for (const p of inst.properties) {
          if (!p.legacyForm) continue;
          report({
            range: p.range,
            message:
              `"${inst.keyword} key=value" should be used instead of legacy "${inst.keyword} key value" format: the ` +
              'legacy form sets one variable to the whole rest of the line and is deprecated. Write ' +
              `${inst.keyword} ${p.name}=${/\s/.test(p.value ?? '') ? `"${p.value}"` : (p.value ?? '')}.`,
            fix: fixFor(model, inst, p),
          });
        }
      } else if (inst.args.length === 2 && inst.args.every((a) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(a.value))) {
        // `ARG name value` reads as a default written the legacy way, but declares two ARGs without defaults.
        const [name, value] = inst.args;
        report({
          range: {
            line: name.range.line,
            column: name.range.column,
            endLine: value.range.endLine,
            endColumn: value.range.endColumn,
          },
          message:
            `"ARG ${name.value} ${value.value}" declares two build arguments without defaults, not ${name.value} with ` +
            `the default "${value.value}" as the legacy "key value" form would suggest. Write ARG ${name.value}=${value.value} ` +
            `for a default, or ARG ${name.value}=… ${value.value}=… to declare both.`,
        });
      }
    }
  },
});
