import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { findCommands } from '../../knowledge/invocations.js';
import { rootBase } from '../../knowledge/stages.js';
import { insertAfterWord } from '../../knowledge/fixes.js';
import { resolveWord } from '../../knowledge/variables.js';
import { runInstructions } from '../../knowledge/instructions.js';

/** Options that make wget quiet enough or send its log elsewhere. */
const QUIET_LONG = ['--progress', '--quiet', '--no-verbose', '--output-file', '--append-output'];

/** wget's one-letter options that take a value: a cluster ends at them (`-qO-` is `-q -O -`). */
const VALUED = new Set(['O', 'P', 'e', 't', 'T', 'w', 'U', 'i', 'B', 'Q', 'l', 'A', 'R', 'D', 'I', 'X', 'Y']);

function quietToken(t: string): boolean {
  if (QUIET_LONG.some((o) => t === o || t.startsWith(`${o}=`))) return true;
  if (t === '-nv') return true;
  if (!/^-[A-Za-z]/.test(t) || t.startsWith('-n')) return false;
  // A short cluster: -q, or -o/-a FILE (the log goes to a file).
  for (const c of t.slice(1)) {
    if (c === 'q' || c === 'o' || c === 'a') return true;
    if (VALUED.has(c)) return false;
  }
  return false;
}

export default defineRule({
  id: 'dockerfile/wget-progress',
  aliases: ['DL3047'],
  severity: 'info',
  summary: 'wget without --progress bloats the build log',
  programs: ['wget'],
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, 'wget')) {
        let quiet = false;
        for (const w of inv.words.slice(1)) {
          if (w.value === '--') break;
          const { value, unresolved } = resolveWord(model, inst, w);
          if (unresolved.length > 0) {
            // `wget $WGET_OPTS url`: options held in a variable we cannot read.
            if (!w.quoted && unresolved.some((n) => /ARG|OPT|FLAG|PARAM/i.test(n))) quiet = true;
            continue;
          }
          const tokens = w.hasExpansion && !w.quoted ? value.split(/\s+/) : [value];
          if (tokens.some(quietToken)) quiet = true;
        }
        if (quiet) continue;
        // BusyBox wget (Alpine) has no --progress: offer the fix only on other bases.
        const stage = model.stages[inst.stage];
        const base = stage && !inst.onbuild ? rootBase(model, stage).name : 'unknown';
        const busybox = /alpine|busybox|unknown/i.test(base);
        report({
          range: model.rangeOf(inv.words[0].start, inv.words[0].end),
          message:
            '`wget` without `--progress` prints a progress line for every few kilobytes, which floods the build ' +
            'log on large downloads; write `wget --progress=dot:giga …`, or `-nv`/`-q` (BusyBox wget: `-q`).',
          fix: busybox
            ? undefined
            : insertAfterWord(model, inv.words[0], ' --progress=dot:giga', 'Add --progress=dot:giga to wget'),
        });
      }
    }
  },
});
