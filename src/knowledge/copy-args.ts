/**
 * The sources and destination of COPY and ADD, in shell form, JSON form or with heredoc sources.
 * Two readings of the same arguments, kept as the rules built on them expect: `copyParts` drops
 * `--flag` words and counts heredoc sources; `copyArgs` takes the instruction's arguments as they are.
 */
import type { Range } from '../engine/types.js';
import type { DfInstruction, DockerfileModel } from '../targets/dockerfile/model.js';

export interface CopyPart {
  value: string;
  range: Range;
}

export interface CopyParts {
  sources: CopyPart[];
  dest?: CopyPart;
  /** Written as a JSON array (`COPY ["a", "b", "/dest/"]`); ranges then cover the whole array. */
  json: boolean;
  /** Number of sources that are heredocs (`COPY <<EOF /dest`). */
  heredocSources: number;
}

/**
 * Sources and destination of a COPY or ADD. Handles the JSON form and heredocs (whose bodies the
 * model's `args` include: only the words before the first body count).
 */
export function copyParts(model: DockerfileModel, inst: DfInstruction): CopyParts {
  const trimmed = inst.argsText.trim();
  if (trimmed.startsWith('[')) {
    try {
      const arr = JSON.parse(trimmed.replace(new RegExp(`\\${model.escapeChar}\\n`, 'g'), ''));
      if (Array.isArray(arr) && arr.every((x) => typeof x === 'string') && arr.length > 0) {
        const range = inst.argsRange ?? inst.range;
        const parts = arr.map((value: string) => ({ value, range }));
        return { sources: parts.slice(0, -1), dest: parts[parts.length - 1], json: true, heredocSources: 0 };
      }
    } catch {
      /* not JSON: shell form */
    }
  }
  let args = inst.args.filter((a) => !a.value.startsWith('--'));
  if (inst.heredocs.length > 0) {
    // Bodies start on the line after the first `<<EOF`; everything from there on is heredoc content.
    const lastLine = inst.heredocs[0].range.endLine;
    args = args.filter((a) => a.range.line <= lastLine);
  }
  const parts = args.map((a) => ({ value: a.value, range: a.range }));
  const heredocSources = parts.filter((p) => /^<<-?/.test(p.value)).length;
  return {
    sources: parts.slice(0, -1),
    dest: parts.length > 0 ? parts[parts.length - 1] : undefined,
    json: false,
    heredocSources,
  };
}

export interface PathArg {
  value: string;
  range: Range;
}

/** Sources and destination of a COPY/ADD, in shell form, JSON form or with heredoc sources. */
export function copyArgs(
  model: DockerfileModel,
  inst: DfInstruction,
): { sources: PathArg[]; dest?: PathArg } {
  const joined = inst.argsText.split(`${model.escapeChar}\n`).join('').trim();
  if (joined.startsWith('[')) {
    try {
      const arr: unknown = JSON.parse(joined);
      if (Array.isArray(arr) && arr.length > 0 && arr.every((x) => typeof x === 'string')) {
        const range = inst.argsRange ?? inst.range;
        const parts = (arr as string[]).map((value) => ({ value, range }));
        return { sources: parts.slice(0, -1), dest: parts[parts.length - 1] };
      }
    } catch {
      /* shell form */
    }
  }
  let args = inst.args;
  const body = inst.heredocs[0]?.bodyRange;
  if (body) args = args.filter((a) => a.range.line < body.line);
  const parts = args.map((a) => ({ value: a.value, range: a.range }));
  return { sources: parts.slice(0, -1), dest: parts[parts.length - 1] };
}
