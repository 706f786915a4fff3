import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { jsonArgsFor } from '../../knowledge/exec-form.js';
import { earlierInImage } from '../../knowledge/stages.js';

export default defineRule({
  id: 'dockerfile/json-args-recommended',
  aliases: ['JSONArgsRecommended'],
  severity: 'warning',
  summary: 'CMD or ENTRYPOINT in shell form while no SHELL is declared',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    // Whether a SHELL instruction runs before a CMD in its stage or in the stages it is built on.
    const shellDeclared = earlierInImage(model, (i) => i.keyword === 'SHELL');
    for (const inst of model.instructions) {
      if (inst.keyword !== 'CMD' && inst.keyword !== 'ENTRYPOINT') continue;
      if (inst.form === 'exec' || !inst.argsRange) continue;
      // Declaring a SHELL says the shell is wanted: the builder does not warn then.
      if (shellDeclared(inst)) continue;
      const json = inst.posixShell ? jsonArgsFor(inst) : undefined;
      report({
        range: inst.argsRange,
        message:
          `JSON arguments recommended for ${inst.keyword} to prevent unintended behavior related to OS signals: in ` +
          'shell form the program runs under `/bin/sh -c`, which does not pass SIGTERM on, so `docker stop` waits ' +
          `and then kills it. Write ${inst.keyword} ${json ?? '["executable", "arg"]'}, or declare the shell you ` +
          'want with SHELL.',
        fix: json
          ? { description: 'Use the JSON (exec) form', edits: [{ range: inst.argsRange, text: json }] }
          : undefined,
      });
    }
  },
});
