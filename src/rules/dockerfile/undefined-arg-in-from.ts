import { defineRule } from '../define.js';
import type { Range } from '../../engine/types.js';
import type { DfArg, DockerfileModel } from '../../targets/dockerfile/model.js';
import { didYouMean, SuggestionBudget, suggestNameWithin } from '../../knowledge/suggestions.js';
import { PLATFORM_ARG_DEFAULTS } from '../../knowledge/platform.js';
import { scanVarRefs } from '../../knowledge/variables.js';

/** The range of a reference inside an argument written on one line; the argument's range otherwise. */
function refRange(arg: { value: string; range: Range }, start: number, end: number): Range {
  const r = arg.range;
  if (r.line !== r.endLine || r.endColumn - r.column !== arg.value.length) return r;
  return { line: r.line, column: r.column + start, endLine: r.line, endColumn: r.column + end };
}

export default defineRule({
  id: 'dockerfile/undefined-arg-in-from',
  aliases: ['UndefinedArgInFrom', 'UndeclaredArgInFrom'],
  severity: 'warning',
  summary: 'FROM uses a variable that no ARG before the first FROM declares',
  check(model: DockerfileModel, _options, report) {
    const declared = new Set<string>(Object.keys(PLATFORM_ARG_DEFAULTS));
    const budget = new SuggestionBudget();
    for (const inst of model.globalArgs) for (const p of inst.properties) declared.add(p.name);
    for (const stage of model.stages) {
      if (stage.implicit) continue; // no FROM line: no base image to check
      const from = stage.from;
      const places: DfArg[] = [];
      if (from.args[0]) places.push(from.args[0]);
      for (const f of from.flags) {
        if (f.name.toLowerCase() === 'platform' && f.value !== null && f.valueRange)
          places.push({ value: f.value, range: f.valueRange });
      }
      const seen = new Set<string>();
      for (const place of places) {
        for (const ref of scanVarRefs(place.value, model.escapeChar)) {
          if (declared.has(ref.name) || seen.has(ref.name)) continue;
          seen.add(ref.name);
          const hint = suggestNameWithin(ref.name, declared, budget);
          report({
            range: refRange(place, ref.start, ref.end),
            message:
              `FROM argument '${ref.name}' is not declared${didYouMean(hint)}: only ARGs declared before the first ` +
              `FROM (and the automatic platform ARGs) can be used in FROM, so it expands to an empty string. ` +
              (hint ? `Write $${hint}, or declare` : 'Declare') +
              ` it with ARG ${ref.name}=<default> at the top of the file.`,
          });
        }
      }
    }
  },
});
