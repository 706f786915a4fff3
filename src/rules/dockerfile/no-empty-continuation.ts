import { defineRule } from '../define.js';
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';

/**
 * The empty lines inside an instruction's continued lines, and the line where the instruction's text
 * ends, scanned as the builder's parser reads lines: a line ending with the escape character (white
 * space after it allowed) continues on the next line; comment lines inside are skipped; heredoc bodies
 * come after the instruction's own text and are not looked at.
 */
function emptyContinuationLines(
  model: DockerfileModel,
  inst: DfInstruction,
): { empty: number[]; lastLine: number } {
  const esc = model.escapeChar.charCodeAt(0);
  // Whether the line ends with the escape character, spaces and tabs after it allowed (read from the
  // end: a regex replace made a copy of every continued line of every instruction).
  const ends = (line: string) => {
    let i = line.length - 1;
    while (i >= 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i--;
    return i >= 0 && line.charCodeAt(i) === esc;
  };
  const empty: number[] = [];
  let n = inst.range.line; // 1-based
  let lastLine = n;
  if (!ends(model.lines[n - 1] ?? '')) return { empty, lastLine };
  while (n < model.lines.length) {
    n++;
    const line = model.lines[n - 1];
    lastLine = n;
    if (/^[ \t]*#/.test(line)) continue;
    if (line.trim() === '') {
      empty.push(n);
      continue;
    }
    if (!ends(line)) break;
  }
  return { empty, lastLine };
}

export default defineRule({
  id: 'dockerfile/no-empty-continuation',
  aliases: ['NoEmptyContinuation', 'NoEmptyContinuations'],
  severity: 'warning',
  summary: 'An empty line inside a continued instruction',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const inst of model.instructions) {
      const { empty, lastLine } = emptyContinuationLines(model, inst);
      if (empty.length === 0) continue;
      const lines = empty.length === 1 ? `line ${empty[0]} is` : `lines ${empty.join(', ')} are`;
      // The builder reports where the instruction's text ends; the fix removes the empty lines.
      report({
        range: {
          line: lastLine,
          column: 1,
          endLine: lastLine,
          endColumn: (model.lines[lastLine - 1] ?? '').length + 1,
        },
        message:
          `Empty continuation line found in this ${inst.keyword}: ${lines} empty after a line continuation. The ` +
          'builder still joins across them today, but empty continuation lines will become errors in a future ' +
          'release; remove them (a comment line is fine).',
        fix: {
          description: `Remove the empty ${empty.length === 1 ? 'line' : 'lines'}`,
          edits: empty.map((l) => ({
            range: { line: l, column: 1, endLine: l + 1, endColumn: 1 },
            text: '',
          })),
        },
      });
    }
  },
});
