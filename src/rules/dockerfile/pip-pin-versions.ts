import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { hasOption } from '../../knowledge/command-line.js';
import { isUrl } from '../../knowledge/urls-and-archives.js';
import { listNames } from '../../knowledge/text.js';
import { pipInstalls } from '../../knowledge/package-managers/python.js';
import { runInvocations, spanRange } from '../../knowledge/invocations.js';
import { unpinnedPackages } from '../../knowledge/package-managers/pinning.js';

/**
 * A requirement that names what it installs: a version specifier (`==`, `>=`, `~=`, `<`…), a direct
 * reference (`pkg @ https://…`), a URL or VCS link, a local path, or a wheel/sdist file.
 */
function pinned(spec: string): boolean {
  if (/(===?|~=|!=|<=?|>=?|@)/.test(spec)) return true;
  if (isUrl(spec) || /^(git|hg|svn|bzr)\+/.test(spec)) return true;
  if (spec === '.' || spec === '..' || /^(\/|\.\.?\/|~\/)/.test(spec) || spec.includes('/')) return true;
  return /\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/i.test(spec);
}

export default defineRule({
  id: 'dockerfile/pip-pin-versions',
  aliases: ['DL3013'],
  severity: 'warning',
  summary: 'pip install without pinned package versions',
  check(model: DockerfileModel, _options, report) {
    for (const cmd of pipInstalls(runInvocations(model))) {
      // Versions come from a requirements or constraints file.
      if (hasOption(cmd.cli, '-r', '--requirement', '-c', '--constraint')) continue;
      const bad = unpinnedPackages(cmd, pinned);
      if (bad.length === 0) continue;
      const names = bad.flatMap((b) => b.names);
      report({
        range: spanRange(
          model,
          bad.map((b) => b.word),
        ),
        message:
          `pip install of ${listNames(names)} without a version: every build resolves the newest release, so ` +
          `rebuilds are not reproducible and may break. Pin it (\`${names[0]}==<version>\`, a version from an ARG ` +
          'counts) or install from a requirements file: `pip install -r requirements.txt`.',
      });
    }
  },
});
