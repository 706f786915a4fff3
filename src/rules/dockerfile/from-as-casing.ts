import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { isSelfConsistentCase } from '../../knowledge/instructions.js';

export default defineRule({
  id: 'dockerfile/from-as-casing',
  aliases: ['FromAsCasing'],
  severity: 'info',
  summary: "The 'AS' keyword does not match the casing of 'FROM'",
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue; // no FROM line: no base image to check
      const from = stage.from;
      const as = from.args[1];
      if (from.args.length < 3 || !as || as.value.toLowerCase() !== 'as') continue;
      // A mixed-case FROM is ConsistentInstructionCasing's business, not this rule's.
      if (!isSelfConsistentCase(from.keywordRaw)) continue;
      const lower = from.keywordRaw === from.keywordRaw.toLowerCase();
      const want = lower ? 'as' : 'AS';
      if (as.value === want) continue;
      report({
        range: as.range,
        message:
          `'${as.value}' and '${from.keywordRaw}' keywords' casing do not match; mixing cases makes the line ` +
          `harder to read. Write \`${from.keywordRaw} … ${want} ${stage.nameRaw ?? 'name'}\`.`,
        fix: { description: `Write ${want}`, edits: [{ range: as.range, text: want }] },
      });
    }
  },
});
