import { defineRule } from '../define.js';
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';
import { jsonArgsFor } from '../../knowledge/exec-form.js';
import { stageChain } from '../../knowledge/stages.js';

/** Whether a SHELL instruction runs before `inst` in its stage or in the stages it is built on. */
function shellDeclared(model: DockerfileModel, inst: DfInstruction): boolean {
  const stage = model.stages[inst.stage];
  if (!stage) return false;
  for (const s of stageChain(model, stage)) {
    for (const i of s.instructions) {
      if (i === inst || (s === stage && i.index > inst.index)) break;
      if (i.keyword === 'SHELL') return true;
    }
  }
  return false;
}

export default defineRule({
  id: 'dockerfile/json-args-recommended',
  aliases: ['JSONArgsRecommended'],
  severity: 'warning',
  summary: 'CMD or ENTRYPOINT in shell form while no SHELL is declared',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== 'CMD' && inst.keyword !== 'ENTRYPOINT') continue;
      if (inst.form === 'exec' || !inst.argsRange) continue;
      // Declaring a SHELL says the shell is wanted: the builder does not warn then.
      if (shellDeclared(model, inst)) continue;
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
