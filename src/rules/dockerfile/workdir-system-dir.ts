import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { instructionsOf } from '../../knowledge/instructions.js';

const SYSTEM_DIRS = ['/proc', '/sys', '/dev', '/boot', '/initrd', '/lost+found'];

export default defineRule({
  id: 'dockerfile/workdir-system-dir',
  aliases: ['DS030', 'AVD-DS-0030'],
  severity: 'error',
  summary: 'WORKDIR points into a system directory (/proc, /sys, /dev, /boot…)',
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'WORKDIR')) {
      if (!inst.argsRange) continue;
      const raw = inst.argsText.trim();
      const value = expandVars(raw, inst.scope, model.escapeChar)
        .value.trim()
        .replace(/^(["'])(.*)\1$/, '$2');
      const dir = SYSTEM_DIRS.find((d) => value === d || value.startsWith(d + '/'));
      if (!dir) continue;
      report({
        range: inst.argsRange,
        message:
          `WORKDIR path '${raw}' should not mount system directories: ${dir} is provided by the kernel or the ` +
          'runtime at run time, so files written there are lost or hidden, and commands run from it can touch ' +
          'the host. Use an application directory such as /app.',
      });
    }
  },
});
