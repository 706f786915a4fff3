import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { exposeSpecs } from '../../knowledge/expose.js';

export default defineRule({
  id: 'dockerfile/expose-proto-casing',
  aliases: ['ExposeProtoCasing'],
  severity: 'info',
  summary: 'The protocol of an EXPOSE port is not lower-case',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== 'EXPOSE') continue;
      for (const s of exposeSpecs(model, inst, (t) => expandVars(t, inst.scope, model.escapeChar))) {
        if (s.proto === s.proto.toLowerCase()) continue;
        const fixed = s.spec.slice(0, s.spec.length - s.proto.length) + s.proto.toLowerCase();
        report({
          range: s.arg.range,
          message:
            `Defined protocol '${s.spec}' in EXPOSE instruction should be lowercase: tools that read the image ` +
            `config compare protocols as written. Write ${fixed}.`,
          fix:
            s.literal && s.arg.value === s.spec
              ? { description: `Write ${fixed}`, edits: [{ range: s.arg.range, text: fixed }] }
              : undefined,
        });
      }
    }
  },
});
