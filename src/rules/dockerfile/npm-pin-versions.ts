import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { isUrl } from '../../knowledge/urls-and-archives.js';
import { listNames } from '../../knowledge/text.js';
import { parseCli } from '../../knowledge/command-line.js';
import { runInvocations, spanRange } from '../../knowledge/invocations.js';
import { unpinnedPackages } from '../../knowledge/package-managers/pinning.js';
import type { PackageCommand } from '../../knowledge/package-managers/commands.js';

const NPM_VALUED = new Set([
  '-w',
  '--workspace',
  '--registry',
  '--prefix',
  '--tag',
  '--loglevel',
  '--cache',
  '--userconfig',
  '--globalconfig',
  '--omit',
  '--include',
  '--install-strategy',
  '--before',
  '--otp',
  '--scope',
  '--location',
]);
const INSTALL = new Set([
  'install',
  'i',
  'in',
  'ins',
  'inst',
  'insta',
  'instal',
  'isnt',
  'isnta',
  'isntal',
  'isntall',
  'add',
]);
/** Dist-tags move with every release: `pkg@latest` is not a pin. */
const MOVING_TAGS = new Set(['', 'latest', 'next', '*', 'x']);

/**
 * `name@1.2.3`, `@scope/name@1.2.3`, a local folder or tarball, a URL, or a git reference with a
 * commit-ish (`github:o/r#v1.0`, `o/r#abc123`).
 */
function pinned(spec: string): boolean {
  if (/^(\.{1,2}(\/|$)|\/|~\/|file:)/.test(spec)) return true;
  if (/\.(tgz|tar\.gz|tar)$/i.test(spec)) return true;
  const git =
    /^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec) ||
    (/^[^@/.][^@/]*\/[^/]+$/.test(spec) && !spec.includes('@'));
  if (git) return spec.includes('#');
  if (isUrl(spec)) return true;
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  if (at < 0) return false;
  const version = spec.slice(at + 1);
  if (version.startsWith('npm:')) return pinned(version.slice(4)); // alias@npm:pkg@1.0
  return !MOVING_TAGS.has(version.toLowerCase());
}

/** The package name without a dist-tag (`@scope/pkg@latest` → `@scope/pkg`). */
function bareName(spec: string): string {
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  return at < 0 ? spec : spec.slice(0, at);
}

export default defineRule({
  id: 'dockerfile/npm-pin-versions',
  aliases: ['DL3016'],
  severity: 'warning',
  summary: 'npm install of named packages without pinned versions',
  programs: ['npm'],
  check(model: DockerfileModel, _options, report) {
    for (const inv of runInvocations(model)) {
      if (inv.name !== 'npm') continue;
      const cli = parseCli(inv.args, { valued: NPM_VALUED });
      const sub = cli.operands[0];
      if (!sub || !INSTALL.has(sub.value)) continue;
      const cmd: PackageCommand = { inv, cli, sub, packages: cli.operands.slice(1) };
      // `npm install` without packages installs package.json's locked dependencies.
      const bad = unpinnedPackages(cmd, pinned);
      if (bad.length === 0) continue;
      const names = bad.flatMap((b) => b.names);
      report({
        range: spanRange(
          model,
          bad.map((b) => b.word),
        ),
        message:
          `npm install of ${listNames(names)} without a version: every build fetches the newest release, so ` +
          `rebuilds are not reproducible. Pin it: \`${bareName(names[0])}@<version>\`, ` +
          'or install from a package.json with a lock file (`npm ci`).',
      });
    }
  },
});
