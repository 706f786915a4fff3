import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { findCommands, hasOption, optionValue } from '../../knowledge/invocations.js';
import { insertAfterWord } from '../../knowledge/fixes.js';
import { resolveWord } from '../../knowledge/variables.js';
import { runInstructions } from '../../knowledge/instructions.js';

/** Bytes a lastlog record takes; the file's logical size is about UID × this. */
const LASTLOG_RECORD = 292;

export default defineRule({
  id: 'dockerfile/useradd-no-log-init',
  aliases: ['DL3046'],
  severity: 'warning',
  summary: 'useradd with a high or variable UID without -l',
  programs: ['useradd'],
  fixable: true,
  options: {
    maxDigits: {
      type: 'integer',
      description: 'UIDs with more digits than this are reported (hadolint: 5, i.e. UIDs from 100000).',
      default: 5,
      minimum: 1,
    },
  },
  check(model: DockerfileModel, options: { maxDigits: number }, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, 'useradd')) {
        if (hasOption(inv, '-l', '--no-log-init')) continue;
        const uid = optionValue(inv, '-u', '--uid');
        if (!uid) continue;
        let why: string;
        if (uid.word.hasExpansion) {
          const { value, unresolved } = resolveWord(model, inst, uid.word);
          const fromArg = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(uid.value);
          const binding = fromArg ? inst.scope.get(fromArg[1]) : undefined;
          if (unresolved.length === 0 && binding) {
            // An ENV, or an ARG with a default (`ARG UID=1000`): the value the build uses unless a
            // --build-arg overrides it, which a reviewer cannot know; judge the default as hadolint
            // judges a literal.
            if (!/^\d+$/.test(value) || value.length <= options.maxDigits) continue;
            why = `UID ${value}`;
          } else {
            // An ARG without default is set with --build-arg (often to the host user's UID, which can be very large).
            why = `a UID from a variable (${uid.value})`;
          }
        } else {
          const v = uid.value.replace(/^-u/, '');
          if (!/^\d+$/.test(v) || v.length <= options.maxDigits) continue;
          const mb = Math.round((Number(v) * LASTLOG_RECORD) / 1e6);
          why = `UID ${v} (a lastlog of about ${mb.toLocaleString('en-US')} MB)`;
        }
        report({
          range: model.rangeOf(inv.words[0].start, uid.word.end),
          message:
            `\`useradd\` with ${why} and without \`-l\` writes sparse /var/log/lastlog and faillog files whose ` +
            'size grows with the UID, and image layers store them in full; add `-l` (`--no-log-init`).',
          fix: insertAfterWord(model, inv.words[0], ' -l', 'Add -l to useradd'),
        });
      }
    }
  },
});
