import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { exposeSpecs } from '../../knowledge/expose.js';

export default defineRule({
  id: 'dockerfile/expose-invalid-format',
  aliases: ['ExposeInvalidFormat'],
  severity: 'warning',
  summary: 'EXPOSE names an IP address or a host-port mapping',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== 'EXPOSE') continue;
      for (const s of exposeSpecs(model, inst, (t) => expandVars(t, inst.scope, model.escapeChar))) {
        if (s.ip === '' && s.hostPort === '') continue;
        const fixed = s.containerPort + (s.proto ? `/${s.proto}` : '');
        report({
          range: s.arg.range,
          message:
            `EXPOSE instruction should not define an IP address or host-port mapping, found '${s.spec}': EXPOSE only ` +
            'documents the port the container listens on, and which host port or address publishes it is decided ' +
            `at run time (docker run -p). This will become an error in a future release; write EXPOSE ${fixed}.`,
          fix:
            s.literal && s.arg.value === s.spec && fixed
              ? { description: `Write ${fixed}`, edits: [{ range: s.arg.range, text: fixed }] }
              : undefined,
        });
      }
    }
  },
});
