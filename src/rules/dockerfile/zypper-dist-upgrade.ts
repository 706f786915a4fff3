import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { findCommands } from '../../knowledge/invocations.js';
import { subcommandOf } from '../../knowledge/package-managers/commands.js';
import { runInstructions } from '../../knowledge/instructions.js';

export default defineRule({
  id: 'dockerfile/zypper-dist-upgrade',
  aliases: ['DL3035'],
  severity: 'warning',
  summary: 'zypper dist-upgrade in a Dockerfile',
  programs: ['zypper'],
  check(model: DockerfileModel, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, 'zypper')) {
        const sub = subcommandOf(inv);
        if (!sub || (sub.value !== 'dist-upgrade' && sub.value !== 'dup')) continue;
        report({
          range: model.rangeOf(inv.words[0].start, sub.end),
          message:
            `\`zypper ${sub.value}\` upgrades the whole distribution inside the image, which makes the build ` +
            'unpredictable and the image drift from its base; use a newer base image tag instead, or ' +
            '`zypper patch`/`zypper update <package>` for specific fixes.',
        });
      }
    }
  },
});
