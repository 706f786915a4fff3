import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import type { ImageRef } from '../../targets/image-ref.js';
import { externalBase, imageArgRange, literalTagRange, varOrigins } from '../../knowledge/stages.js';
import { runImage } from '../../knowledge/run-image.js';

/** What is wrong with an image reference and what to write, or undefined (shared by FROM and run configuration). */
function latestProblem(base: ImageRef): { why: string; fix: string } | undefined {
  // A digest pins the image whatever the tag says.
  if (base.tag !== 'latest' || base.digest) return undefined;
  return {
    fix: `Pin a version tag (${base.name}:<version>) or a digest (${base.name}@sha256:…).`,
    why: 'the image behind it changes without notice, so builds are not reproducible and a new major version can break them.',
  };
}

export default defineRule({
  id: 'dockerfile/base-image-latest',
  aliases: ['DL3007', 'DS001', 'AVD-DS-0001', 'CKV_DOCKER_7'],
  severity: 'warning',
  summary: 'FROM uses the mutable "latest" tag',
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue; // no FROM line: no base image to check
      const base = externalBase(stage);
      const problem = base && latestProblem(base);
      if (!base || !problem) continue;
      const { why, fix } = problem;
      const context = stage.name ? { stage: stage.name } : undefined;
      const tagRange = literalTagRange(stage);
      if (tagRange) {
        report({
          range: tagRange,
          message: `FROM ${base.text} uses the mutable "latest" tag: ${why} ${fix}`,
          context,
        });
        continue;
      }
      // The tag came from an ARG default: point at the default, where the fix goes.
      const origin = varOrigins(model, stage.from, base.raw)
        .reverse()
        .find((o) => o.value !== undefined && /(?:^|:)latest$/.test(o.value.split('@')[0]));
      if (origin) {
        report({
          range: origin.property.valueRange ?? origin.property.range,
          message:
            `ARG ${origin.name} defaults to "${origin.value}", so FROM at line ${stage.from.range.line} uses the mutable ` +
            `"latest" tag: ${why} ${fix}`,
          context,
        });
      } else {
        report({
          range: imageArgRange(stage),
          message: `FROM ${base.text} uses the mutable "latest" tag: ${why} ${fix}`,
          context,
        });
      }
    }
  },
  checkRuntime(spec, _options, report) {
    const run = runImage(spec);
    const problem = run && latestProblem(run.ref);
    if (!run || !problem) return;
    report({
      range: run.range,
      message: `${run.subject}, which uses the mutable "latest" tag: ${problem.why.replace('builds are', 'runs are')} ${problem.fix}`,
    });
  },
});
