import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { actionsOf, installedPackages } from '../../knowledge/package-managers/commands.js';
import { findCommands, optionValue } from '../../knowledge/invocations.js';
import { resolveWord } from '../../knowledge/variables.js';
import { runInstructions } from '../../knowledge/instructions.js';

/** `name=1.2`, `name>=1.2`, `name<2`, and `.rpm` files, paths and URLs. */
function pinned(spec: string): boolean {
  return /[=<>]/.test(spec.slice(1)) || /\.rpm$/i.test(spec) || spec.includes('/');
}

export default defineRule({
  id: 'dockerfile/zypper-version-pin',
  aliases: ['DL3037'],
  severity: 'warning',
  summary: 'zypper install without package versions',
  programs: ['zypper'],
  check(model: DockerfileModel, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, 'zypper')) {
        if (!actionsOf(inv).has('install')) continue;
        const type = optionValue(inv, '-t', '--type')?.value;
        if (type && type !== 'package') continue; // patterns, patches and products have no version to pin
        for (const w of installedPackages(inv)) {
          const { value, unresolved } = resolveWord(model, inst, w);
          if (unresolved.length > 0) continue;
          const bad = value.split(/\s+/).filter((s) => s.length > 0 && !pinned(s));
          if (bad.length === 0) continue;
          report({
            range: model.rangeOf(w.start, w.end),
            message:
              `\`zypper install ${bad[0]}\` installs whatever version the repository has at build time, so ` +
              `rebuilds differ; pin it: \`${bad[0]}=<version>\` (or \`>=\`; a version from an ARG counts).`,
          });
        }
      }
    }
  },
});
