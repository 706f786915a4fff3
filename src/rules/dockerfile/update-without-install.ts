import { defineRule } from '../define.js';
import type { Fix } from '../../engine/types.js';
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';
import { actionsOf, packageManagerOf } from '../../knowledge/package-managers/commands.js';
import { findCommands, rangeOfInvocation } from '../../knowledge/invocations.js';
import type { Invocation } from '../../knowledge/invocations.js';
import type { PackageFamily } from '../../knowledge/package-managers/commands.js';
import { mountsOf } from '../../knowledge/stages.js';
import { instructionsOf } from '../../knowledge/instructions.js';

/** Where each OS family keeps its index; a cache mount there keeps the index out of the layer. */
const INDEX_DIRS: Partial<Record<PackageFamily, RegExp>> = {
  deb: /^\/var\/(?:lib|cache)\/apt(?:\/|$)/,
  apk: /^\/(?:var\/cache\/apk|etc\/apk\/cache)(?:\/|$)/,
  rpm: /^\/var\/cache\/(?:dnf|yum|libdnf5)(?:\/|$)/,
  zypper: /^\/var\/cache\/zypp(?:\/|$)/,
  pacman: /^\/var\/(?:lib|cache)\/pacman(?:\/|$)/,
};

/** Programs that run commands the script does not show. */
const OPAQUE_PROGRAMS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'source', '.', 'make', 'eval']);

/** Commands that may install packages in ways the script does not show (helper scripts, installers). */
function opaque(inv: Invocation): boolean {
  const n = inv.name;
  if (/\.sh$/.test(n) || inv.words[0].value.startsWith('./')) return true;
  if (OPAQUE_PROGRAMS.has(n)) return true;
  // Installer helpers (`install_packages`, `add-pkg`, FreeBSD's `pkg`/`pkg_add`); not coreutils
  // `install`, which copies files, nor `dpkg-scanpackages` / `pkg-config`, which merely contain "pkg".
  const installer =
    (n !== 'install' && /install/i.test(n)) || /(?:^|[-_])pkgs?$|^pkg[-_]?(?:add|install)$/.test(n);
  return installer && !packageManagerOf(inv);
}

/** Whether `inv` updates a package index (actionsOf is empty for other commands). */
function updatesIndex(inv: Invocation): boolean {
  return actionsOf(inv).has('update-index');
}

function usesIndex(inv: Invocation, family: PackageFamily): boolean {
  if (packageManagerOf(inv)?.family !== family) return false;
  const actions = actionsOf(inv);
  return actions.has('install') || actions.has('upgrade') || actions.has('download');
}

/** `RUN apt-get update` followed by `RUN apt-get install …`: join them, when that is a plain text edit. */
function joinFix(model: DockerfileModel, inst: DfInstruction, family: PackageFamily): Fix | undefined {
  // The next instruction (a FROM, not a RUN, when this one ends its stage).
  const next = model.instructions[inst.index + 1];
  if (!next || next.keyword !== 'RUN') return undefined;
  for (const i of [inst, next]) {
    if (i.form !== 'shell' || i.heredocs.length > 0 || i.flags.length > 0 || !i.script || !i.argsRange)
      return undefined;
  }
  const all = inst.script!.commands.filter((c) => c.words.length > 0);
  if (!all.every((c) => actionsOf(c).has('update-index') && c.depth === 0)) return undefined;
  const firstNext = findCommands(next)[0];
  if (!firstNext || !usesIndex(firstNext, family)) return undefined;
  const text = inst.argsText.trimEnd();
  if (text.includes('#') || /(?:&&|\|\||[|;&\\`])$/.test(text)) return undefined;
  const end = inst.argsOffset + text.length;
  if (!/^\s*RUN\s+$/i.test(model.text.slice(end, next.argsOffset))) return undefined;
  return {
    description: 'Run the index update and the install in one RUN',
    edits: [
      {
        range: model.rangeOf(end, next.argsOffset),
        text: text.includes('\n') ? ` ${model.escapeChar}\n    && ` : ' && ',
      },
    ],
  };
}

export default defineRule({
  id: 'dockerfile/update-without-install',
  aliases: ['DS017', 'AVD-DS-0017', 'CKV_DOCKER_5'],
  severity: 'warning',
  summary: 'A RUN updates the package index but installs nothing',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'RUN')) {
      if (!inst.script) continue;
      const invs = findCommands(inst);
      // Most RUNs update no index: asked first, as it is cheaper than `opaque`'s name patterns.
      if (!invs.some(updatesIndex) || invs.some(opaque)) continue;
      const cacheTargets = mountsOf(inst)
        .filter((m) => m.type === 'cache' && m.target)
        .map((m) => m.target!);
      const reported = new Set<PackageFamily>();
      for (const inv of invs) {
        if (!updatesIndex(inv)) continue;
        const family = packageManagerOf(inv)!.family;
        if (reported.has(family) || invs.some((other) => usesIndex(other, family))) continue;
        const dir = INDEX_DIRS[family];
        if (dir && cacheTargets.some((t) => dir.test(t))) continue;
        reported.add(family);
        const fix = inst.onbuild === undefined ? joinFix(model, inst, family) : undefined;
        const stage = model.stages[inst.stage];
        const shown = inv.words.map((w) => w.value).join(' ');
        report({
          range: rangeOfInvocation(model, inv),
          message:
            `\`${shown}\` runs in a RUN that installs nothing: the index is cached with this layer and goes stale, so ` +
            `a later install in another RUN gets outdated versions or 404 errors when only that RUN is rebuilt. Update ` +
            `and install in the same RUN (${example(family)}).`,
          ...(fix ? { fix } : {}),
          context: stage?.name ? { stage: stage.name } : undefined,
        });
      }
    }
  },
});

function example(family: PackageFamily): string {
  switch (family) {
    case 'deb':
      return 'apt-get update && apt-get install -y …';
    case 'apk':
      return 'apk add --no-cache …, which needs no separate update';
    case 'rpm':
      return 'dnf install -y … refreshes the metadata itself';
    case 'zypper':
      return 'zypper refresh && zypper install -y …';
    case 'pacman':
      return 'pacman -Syu --noconfirm …';
    default:
      return 'update && install';
  }
}
