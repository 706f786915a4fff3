import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { externalBase, imageArgRange, varOrigins } from '../../knowledge/stages.js';
import { runImage } from '../../knowledge/run-image.js';

export default defineRule({
  id: 'dockerfile/base-image-untagged',
  aliases: ['DL3006', 'DS001', 'AVD-DS-0001', 'CKV_DOCKER_7'],
  severity: 'warning',
  summary: 'FROM names an image without a tag or digest',
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue; // no FROM line: no base image to check
      // Stage references and scratch have no tag; an unresolved `${VAR}` may well carry one.
      const base = externalBase(stage);
      if (!base || base.tag || base.digest) continue;
      const origin = base.raw.includes('$') ? varOrigins(model, stage.from, base.raw)[0] : undefined;
      const where = origin
        ? ` (from the default of ARG ${origin.name} at line ${origin.instruction.range.line})`
        : '';
      report({
        range: imageArgRange(stage),
        message:
          `FROM ${base.text}${where} has neither a tag nor a digest, so the build pulls whatever "latest" is that day: ` +
          `builds are not reproducible and can break without any change here. Pin a version tag ` +
          `(${base.name}:<version>) or a digest (${base.name}@sha256:…).`,
        context: stage.name ? { stage: stage.name } : undefined,
      });
    }
  },
  checkRuntime(spec, _options, report) {
    const run = runImage(spec);
    if (!run || run.ref.tag || run.ref.digest) return;
    report({
      range: run.range,
      message:
        `${run.subject}, which has neither a tag nor a digest, so it runs whatever "latest" is on the day the image ` +
        `is pulled. Pin a version tag (${run.ref.name}:<version>) or a digest (${run.ref.name}@sha256:…).`,
    });
  },
});
