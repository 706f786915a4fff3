/**
 * The fast argument split (src/targets/dockerfile/ast-arguments.ts) against dockerfile-ast's own
 * `getRawArguments`, instruction by instruction: same values, same ranges, on every corpus Dockerfile
 * and on generated text rich in what the split branches on (escapes, continuations, comments, `$`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { jest } from '@jest/globals';
import { DockerfileParser, Instruction } from 'dockerfile-ast';
import { JSONInstruction } from 'dockerfile-ast/lib/jsonInstruction.js';
import { Parser } from 'dockerfile-ast/lib/parser.js';
import {
  argumentEnd,
  argumentStart,
  libraryCreateInstruction,
  libraryProcessArguments,
  libraryRawArguments,
  libraryRawArgumentsContent,
  splitRawArguments,
} from '../../src/targets/dockerfile/ast-arguments.js';
import { parseDockerfile } from '../../src/targets/dockerfile/parse.js';
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
    const split = splitRawArguments(host);
    const fast = plain(split);
    const library = plain(libraryRawArguments.call(host));
    if (JSON.stringify(fast) !== JSON.stringify(library))
      expect({ text, fast }).toEqual({ text, fast: library });
    // The offsets the model builder reads instead of the ranges (its text has only `\n` line ends).
    if (!text.includes('\r')) {
      const doc = host.document;
      const offsetOf = () => {
        throw new Error('the split keeps its offsets');
      };
      const kept = split.map((a) => [argumentStart(a, offsetOf), argumentEnd(a, offsetOf)]);
      const read = library.map(({ range }) => {
        const r = range as {
          start: { line: number; character: number };
          end: { line: number; character: number };
        };
        return [doc.offsetAt(r.start), doc.offsetAt(r.end)];
      });
      if (JSON.stringify(kept) !== JSON.stringify(read)) expect({ text, kept }).toEqual({ text, kept: read });
    }
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

/** Everything the model builder reads of an instruction, as JSON text. */
function describeInstructions(text: string): string {
  interface Loose {
    getKeyword(): string;
    getRange(): unknown;
    getInstructionRange(): unknown;
    getTextContent(): string;
    getArguments(): { getValue(): string; getRange(): unknown }[];
    getTriggerInstruction?: () => Loose | null;
    getHeredocs?: () => {
      getName(): string;
      getStartRange(): unknown;
      getContentRange(): unknown;
      getDelimiterRange(): unknown;
    }[];
    getFlags?: () => { getName(): string; getValue(): string | null; getRange(): unknown }[];
    getOpeningBracket?: () => unknown;
    getClosingBracket?: () => unknown;
    getJSONStrings?: () => unknown[];
  }
  const describe = (inst: Loose): unknown => {
    const trigger = inst.getTriggerInstruction?.();
    return {
      keyword: inst.getKeyword(),
      range: inst.getRange(),
      instructionRange: inst.getInstructionRange(),
      text: inst.getTextContent(),
      args: plain(inst.getArguments()),
      heredocs: inst.getHeredocs?.().map((h) => ({
        name: h.getName(),
        start: h.getStartRange(),
        content: h.getContentRange(),
        end: h.getDelimiterRange(),
      })),
      flags: inst.getFlags?.().map((f) => ({ name: f.getName(), value: f.getValue(), range: f.getRange() })),
      json: inst.getClosingBracket
        ? {
            open: inst.getOpeningBracket?.() ?? null,
            close: inst.getClosingBracket() ?? null,
            strings: inst.getJSONStrings?.(),
          }
        : null,
      trigger: trigger ? describe(trigger) : null,
    };
  };
  const ast = DockerfileParser.parse(text);
  return JSON.stringify({
    instructions: ast.getInstructions().map((i) => describe(i as unknown as Loose)),
    // Comment lines inside a continued instruction are found by the argument scan.
    comments: ast.getComments().map((c) => ({ text: c.getContent(), range: c.getRange() })),
  });
}

/**
 * The same description with dockerfile-ast's own instruction construction (built twice, no reuse) and
 * its own scan for the end of an instruction's arguments.
 */
function describeWithLibrary(text: string): string {
  const proto = Parser.prototype as unknown as { createInstruction: unknown; processArguments: unknown };
  const json = JSONInstruction.prototype as unknown as { getRawArgumentsContent: unknown };
  const ours = {
    create: proto.createInstruction,
    scan: proto.processArguments,
    content: json.getRawArgumentsContent,
  };
  proto.createInstruction = libraryCreateInstruction;
  proto.processArguments = libraryProcessArguments;
  json.getRawArgumentsContent = libraryRawArgumentsContent;
  try {
    return describeInstructions(text);
  } finally {
    proto.createInstruction = ours.create;
    proto.processArguments = ours.scan;
    json.getRawArgumentsContent = ours.content;
  }
}

describe('one instruction object per instruction', () => {
  // Some texts make the library's own methods throw (getHeredocs on `RUN `\n`#a` under `escape=``):
  // then both must throw the same.
  const attempt = (describeText: (text: string) => string, text: string) => {
    try {
      return describeText(text);
    } catch (e) {
      return JSON.stringify({ throws: (e as Error).message });
    }
  };
  const sameAsLibrary = (text: string) => {
    const ours = attempt(describeInstructions, text);
    const library = attempt(describeWithLibrary, text);
    if (ours !== library)
      expect({ text, ours: JSON.parse(ours) }).toEqual({ text, ours: JSON.parse(library) });
  };

  it('builds each instruction once, not once to look for heredocs and again to keep', () => {
    const statics = Parser as unknown as { createInstruction: (...a: unknown[]) => Instruction };
    const construct = jest.spyOn(statics, 'createInstruction');
    try {
      const text =
        'FROM alpine:3.20\nARG A=1\nRUN apk add --no-cache curl \\\n  && echo done\nCOPY . /app\nCMD ["sh"]';
      const count = DockerfileParser.parse(text).getInstructions().length;
      expect(count).toBe(5);
      expect(construct).toHaveBeenCalledTimes(count);
    } finally {
      construct.mockRestore();
    }
  });

  it('splits no arguments while parsing text without a `[` or a `<` (no JSON form, no heredoc)', () => {
    const host = Instruction.prototype as unknown as { getRawArguments(): unknown[] };
    const split = jest.spyOn(host, 'getRawArguments');
    try {
      const plainText =
        'FROM alpine:3.20\nRUN --mount=type=cache,target=/v apk add curl \\\n  && echo done\nCOPY . /app\nCMD sh';
      expect(DockerfileParser.parse(plainText).getInstructions()).toHaveLength(4);
      expect(split).not.toHaveBeenCalled();
      // A test's `[` in a script that does not start with one: no JSON form, nothing split either.
      split.mockClear();
      DockerfileParser.parse('RUN set -e; if [ -f x ]; then y; fi');
      expect(split).not.toHaveBeenCalled();
      // What may be JSON, or a heredoc: the library's own look, as before (which looks for heredocs
      // only at the end of a line: not on a last line without one).
      for (const text of ['CMD ["sh"]', 'RUN --m=1 x [ y ]', 'RUN cat < in\n', 'RUN <<EOF\nx\nEOF']) {
        split.mockClear();
        DockerfileParser.parse(text);
        expect({ text, split: split.mock.calls.length > 0 }).toEqual({ text, split: true });
      }
    } finally {
      split.mockRestore();
    }
  });

  it('gives what dockerfile-ast gives, heredocs and ONBUILD included', () => {
    const cases = [
      'CMD ["sh", "-c", "x"]\nENTRYPOINT []\nSHELL [ ]\nVOLUME ["/a"] /b\nRUN [ -f x ] && y',
      'RUN --mount=type=cache,target=/x [ "a" ]\nCOPY --chown=1:1 ["a b", "/c/"]\nADD [x]',
      'RUN a ] b "c", d\nCMD \\\n  ["x"]\nONBUILD CMD ["y"]\nONBUILD RUN z',
      'RUN a <\\\n<EOF\nx\nEOF\nRUN b < in > out',
      'CMD ] [ "a" ]\nCMD ]\\\n ["b"]\nRUN \\\n  ["c"]\nCMD \t [ "d" ]\nRUN --m=1 ["e"]\nCMD -x ["f"]',
      '# escape=`\nCMD `\n ["a"]\nRUN x [ y ]\nCMD [\nCMD ]\nCMD ["a" \\\n# c\n, "b"]',
      'FROM a\nRUN x',
      'RUN <<EOF\necho hi\nEOF\nRUN after',
      'RUN <<-EOF cat > /x\n\tline\n\tEOF\nCOPY <<A <<B /dst/\na\nA\nb\nB\n',
      'ONBUILD RUN <<EOF\nx\nEOF\nONBUILD COPY . /',
      'RUN a \\\n  b\r\nENV X=1',
      'RUN last-line-without-newline',
      '# escape=`\nRUN a `\n b\nRUN <<EOF\nc\nEOF',
      'RUN a \\\n  # comment\n  \n  b \\ \t\n c\\ x\nRUN \\ \\\nEOF',
      'RUN a \\  ',
      'RUN a \\\r\n# c\r\n  b\r\nCMD x',
    ];
    for (const text of cases) sameAsLibrary(text);
  });

  it('ends instructions where dockerfile-ast does, on generated continuations', () => {
    const piece = fc.constantFrom('a', ' ', '\t', '\n', '\r', '\r\n', '\\', '`', '#', '# c\n', 'RUN x');
    fc.assert(
      fc.property(fc.boolean(), fc.array(piece, { maxLength: 30 }), (backtick, pieces) =>
        sameAsLibrary(`${backtick ? '# escape=`\n' : ''}RUN ${pieces.join('')}\nCMD tail`),
      ),
      { numRuns: 1500 },
    );
  });

  (existsSync(path.join(CORPUS_ROOT, 'dockerfiles')) ? it : it.skip)(
    'gives what dockerfile-ast gives on corpus Dockerfiles',
    () => {
      const dir = path.join(CORPUS_ROOT, 'dockerfiles');
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.Dockerfile'))
        .sort()
        .filter((_, i) => i % 16 === 1);
      for (const f of files) sameAsLibrary(readFileSync(path.join(dir, f), 'utf8'));
      expect(files.length).toBeGreaterThan(100);
    },
  );

  it('gives what dockerfile-ast gives on generated files', () => {
    const line = fc.constantFrom(
      'RUN a b',
      'RUN <<EOF',
      'RUN <<-EOF sh',
      'COPY <<EOF /x',
      'EOF',
      '\tEOF',
      'echo body',
      'ONBUILD RUN <<EOF',
      'ENV A=1 \\',
      '# comment',
      '',
      'CMD ["a", "b"]',
      'RUN [ -f a ] < b',
      'ONBUILD CMD ["a"]',
      'RUN x <\\',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.boolean(), (lines, crlf) =>
        sameAsLibrary(lines.join(crlf ? '\r\n' : '\n')),
      ),
      { numRuns: 500 },
    );
  });
});

/**
 * A RUN's `args` are split when read (parse.ts, LAZY_ARGS_PROPERTY), from the text rather than the AST:
 * they must be what dockerfile-ast's own split gives, past the flags, ranges included.
 */
describe("a RUN's arguments, made when read", () => {
  const CORPUS_DIR = path.join(CORPUS_ROOT, 'dockerfiles');
  const corpusFiles = existsSync(CORPUS_DIR)
    ? readdirSync(CORPUS_DIR)
        .filter((f) => f.endsWith('.Dockerfile'))
        .sort()
    : [];
  const compareRuns = (text: string): number => {
    const model = parseDockerfile(text, 'Dockerfile', { dockerignore: null });
    const ast = DockerfileParser.parse(text).getInstructions();
    let compared = 0;
    model.instructions.forEach((inst, i) => {
      if (inst.keyword !== 'RUN') return;
      const lazy = Object.getOwnPropertyDescriptor(inst, 'args')?.get !== undefined;
      // With heredocs they are made at once (the bodies are cut from them).
      expect([text, lazy]).toEqual([text, inst.heredocs.length === 0 && !inst.argsText.includes('<<')]);
      if (!lazy) return;
      const all = plain(libraryRawArguments.call(ast[i] as unknown as Host)).map(({ value, range }) => {
        const r = range as {
          start: { line: number; character: number };
          end: { line: number; character: number };
        };
        return {
          value,
          range: {
            line: r.start.line + 1,
            column: r.start.character + 1,
            endLine: r.end.line + 1,
            endColumn: r.end.character + 1,
          },
        };
      });
      const firstArg = all.findIndex((a) => !a.value.startsWith('--'));
      const expected = firstArg < 0 ? [] : all.slice(firstArg);
      const made = inst.args.map((a) => ({ value: a.value, range: a.range }));
      if (JSON.stringify(made) !== JSON.stringify(expected))
        expect({ text, made }).toEqual({ text, made: expected });
      // What the parse reads of them without making them (ArgumentBounds): the flags, and where the
      // arguments after them start and end.
      const flags = inst.flags.map((f) => ({
        value: `--${f.name}${f.value === null ? '' : '='}`,
        range: f.range,
      }));
      const expectedFlags = all
        .slice(0, firstArg < 0 ? all.length : firstArg)
        .map((a) => ({ value: a.value.slice(0, a.value.indexOf('=') + 1 || undefined), range: a.range }));
      const argsRange =
        expected.length === 0
          ? null
          : {
              line: expected[0].range.line,
              column: expected[0].range.column,
              endLine: expected[expected.length - 1].range.endLine,
              endColumn: expected[expected.length - 1].range.endColumn,
            };
      expect({ text, flags, argsRange: inst.argsRange }).toEqual({ text, flags: expectedFlags, argsRange });
      expect(inst.args).toBe(inst.args); // made once
      compared++;
    });
    return compared;
  };

  it('are the library’s split on edge cases and on generated scripts', () => {
    for (const text of [
      'FROM x\nRUN a b   c\n',
      'FROM x\nRUN --mount=type=cache,target=/c --network=none make \\\n  all # not a comment\n',
      'FROM x\nRUN a \\\n  # comment\n  b\nRUN\nRUN --mount=type=secret,id=a\n',
      '# escape=`\nFROM x\nRUN a `\n  b `$c d`e\n',
      'FROM x\nRUN ["sh", "-c", "echo a"]\nRUN echo <<EOF\nbody\nEOF\n',
    ])
      compareRuns(text);
    const piece = fc.constantFrom(
      'a',
      ' ',
      '\t',
      '\n',
      '\\',
      '#',
      '$',
      '"',
      '--x=1',
      '\\\n',
      '\\ \n',
      '<',
      'é',
      '\r\n',
      '`',
      '`\n',
      '` \n',
    );
    // Mostly without `#`, so that the parse reads where the arguments end from the end of the text
    // (plainLastArgumentEnd) as often as it reads it from the split; under either escape character.
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.boolean(),
        fc.boolean(),
        (pieces, backtick, hash) => {
          const script = (hash ? pieces : pieces.filter((p) => p !== '#')).join('');
          compareRuns(`${backtick ? '# escape=`\n' : ''}FROM x\nRUN ${script}\nRUN done\n`);
        },
      ),
      { numRuns: 600 },
    );
  });

  (corpusFiles.length ? it : it.skip)('are the library’s split on every 8th corpus Dockerfile', () => {
    let compared = 0;
    corpusFiles
      .filter((_, i) => i % 8 === 0)
      .forEach((f) => (compared += compareRuns(readFileSync(path.join(CORPUS_DIR, f), 'utf8'))));
    expect(compared).toBeGreaterThan(1000);
  });
});
