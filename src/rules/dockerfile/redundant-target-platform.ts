import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { flagOf } from '../../knowledge/stages.js';

export default defineRule({
  id: 'dockerfile/redundant-target-platform',
  aliases: ['DL3065', 'RedundantTargetPlatform'],
  severity: 'warning',
  summary: 'FROM --platform=$TARGETPLATFORM is the default',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue; // no FROM line: no base image to check
      const flag = flagOf(stage.from, 'platform');
      if (!flag || !/^\$(?:TARGETPLATFORM|\{TARGETPLATFORM\})$/.test((flag.value ?? '').trim())) continue;
      // Remove the flag and the blank that follows it.
      const line = model.lines[flag.range.line - 1] ?? '';
      let endColumn = flag.range.endColumn;
      while (flag.range.endLine === flag.range.line && line[endColumn - 1] === ' ') endColumn++;
      report({
        range: flag.range,
        message:
          '`--platform=$TARGETPLATFORM` is what FROM does without the flag, so it only adds noise; remove it ' +
          '(keep `--platform` for other values, e.g. `$BUILDPLATFORM` for cross-compiling stages).',
        fix: {
          description: 'Remove --platform=$TARGETPLATFORM',
          edits: [{ range: { ...flag.range, endLine: flag.range.line, endColumn }, text: '' }],
        },
      });
    }
  },
});
