/**
 * Where a fix can place text: whether a word's offsets point at the text as written (not the exec form's
 * JSON), insertions after a word, and appending `&& <command>` to a shell-form RUN.
 */
import type { Fix, Range } from '../engine/types.js';
import type { DfInstruction, DockerfileModel, ShellWord } from '../targets/dockerfile/model.js';
import type { RunInvocation } from './invocations.js';

/** True when word offsets point at the text as written, so that an edit can be placed (not exec form). */
export function editable(inv: RunInvocation): boolean {
  return inv.inst.form !== 'exec';
}

/** An empty-range insertion just after a word. */
export function insertAfter(model: DockerfileModel, w: ShellWord, text: string) {
  const r = model.rangeOf(w.end, w.end);
  return { range: r, text };
}

/** True when the word's offsets point at the text as written, so that an edit can be placed there. */
export function editableWord(
  model: DockerfileModel,
  w: { start: number; end: number; raw: string },
): boolean {
  return w.end > w.start && model.text.slice(w.start, w.end) === w.raw;
}

/** An insertion (an edit with an empty range) at a document offset. */
export function insertAt(
  model: DockerfileModel,
  offset: number,
  text: string,
): { range: Range; text: string } {
  return { range: model.rangeOf(offset, offset), text };
}

/** A fix inserting `text` right after a word, or undefined when the word has no place in the text. */
export function insertAfterWord(
  model: DockerfileModel,
  w: ShellWord,
  text: string,
  description: string,
): Fix | undefined {
  if (!editableWord(model, w)) return undefined;
  return { description, edits: [insertAt(model, w.end, text)] };
}

/**
 * A fix appending `&& <command>` at the end of a shell-form RUN without heredocs, or undefined when
 * the end of the script is not a plain command (a trailing `;`, `&`, a pipe or a comment line).
 */
export function appendCommandFix(
  model: DockerfileModel,
  inst: DfInstruction,
  command: string,
  description: string,
): Fix | undefined {
  if (inst.form !== 'shell' || inst.heredocs.length > 0 || !inst.script) return undefined;
  const text = inst.argsText.trimEnd();
  if (!text) return undefined;
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  if (/^\s*#/.test(lastLine) || /[;&|\\`]$/.test(text)) return undefined;
  return { description, edits: [insertAt(model, inst.argsOffset + text.length, ` && ${command}`)] };
}
