import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { actionsOf, subcommandOf } from '../../knowledge/package-managers/commands.js';
import { findCommands, hasOption } from '../../knowledge/invocations.js';
import { insertAfterWord } from '../../knowledge/fixes.js';
import { runInstructions } from '../../knowledge/instructions.js';

/** Subcommands that ask for confirmation (install, remove, update, patch, dist-upgrade and their short forms). */
const ASKING = new Set(['verify', 've', 'install-new-recommends', 'inr']);

export default defineRule({
  id: 'dockerfile/zypper-non-interactive',
  aliases: ['DL3034'],
  severity: 'warning',
  summary: 'zypper install/remove/update without --non-interactive or -y',
  programs: ['zypper'],
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, 'zypper')) {
        const sub = subcommandOf(inv);
        if (!sub) continue;
        const a = actionsOf(inv);
        if (!a.has('install') && !a.has('upgrade') && !a.has('remove') && !ASKING.has(sub.value)) continue;
        if (hasOption(inv, '-n', '--non-interactive', '-y', '--no-confirm')) continue;
        report({
          range: model.rangeOf(inv.words[0].start, sub.end),
          message:
            `\`zypper ${sub.value}\` without \`--non-interactive\` asks for a confirmation that a build cannot ` +
            `give, so the step fails; write \`zypper --non-interactive ${sub.value} …\` (or \`zypper ${sub.value} -y …\`).`,
          fix: insertAfterWord(model, inv.words[0], ' --non-interactive', 'Add --non-interactive to zypper'),
        });
      }
    }
  },
});
