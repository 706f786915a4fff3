import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { aptCommands } from '../../knowledge/package-managers/apt.js';
import { editable } from '../../knowledge/fixes.js';
import { runInvocations } from '../../knowledge/invocations.js';

/** Subcommands where `apt-get` does the same job as `apt`, so replacing the name is safe. */
const SAME_IN_APT_GET = new Set([
  'install',
  'update',
  'remove',
  'purge',
  'autoremove',
  'clean',
  'autoclean',
  'build-dep',
  'source',
]);
/** Subcommands `apt-cache` provides. */
const APT_CACHE = new Set(['search', 'show', 'policy', 'depends', 'rdepends', 'showsrc']);

export default defineRule({
  id: 'dockerfile/no-apt',
  aliases: ['DL3027', 'CKV_DOCKER_9'],
  severity: 'warning',
  summary: 'RUN uses apt instead of apt-get or apt-cache',
  programs: ['apt'],
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const cmd of aptCommands(runInvocations(model), ['apt'])) {
      const sub = cmd.sub?.value ?? '';
      const instead = APT_CACHE.has(sub) ? 'apt-cache' : 'apt-get';
      const word = cmd.inv.nameWord;
      const safe =
        SAME_IN_APT_GET.has(sub) && word.value === 'apt' && word.raw === 'apt' && editable(cmd.inv);
      report({
        range: model.rangeOf(word.start, word.end),
        message:
          '`apt` is meant for people at a terminal: its output and options are not a stable interface and it ' +
          `warns when scripted. Use \`${instead}${sub ? ` ${sub}` : ''}\` in a Dockerfile.`,
        fix: safe
          ? {
              description: 'Use apt-get',
              edits: [{ range: model.rangeOf(word.start, word.end), text: 'apt-get' }],
            }
          : undefined,
      });
    }
  },
});
