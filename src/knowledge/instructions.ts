/**
 * Walking the instructions (ONBUILD triggers included, RUNs of the shipped stages only) and instructions as written: keyword casing as BuildKit judges it, the argument text before heredoc
 * bodies, and document offsets of 1-based positions.
 */
import type { DfInstruction, DockerfileModel } from '../targets/dockerfile/model.js';
import { shippedStages } from './stages.js';

/**
 * A file's instructions (ONBUILD triggers right after their ONBUILD) in one list and by keyword, made
 * once per model for the many rules that each ask for a few keywords. Each of them walking every
 * instruction to read its keyword cost more per instruction as files grew (a rule reading the
 * keywords of 64,000 instructions spent 4 to 8 times as much per instruction as on 4,000: the
 * instructions no longer fit the CPU's caches), and the cost a file of many instructions paid per
 * rule; the lists are read-only and shared.
 */
interface InstructionIndex {
  all: readonly DfInstruction[];
  byKeyword: Map<string, DfInstruction[]>;
  /** Lists of several keywords, made on first ask (`CMD,ENTRYPOINT`). */
  sets: Map<string, readonly DfInstruction[]>;
}

const NONE: readonly DfInstruction[] = Object.freeze([]);
const indexMemo = new WeakMap<DockerfileModel, InstructionIndex>();

function instructionIndex(model: DockerfileModel): InstructionIndex {
  let index = indexMemo.get(model);
  if (index) return index;
  const all: DfInstruction[] = [];
  const byKeyword = new Map<string, DfInstruction[]>();
  const add = (inst: DfInstruction) => {
    all.push(inst);
    const list = byKeyword.get(inst.keyword);
    if (list) list.push(inst);
    else byKeyword.set(inst.keyword, [inst]);
  };
  for (const inst of model.instructions) {
    add(inst);
    if (inst.trigger) add(inst.trigger);
  }
  index = { all, byKeyword, sets: new Map() };
  indexMemo.set(model, index);
  return index;
}

/** Every top-level instruction, each followed by its ONBUILD trigger (when it has one). */
export function withTriggers(model: DockerfileModel): readonly DfInstruction[] {
  return instructionIndex(model).all;
}

/** Instructions (and ONBUILD triggers) with one of these keywords, in file order. */
export function instructionsOf(model: DockerfileModel, ...keywords: string[]): readonly DfInstruction[] {
  const index = instructionIndex(model);
  if (keywords.length === 1) return index.byKeyword.get(keywords[0]) ?? NONE;
  const key = keywords.join(',');
  let list = index.sets.get(key);
  if (!list) {
    const wanted = new Set(keywords);
    list = index.all.filter((i) => wanted.has(i.keyword));
    index.sets.set(key, list);
  }
  return list;
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
): readonly DfInstruction[] {
  const runs = instructionIndex(model).byKeyword.get('RUN') ?? NONE;
  if (!opts.shippedOnly && opts.onbuild !== false) return runs;
  const shipped = opts.shippedOnly ? shippedStages(model) : undefined;
  return runs.filter((i) =>
    i.onbuild !== undefined ? opts.onbuild !== false : !shipped || shipped.has(i.stage),
  );
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
