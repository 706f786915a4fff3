/**
 * Version pinning of the packages a command installs: which package words carry no version, judged on
 * what their variables expand to.
 */
import type { ShellWord } from '../../targets/dockerfile/model.js';
import { expandWord } from '../variables.js';
import type { PackageCommand } from './commands.js';

/**
 * Package words that are not pinned. `pinned` tells whether a literal package spec carries a version;
 * a word with variables is judged on what it expands to, and is given the benefit of the doubt when a
 * variable's value is unknown (a version passed with `--build-arg`).
 */
export function unpinnedPackages(
  cmd: PackageCommand,
  pinned: (spec: string) => boolean,
  words: ShellWord[] = cmd.packages,
): { word: ShellWord; names: string[] }[] {
  const out: { word: ShellWord; names: string[] }[] = [];
  for (const w of words) {
    if (pinned(w.value)) continue;
    const values = w.hasExpansion ? expandWord(cmd.inv, w) : [w.value];
    if (values === undefined) continue;
    const bad = values.filter((v) => !pinned(v));
    if (bad.length > 0) out.push({ word: w, names: bad });
  }
  return out;
}
