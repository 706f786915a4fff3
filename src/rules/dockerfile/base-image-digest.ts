import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { imageMatches } from '../../targets/image-ref.js';
import { externalBase, imageArgRange } from '../../knowledge/stages.js';
import { runImage } from '../../knowledge/run-image.js';
import type { ImageRef } from '../../targets/image-ref.js';

/** Whether a reference needs a digest under the rule's options (shared by FROM and run configuration). */
function needsDigest(base: ImageRef, ignore: readonly string[]): boolean {
  return !base.digest?.startsWith('sha256:') && !ignore.some((p) => imageMatches(base, p));
}

function ignoreList(options: Options): string[] {
  return Array.isArray(options.ignore) ? options.ignore.filter((p) => typeof p === 'string') : [];
}

interface Options {
  ignore: string[];
}

export default defineRule({
  id: 'dockerfile/base-image-digest',
  severity: 'warning',
  summary: 'FROM is not pinned by digest',
  options: {
    ignore: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Image patterns that need no digest (`*` matches any run of characters; no registry means Docker Hub).',
      default: [],
    },
  },
  check(model: DockerfileModel, options: Options, report) {
    const ignore = ignoreList(options);
    for (const stage of model.stages) {
      if (stage.implicit) continue; // no FROM line: no base image to check
      const base = externalBase(stage);
      if (!base || !needsDigest(base, ignore)) continue;
      const shown = base.tag ? `${base.name}:${base.tag}` : base.name;
      report({
        range: imageArgRange(stage),
        message:
          `FROM ${base.text} is not pinned by digest: a tag can be re-pushed, so the same Dockerfile can build on a ` +
          `different (or tampered) base. Append the digest, e.g. ${shown}@sha256:<digest> (\`docker buildx imagetools ` +
          `inspect ${shown}\` prints it), and let Renovate or Dependabot keep it current.`,
        context: stage.name ? { stage: stage.name } : undefined,
      });
    }
  },
  checkRuntime(spec, options: Options, report) {
    const run = runImage(spec);
    if (!run || !needsDigest(run.ref, ignoreList(options))) return;
    const shown = run.ref.tag ? `${run.ref.name}:${run.ref.tag}` : run.ref.name;
    report({
      range: run.range,
      message:
        `${run.subject}, which is not pinned by digest: a tag can be re-pushed, so the same configuration can run a ` +
        `different (or tampered) image. Append the digest, e.g. ${shown}@sha256:<digest>.`,
    });
  },
});
