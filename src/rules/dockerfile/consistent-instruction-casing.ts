import { defineRule } from '../define.js';
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';
import { isSelfConsistentCase } from '../../knowledge/instructions.js';

export default defineRule({
  id: 'dockerfile/consistent-instruction-casing',
  aliases: ['ConsistentInstructionCasing', 'FileConsistentCommandCasing', 'SelfConsistentCommandCasing'],
  severity: 'info',
  summary: 'Instruction keywords mix upper and lower case',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    // As the builder counts: FROM lines and the instructions of stages (not the ARGs before the first FROM).
    const counted: DfInstruction[] = model.instructions.filter((i) => i.stage >= 0);
    let lower = 0;
    let upper = 0;
    for (const inst of counted) {
      const k = inst.keywordRaw;
      if (!isSelfConsistentCase(k)) continue;
      if (k === k.toLowerCase()) lower++;
      else upper++;
    }
    const majorityLower = lower > upper;
    const casing = majorityLower ? 'lowercase' : 'uppercase';
    for (const inst of counted) {
      const k = inst.keywordRaw;
      const want = majorityLower ? k.toLowerCase() : k.toUpperCase();
      if (k === want) continue;
      report({
        range: inst.keywordRange,
        message:
          `Command '${k}' should match the case of the command majority (${casing}); one casing for every ` +
          `instruction keeps the file easy to scan. Write \`${want}\`.`,
        fix: { description: `Write ${want}`, edits: [{ range: inst.keywordRange, text: want }] },
      });
    }
  },
});
