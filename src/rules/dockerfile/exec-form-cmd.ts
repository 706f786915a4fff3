import { defineRule } from '../define.js';
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';
import { instructionsOf } from '../hadolint-a.js';

/** Shell builtins that have no executable of their own: they need the shell form. */
const BUILTINS = new Set([
  'cd',
  'source',
  '.',
  'export',
  'set',
  'unset',
  'eval',
  'alias',
  'ulimit',
  'umask',
  'trap',
  'wait',
  'read',
  ':',
  'test',
  '[',
]);

/**
 * The JSON array for an instruction whose shell script is a single plain command (`node server.js`,
 * `exec nginx -g "daemon off;"`): no variables, globs, redirections, operators or assignments.
 */
function execForm(inst: DfInstruction): string | undefined {
  const script = inst.script;
  if (!script || script.errors.length > 0 || script.commands.length !== 1) return undefined;
  const cmd = script.commands[0];
  if (cmd.assignments.length > 0 || cmd.redirects.length > 0 || cmd.negated || cmd.depth !== 0)
    return undefined;
  let words = cmd.words;
  if (words[0]?.value === 'exec') words = words.slice(1);
  if (words.length === 0 || BUILTINS.has(words[0].value)) return undefined;
  for (const w of words) {
    if (w.hasExpansion) return undefined;
    if (!w.quoted && /[*?[~{]/.test(w.value)) return undefined;
  }
  // The command must be all the instruction says (no trailing `;`, `&` or comment).
  const text = inst.argsText.replace(/\\\n/g, ' ');
  if (/[;&|#]\s*$/.test(text.trim()) && !words[words.length - 1].quoted) return undefined;
  return `[${words.map((w) => JSON.stringify(w.value)).join(', ')}]`;
}

export default defineRule({
  id: 'dockerfile/exec-form-cmd',
  aliases: ['DL3025'],
  severity: 'warning',
  summary: 'CMD or ENTRYPOINT in shell form instead of JSON (exec) form',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'CMD', 'ENTRYPOINT')) {
      if (inst.form === 'exec' || !inst.argsRange) continue;
      const json = inst.posixShell ? execForm(inst) : undefined;
      const why =
        inst.keyword === 'ENTRYPOINT'
          ? 'runs under `/bin/sh -c`, so the program is not PID 1, does not receive SIGTERM on `docker stop`, and ' +
            'ignores CMD and `docker run` arguments'
          : 'runs under `/bin/sh -c`, so the program is not PID 1 and does not receive SIGTERM on `docker stop`';
      report({
        range: inst.argsRange,
        message: `${inst.keyword} in shell form ${why}. Write it as a JSON array: ${inst.keyword} ${json ?? '["executable", "arg"]'}.`,
        fix: json
          ? { description: 'Use the JSON (exec) form', edits: [{ range: inst.argsRange, text: json }] }
          : undefined,
      });
    }
  },
});
