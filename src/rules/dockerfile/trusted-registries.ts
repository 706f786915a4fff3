import { defineRule } from '../define.js';
import type { Range } from '../../engine/types.js';
import type { DfInstruction, DockerfileModel, ImageRef } from '../../targets/dockerfile/model.js';
import { DOCKER_HUB, globMatch } from '../../targets/image-ref.js';
import {
  externalBase,
  flagOf,
  imageArgRange,
  isTransportRef,
  mountsOf,
  resolveSource,
} from '../../knowledge/stages.js';
import { runImage } from '../../knowledge/run-image.js';
import { instructionsOf } from '../../knowledge/instructions.js';

function patternsOf(options: Options): string[] {
  return Array.isArray(options.registries) ? options.registries.filter((p) => typeof p === 'string') : [];
}

/** Why an image is not trusted, after its subject (shared by FROM, COPY --from and run configuration). */
function untrustedReason(image: ImageRef, patterns: readonly string[]): string {
  return (
    `comes from ${describe(image)}, which is not a trusted registry (${patterns.join(', ')}): images from ` +
    `elsewhere have not been vetted or mirrored by your organisation. Use an image from a trusted registry, or ` +
    `add the registry to the rule's \`registries\` option.`
  );
}

interface Options {
  registries: string[];
}

const HUB_ALIASES = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'hub.docker.com',
  'registry.hub.docker.com',
]);

function normalisePattern(pattern: string): string {
  const p = pattern
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '');
  const slash = p.indexOf('/');
  const host = slash < 0 ? p : p.slice(0, slash);
  return HUB_ALIASES.has(host) ? DOCKER_HUB + (slash < 0 ? '' : p.slice(slash)) : p;
}

/**
 * Whether an image comes from a trusted registry. A pattern is a registry host (`ghcr.io`), `*`,
 * `*.suffix` (`*.dkr.ecr.eu-west-1.amazonaws.com`), `prefix*`, or a host with a path
 * (`ghcr.io/acme/*`, `docker.io/library/*`). Docker Hub is `docker.io`.
 */
function trusted(image: Pick<ImageRef, 'registry' | 'repository'>, patterns: readonly string[]): boolean {
  const registry = image.registry.toLowerCase();
  const repo = image.repository.toLowerCase();
  const full = [`${registry}/${repo}`];
  if (registry === DOCKER_HUB && !repo.includes('/')) full.push(`${registry}/library/${repo}`);
  return patterns.some((raw) => {
    const p = normalisePattern(raw);
    if (!p) return false;
    if (p === '*') return true;
    if (!p.includes('/')) return globMatch(p, registry);
    // A path without a wildcard names that repository and everything under it.
    return full.some((f) => globMatch(p, f) || globMatch(`${p}/*`, f));
  });
}

function describe(image: ImageRef): string {
  return image.registry === DOCKER_HUB ? 'Docker Hub (docker.io)' : image.registry;
}

export default defineRule({
  id: 'dockerfile/trusted-registries',
  aliases: ['DL3026'],
  severity: 'error',
  summary: 'An image comes from a registry that is not trusted',
  securitySeverity: 6.5,
  options: {
    registries: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Trusted registries: a host (`ghcr.io`), `*`, `*.suffix`, `prefix*`, or host/path (`ghcr.io/acme/*`). ' +
        'Unqualified image names are Docker Hub (`docker.io`). The rule is silent while the list is empty.',
      default: [],
    },
  },
  check(model: DockerfileModel, options: Options, report) {
    const patterns = patternsOf(options);
    if (patterns.length === 0) return;
    const check = (image: ImageRef, range: Range, what: string, inst: DfInstruction) => {
      if (image.scratch || !image.text.trim() || isTransportRef(image.text) || trusted(image, patterns))
        return;
      const stage = model.stages[inst.stage];
      report({
        range,
        message: `${what}${image.text} ${untrustedReason(image, patterns)}`,
        context: stage?.name ? { stage: stage.name } : undefined,
      });
    };
    for (const stage of model.stages) {
      if (stage.implicit) continue; // no FROM line: no base image to check
      const base = externalBase(stage);
      if (base) check(base, imageArgRange(stage), 'FROM ', stage.from);
    }
    for (const inst of instructionsOf(model, 'COPY', 'ADD', 'RUN')) {
      if (inst.keyword === 'COPY' || inst.keyword === 'ADD') {
        const from = flagOf(inst, 'from');
        if (from?.value) {
          const src = resolveSource(model, inst, from.value);
          if (src.kind === 'image')
            check(src.image, from.valueRange ?? from.range, `${inst.keyword} --from=`, inst);
        }
      } else {
        for (const mount of mountsOf(inst)) {
          const opt = mount.byKey.get('from');
          if (!opt?.value) continue;
          const src = resolveSource(model, inst, opt.value);
          if (src.kind === 'image') check(src.image, opt.valueRange, 'RUN --mount=from=', inst);
        }
      }
    }
  },
  checkRuntime(spec, options: Options, report) {
    const patterns = patternsOf(options);
    const run = runImage(spec);
    if (patterns.length === 0 || !run || trusted(run.ref, patterns)) return;
    report({ range: run.range, message: `${run.subject}, which ${untrustedReason(run.ref, patterns)}` });
  },
});
