import { defineRule } from '../define.js';
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';
import { aptCommands, aptSettings, isFalse } from '../../knowledge/package-managers/apt.js';
import { editable, insertAfter } from '../../knowledge/fixes.js';
import { invocationRange, runInvocations } from '../../knowledge/invocations.js';
import { stageChain } from '../../knowledge/stages.js';

const RECOMMENDS_OFF = /APT::Install-Recommends\s*\\?["']?\s*\\?["']?(false|0)\b/i;

/** The RUN instructions that write `APT::Install-Recommends "false"` into apt's configuration. */
function configuringRuns(model: DockerfileModel): DfInstruction[] {
  return model.instructions.filter(
    (i) =>
      i.keyword === 'RUN' &&
      [i.argsText, ...i.heredocs.map((h) => h.body)].some((t) => RECOMMENDS_OFF.test(t)),
  );
}

/** True when one of `configuring` ran earlier in the image `inst` is part of (its stage or an ancestor). */
function configuredOff(model: DockerfileModel, inst: DfInstruction, configuring: DfInstruction[]): boolean {
  if (configuring.length === 0) return false;
  const stage = model.stages[inst.stage];
  if (!stage) return false;
  const chain = new Set(stageChain(model, stage).map((s) => s.index));
  return configuring.some((c) => chain.has(c.stage) && (c.stage !== inst.stage || c.index < inst.index));
}

export default defineRule({
  id: 'dockerfile/apt-no-install-recommends',
  aliases: ['DL3015', 'DS029', 'AVD-DS-0029'],
  severity: 'info',
  summary: 'apt-get install without --no-install-recommends',
  programs: ['apt-get', 'apt'],
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    const configuring = configuringRuns(model);
    for (const cmd of aptCommands(runInvocations(model), ['apt-get', 'apt'])) {
      const sub = cmd.sub;
      if (sub?.value !== 'install') continue;
      if (cmd.cli.options.some((o) => o.name === '--no-install-recommends')) continue;
      if (cmd.cli.options.some((o) => o.name === '--install-recommends' && isFalse(o.value))) continue;
      if (isFalse(aptSettings(cmd.cli).get('apt::install-recommends'))) continue;
      if (configuredOff(model, cmd.inv.inst, configuring)) continue;
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
