/**
 * dockerfile-ast's `Instruction.getRawArguments`, made cheap. The library splits an instruction's
 * arguments in a per-character loop that appends each character to a string (`arg = arg + char`) and
 * compares one-character strings; its own constructors call it several times per instruction
 * (JSONInstruction: getRawArgumentsContent, getArguments, getFlags, getArgumentsRange each split the
 * text again). On the corpus that loop was a third of a parse.
 *
 * `splitRawArguments` is the same state machine, branch for branch, over character codes, appending
 * runs of characters as one substring instead of one character at a time; the result is the same
 * (`__tests__/targets/ast-arguments.test.ts` compares it with the library's own method on
 * every corpus file and on generated text). An instruction's text never changes after parsing
 * (layerguard never uses the modification API), so the split is also kept on the instance the first
 * time. Callers get a copy: ModifiableInstruction.getArguments shifts the flags off the array it
 * receives.
 */
import { Argument, Instruction as AstInstructionClass } from 'dockerfile-ast';
import type { Argument as AstArgument } from 'dockerfile-ast';
// Not re-exported by the package's main module; the package has no `exports` map, so the files are public.
import { JSONInstruction as AstJsonInstruction } from 'dockerfile-ast/lib/jsonInstruction.js';
import { Parser as AstParser } from 'dockerfile-ast/lib/parser.js';

interface AstPosition {
  line: number;
  character: number;
}
interface AstRange {
  start: AstPosition;
  end: AstPosition;
}
interface AstDocument {
  offsetAt(p: AstPosition): number;
  positionAt(offset: number): AstPosition;
}
/** The parts of an AST instruction the split reads (fields the library keeps on every instance). */
interface SplitHost {
  document: AstDocument;
  escapeChar: string;
  getInstructionRange(): { start: AstPosition; end: AstPosition };
  getTextContent(): string;
  getRawArguments(): AstArgument[];
}

const SPACE = 32;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const DASH = 45;
const TAB = 9;
const CR = 13;
const LF = 10;
const HASH = 35;
const DOLLAR = 36;

/** dockerfile-ast's own split, kept for the tests that compare the two. */
export const libraryRawArguments = (AstInstructionClass.prototype as unknown as SplitHost).getRawArguments;

/**
 * An argument that keeps the document offsets of its ends and makes its range (two positions, each a
 * search of the document's line offsets) only when asked: the library reads the ranges of a few
 * arguments of an instruction (the first and last, flags, properties), and the model builder reads
 * the offsets (`argumentOffsets`). A RUN of 500 words made 1,000 positions that nothing read.
 */
class OffsetArgument extends Argument {
  constructor(
    value: string,
    readonly document: AstDocument,
    readonly startOffset: number,
    readonly endOffset: number,
  ) {
    super(value, undefined as unknown as AstRange);
  }

  override getRange(): AstRange {
    const self = this as unknown as { range: AstRange | undefined };
    return (self.range ??= {
      start: this.document.positionAt(this.startOffset),
      end: this.document.positionAt(this.endOffset),
    });
  }

  // The library's own methods read the field: it is made first.
  override isAfter(position: AstPosition): boolean {
    this.getRange();
    return super.isAfter(position);
  }

  override isBefore(position: AstPosition): boolean {
    this.getRange();
    return super.isBefore(position);
  }
}

/**
 * The offset of an argument's start in its document: kept by the split, else (an argument the library
 * made itself) read from its range with `offsetOf`.
 */
export function argumentStart(arg: AstArgument, offsetOf: (p: AstPosition) => number): number {
  return arg instanceof OffsetArgument ? arg.startOffset : offsetOf(arg.getRange().start);
}

/** The offset of an argument's end in its document (see `argumentStart`). */
export function argumentEnd(arg: AstArgument, offsetOf: (p: AstPosition) => number): number {
  return arg instanceof OffsetArgument ? arg.endOffset : offsetOf(arg.getRange().end);
}

/** The arguments of an AST instruction, exactly as dockerfile-ast's `getRawArguments` gives them. */
export function splitRawArguments(inst: SplitHost): AstArgument[] {
  return splitText(argumentTextOf(inst));
}

/**
 * What the split reads of an instruction: the text after its keyword, where that text starts, the
 * document and the escape character. Plain data, kept by a RUN's model to split its arguments when
 * they are asked for (parse.ts), instead of the AST instruction, which would keep the whole AST alive.
 */
export interface ArgumentText {
  document: AstDocument;
  escapeChar: string;
  /** Document offset of `text`. */
  offset: number;
  text: string;
}

export function argumentTextOf(inst: SplitHost): ArgumentText {
  const doc = inst.document;
  const range = inst.getInstructionRange();
  const instructionStart = doc.offsetAt(range.start);
  const extra = doc.offsetAt(range.end) - instructionStart;
  return {
    document: doc,
    escapeChar: inst.escapeChar,
    offset: instructionStart + extra,
    text: inst.getTextContent().substring(extra),
  };
}

/**
 * What a split in bounds mode finds (`splitText(source, bounds)`), for a RUN whose arguments are made
 * only when read (parse.ts): every argument is found as before, but only the flags and the first
 * argument after them are made; of the rest, only where the last one ends.
 */
export interface ArgumentBounds {
  /** The document offset where the last argument ends (-1: none). */
  lastEnd: number;
  /**
   * Stop at the first argument after the flags (the caller knows where the last one ends, from
   * `plainLastArgumentEnd`): `lastEnd` is then that argument's end.
   */
  early: boolean;
}

/**
 * Where the last argument of an instruction's argument text ends (an offset in `text`), read from
 * its end, when that is plain: no `#` in the text (the split's comment state, which can last past a
 * line end, never starts) and no escape character on its last line. Then the split's last argument
 * is that line's last word: it ends at the last character that is not white space. -1 when it is
 * not plain, or there is no text.
 */
export function plainLastArgumentEnd(text: string, escapeChar: string): number {
  if (text.includes('#')) return -1;
  const escape = escapeChar.charCodeAt(0);
  let end = text.length - 1;
  for (; end >= 0; end--) {
    const c = text.charCodeAt(end);
    if (c !== SPACE && c !== TAB && c !== CR && c !== LF) break;
  }
  if (end < 0) return -1;
  let lineStart = end;
  for (; lineStart > 0; lineStart--) {
    const c = text.charCodeAt(lineStart - 1);
    if (c === LF || c === CR) break;
    if (c === escape) return -1;
  }
  return text.charCodeAt(end) === escape ? -1 : end + 1;
}

/**
 * The split of an instruction's argument text (`splitRawArguments`). With `bounds`, the arguments are
 * made while their values start with `--`, and the first one that does not; past it no value is put
 * together, and `bounds` counts the rest (or, `early`, the split stops there).
 */
export function splitText(source: ArgumentText, bounds?: ArgumentBounds): AstArgument[] {
  const args: AstArgument[] = [];
  const doc = source.document;
  const fullArgs = source.text;
  const offset = source.offset;
  const escape = source.escapeChar.charCodeAt(0);
  const n = fullArgs.length;
  // Adds an argument (made when `made`); returns whether the next one is made too: always, but in
  // bounds mode. (`building` is passed in and out, not captured: a variable a closure writes lives in
  // its context, a load at every read in the loop below.)
  const argument = (value: string, from: number, to: number, made: boolean): boolean => {
    if (bounds !== undefined) {
      bounds.lastEnd = offset + to;
      if (!made) return false;
    }
    args.push(new OffsetArgument(value, doc, offset + from, offset + to));
    return bounds === undefined || value.startsWith('--');
  };
  // Whether the values are put together and the arguments made.
  let building = true;

  let start = false;
  let comment = false;
  let found = -1;
  // Whether a space or tab seen is part of an escaped newline sequence.
  let escapedWhitespaceDetected = false;
  // Whether the split is inside an escaped newline sequence.
  let escaping = false;
  let escapeMarker = -1;
  let escapedArg = '';
  // Characters appended one by one in the library are kept as the pending run [runStart, runEnd) and
  // appended as one substring before `escapedArg` is read or changed any other way.
  let runStart = -1;
  let runEnd = -1;

  for (let i = 0; i < n; i++) {
    const c = fullArgs.charCodeAt(i);
    if (c === SPACE || c === TAB || c === CR || c === LF) {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (c === CR || c === LF) {
          // A newline: whitespace seen before it no longer counts.
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      } else if (found !== -1) {
        if (runStart !== -1) {
          if (building) escapedArg += fullArgs.substring(runStart, runEnd);
          runStart = -1;
        }
        building = argument(escapedArg, found, escapeMarker === -1 ? i : escapeMarker, building);
        if (!building && bounds?.early) return args;
        escapeMarker = -1;
        escapedArg = '';
        found = -1;
      }
    } else if (c === escape) {
      const next = i + 1 < n ? fullArgs.charCodeAt(i + 1) : -1;
      if (next === SPACE || next === TAB) {
        whitespaceCheck: for (let j = i + 2; j < n; j++) {
          switch (fullArgs.charCodeAt(j)) {
            case SPACE:
            case TAB:
              continue;
            case CR:
            case LF:
              // `\r\n` ends the line as `\n` does.
              if (fullArgs.charCodeAt(j) === CR) j++;
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1) escapeMarker = i;
              i = j;
              break whitespaceCheck;
            default:
              escapeMarker = i;
              if (found === -1) i = j - 1;
              break whitespaceCheck;
          }
        }
      } else if (next === CR) {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += 2;
      } else if (next === LF) {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i++;
      } else {
        if (runStart !== -1) {
          if (building) escapedArg += fullArgs.substring(runStart, runEnd);
          runStart = -1;
        }
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          building = argument(escapedArg, found, escapeMarker, building);
          if (!building && bounds?.early) return args;
          escapedArg = '';
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === -1) break; // the end of the text: stop
        if (building) escapedArg += next === DOLLAR ? fullArgs.substring(i, i + 2) : fullArgs[i + 1];
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && c === HASH) {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          if (runStart !== -1) {
            if (building) escapedArg += fullArgs.substring(runStart, runEnd);
            runStart = -1;
          }
          building = argument(escapedArg, found, escapeMarker, building);
          if (!building && bounds?.early) return args;
          escapedArg = '';
          found = -1;
        }
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        if (runStart !== -1 && runEnd === i) {
          runEnd = i + 1;
        } else {
          if (runStart !== -1 && building) escapedArg += fullArgs.substring(runStart, runEnd);
          runStart = i;
          runEnd = i + 1;
        }
        if (found === -1) found = i;
        // The characters up to the next white space or escape take this same branch with nothing left
        // to change but the run's end (`#` starts a comment only at a line start, and this is not one):
        // skip them in a tight loop, most of an instruction's text.
        let j = i + 1;
        while (j < n) {
          const d = fullArgs.charCodeAt(j);
          if (d === SPACE || d === TAB || d === CR || d === LF || d === escape) break;
          j++;
        }
        runEnd = j;
        i = j - 1;
      }
      // A character other than white space: no longer at a line start.
      start = false;
    }
  }
  if (found !== -1) {
    if (runStart !== -1 && building) escapedArg += fullArgs.substring(runStart, runEnd);
    building = argument(escapedArg, found, escapeMarker === -1 ? n : escapeMarker, building);
    if (!building && bounds?.early) return args;
  }
  return args;
}

const RAW_ARGS = Symbol('layerguard.rawArguments');
type MemoHost = SplitHost & { [RAW_ARGS]?: AstArgument[] };

/**
 * The arguments of an AST instruction (flags included), as `Instruction.prototype.getArguments` gives
 * them, without the copy: the kept list itself, to read and never change.
 */
export function rawArgumentsOf(inst: AstInstructionClass): readonly AstArgument[] {
  const host = inst as unknown as MemoHost;
  return (host[RAW_ARGS] ??= splitRawArguments(host));
}

/** Whether an AST instruction's arguments have been split already (the library asked for them). */
export function isSplit(inst: AstInstructionClass): boolean {
  return (inst as unknown as MemoHost)[RAW_ARGS] !== undefined;
}

/** Installs the split and its memo on dockerfile-ast's Instruction (once; every instruction class inherits it). */
(AstInstructionClass.prototype as unknown as SplitHost).getRawArguments = function memoisedRawArguments(
  this: MemoHost,
): AstArgument[] {
  const cached = (this[RAW_ARGS] ??= splitRawArguments(this));
  return cached.slice();
};

/**
 * dockerfile-ast's parser builds most instructions twice: at the end of an instruction's line it
 * constructs the instruction to look for heredocs in its arguments, throws it away, and constructs it
 * again, from the same text and positions, to add to the file (Parser.processArguments, then
 * processInstruction). Construction is most of a parse (JSONInstruction splits and scans the
 * arguments), and 17,770 of the corpus's 37,568 instructions went through it twice. The instance is a
 * pure function of those arguments and the first one is referenced by nothing once its heredocs are
 * read, so the second call gets the first instance; with heredocs the range differs and a new one is
 * built, as before. (`scanArguments` no longer builds one to look at all when the text has no `<`.)
 */
interface InstructionFactory {
  createInstruction(
    dockerfile: unknown,
    keyword: string,
    start: number,
    instructionEnd: number,
    end: number,
  ): AstInstructionClass;
}
interface LastCreated {
  dockerfile: unknown;
  keyword: string;
  start: number;
  instructionEnd: number;
  end: number;
  instruction: AstInstructionClass;
}
const LAST_CREATED = Symbol('layerguard.lastCreatedInstruction');
type ParserHost = InstructionFactory & { [LAST_CREATED]?: LastCreated };
const parserPrototype = AstParser.prototype as unknown as ParserHost;
const createInstruction = parserPrototype.createInstruction;
/** dockerfile-ast's own `Parser.prototype.createInstruction`, kept for the tests that compare the two. */
export const libraryCreateInstruction = createInstruction;
parserPrototype.createInstruction = function reuseCreatedInstruction(
  this: ParserHost,
  dockerfile,
  keyword,
  start,
  instructionEnd,
  end,
) {
  const last = this[LAST_CREATED];
  if (
    last !== undefined &&
    last.start === start &&
    last.end === end &&
    last.instructionEnd === instructionEnd &&
    last.keyword === keyword &&
    last.dockerfile === dockerfile
  ) {
    this[LAST_CREATED] = undefined;
    return last.instruction;
  }
  skipJsonScan = cannotBeJson(this as unknown as ArgumentsScanner, instructionEnd, end);
  try {
    const instruction = createInstruction.call(this, dockerfile, keyword, start, instructionEnd, end);
    this[LAST_CREATED] = { dockerfile, keyword, start, instructionEnd, end, instruction };
    return instruction;
  } finally {
    skipJsonScan = false;
  }
};

/**
 * Whether the arguments `buffer[from, to)` (the text after the keyword) cannot be in JSON form, by what
 * JSONInstruction's scan reads: its first argument past any flags must start with `[` (or be `[]`, or
 * `[` and `]`), and the scan reads on only over white space, `]` and escaped line ends. So an argument
 * text that starts with any other character than those, the escape character or a flag's `-`, or
 * that holds no `[` at all, is not JSON.
 */
function cannotBeJson(scanner: ArgumentsScanner, from: number, to: number): boolean {
  const buffer = scanner.buffer;
  let i = from;
  for (; i < to; i++) {
    const c = buffer.charCodeAt(i);
    if (c !== SPACE && c !== TAB && c !== CR && c !== LF) break;
  }
  if (i === to) return true; // no argument
  const first = buffer.charCodeAt(i);
  if (
    first !== OPEN_BRACKET &&
    first !== CLOSE_BRACKET &&
    first !== DASH &&
    first !== scanner.escapeChar.charCodeAt(0)
  )
    return true;
  // A substring to search natively (`indexOf` on the buffer would search on past `to`).
  return !buffer.slice(i, to).includes('[');
}

/**
 * dockerfile-ast's JSONInstruction (RUN, CMD, ENTRYPOINT, SHELL, COPY, ADD, VOLUME) looks for the JSON
 * form in its constructor: it splits the arguments (`getRawArgumentsContent`, then `getArguments`,
 * `getFlags` and `getArgumentsRange`, each a copy of the split, the range two position searches) and
 * scans them for `[`. When the text cannot be JSON (`cannotBeJson`), that scan finds nothing (no
 * bracket, no JSON string), so the constructor is told there are no arguments, where it returns with
 * the same empty fields. The split is then made only if something asks for it: of a
 * corpus parse, the constructors' splits and copies were the largest allocation (a twentieth of a
 * pass). Set by `reuseCreatedInstruction` for the one constructor call it makes, and used once.
 */
let skipJsonScan = false;
interface RawContentHost {
  getRawArgumentsContent(): string | null;
}
const jsonPrototype = AstJsonInstruction.prototype as unknown as RawContentHost;
/** dockerfile-ast's own `getRawArgumentsContent` (JSONInstruction inherits Instruction's), kept for the tests. */
export const libraryRawArgumentsContent = jsonPrototype.getRawArgumentsContent;
jsonPrototype.getRawArgumentsContent = function rawArgumentsContent(this: RawContentHost) {
  if (skipJsonScan) {
    skipJsonScan = false;
    return null;
  }
  return libraryRawArgumentsContent.call(this);
};

/**
 * dockerfile-ast's `Parser.processArguments` finds where an instruction's arguments end (the first line
 * end that no escape continues) one `charAt` at a time through a `switch` of one-character strings: on
 * files of long RUN scripts it was a tenth of a parse, and it grows with the bytes. `scanArguments` is
 * the same state machine, branch for branch, over character codes, and outside a continuation (where
 * only a line end or the escape character changes anything) it skips ahead in a tight loop. The result
 * is the same (`__tests__/targets/ast-arguments.test.ts` parses with both, on corpus files and on
 * generated text).
 */
interface ArgumentsScanner extends InstructionFactory {
  buffer: string;
  escapeChar: string;
  processHeredocs(instruction: AstInstructionClass, offset: number): number;
  processComment(dockerfile: unknown, start: number): number;
  processArguments(
    dockerfile: unknown,
    keyword: string,
    instructionEnd: number,
    start: number,
    offset: number,
  ): number;
}
const scannerPrototype = AstParser.prototype as unknown as ArgumentsScanner;
/** dockerfile-ast's own `Parser.prototype.processArguments`, kept for the tests that compare the two. */
export const libraryProcessArguments = scannerPrototype.processArguments;
scannerPrototype.processArguments = function scanArguments(
  this: ArgumentsScanner,
  dockerfile,
  keyword,
  instructionEnd,
  start,
  offset,
) {
  const buffer = this.buffer;
  const n = buffer.length;
  // '\\' or '`' (the parser accepts no other); NaN, matching nothing, if it were ever empty.
  const escape = this.escapeChar.charCodeAt(0);
  // Whether the scan is past an escaped line end, where white space and comment lines are skipped.
  let escaped = false;
  for (let i = offset + 1; i < n; i++) {
    let c = buffer.charCodeAt(i);
    if (!escaped) {
      while (c !== LF && c !== CR && c !== escape) {
        if (++i === n) return n;
        c = buffer.charCodeAt(i);
      }
    }
    if (c === LF || c === CR) {
      if (escaped) continue;
      // No `<` in the arguments, no argument starting with `<<`: no heredoc to read past, and no
      // instruction to build for looking (processInstruction builds the one it keeps).
      if (!buffer.slice(instructionEnd, i).includes('<')) return i;
      return this.processHeredocs(this.createInstruction(dockerfile, keyword, start, instructionEnd, i), i);
    }
    if (c === escape) {
      const next = buffer.charCodeAt(i + 1); // NaN past the end
      if (next === LF || next === CR) {
        escaped = true;
        i++;
      } else if (next === SPACE || next === TAB) {
        let j = i + 2;
        let d = buffer.charCodeAt(j);
        while (d === SPACE || d === TAB) d = buffer.charCodeAt(++j);
        if (j >= n) return n; // the end of the text
        if (d === LF || d === CR) escaped = true;
        // The library goes on after the character found, whatever it is (its `i = j; continue`).
        i = j;
      }
      continue;
    }
    if (c === HASH) {
      if (escaped) i = this.processComment(dockerfile, i);
      continue;
    }
    if (c === SPACE || c === TAB) continue;
    escaped = false;
  }
  return n;
};
