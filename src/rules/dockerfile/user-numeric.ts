import { defineRule } from '../define.js';
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { finalStage, lastInChain } from '../../knowledge/stages.js';
import { instructionsOf } from '../../knowledge/instructions.js';

export default defineRule({
  id: 'dockerfile/user-numeric',
  aliases: ['DL3066'],
  severity: 'info',
  hadolintOptions: { everyUser: true },
  summary: 'The image’s final USER is a name, not a numeric UID',
  options: {
    everyUser: {
      type: 'boolean',
      description:
        'Report every USER of every stage whose user is not numeric (root included), as hadolint does, instead of only the USER the final image keeps.',
      default: false,
    },
  },
  check(model: DockerfileModel, options: { everyUser: boolean }, report) {
    const last = finalStage(model);
    if (!last) return;
    const users: DfInstruction[] = [];
    if (options.everyUser) {
      users.push(...instructionsOf(model, 'USER'));
    } else {
      const user = lastInChain(model, last, 'USER');
      if (user) users.push(user);
    }
    for (const user of users) {
      if (user.args.length === 0 || !user.argsRange) continue;
      const raw = user.args.map((a) => a.value).join(' ');
      const expanded = expandVars(raw, user.scope, model.escapeChar);
      if (expanded.unresolved.length > 0) continue; // set with --build-arg: its value is not known here
      const name = expanded.value.split(':')[0].trim();
      if (!name || /^\d+$/.test(name)) continue;
      // root is dockerfile/non-root-user's concern, except where hadolint's every-USER reading is asked for.
      if (name === 'root' && !options.everyUser) continue;
      report({
        range: user.argsRange,
        message:
          `\`USER ${raw}\` names the user, so the runtime (Kubernetes \`runAsNonRoot\`, a host mapping user ids) ` +
          `cannot tell from the image config that it is not root; write its numeric UID, e.g. \`USER 10001\` ` +
          `(\`USER <uid>:<gid>\`), keeping the account in /etc/passwd.`,
      });
    }
  },
});
