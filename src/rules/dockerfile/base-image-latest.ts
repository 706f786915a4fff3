import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { externalBase, imageArgRange, literalTagRange, varOrigins } from '../stages.js';

export default defineRule({
  id: 'dockerfile/base-image-latest',
  aliases: ['DL3007', 'DS001', 'AVD-DS-0001', 'CKV_DOCKER_7'],
  severity: 'warning',
  summary: 'FROM uses the mutable "latest" tag',
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue; // no FROM line: no base image to check
      const base = externalBase(stage);
      // A digest pins the image whatever the tag says.
      if (!base || base.tag !== 'latest' || base.digest) continue;
      const fix = `Pin a version tag (${base.name}:<version>) or a digest (${base.name}@sha256:…).`;
      const why =
        'the image behind it changes without notice, so builds are not reproducible and a new major version can break them.';
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
});
