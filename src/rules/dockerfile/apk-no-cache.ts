import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { apkAdds } from '../../knowledge/package-managers/apk.js';
import { imageStages } from '../../knowledge/stages.js';
import { editable, insertAfter } from '../../knowledge/fixes.js';
import { hasOption } from '../../knowledge/command-line.js';
import { invocationRange, invocations } from '../../knowledge/invocations.js';
import { mountsOver } from '../../knowledge/cache-cleanup.js';
import { withTriggers } from '../../knowledge/instructions.js';
import type { RunInvocation as Invocation } from '../../knowledge/invocations.js';

const CACHE = '/var/cache/apk';

/** `rm … /var/cache/apk/*` (or the directory) in the same RUN, or `apk cache clean`. */
function cleansCache(invs: Invocation[]): boolean {
  return invs.some(
    (inv) =>
      (inv.name === 'rm' && inv.args.some((a) => a.value === CACHE || a.value.startsWith(`${CACHE}/`))) ||
      (inv.name === 'apk' &&
        inv.args.some((a) => a.value === 'cache') &&
        inv.args.some((a) => a.value === 'clean')),
  );
}

export default defineRule({
  id: 'dockerfile/apk-no-cache',
  aliases: ['DL3019', 'DS025', 'AVD-DS-0025'],
  severity: 'info',
  summary: 'apk add without --no-cache',
  programs: ['apk'],
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    const stages = imageStages(model);
    for (const inst of withTriggers(model)) {
      if (inst.keyword !== 'RUN') continue;
      if (!inst.onbuild && !stages.has(inst.stage)) continue;
      const invs = invocations(inst);
      const adds = apkAdds(invs);
      if (adds.length === 0 || mountsOver(inst, CACHE) || cleansCache(invs)) continue;
      for (const cmd of adds) {
        // `--no-network` installs from what is already there and downloads no index.
        if (hasOption(cmd.cli, '--no-cache', '--no-network')) continue;
        report({
          range: invocationRange(model, cmd.inv),
          message:
            '`apk add` without `--no-cache` keeps the package index in /var/cache/apk in the layer (with ' +
            '`--update`/`-U`, a fresh copy each time). Write `apk add --no-cache`: it fetches the index, installs ' +
            'and leaves nothing behind.',
          fix: editable(cmd.inv)
            ? { description: 'Add --no-cache', edits: [insertAfter(model, cmd.sub!, ' --no-cache')] }
            : undefined,
        });
      }
    }
  },
});
