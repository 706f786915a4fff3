import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { inSubshell, invocationRange, runInvocations } from '../../knowledge/invocations.js';

export default defineRule({
  id: 'dockerfile/use-workdir',
  aliases: ['DL3003', 'DS013', 'AVD-DS-0013'],
  severity: 'warning',
  summary: 'RUN changes directory with cd instead of WORKDIR',
  check(model: DockerfileModel, _options, report) {
    for (const inv of runInvocations(model)) {
      if (inv.name !== 'cd' || inv.wrappers.length > 0) continue;
      // A cd inside `( … )` or `$( … )` only affects that group: the documented way to scope it.
      if (inSubshell(model, inv)) continue;
      const dir = inv.args[0]?.value;
      report({
        range: invocationRange(model, inv),
        message:
          `\`cd${dir ? ` ${dir}` : ''}\` in RUN hides the directory the following commands run in and lasts only ` +
          `for this RUN. Use WORKDIR${dir && dir.startsWith('/') ? ` ${dir}` : ''}, pass the directory to the tool ` +
          '(`make -C dir`, `git -C dir`), or scope it in a subshell: `(cd dir && make)`.',
      });
    }
  },
});
