import { defineRule } from '../define.js';
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';
import { aptCommands, aptSettings, isFalse } from '../../knowledge/package-managers/apt.js';
import { editable, insertAfter } from '../../knowledge/fixes.js';
import { invocationRange, runInvocations } from '../../knowledge/invocations.js';
import { earlierInImage } from '../../knowledge/stages.js';

const RECOMMENDS_OFF = /APT::Install-Recommends\s*\\?["']?\s*\\?["']?(false|0)\b/i;

/** The RUN instructions that write `APT::Install-Recommends "false"` into apt's configuration. */
function configuringRuns(model: DockerfileModel): DfInstruction[] {
  return model.instructions.filter(
    (i) =>
      i.keyword === 'RUN' &&
      [i.argsText, ...i.heredocs.map((h) => h.body)].some((t) => RECOMMENDS_OFF.test(t)),
  );
}

export default defineRule({
  id: 'dockerfile/apt-no-install-recommends',
  aliases: ['DL3015', 'DS029', 'AVD-DS-0029'],
  severity: 'info',
  summary: 'apt-get install without --no-install-recommends',
  programs: ['apt-get', 'apt'],
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    // One of them ran earlier in the image an install is part of (its stage or an ancestor).
    const configuring = new Set(configuringRuns(model));
    const configuredOff = earlierInImage(model, (i) => configuring.has(i));
    for (const cmd of aptCommands(runInvocations(model), ['apt-get', 'apt'])) {
      const sub = cmd.sub;
      if (sub?.value !== 'install') continue;
      if (cmd.cli.options.some((o) => o.name === '--no-install-recommends')) continue;
      if (cmd.cli.options.some((o) => o.name === '--install-recommends' && isFalse(o.value))) continue;
      if (isFalse(aptSettings(cmd.cli).get('apt::install-recommends'))) continue;
      if (configuring.size > 0 && configuredOff(cmd.inv.inst)) continue;
      report({
        range: invocationRange(model, cmd.inv),
        message:
          `\`${cmd.inv.name} install\` also installs every "recommended" package, which often adds tens of MB ` +
          `and packages nobody asked for. Write \`${cmd.inv.name} install --no-install-recommends\` and list what ` +
          'you need.',
        fix: editable(cmd.inv)
          ? {
              description: 'Add --no-install-recommends',
              edits: [insertAfter(model, sub, ' --no-install-recommends')],
            }
          : undefined,
      });
    }
  },
});
