import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { actionsOf, subcommandOf } from '../../knowledge/package-managers/commands.js';
import { findCommands, optionValue } from '../../knowledge/invocations.js';
import { appendCommandFix } from '../../knowledge/fixes.js';
import { mountsCacheOver, removesDir } from '../../knowledge/cache-cleanup.js';
import { runInstructions } from '../../knowledge/instructions.js';

/** Yarn 1's global cache (root and the usual HOME) and Yarn 2+'s global cache. */
const CACHE_DIRS = ['/usr/local/share/.cache/yarn', '/root/.cache/yarn', '/root/.yarn/berry/cache'];

export default defineRule({
  id: 'dockerfile/yarn-cache-clean',
  aliases: ['DL3060'],
  severity: 'info',
  hadolintOptions: { onlyShippedStages: false },
  summary: 'yarn install without yarn cache clean in the same RUN',
  programs: ['yarn', 'yarnpkg'],
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
      const invs = findCommands(inst, ['yarn', 'yarnpkg']);
      // A bare `yarn` installs, but `yarn --version` / `yarn --help` only print.
      const installs = invs.filter(
        (inv) =>
          actionsOf(inv).has('install') &&
          !(subcommandOf(inv) === undefined && inv.args.some((a) => /^(?:--version|-v|--help|-h)$/.test(a))),
      );
      if (installs.length === 0) continue;
      const last = installs[installs.length - 1];
      const cleaned = invs.some(
        (inv) => inv.command.start > last.command.start && actionsOf(inv).has('clean'),
      );
      const folders = installs
        .map((inv) => optionValue(inv, '--cache-folder')?.value)
        .filter((v): v is string => !!v);
      const dirs = [...CACHE_DIRS, ...folders];
      if (cleaned || removesDir(inst, last.command.start, dirs) || mountsCacheOver(inst, dirs)) continue;
      const first = installs[0];
      const sub = subcommandOf(first);
      report({
        range: model.rangeOf(first.words[0].start, (sub ?? first.words[0]).end),
        message:
          `\`${first.words
            .map((w) => w.value)
            .slice(0, sub ? 2 : 1)
            .join(' ')}\` fills yarn's global cache, which ` +
          'stays in the layer next to node_modules; end the same RUN with `yarn cache clean`, or mount the cache ' +
          'with `--mount=type=cache,target=/usr/local/share/.cache/yarn`.',
        fix: appendCommandFix(model, inst, 'yarn cache clean', 'Append yarn cache clean'),
      });
    }
  },
});
