import { defineRule } from '../define.js';
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';
import { aptCommands } from '../../knowledge/package-managers/apt.js';
import { imageStages } from '../../knowledge/stages.js';
import { editable } from '../../knowledge/fixes.js';
import { invocationRange, invocations } from '../../knowledge/invocations.js';
import { mountsOver } from '../../knowledge/cache-cleanup.js';
import { withTriggers } from '../../knowledge/instructions.js';
import type { RunInvocation as Invocation } from '../../knowledge/invocations.js';

const LISTS = '/var/lib/apt/lists';

/**
 * Whether an `rm` operand removes the lists: `/var/lib/apt/lists/*`, the directory itself, a parent
 * (`/var/lib/apt`), or a glob whose literal part is a prefix of it (`/var/lib/apt/lists*` removes the
 * directory, as hadolint accepts).
 */
function removesLists(value: string): boolean {
  if (value === LISTS || value.startsWith(`${LISTS}/`)) return true;
  const glob = value.search(/[*?[]/);
  const literal = (glob >= 0 ? value.slice(0, glob) : value).replace(/\/+$/, '');
  if (literal.length < '/var'.length) return false;
  if (LISTS.startsWith(`${literal}/`)) return true;
  return glob >= 0 && LISTS.startsWith(value.slice(0, glob));
}

/** `rm … /var/lib/apt/lists/*` (or the directory itself), or apt's own `distclean`. */
function cleansLists(invs: Invocation[]): boolean {
  for (const inv of invs) {
    if (inv.name === 'rm' && inv.args.some((a) => removesLists(a.value))) return true;
    if (
      inv.name === 'find' &&
      inv.args.some((a) => a.value.startsWith(LISTS)) &&
      inv.args.some((a) => a.value === '-delete')
    )
      return true;
    if (
      (inv.name === 'apt-get' || inv.name === 'apt') &&
      inv.args.some((a) => a.value === 'distclean' || a.value === 'dist-clean')
    )
      return true;
  }
  return false;
}

export default defineRule({
  id: 'dockerfile/apt-lists-cleanup',
  aliases: ['DL3009'],
  severity: 'info',
  summary: 'apt-get update without deleting /var/lib/apt/lists in the same RUN',
  programs: ['apt-get', 'apt', 'aptitude'],
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    const stages = imageStages(model);
    for (const inst of withTriggers(model)) {
      if (inst.keyword !== 'RUN') continue;
      if (!inst.onbuild && !stages.has(inst.stage)) continue;
      const invs = invocations(inst);
      const update = aptCommands(invs, ['apt-get', 'apt', 'aptitude']).find((c) => c.sub?.value === 'update');
      if (!update) continue;
      if (mountsOver(inst, LISTS) || cleansLists(invs)) continue;
      report({
        range: invocationRange(model, update.inv),
        message:
          `\`${update.inv.name} update\` leaves the package lists in ${LISTS} (tens of MB) in this layer. Delete ` +
          `them in the same RUN: \`&& rm -rf ${LISTS}/*\`, or mount a cache there: ` +
          `\`RUN --mount=type=cache,target=${LISTS} …\`.`,
        fix: cleanupFix(model, inst, update.inv),
      });
    }
  },
});

/** Appends the cleanup after the script's last command when that command ends the RUN at top level. */
function cleanupFix(model: DockerfileModel, inst: DfInstruction, inv: Invocation) {
  if (!editable(inv) || inst.heredocs.length > 0) return undefined;
  const cmds = inst.script?.commands ?? [];
  const last = cmds[cmds.length - 1];
  if (!last || last.depth !== 0 || last.next !== null || last.inSubstitution) return undefined;
  const tail = model.text.slice(last.end, inst.argsOffset + inst.argsText.length);
  if (tail.trim() !== '') return undefined; // a trailing `;`, `&` or comment: leave it to a person
  return {
    description: `Delete ${LISTS} at the end of the RUN`,
    edits: [{ range: model.rangeOf(last.end, last.end), text: ` && rm -rf ${LISTS}/*` }],
  };
}
