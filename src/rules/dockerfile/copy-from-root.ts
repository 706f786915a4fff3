import { defineRule } from '../define.js';
import type { DfStage, DockerfileModel } from '../../targets/dockerfile/model.js';
import { globMatch, imageMatches } from '../../targets/image-ref.js';
import { flagOf, resolveSource, rootBase } from '../../knowledge/stages.js';
import { copyArgs } from '../../knowledge/copy-args.js';

const ROOT = new Set(['/', '/.', '/*', '/./']);

/**
 * True when a stage's chain starts FROM scratch. A base still holding a variable (`FROM binaries-$TARGETOS`)
 * counts when every earlier stage its name pattern can match is itself scratch-based.
 */
function scratchRooted(model: DockerfileModel, stage: DfStage, seen: Set<number>): boolean {
  if (seen.has(stage.index)) return false;
  seen.add(stage.index);
  const base = rootBase(model, stage);
  if (base.scratch) return true;
  if (base.unresolved.length === 0 || stage.parent !== undefined) return false;
  const pattern = base.raw.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, '*').toLowerCase();
  const candidates = model.stages.filter(
    (s) => s.index < stage.index && s.name && globMatch(pattern, s.name),
  );
  return candidates.length > 0 && candidates.every((s) => scratchRooted(model, s, new Set(seen)));
}

export default defineRule({
  id: 'dockerfile/copy-from-root',
  aliases: ['DL3067'],
  severity: 'warning',
  hadolintOptions: { allow: [], rootTargetOnly: true },
  summary: 'COPY --from copies the whole filesystem of another stage or image',
  options: {
    allow: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Images (patterns as in trusted-registries, e.g. `tonistiigi/xx`) made to be copied whole into another image, such as the binary-only images Docker publishes.',
      default: [
        'tonistiigi/xx',
        'moby/moby-bin',
        'dockereng/cli-bin',
        'docker/buildx-bin',
        'docker/compose-bin',
      ],
    },
    rootTargetOnly: {
      type: 'boolean',
      description:
        'Report only copies of a whole filesystem onto `/` (`COPY --from=x / /`), as hadolint does; by default a copy into any folder is reported.',
      default: false,
    },
  },
  check(model: DockerfileModel, options: { allow: string[]; rootTargetOnly: boolean }, report) {
    const isRoot = (value: string) => ROOT.has(value.replace(/^(["'])(.*)\1$/, '$2'));
    for (const inst of model.instructions) {
      if (inst.keyword !== 'COPY') continue;
      const from = flagOf(inst, 'from');
      if (!from?.value) continue;
      const { sources, dest } = copyArgs(model, inst);
      const root = sources.find((s) => isRoot(s.value));
      if (!root) continue;
      if (options.rootTargetOnly && !(dest && isRoot(dest.value))) continue;
      const src = resolveSource(model, inst, from.value);
      // A stage built FROM scratch holds only what was put into it on purpose: copying it whole is the point.
      if (src.kind === 'stage' && scratchRooted(model, src.stage, new Set())) continue;
      const image =
        src.kind === 'image' ? src.image : src.kind === 'stage' ? rootBase(model, src.stage) : undefined;
      if (image && options.allow.some((p) => imageMatches(image, p))) continue;
      report({
        range: root.range,
        message:
          `\`COPY --from=${from.value} /\` copies that ${src.kind === 'stage' ? 'stage' : 'image'}'s entire filesystem ` +
          '(compilers, package caches, any secrets used while building) into this image; copy only the paths ' +
          'you need, e.g. `COPY --from=build /app/bin/ /usr/local/bin/`.',
      });
    }
  },
});
