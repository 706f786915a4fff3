import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { exposeSpecs } from '../../knowledge/expose.js';
import { instructionsOf } from '../../knowledge/instructions.js';

export default defineRule({
  id: 'dockerfile/expose-ssh-port',
  aliases: ['DS004', 'AVD-DS-0004', 'CKV_DOCKER_1'],
  severity: 'warning',
  summary: 'EXPOSE opens port 22 (SSH)',
  securitySeverity: 5.0,
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'EXPOSE')) {
      for (const s of exposeSpecs(model, inst, (t) => expandVars(t, inst.scope, model.escapeChar))) {
        const m = /^(\d+)(?:-(\d+))?$/.exec(s.containerPort);
        if (!m) continue;
        const lo = Number(m[1]);
        const hi = m[2] === undefined ? lo : Number(m[2]);
        if (lo > 22 || hi < 22) continue;
        report({
          range: s.arg.range,
          message:
            `EXPOSE ${s.spec} opens the SSH port: an SSH server in a container is one more service to patch and ` +
            "attack, and it bypasses the runtime's access control. Remove it and use `docker exec` (or " +
            '`kubectl exec`) to get a shell.',
        });
      }
    }
  },
});
