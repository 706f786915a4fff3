import { defineRule } from '../define.js';
import type { DfInstruction, DockerfileModel, SimpleCommand } from '../../targets/dockerfile/model.js';
import { invocationOf, rangeOfWords } from '../../knowledge/invocations.js';
import { instructionsOf } from '../../knowledge/instructions.js';

const DOWNLOADERS = new Set(['curl', 'wget', 'fetch', 'http', 'https']);
const SHELLS = new Set([
  'sh',
  'bash',
  'ash',
  'dash',
  'zsh',
  'ksh',
  'mksh',
  'busybox',
  'python',
  'python3',
  'perl',
  'ruby',
  'node',
  'php',
]);
const DOWNLOAD_IN_WORD = /(?:\$\(|`|<\()\s*(?:sudo\s+)?(?:curl|wget)\b/;

function isShell(name: string): boolean {
  return SHELLS.has(name) || /^python\d(?:\.\d+)?$/.test(name);
}

/** The commands of a RUN that pipe a download into an interpreter, with the downloader. */
function pipedDownloads(inst: DfInstruction): { shell: SimpleCommand; source: string }[] {
  const out: { shell: SimpleCommand; source: string }[] = [];
  const cmds = inst.script?.commands ?? [];
  for (let i = 0; i < cmds.length; i++) {
    const inv = invocationOf(cmds[i]);
    if (!isShell(inv.name)) continue;
    // `curl … | sh`: an earlier command of the same pipeline downloads.
    if (cmds[i].prev === '|' || cmds[i].prev === '|&') {
      for (let j = i - 1; j >= 0 && cmds[j].pipeline === cmds[i].pipeline; j--) {
        const d = invocationOf(cmds[j]).name;
        if (DOWNLOADERS.has(d)) {
          out.push({ shell: cmds[i], source: d });
          break;
        }
      }
    }
    // `sh -c "$(curl …)"`, `bash <(wget -O- …)`.
    const w = inv.words.slice(1).find((x) => DOWNLOAD_IN_WORD.test(x.raw));
    if (w && !out.some((o) => o.shell === cmds[i]))
      out.push({ shell: cmds[i], source: /wget/.test(w.raw) ? 'wget' : 'curl' });
  }
  return out;
}

export default defineRule({
  id: 'dockerfile/pipe-to-shell',
  aliases: [],
  severity: 'warning',
  summary: 'RUN pipes a download straight into a shell or interpreter',
  securitySeverity: 6.5,
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'RUN')) {
      for (const { shell, source } of pipedDownloads(inst)) {
        const inv = invocationOf(shell);
        report({
          range: rangeOfWords(model, inv.words[0], inv.words[inv.words.length - 1]),
          message:
            `The output of ${source} is run by ${inv.name} as it arrives: whatever the server (or anyone between) ` +
            'returns at build time runs unchecked, and a cut-off download runs half a script. Download to a file, ' +
            'check it (sha256sum -c or a signature), then run it.',
        });
      }
    }
  },
});
