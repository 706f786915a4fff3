import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { findCommands, rangeOfWords } from '../../knowledge/invocations.js';
import { instructionsOf } from '../../knowledge/instructions.js';

export default defineRule({
  id: 'dockerfile/chpasswd',
  aliases: ['CKV2_DOCKER_17'],
  severity: 'warning',
  summary: 'RUN sets a password with chpasswd',
  programs: ['chpasswd'],
  securitySeverity: 7.0,
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'RUN')) {
      for (const inv of findCommands(inst, 'chpasswd')) {
        report({
          range: rangeOfWords(model, inv.words[0]),
          message:
            'chpasswd sets a password inside the image: the password (or its hash) stays in a layer and in the ' +
            'build history for anyone who pulls the image, and every container shares it. Do not give image ' +
            'users passwords; run as a non-root USER, and pass credentials at run time (secrets, env) if a service needs them.',
        });
      }
    }
  },
});
