/**
 * Instructions as written: keyword casing as BuildKit judges it, the argument text before heredoc
 * bodies, and document offsets of 1-based positions.
 */
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';

/** True for `run` and `RUN`, false for `Run` (BuildKit's "self-consistent" casing). */
export function isSelfConsistentCase(s: string): boolean {
  return s === s.toLowerCase() || s === s.toUpperCase();
}

const lineStartsMemo = new WeakMap<DockerfileModel, number[]>();

/** Document offset of a 1-based line/column position. */
export function offsetAt(model: DockerfileModel, line: number, column: number): number {
  let starts = lineStartsMemo.get(model);
  if (!starts) {
    starts = [0];
    for (let i = 0; i < model.lines.length; i++) starts.push(starts[i] + model.lines[i].length + 1);
    lineStartsMemo.set(model, starts);
  }
  return starts[Math.max(0, Math.min(line - 1, model.lines.length))] + column - 1;
}

/** The text of the instruction's arguments before any heredoc body (the whole argument text without one). */
export function argsTextBeforeHeredocs(model: DockerfileModel, inst: DfInstruction): string {
  if (inst.heredocs.length === 0) return inst.argsText;
  const firstBody = inst.heredocs[0].bodyOffset;
  const lineEnd = model.text.lastIndexOf('\n', firstBody - 1);
  return model.text.slice(inst.argsOffset, Math.max(inst.argsOffset, lineEnd));
}
