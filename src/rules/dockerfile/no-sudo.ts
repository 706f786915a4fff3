import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { basename } from '../../targets/dockerfile/parse.js';
import { runInvocations } from '../../knowledge/invocations.js';

export default defineRule({
  id: 'dockerfile/no-sudo',
  aliases: ['DL3004', 'DS010', 'AVD-DS-0010', 'CKV2_DOCKER_1'],
  severity: 'error',
  summary: 'RUN uses sudo',
  check(model: DockerfileModel, _options, report) {
    for (const inv of runInvocations(model)) {
      if (inv.name !== 'sudo' && !inv.wrappers.includes('sudo')) continue;
      const word = inv.cmd.words.find((w) => basename(w.value) === 'sudo') ?? inv.nameWord;
      report({
        range: model.rangeOf(word.start, word.end),
        message:
          'Do not use `sudo` in RUN: it needs a TTY or a sudoers entry, behaves differently across images, and ' +
          'keeps a privilege-escalation tool in the image. Switch with `USER root` around the step, or use ' +
          '`gosu`/`su-exec` in the entrypoint to drop privileges.',
      });
    }
  },
});
