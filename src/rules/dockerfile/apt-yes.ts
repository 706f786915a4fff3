import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { aptCommands, aptSettings, isTrue } from '../../knowledge/package-managers/apt.js';
import { editable, insertAfter } from '../../knowledge/fixes.js';
import { invocationRange, runInvocations } from '../../knowledge/invocations.js';
import type { PackageCommand } from '../../knowledge/package-managers/commands.js';

/** Subcommands that ask "Do you want to continue? [Y/n]" and abort without a terminal. */
const PROMPTING = new Set([
  'install',
  'reinstall',
  'remove',
  'purge',
  'autoremove',
  'upgrade',
  'dist-upgrade',
  'full-upgrade',
  'build-dep',
]);

/** `-y`, `--yes`, `--assume-yes`, quiet level 2 (`-qq`, `-q=2`, `--quiet --quiet`), or the setting. */
function assumesYes(cmd: PackageCommand): boolean {
  let quiet = 0;
  for (const o of cmd.cli.options) {
    if (o.name === '-y' || o.name === '--yes' || o.name === '--assume-yes' || o.name === '--force-yes') {
      if (o.value === undefined || isTrue(o.value)) return true;
    }
    if (o.name === '-q' || o.name === '--quiet')
      quiet = o.value !== undefined ? Number(o.value) || 0 : quiet + 1;
  }
  if (quiet >= 2) return true;
  return isTrue(aptSettings(cmd.cli).get('apt::get::assume-yes'));
}

export default defineRule({
  id: 'dockerfile/apt-yes',
  aliases: ['DL3014', 'DS021', 'AVD-DS-0021'],
  severity: 'warning',
  summary: 'apt-get install without -y',
  programs: ['apt-get', 'apt'],
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const cmd of aptCommands(runInvocations(model), ['apt-get', 'apt'])) {
      const sub = cmd.sub;
      if (!sub || !PROMPTING.has(sub.value) || assumesYes(cmd)) continue;
      report({
        range: invocationRange(model, cmd.inv),
        message:
          `\`${cmd.inv.name} ${sub.value}\` without \`-y\` asks for confirmation, and a build has no terminal to ` +
          `answer it, so apt aborts. Write \`${cmd.inv.name} ${sub.value} -y\`.`,
        fix: editable(cmd.inv)
          ? { description: 'Add -y', edits: [insertAfter(model, sub, ' -y')] }
          : undefined,
      });
    }
  },
});
