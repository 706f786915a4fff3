import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { findCommands } from '../../knowledge/invocations.js';
import type { Invocation } from '../../knowledge/invocations.js';
import { runInstructions } from '../../knowledge/instructions.js';

export default defineRule({
  id: 'dockerfile/wget-and-curl',
  aliases: ['DL4001', 'DS014', 'AVD-DS-0014'],
  severity: 'warning',
  summary: 'A stage uses both wget and curl',
  programs: ['wget', 'curl'],
  check(model: DockerfileModel, _options, report) {
    // Per stage: the first download tool used is the stage's tool; runs of the other one are reported.
    const byStage = new Map<number, { first: string; line: number; other: Invocation[] }>();
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, ['wget', 'curl'])) {
        const entry = byStage.get(inst.stage);
        const line = model.rangeOf(inv.words[0].start, inv.words[0].end).line;
        if (!entry) byStage.set(inst.stage, { first: inv.name, line, other: [] });
        else if (entry.first !== inv.name) entry.other.push(inv);
      }
    }
    for (const { first, line, other } of byStage.values()) {
      for (const inv of other) {
        report({
          range: model.rangeOf(inv.words[0].start, inv.words[0].end),
          message:
            `This stage already downloads with \`${first}\` (line ${line}); using \`${inv.name}\` too means two ` +
            `download tools (and their libraries) to install and patch. Use \`${first}\` here as well.`,
        });
      }
    }
  },
});
