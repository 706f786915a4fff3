import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { apkAdds } from '../../knowledge/package-managers/apk.js';
import { listNames } from '../../knowledge/text.js';
import { runInvocations, spanRange } from '../../knowledge/invocations.js';
import { unpinnedPackages } from '../../knowledge/package-managers/pinning.js';

/** `pkg=1.2-r0`, `pkg~1.2`, `pkg>1.2`, `pkg<2`, and local `.apk` files. */
function pinned(spec: string): boolean {
  return /[=~<>]/.test(spec) || /\.apk$/i.test(spec) || /^(\/|\.\.?\/)/.test(spec);
}

export default defineRule({
  id: 'dockerfile/apk-pin-versions',
  aliases: ['DL3018'],
  severity: 'warning',
  summary: 'apk add without pinned package versions',
  programs: ['apk'],
  check(model: DockerfileModel, _options, report) {
    for (const cmd of apkAdds(runInvocations(model))) {
      const bad = unpinnedPackages(cmd, pinned);
      if (bad.length === 0) continue;
      const names = bad.flatMap((b) => b.names);
      report({
        range: spanRange(
          model,
          bad.map((b) => b.word),
        ),
        message:
          `apk add of ${listNames(names)} without a version: each build installs whatever the repository has that ` +
          `day, so rebuilds are not reproducible. Pin it: \`${names[0]}=<version>\` (or \`${names[0]}~<major.minor>\` ` +
          'to follow patch releases; a version from an ARG counts).',
      });
    }
  },
});
