import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { finalStage, lastInChain } from '../stages.js';

export default defineRule({
  id: 'dockerfile/user-numeric',
  aliases: ['DL3066'],
  severity: 'info',
  summary: 'The image’s final USER is a name, not a numeric UID',
  check(model: DockerfileModel, _options, report) {
    const last = finalStage(model);
    if (!last) return;
    const user = lastInChain(model, last, 'USER');
    if (!user || user.args.length === 0 || !user.argsRange) return;
    const raw = user.args.map((a) => a.value).join(' ');
    const expanded = expandVars(raw, user.scope, model.escapeChar);
    if (expanded.unresolved.length > 0) return; // set with --build-arg: its value is not known here
    const name = expanded.value.split(':')[0].trim();
    if (!name || /^\d+$/.test(name) || name === 'root') return; // root: dockerfile/non-root-user's concern
    report({
      range: user.argsRange,
      message:
        `\`USER ${raw}\` names the user, so the runtime (Kubernetes \`runAsNonRoot\`, a host mapping user ids) ` +
        `cannot tell from the image config that it is not root; write its numeric UID, e.g. \`USER 10001\` ` +
        `(\`USER <uid>:<gid>\`), keeping the account in /etc/passwd.`,
    });
  },
});
