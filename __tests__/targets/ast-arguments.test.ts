/**
 * The fast argument split (src/targets/dockerfile/ast-arguments.ts) against dockerfile-ast's own
 * `getRawArguments`, instruction by instruction: same values, same ranges, on every corpus Dockerfile
 * and on generated text rich in what the split branches on (escapes, continuations, comments, `$`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { DockerfileParser } from 'dockerfile-ast';
import type { Instruction } from 'dockerfile-ast';
import { libraryRawArguments, splitRawArguments } from '../../src/targets/dockerfile/ast-arguments.js';
import { CORPUS_ROOT } from '../helpers/paths.js';

type Host = Parameters<typeof splitRawArguments>[0];

const plain = (args: { getValue(): string; getRange(): unknown }[]) =>
  args.map((a) => ({ value: a.getValue(), range: a.getRange() }));

/**
 * Each instruction (ONBUILD triggers too) with both splits; returns how many were compared. Compared
 * as JSON text (one string comparison an instruction: a deep `toEqual` per instruction made the corpus
 * pass take a minute), with a `toEqual` only on a mismatch, for its diff.
 */
function compareAll(text: string): number {
  let compared = 0;
  const visit = (inst: Instruction) => {
    const host = inst as unknown as Host;
    const fast = plain(splitRawArguments(host));
    const library = plain(libraryRawArguments.call(host));
    if (JSON.stringify(fast) !== JSON.stringify(library))
      expect({ text, fast }).toEqual({ text, fast: library });
    compared++;
    const trigger = (
      inst as unknown as { getTriggerInstruction?: () => Instruction | null }
    ).getTriggerInstruction?.();
    if (trigger) visit(trigger);
  };
  for (const inst of DockerfileParser.parse(text).getInstructions()) visit(inst);
  return compared;
}

describe('fast argument split', () => {
  it('matches dockerfile-ast on hand-picked edge cases', () => {
    const cases = [
      'RUN a b   c',
      'RUN a \\\n  b \\\n  # comment\n  c',
      'RUN a\\ b c\\$d \\$e',
      'RUN echo \\ \t\n  next',
      'RUN echo x\\  \t y',
      'RUN echo \\',
      'ENV A=1 \\\r\n  B=2',
      '# escape=`\nRUN a `\n  b `$c d`e',
      'RUN \\\n\\\n  \\\n',
      'LABEL a="b c" \\\n    # not a comment in the middle \\\n d=e',
      'COPY --from=x a\\ b /dst/',
      'ONBUILD RUN a \\\n b',
    ];
    for (const text of cases) expect(compareAll(text)).toBeGreaterThan(0);
  });

  it('matches dockerfile-ast on generated instructions', () => {
    const piece = fc.constantFrom(
      'a',
      'bc',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\\',
      '`',
      '#',
      '$',
      '"',
      "'",
      '=',
      '--x=1',
      '\\\n',
      '\\ \n',
    );
    fc.assert(
      fc.property(
        fc.constantFrom('RUN', 'ENV', 'COPY', 'LABEL', 'ARG', 'CMD', 'ONBUILD RUN', 'HEALTHCHECK CMD'),
        fc.boolean(),
        fc.array(piece, { maxLength: 40 }),
        (keyword, backtick, pieces) => {
          const text = `${backtick ? '# escape=`\n' : ''}${keyword} ${pieces.join('')}\nRUN tail`;
          expect(compareAll(text)).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  const corpus = path.join(CORPUS_ROOT, 'dockerfiles');
  // A fixed sample, one file in sixteen: the library's split is slow enough under Jest that the
  // whole corpus took 20 s. (The CLI's JSON output over the whole corpus was byte-identical before and
  // after the change.)
  (existsSync(corpus) ? it : it.skip)('matches dockerfile-ast on corpus Dockerfiles', () => {
    let compared = 0;
    const files = readdirSync(corpus)
      .filter((f) => f.endsWith('.Dockerfile'))
      .sort()
      .filter((_, i) => i % 16 === 0);
    for (const f of files) compared += compareAll(readFileSync(path.join(corpus, f), 'utf8'));
    expect(compared).toBeGreaterThan(files.length * 5);
  });
});
