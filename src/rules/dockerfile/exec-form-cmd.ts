import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { instructionsOf } from '../../knowledge/instructions.js';
import { jsonArgsFor } from '../../knowledge/exec-form.js';

export default defineRule({
  id: 'dockerfile/exec-form-cmd',
  aliases: ['DL3025'],
  severity: 'warning',
  summary: 'CMD or ENTRYPOINT in shell form instead of JSON (exec) form',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'CMD', 'ENTRYPOINT')) {
      if (inst.form === 'exec' || !inst.argsRange) continue;
      const json = inst.posixShell ? jsonArgsFor(inst) : undefined;
      const why =
        inst.keyword === 'ENTRYPOINT'
          ? 'runs under `/bin/sh -c`, so the program is not PID 1, does not receive SIGTERM on `docker stop`, and ' +
            'ignores CMD and `docker run` arguments'
          : 'runs under `/bin/sh -c`, so the program is not PID 1 and does not receive SIGTERM on `docker stop`';
      report({
        range: inst.argsRange,
        message: `${inst.keyword} in shell form ${why}. Write it as a JSON array: ${inst.keyword} ${json ?? '["executable", "arg"]'}.`,
        fix: json
          ? { description: 'Use the JSON (exec) form', edits: [{ range: inst.argsRange, text: json }] }
          : undefined,
      });
    }
  },
});
