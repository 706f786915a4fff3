import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { actionsOf, subcommandOf } from '../../knowledge/package-managers/commands.js';
import { findCommands } from '../../knowledge/invocations.js';
import { appendCommandFix } from '../../knowledge/fixes.js';
import { mountsCacheOver, removesDir } from '../../knowledge/cache-cleanup.js';
import { runInstructions } from '../../knowledge/instructions.js';

const CACHE_DIRS = ['/var/cache/zypp'];

export default defineRule({
  id: 'dockerfile/zypper-clean',
  aliases: ['DL3036', 'DS020', 'AVD-DS-0020'],
  severity: 'warning',
  hadolintOptions: { onlyShippedStages: false },
  summary: 'zypper install without zypper clean in the same RUN',
  programs: ['zypper'],
  fixable: true,
  options: {
    onlyShippedStages: {
      type: 'boolean',
      description:
        'Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); caches left in other build stages never ship.',
      default: true,
    },
  },
  check(model: DockerfileModel, options: { onlyShippedStages: boolean }, report) {
    for (const inst of runInstructions(model, { shippedOnly: options.onlyShippedStages })) {
      const invs = findCommands(inst, 'zypper');
      const changes = invs.filter((inv) => {
        const a = actionsOf(inv);
        return a.has('install') || a.has('upgrade');
      });
      if (changes.length === 0) continue;
      const last = changes[changes.length - 1];
      const cleaned = invs.some((inv) => {
        const sub = subcommandOf(inv)?.value;
        return inv.command.start > last.command.start && (sub === 'clean' || sub === 'cc');
      });
      if (cleaned || removesDir(inst, last.command.start, CACHE_DIRS) || mountsCacheOver(inst, CACHE_DIRS))
        continue;
      const first = changes[0];
      const sub = subcommandOf(first)!;
      report({
        range: model.rangeOf(first.words[0].start, sub.end),
        message:
          `\`zypper ${sub.value}\` leaves downloaded packages and repository metadata in /var/cache/zypp in the ` +
          'layer; end the same RUN with `zypper clean --all`, or mount the cache with ' +
          '`--mount=type=cache,target=/var/cache/zypp`.',
        fix: appendCommandFix(model, inst, 'zypper clean --all', 'Append zypper clean --all'),
      });
    }
  },
});
