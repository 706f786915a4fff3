import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { parsePlatform } from '../../knowledge/platform.js';
import { scanVarRefs } from '../../knowledge/variables.js';
import { flagOf } from '../../knowledge/stages.js';

export default defineRule({
  id: 'dockerfile/from-platform-flag-const',
  aliases: ['FromPlatformFlagConstDisallowed'],
  severity: 'warning',
  summary: 'FROM --platform uses a constant value in a stage not named after that platform',
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue; // no FROM line: no base image to check
      const flag = flagOf(stage.from, 'platform');
      if (!flag || flag.value === null) continue;
      const value = flag.value.replace(/^(["'])(.*)\1$/, '$2');
      if (scanVarRefs(value, model.escapeChar).length > 0 || value.includes('$')) continue;
      const p = parsePlatform(value);
      if (!p) continue;
      // A stage named for the platform (build_amd64, linux-tools) is platform-specific on purpose.
      const name = stage.name ?? '';
      if (name.includes(p.os) || name.includes(p.arch)) continue;
      report({
        range: flag.range,
        message:
          `FROM --platform flag should not use constant value "${value}": the stage is always built for ${value}, ` +
          'so a multi-platform build gets the wrong image and other builders emulate it. Drop the flag, use a ' +
          'variable such as $BUILDPLATFORM, or name the stage after the platform (e.g. AS build_' +
          `${p.arch}) when it is platform-specific on purpose.`,
      });
    }
  },
});
