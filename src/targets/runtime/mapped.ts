/**
 * Text assembled from pieces of a source file (a Makefile's recipe lines, a workflow's `run:` block
 * scalar), with a map from every character back to its offset in the file, so that findings in the
 * assembled script point at the file's lines.
 */
import type { Range } from '../../engine/types.js';
import type { LineIndex } from './text.js';

export class MappedText {
  private parts: string[] = [];
  private map: number[] = [];
  private length = 0;

  /** Appends text that appears in the source at `sourceStart` character for character. */
  push(text: string, sourceStart: number): void {
    if (text === '') return;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.map.push(sourceStart + i);
    this.length += text.length;
  }

  /** Appends text that stands for the source character at `sourceOffset` (a folded newline, an escape). */
  pushAt(text: string, sourceOffset: number): void {
    if (text === '') return;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.map.push(sourceOffset);
    this.length += text.length;
  }

  get text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }

  /** The source offset of an offset in the assembled text. */
  toSource(offset: number): number {
    if (this.map.length === 0) return 0;
    if (offset < this.map.length) return this.map[Math.max(0, offset)];
    return this.map[this.map.length - 1] + 1;
  }

  /** The source range of [start, end) of the assembled text. */
  rangeOf(index: LineIndex, start: number, end: number): Range {
    const s = this.toSource(start);
    const e = end > start ? this.toSource(end - 1) + 1 : s;
    return index.range(s, Math.max(s, e));
  }
}

export type ScalarStyle = 'BLOCK_LITERAL' | 'BLOCK_FOLDED' | 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';

interface Line {
  start: number;
  text: string;
}

function splitLines(text: string, base: number): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    let lineEnd = end;
    if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    out.push({ start: base + start, text: text.slice(start, lineEnd) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/**
 * The value of a YAML block scalar (`|`, `>`, with chomping and indentation indicators) read from its
 * source text `[start, end)`, mapped back to the file. Folded (`>`) line breaks between two text lines
 * become spaces, as YAML folds them; other line breaks stay, which is what a shell script needs.
 */
function blockScalar(source: string, start: number, end: number, folded: boolean): MappedText {
  const out = new MappedText();
  const lines = splitLines(source.slice(start, end), start);
  const header = lines.shift();
  void header;
  // Content indentation is detected from the first non-empty line (explicit indicators are rare in
  // workflows and would only shift columns).
  const first = lines.find((l) => l.text.trim() !== '');
  const indent = first ? first.text.match(/^ */)![0].length : 0;
  const content = lines.map((l) => ({
    start: l.start + Math.min(indent, l.text.length),
    text: l.text.length > indent ? l.text.slice(indent) : '',
  }));
  while (content.length > 0 && content[content.length - 1].text === '') content.pop();
  const isText = (l: Line | undefined) => l !== undefined && l.text !== '' && !/^[ \t]/.test(l.text);
  for (let i = 0; i < content.length; i++) {
    const l = content[i];
    out.push(l.text, l.start);
    if (i < content.length - 1) {
      const nlOffset = l.start + l.text.length;
      out.pushAt(folded && isText(l) && isText(content[i + 1]) ? ' ' : '\n', nlOffset);
    }
  }
  return out;
}

/** Flow scalars (plain, single- or double-quoted), with YAML's line folding and escapes applied. */
function flowScalar(source: string, start: number, end: number, style: ScalarStyle): MappedText {
  const out = new MappedText();
  let from = start;
  let to = end;
  const quoted = style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE';
  if (quoted) {
    from++;
    if (to > from && (source[to - 1] === '"' || source[to - 1] === "'")) to--;
  }
  const lines = splitLines(source.slice(from, to), from);
  let pendingBreaks = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    let text = line.text;
    let s = line.start;
    if (li > 0) {
      const lead = text.match(/^[ \t]*/)![0].length;
      text = text.slice(lead);
      s += lead;
    }
    if (li < lines.length - 1) text = text.replace(/[ \t]+$/, '');
    if (li > 0) {
      if (text === '') {
        pendingBreaks++;
        continue;
      }
      out.pushAt(pendingBreaks > 0 ? '\n'.repeat(pendingBreaks) : ' ', s - 1);
      pendingBreaks = 0;
    }
    if (style === 'QUOTE_DOUBLE') {
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c !== '\\' || i === text.length - 1) {
          out.push(c, s + i);
          continue;
        }
        const n = text[++i];
        const simple: Record<string, string> = {
          n: '\n',
          t: '\t',
          '"': '"',
          '\\': '\\',
          '/': '/',
          ' ': ' ',
          '0': '\0',
          r: '\r',
        };
        if (n in simple) out.pushAt(simple[n], s + i - 1);
        else if (n === 'x' || n === 'u' || n === 'U') {
          const len = n === 'x' ? 2 : n === 'u' ? 4 : 8;
          const hex = text.slice(i + 1, i + 1 + len);
          out.pushAt(/^[0-9a-fA-F]+$/.test(hex) ? String.fromCodePoint(parseInt(hex, 16)) : '?', s + i - 1);
          i += len;
        } else out.pushAt(n, s + i - 1);
      }
    } else if (style === 'QUOTE_SINGLE') {
      for (let i = 0; i < text.length; i++) {
        out.push(text[i], s + i);
        if (text[i] === "'" && text[i + 1] === "'") i++;
      }
    } else {
      out.push(text, s);
    }
  }
  return out;
}

/**
 * A YAML scalar's value read from the source text, mapped back to the file. `range` is yaml's node
 * range ([start, valueEnd, nodeEnd]); `style` its `type`.
 */
export function scalarText(
  source: string,
  range: [number, number, number],
  style: string | undefined,
): MappedText {
  const [start, valueEnd] = range;
  if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') {
    return blockScalar(source, start, valueEnd, style === 'BLOCK_FOLDED');
  }
  return flowScalar(source, start, valueEnd, (style as ScalarStyle) ?? 'PLAIN');
}
