import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { findCommands } from '../../knowledge/invocations.js';
import { runInstructions } from '../../knowledge/instructions.js';

const SH = new Set(['/bin/sh', '/usr/bin/sh']);

export default defineRule({
  id: 'dockerfile/shell-via-symlink',
  aliases: ['DL4005'],
  severity: 'warning',
  summary: 'RUN replaces /bin/sh with a symlink instead of using SHELL',
  programs: ['ln'],
  check(model: DockerfileModel, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, 'ln')) {
        const operands = inv.words.slice(1).filter((w) => !w.value.startsWith('-'));
        const target = operands[operands.length - 1];
        if (operands.length < 2 || !SH.has(target.value)) continue;
        report({
          range: model.rangeOf(inv.words[0].start, target.end),
          message:
            'Linking another shell over /bin/sh changes the shell of every program in the image, not just of ' +
            'RUN; use the SHELL instruction instead, e.g. `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.',
        });
      }
    }
  },
});
