import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { imageMatches } from '../../targets/image-ref.js';
import { externalBase, imageArgRange } from '../stages.js';

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
    const ignore = Array.isArray(options.ignore) ? options.ignore.filter((p) => typeof p === 'string') : [];
    for (const stage of model.stages) {
      if (stage.implicit) continue; // no FROM line: no base image to check
      const base = externalBase(stage);
      if (!base || base.digest?.startsWith('sha256:')) continue;
      if (ignore.some((p) => imageMatches(base, p))) continue;
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
});
