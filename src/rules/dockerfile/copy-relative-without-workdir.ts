import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { ancestorsHave } from '../../knowledge/stages.js';
import { copyArgs } from '../../knowledge/copy-args.js';

export default defineRule({
  id: 'dockerfile/copy-relative-without-workdir',
  aliases: ['DL3045'],
  severity: 'warning',
  summary: 'COPY to a relative destination before any WORKDIR',
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      if (!stage.from.posixShell) continue; // a Windows stage: paths are C:\…
      if (stage.implicit) continue; // a fragment without FROM: the WORKDIR may come before it
      const inherited = ancestorsHave(model, stage, 'WORKDIR');
      let workdirSet = inherited;
      for (const inst of stage.instructions) {
        if (inst.keyword === 'WORKDIR') workdirSet = true;
        if (inst.keyword !== 'COPY') continue;
        const dest = copyArgs(model, inst).dest;
        if (!dest) continue;
        const value = expandVars(dest.value, inst.scope, model.escapeChar);
        if (value.unresolved.length > 0) continue; // e.g. COPY x $APP_HOME: where it points is not known
        const d = value.value.replace(/^(["'])(.*)\1$/, '$2');
        if (d.startsWith('/') || /^[A-Za-z]:[\\/]/.test(d) || d.startsWith('\\')) continue;
        if (workdirSet) continue;
        report({
          range: dest.range,
          message:
            `COPY to the relative path "${dest.value}" with no WORKDIR set in this stage lands wherever the base ` +
            "image's WORKDIR points (often /), which can change with the base image; set `WORKDIR` first or copy " +
            'to an absolute path.',
        });
      }
    }
  },
});
