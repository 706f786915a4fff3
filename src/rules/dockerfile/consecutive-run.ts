import { defineRule } from '../define.js';
import type { Fix } from '../../engine/types.js';
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';

/**
 * A RUN that already chains this many commands (`a && b`, `a; b`, `a | b`) is a deliberate unit: the
 * author chose to split there. hadolint's DL3059 exempts such pairs too (its tests: `RUN foo && bar`
 * then `RUN foobar` is fine).
 */
const DELIBERATE_CHAIN = 2;

function flagKey(inst: DfInstruction): string {
  return inst.flags
    .map((f) => `${f.name.toLowerCase()}=${f.value ?? ''}`)
    .sort()
    .join(' ');
}

function commandCount(inst: DfInstruction): number {
  if (inst.form === 'exec') return 1;
  return inst.script
    ? inst.script.commands.filter((c) => c.words.length > 0 || c.assignments.length > 0).length
    : 1;
}

/** Commands whose effect outlives them in the shell, so that joining two RUNs would change the second. */
const SHELL_STATE = new Set([
  'cd',
  'pushd',
  'popd',
  'export',
  'unset',
  'set',
  'shopt',
  'umask',
  'ulimit',
  'source',
  '.',
  'alias',
  'trap',
  'exit',
  'exec',
  'return',
  'shift',
  'read',
  'readonly',
  'local',
  'declare',
  'typeset',
  'eval',
]);

/** Joining two shell-form RUNs with `&&` is safe when neither has heredocs and the first ends cleanly. */
function mergeFix(model: DockerfileModel, a: DfInstruction, b: DfInstruction): Fix | undefined {
  if (a.form !== 'shell' || b.form !== 'shell' || !a.posixShell || !b.posixShell) return undefined;
  if (a.heredocs.length > 0 || b.heredocs.length > 0 || !a.argsRange || !b.argsRange) return undefined;
  // The second RUN would inherit the first's shell state: directory, variables, options, exits.
  if (
    a.script?.commands.some(
      (c) => (c.words.length === 0 && c.assignments.length > 0) || SHELL_STATE.has(c.name),
    )
  ) {
    return undefined;
  }
  const first = a.argsText.trimEnd();
  // A comment or a trailing operator in the first RUN would swallow or change the joined command.
  if (first.includes('#') || /(?:&&|\|\||[|;&\\`])$/.test(first)) return undefined;
  const end = a.argsOffset + first.length;
  const between = model.text.slice(end, b.argsOffset);
  if (!/^\s*RUN\s+(?:--\S+\s+)*$/i.test(between)) return undefined;
  const multiLine = first.includes('\n');
  return {
    description: 'Join the two RUN instructions with &&',
    edits: [
      {
        range: model.rangeOf(end, b.argsOffset),
        text: multiLine ? ` ${model.escapeChar}\n    && ` : ' && ',
      },
    ],
  };
}

export default defineRule({
  id: 'dockerfile/consecutive-run',
  aliases: ['DL3059'],
  severity: 'info',
  summary: 'Consecutive RUN instructions could be one',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      const list = stage.instructions;
      for (let i = 1; i < list.length; i++) {
        const prev = list[i - 1];
        const cur = list[i];
        if (prev.keyword !== 'RUN' || cur.keyword !== 'RUN') continue;
        // Different flags (mounts, network, security) cannot simply be merged.
        if (flagKey(prev) !== flagKey(cur)) continue;
        if (commandCount(prev) >= DELIBERATE_CHAIN || commandCount(cur) >= DELIBERATE_CHAIN) continue;
        const fix = mergeFix(model, prev, cur);
        report({
          range: cur.keywordRange,
          message:
            `This RUN directly follows the RUN at line ${prev.range.line}: each RUN adds a layer, and files deleted by ` +
            `the second still weigh in the first. Join them into one RUN with &&.`,
          ...(fix ? { fix } : {}),
          context: stage.name ? { stage: stage.name } : undefined,
        });
      }
    }
  },
});
