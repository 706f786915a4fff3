import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { imageMatches } from '../../targets/image-ref.js';
import { externalBase, imageArgRange } from '../../knowledge/stages.js';
import { runImage } from '../../knowledge/run-image.js';

function entriesOf(options: Options): DeniedImage[] {
  return (Array.isArray(options.images) ? options.images : [])
    .map((e) => (typeof e === 'string' ? { pattern: e } : e))
    .filter((e): e is DeniedImage => !!e && typeof e.pattern === 'string' && e.pattern.trim() !== '');
}

function reasonOf(hit: DeniedImage): string {
  return hit.reason?.trim() ? `: "${hit.reason.trim()}"` : '';
}

interface DeniedImage {
  pattern: string;
  reason?: string;
}

interface Options {
  images: (DeniedImage | string)[];
}

export default defineRule({
  id: 'dockerfile/denied-base-images',
  severity: 'error',
  summary: 'FROM uses a base image the policy denies',
  securitySeverity: 6.0,
  options: {
    images: {
      type: 'array',
      items: {
        anyOf: [
          { type: 'string' },
          {
            type: 'object',
            properties: { pattern: { type: 'string' }, reason: { type: 'string' } },
            required: ['pattern'],
            additionalProperties: false,
          },
        ],
      },
      description:
        'Denied images: `pattern` (`centos`, `node:14*`, `python:2*`, `debian:stretch*`: `*` matches any text; no registry ' +
        'means Docker Hub; a tag in the pattern must match too) and the `reason` quoted in the message.',
      default: [],
    },
  },
  check(model: DockerfileModel, options: Options, report) {
    const entries = entriesOf(options);
    if (entries.length === 0) return;
    for (const stage of model.stages) {
      if (stage.implicit) continue; // no FROM line: no base image to check
      // With an unresolved variable only the parts written literally are known: skip rather than guess.
      const base = externalBase(stage);
      if (!base) continue;
      const hit = entries.find((e) => imageMatches(base, e.pattern));
      if (!hit) continue;
      const reason = reasonOf(hit);
      report({
        range: imageArgRange(stage),
        message:
          `FROM ${base.text} is denied by the policy (pattern ${hit.pattern})${reason}. Base the image on an ` +
          `allowed, supported image instead.`,
        context: stage.name ? { stage: stage.name } : undefined,
      });
    }
  },
  checkRuntime(spec, options: Options, report) {
    const run = runImage(spec);
    const hit = run && entriesOf(options).find((e) => imageMatches(run.ref, e.pattern));
    if (!run || !hit) return;
    report({
      range: run.range,
      message: `${run.subject}, which is denied by the policy (pattern ${hit.pattern})${reasonOf(hit)}. Run an allowed, supported image instead.`,
    });
  },
});
