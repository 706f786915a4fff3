import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { aptCommands } from '../../knowledge/package-managers/apt.js';
import { listNames } from '../../knowledge/text.js';
import { runInvocations, spanRange } from '../../knowledge/invocations.js';
import { unpinnedPackages } from '../../knowledge/package-managers/pinning.js';

/** `pkg=1.2-3`, and local package files, which carry their own version. */
function pinned(spec: string): boolean {
  return spec.includes('=') || /\.deb$/i.test(spec) || /^(\/|\.\.?\/)/.test(spec);
}

export default defineRule({
  id: 'dockerfile/apt-pin-versions',
  aliases: ['DL3008'],
  severity: 'warning',
  summary: 'apt-get install without pinned package versions',
  programs: ['apt-get', 'apt'],
  check(model: DockerfileModel, _options, report) {
    for (const cmd of aptCommands(runInvocations(model), ['apt-get', 'apt'])) {
      if (cmd.sub?.value !== 'install') continue;
      const bad = unpinnedPackages(cmd, pinned);
      if (bad.length === 0) continue;
      const names = bad.flatMap((b) => b.names);
      report({
        range: spanRange(
          model,
          bad.map((b) => b.word),
        ),
        message:
          `${cmd.inv.name} install of ${listNames(names)} without a version: each build installs whatever the ` +
          `mirror has that day, so rebuilds are not reproducible. Pin it: \`${names[0]}=<version>\` ` +
          '(a version from an ARG, `foo=${FOO_VERSION}`, counts).',
      });
    }
  },
});
