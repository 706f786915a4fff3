import { defineRule } from '../define.js';
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';
import {
  aptCommands,
  aptSettings,
  editable,
  insertAfter,
  invocationRange,
  isFalse,
  runInvocations,
} from '../hadolint-a.js';
import { chainInstructions } from '../stages.js';

/** True when an earlier RUN of the image wrote `APT::Install-Recommends "false"` into apt's configuration. */
function configuredOff(model: DockerfileModel, inst: DfInstruction): boolean {
  const stage = model.stages[inst.stage];
  if (!stage) return false;
  for (const i of chainInstructions(model, stage)) {
    if (i === inst || (i.stage === inst.stage && i.index >= inst.index)) break;
    if (i.keyword !== 'RUN') continue;
    const texts = [i.argsText, ...i.heredocs.map((h) => h.body)];
    if (texts.some((t) => /APT::Install-Recommends\s*\\?["']?\s*\\?["']?(false|0)\b/i.test(t))) return true;
  }
  return false;
}

export default defineRule({
  id: 'dockerfile/apt-no-install-recommends',
  aliases: ['DL3015', 'DS029', 'AVD-DS-0029'],
  severity: 'info',
  summary: 'apt-get install without --no-install-recommends',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const cmd of aptCommands(runInvocations(model), ['apt-get', 'apt'])) {
      const sub = cmd.sub;
      if (sub?.value !== 'install') continue;
      if (cmd.cli.options.some((o) => o.name === '--no-install-recommends')) continue;
      if (cmd.cli.options.some((o) => o.name === '--install-recommends' && isFalse(o.value))) continue;
      if (isFalse(aptSettings(cmd.cli).get('apt::install-recommends'))) continue;
      if (configuredOff(model, cmd.inv.inst)) continue;
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
