import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { hasOption, parseCli } from '../../knowledge/command-line.js';
import { listNames } from '../../knowledge/text.js';
import { runInvocations, spanRange } from '../../knowledge/invocations.js';
import { unpinnedPackages } from '../../knowledge/package-managers/pinning.js';
import type { PackageCommand } from '../../knowledge/package-managers/commands.js';

const GEM_VALUED = new Set([
  '-v',
  '-i',
  '-n',
  '-s',
  '-P',
  '-g',
  '--version',
  '--install-dir',
  '--bindir',
  '--platform',
  '--source',
  '--trust-policy',
  '--file',
  '--build-root',
  '--document',
  '--target-rbconfig',
]);

/** `gem:1.2.3`, and local `.gem` files. */
function pinned(spec: string): boolean {
  return spec.includes(':') || /\.gem$/i.test(spec) || /^(\/|\.\.?\/)/.test(spec);
}

export default defineRule({
  id: 'dockerfile/gem-pin-versions',
  aliases: ['DL3028'],
  severity: 'warning',
  summary: 'gem install without pinned versions',
  programs: ['gem'],
  check(model: DockerfileModel, _options, report) {
    for (const inv of runInvocations(model)) {
      if (inv.name !== 'gem') continue;
      const cli = parseCli(inv.args, { valued: GEM_VALUED });
      const sub = cli.operands[0];
      if (sub?.value !== 'install' && sub?.value !== 'i') continue;
      // `-v`/`--version` pins the gems of the command; `-g` installs from a Gemfile's locked versions.
      if (hasOption(cli, '-v', '--version', '-g', '--file')) continue;
      const cmd: PackageCommand = { inv, cli, sub, packages: cli.operands.slice(1) };
      const bad = unpinnedPackages(cmd, pinned);
      if (bad.length === 0) continue;
      const names = bad.flatMap((b) => b.names);
      report({
        range: spanRange(
          model,
          bad.map((b) => b.word),
        ),
        message:
          `gem install of ${listNames(names)} without a version: every build fetches the newest release, so ` +
          `rebuilds are not reproducible. Pin it: \`gem install ${names[0]}:<version>\` or ` +
          `\`gem install ${names[0]} -v <version>\` (a version from an ARG counts).`,
      });
    }
  },
});
