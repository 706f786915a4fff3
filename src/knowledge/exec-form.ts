/**
 * The exec (JSON array) form of CMD and ENTRYPOINT: when a shell-form command can be written as one
 * without changing what runs.
 */
import type { DfInstruction } from '../targets/dockerfile/model.js';

/** Shell builtins with no executable of their own: they need the shell form. */
const SHELL_BUILTINS = new Set([
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
  'exit',
  'return',
]);

/**
 * The JSON array equivalent of a shell-form CMD/ENTRYPOINT whose script is one plain command (no
 * variables, globs, redirections, operators, assignments, builtins), e.g. `my-app --port 80` →
 * `["my-app", "--port", "80"]`; undefined when the shell does real work and the conversion would change
 * what runs. A leading `exec` is dropped.
 */
export function jsonArgsFor(inst: DfInstruction): string | undefined {
  const script = inst.script;
  if (!script || script.errors.length > 0 || script.commands.length !== 1) return undefined;
  const cmd = script.commands[0];
  if (cmd.assignments.length > 0 || cmd.redirects.length > 0 || cmd.negated || cmd.depth !== 0 || cmd.next)
    return undefined;
  let words = cmd.words;
  if (words[0]?.value === 'exec') words = words.slice(1);
  if (words.length === 0 || SHELL_BUILTINS.has(words[0].value)) return undefined;
  for (const w of words) {
    if (w.hasExpansion) return undefined;
    if (!w.quoted && /[*?[~{}]/.test(w.value)) return undefined;
  }
  // The command must be all the instruction says (nothing after it but white space).
  const tail = inst.argsText.slice(words[words.length - 1].end - inst.argsOffset);
  if (tail.trim() !== '') return undefined;
  return `[${words.map((w) => JSON.stringify(w.value)).join(', ')}]`;
}
