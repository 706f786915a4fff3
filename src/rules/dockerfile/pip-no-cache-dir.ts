import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { actionsOf, packageManagerOf, subcommandOf } from '../../knowledge/package-managers/commands.js';
import { findCommands, hasOption } from '../../knowledge/invocations.js';
import { mountsOf } from '../../knowledge/stages.js';
import { envFlagSet } from '../../knowledge/variables.js';
import { insertAfterWord } from '../../knowledge/fixes.js';
import { removesDir } from '../../knowledge/cache-cleanup.js';
import { runInstructions } from '../../knowledge/instructions.js';

const CACHE_DIRS = ['/root/.cache/pip'];

export default defineRule({
  id: 'dockerfile/pip-no-cache-dir',
  aliases: ['DL3042'],
  severity: 'warning',
  hadolintOptions: { onlyShippedStages: false },
  summary: 'pip install without --no-cache-dir',
  fixable: true,
  options: {
    onlyShippedStages: {
      type: 'boolean',
      description:
        'Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); a cache left in another build stage never ships.',
      default: true,
    },
  },
  check(model: DockerfileModel, options: { onlyShippedStages: boolean }, report) {
    for (const inst of runInstructions(model, { shippedOnly: options.onlyShippedStages })) {
      // A cache or tmpfs mount over a pip cache directory keeps the cache out of the layer.
      const mounted = mountsOf(inst).some(
        (m) =>
          (m.type === 'cache' || m.type === 'tmpfs') &&
          !!m.target &&
          /(?:^|\/)\.cache(?:\/pip)?\/?$/.test(m.target),
      );
      if (mounted) continue;
      for (const inv of findCommands(inst, (i) => packageManagerOf(i)?.id === 'pip')) {
        if (!actionsOf(inv).has('install')) continue;
        if (hasOption(inv, '--no-cache-dir')) continue;
        if (envFlagSet(inst, inv, 'PIP_NO_CACHE_DIR')) continue;
        const purged = findCommands(inst, (i) => packageManagerOf(i)?.id === 'pip').some(
          (p) => p.command.start > inv.command.start && actionsOf(p).has('clean'),
        );
        if (purged || removesDir(inst, inv.command.start, CACHE_DIRS)) continue;
        const sub = subcommandOf(inv)!;
        report({
          range: model.rangeOf(inv.words[0].start, sub.end),
          message:
            `\`${inv.name} install\` keeps every downloaded wheel in pip's cache (~/.cache/pip) in the layer; ` +
            `write \`${inv.name} install --no-cache-dir …\`, set \`ENV PIP_NO_CACHE_DIR=1\`, or mount the cache with ` +
            '`--mount=type=cache,target=/root/.cache/pip`.',
          fix: insertAfterWord(model, sub, ' --no-cache-dir', 'Add --no-cache-dir'),
        });
      }
    }
  },
});
