/**
 * Text mutation plans: a seed text (a corpus file or a generated one) plus a list of edits, each
 * placed by a number that is taken modulo the text's length when the plan is applied. Plans are plain
 * data, so fast-check shrinks them (fewer edits, smaller numbers) and prints them for replay.
 */
import fc from 'fast-check';

export type TextEdit =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'replace'; at: number; length: number; text: string }
  | { op: 'deleteLine'; line: number }
  | { op: 'duplicateLine'; line: number; times: number }
  | { op: 'insertLine'; line: number; text: string }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'truncate'; at: number }
  | { op: 'repeat'; at: number; length: number; times: number };

/** Applies edits in order; positions wrap around the current text, so every plan applies to every text. */
export function applyEdits(seed: string, edits: readonly TextEdit[]): string {
  let t = seed;
  for (const e of edits) {
    const n = t.length;
    const pos = (x: number) => (n === 0 ? 0 : x % (n + 1));
    switch (e.op) {
      case 'insert':
        t = t.slice(0, pos(e.at)) + e.text + t.slice(pos(e.at));
        break;
      case 'delete':
        t = t.slice(0, pos(e.at)) + t.slice(pos(e.at) + e.length);
        break;
      case 'replace':
        t = t.slice(0, pos(e.at)) + e.text + t.slice(pos(e.at) + e.length);
        break;
      case 'truncate':
        t = t.slice(0, pos(e.at));
        break;
      case 'repeat': {
        const p = pos(e.at);
        const piece = t.slice(p, p + e.length);
        t = t.slice(0, p) + piece.repeat(e.times) + t.slice(p);
        break;
      }
      default: {
        const lines = t.split('\n');
        const li = (x: number) => x % Math.max(1, lines.length);
        if (e.op === 'deleteLine') lines.splice(li(e.line), 1);
        else if (e.op === 'duplicateLine') {
          const i = li(e.line);
          lines.splice(i, 0, ...Array<string>(e.times).fill(lines[i] ?? ''));
        } else if (e.op === 'insertLine') lines.splice(li(e.line), 0, e.text);
        else if (e.op === 'swapLines') {
          const a = li(e.a);
          const b = li(e.b);
          [lines[a], lines[b]] = [lines[b], lines[a]];
        }
        t = lines.join('\n');
      }
    }
    if (t.length > 2_000_000) t = t.slice(0, 2_000_000);
  }
  return t;
}

/** Characters and fragments that parsers of this project treat specially, plus plain noise. */
export function fragmentArb(special: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...special) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...special), fc.integer({ min: 2, max: 400 }))
        .map(([s, n]) => s.repeat(n)),
    },
  );
}

export function editArb(fragment: fc.Arbitrary<string>, line: fc.Arbitrary<string>): fc.Arbitrary<TextEdit> {
  const at = fc.nat();
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at, text: fragment }) },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('delete' as const),
        at,
        length: fc.integer({ min: 1, max: 40 }),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant('replace' as const),
        at,
        length: fc.integer({ min: 1, max: 8 }),
        text: fragment,
      }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('deleteLine' as const), line: fc.nat() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('duplicateLine' as const),
        line: fc.nat(),
        times: fc.integer({ min: 1, max: 30 }),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({ op: fc.constant('insertLine' as const), line: fc.nat(), text: line }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('repeat' as const),
        at,
        length: fc.integer({ min: 1, max: 60 }),
        times: fc.integer({ min: 2, max: 300 }),
      }),
    },
  );
}
