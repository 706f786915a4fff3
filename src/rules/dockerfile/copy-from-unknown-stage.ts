import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { unquote } from '../../knowledge/text.js';
import { flagOf, resolveSource, stagesBefore, stagesByName } from '../../knowledge/stages.js';
import { SuggestionBudget, suggestNameWithin } from '../../knowledge/suggestions.js';

export default defineRule({
  id: 'dockerfile/copy-from-unknown-stage',
  aliases: ['DL3022', 'DS018', 'AVD-DS-0018'],
  severity: 'warning',
  summary: 'COPY --from names no earlier stage',
  check(model: DockerfileModel, _options, report) {
    const budget = new SuggestionBudget();
    for (const inst of model.instructions) {
      if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD') continue;
      const from = flagOf(inst, 'from');
      if (!from?.value) continue;
      const src = resolveSource(model, inst, unquote(from.value));
      if (src.kind !== 'image') continue;
      const ref = src.text;
      const range = from.valueRange ?? from.range;
      const earlier = stagesBefore(model, inst.index);
      if (/^\d+$/.test(ref)) {
        report({
          range,
          message:
            `${inst.keyword} --from=${ref} refers to stage #${ref}, but only ${earlier} stage(s) start before ` +
            'this line (counting from 0). Name the stage (`FROM … AS build`) and copy with --from=build.',
        });
        continue;
      }
      const key = ref.toLowerCase();
      const later = stagesByName(model)
        .get(key)
        ?.find((s) => s.from.index > inst.index);
      if (later) {
        report({
          range,
          message:
            `Stage "${ref}" is defined after this ${inst.keyword} (line ${later.from.range.line}), so the builder ` +
            `looks for an image called "${ref}" instead. Move the stage above this line.`,
        });
        continue;
      }
      // Anything with a tag, digest, registry or namespace reads as an image reference, which --from accepts.
      if (/[:@/.]/.test(ref)) continue;
      function* names(): Generator<string> {
        for (let i = 0; i < earlier; i++) {
          const name = model.stages[i].nameRaw;
          if (name) yield name;
        }
      }
      const near = suggestNameWithin(key, names(), budget, {
        caseSensitive: false,
        maxDistance: Math.max(1, Math.floor(key.length / 3)) + 1,
      });
      report({
        range,
        message:
          `${inst.keyword} --from=${ref} matches no earlier stage${near ? ` (did you mean "${near}"?)` : ''}, so ` +
          `unless the build passes a named context (\`--build-context ${ref}=…\`) the builder pulls an image ` +
          `called "${ref}" from Docker Hub. Reference a stage defined above, or, for an image, write it with a tag ` +
          `(${ref}:<tag>) or declare it as a stage: \`FROM ${ref}:<tag> AS ${ref}\`.`,
      });
    }
  },
});
