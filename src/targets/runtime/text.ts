/** Offsets to 1-based ranges, and the `#` comments of a text, shared by the run-configuration loaders. */
import type { Range } from '../../engine/types.js';

/** Maps string offsets of a text to 1-based line/column positions (columns count UTF-16 code units). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
  }

  /** The 1-based line holding an offset. */
  lineOf(offset: number): number {
    const o = Math.min(Math.max(offset, 0), this.text.length);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  pos(offset: number): { line: number; column: number } {
    const o = Math.min(Math.max(offset, 0), this.text.length);
    const line = this.lineOf(o);
    return { line, column: o - this.starts[line - 1] + 1 };
  }

  /** The range of [start, end) (end exclusive); an empty span covers one column. */
  range(start: number, end: number): Range {
    const a = this.pos(start);
    let b = this.pos(Math.max(end, start));
    // A span that ends just after a newline ends at the end of the previous line.
    if (end > start && b.column === 1 && b.line > a.line) {
      const prev = b.line - 1;
      const lineEnd = this.starts[prev] - 1;
      const cr = lineEnd > 0 && this.text.charCodeAt(lineEnd - 1) === 13 ? 1 : 0;
      b = { line: prev, column: lineEnd - cr - this.starts[prev - 1] + 1 };
    }
    if (b.line === a.line && b.column <= a.column) b = { line: a.line, column: a.column + 1 };
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** The range of the text of one line (at least one column). */
  lineRange(line: number): Range {
    const start = this.lineStart(line);
    let end = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.range(start, end);
  }
}

export interface SourceComment {
  /** The text after `#`, trimmed. */
  text: string;
  range: Range;
}

/**
 * The `#` comments of a shell script or Makefile recipe, as offsets: a `#` that starts a word outside
 * quotes runs to the end of the line.
 */
export function shellCommentSpans(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let quote: '"' | "'" | '`' | null = null;
  const heredocs: { delimiter: string; strip: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote !== "'") i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '\\') {
      i++;
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
    } else if (c === '<' && text[i + 1] === '<' && text[i + 2] !== '<') {
      // A here-document: its body (up to the delimiter line) is data, not script.
      const m = /^<<(-?)[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([A-Za-z0-9_.-]+))/.exec(text.slice(i, i + 200));
      if (m) heredocs.push({ delimiter: m[2] ?? m[3] ?? m[4], strip: m[1] === '-' });
    } else if (c === '\n' && heredocs.length > 0) {
      let at = i + 1;
      for (const h of heredocs.splice(0)) {
        for (;;) {
          if (at >= text.length) break;
          let end = text.indexOf('\n', at);
          if (end < 0) end = text.length;
          const line = text.slice(at, end).replace(/\r$/, '');
          at = end + 1;
          if ((h.strip ? line.replace(/^\t+/, '') : line) === h.delimiter) break;
        }
      }
      i = at - 1;
    } else if (c === '#' && (i === 0 || /[\s;&|()]/.test(text[i - 1]))) {
      let end = text.indexOf('\n', i);
      if (end < 0) end = text.length;
      const body = text.slice(i + 1, end).replace(/\r$/, '');
      out.push({ start: i, end: i + 1 + body.length, text: body.trim() });
      i = end - 1;
    }
  }
  return out;
}
