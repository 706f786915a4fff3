/**
 * Walking the instructions (ONBUILD triggers included, RUNs of the shipped stages only) and instructions as written: keyword casing as BuildKit judges it, the argument text before heredoc
 * bodies, and document offsets of 1-based positions.
 */
import type { DfInstruction, DockerfileModel } from '../targets/dockerfile/model.js';
import { shippedStages } from './stages.js';

/** Every top-level instruction, each followed by its ONBUILD trigger (when it has one). */
export function withTriggers(model: DockerfileModel): DfInstruction[] {
  const out: DfInstruction[] = [];
  for (const inst of model.instructions) {
    out.push(inst);
    if (inst.trigger) out.push(inst.trigger);
  }
  return out;
}

/** Instructions (and ONBUILD triggers) with one of these keywords. */
export function instructionsOf(model: DockerfileModel, ...keywords: string[]): DfInstruction[] {
  return withTriggers(model).filter((i) => keywords.includes(i.keyword));
}

/**
 * The RUN instructions of the file in order, each ONBUILD RUN trigger right after its ONBUILD.
 * `shippedOnly` keeps only the RUNs whose layers end up in the default build's image: those of the
 * final stage's chain (`FROM <stage>` ancestors included) and every ONBUILD trigger (it runs in the
 * child image).
 */
export function runInstructions(
  model: DockerfileModel,
  opts: { onbuild?: boolean; shippedOnly?: boolean } = {},
): DfInstruction[] {
  const shipped = opts.shippedOnly ? shippedStages(model) : undefined;
  const out: DfInstruction[] = [];
  for (const inst of model.instructions) {
    if (inst.keyword === 'RUN' && (!shipped || shipped.has(inst.stage))) out.push(inst);
    if (opts.onbuild !== false && inst.trigger?.keyword === 'RUN') out.push(inst.trigger);
  }
  return out;
}

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
