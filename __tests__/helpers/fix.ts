/**
 * Applies a finding's fix to the text it was found in, so that rule tests assert what the fixed
 * Dockerfile reads (edits are applied from the last to the first, as `--fix` does).
 */
import type { TextEdit } from '../../src/engine/types.js';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => {
    let off = 0;
    for (let i = 0; i < line - 1; i++) off += lines[i].length + 1;
    return off + column - 1;
  };
  const sorted = [...edits].sort(
    (a, b) => offset(b.range.line, b.range.column) - offset(a.range.line, a.range.column),
  );
  let out = text;
  for (const e of sorted) {
    const start = offset(e.range.line, e.range.column);
    const end = offset(e.range.endLine, e.range.endColumn);
    out = out.slice(0, start) + e.text + out.slice(end);
  }
  return out;
}
