import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { referencedVars } from '../../targets/dockerfile/vars.js';
import { flagOf } from '../../knowledge/stages.js';

/** BuildKit's automatic platform ARGs: `--platform=$BUILDPLATFORM` is the cross-compilation idiom. */
const PLATFORM_ARGS = /^(BUILD|TARGET)(PLATFORM|OS|ARCH|VARIANT)$/;

export default defineRule({
  id: 'dockerfile/from-platform-flag',
  aliases: ['DL3029'],
  severity: 'warning',
  summary: 'FROM pins a platform with --platform',
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue; // no FROM line: no base image to check
      const flag = flagOf(stage.from, 'platform');
      if (!flag) continue;
      const value = flag.value ?? '';
      if (referencedVars(value, model.escapeChar).some((v) => PLATFORM_ARGS.test(v.name))) continue;
      report({
        range: flag.range,
        message:
          `FROM --platform=${value} fixes the platform, so the image is built for ${value || 'it'} whatever the ` +
          'builder is asked for, and multi-platform builds produce the wrong image. Drop the flag, or use ' +
          '`--platform=$BUILDPLATFORM` for a cross-compiling build stage.',
      });
    }
  },
});
