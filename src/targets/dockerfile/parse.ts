/**
 * Builds the DockerfileModel from text in one pass over dockerfile-ast's instructions. The AST's
 * argument accessors recompute on every call (DESIGN.md, "Facts that save time"), so each is called
 * once per instruction and everything else is derived from the text and offsets.
 */
import { DockerfileParser } from 'dockerfile-ast';
import type {
  Argument as AstArgument,
  Instruction as AstInstruction,
  Property as AstProperty,
} from 'dockerfile-ast';
import type { Range } from '../../engine/types.js';
import { parseImageRef, templateWord } from '../image-ref.js';
import type { ImageRef } from '../image-ref.js';
import type {
  DfArg,
  DfFlag,
  DfInstruction,
  DfStage,
  DockerfileModel,
  DockerIgnore,
  VarScope,
} from './model.js';
import { exact, parseShell } from './shell.js';
import type { ShellScript, SimpleCommand } from './shell-types.js';
import { expandVars, PREDEFINED_ARGS } from './vars.js';
import { KNOWN_INSTRUCTIONS } from './instructions.js';
import { ScopeLog } from './scope.js';
// Installs the fast, memoised argument split on dockerfile-ast's instructions (see the module).
import {
  argumentEnd,
  argumentStart,
  isSplit,
  plainLastArgumentEnd,
  rawArgumentsOf,
  splitText,
} from './ast-arguments.js';
import type { ArgumentBounds, ArgumentText } from './ast-arguments.js';
import { isJsSpace } from '../whitespace.js';

export { KNOWN_INSTRUCTIONS };
import { argNameProperties, INSTRUCTION_FLAGS, instructionSyntaxProblems } from './syntax-checks.js';

interface AstPos {
  line: number;
  character: number;
}
interface AstRange {
  start: AstPos;
  end: AstPos;
}

/** Instructions whose leading `--name=value` arguments are flags. */
const FLAG_INSTRUCTIONS = new Set(Object.keys(INSTRUCTION_FLAGS));

/** Instructions whose arguments may be a JSON array of strings. */
const EXEC_FORM_INSTRUCTIONS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);

/** Flag values as the builder reads them: one level of matching quotes removed. */
function unquote(value: string | null): string | null {
  if (
    value &&
    value.length >= 2 &&
    (value[0] === '"' || value[0] === "'") &&
    value[value.length - 1] === value[0]
  ) {
    return value.slice(1, -1);
  }
  return value;
}

const POSIX_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);
const DEFAULT_SHELL = ['/bin/sh', '-c'];

export function isPosixShell(shell: readonly string[]): boolean {
  const exe = basename(shell[0] ?? '');
  return POSIX_SHELLS.has(exe.replace(/\.exe$/i, ''));
}

/** The last path segment, for `/` and Windows `\` separators alike. */
export function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return p.slice(i + 1);
}

export interface ParseOptions {
  dockerignore?: DockerIgnore | null;
}

export function parseDockerfile(text: string, path: string, options: ParseOptions = {}): DockerfileModel {
  // Normalise line endings once so that offsets, lines and ranges agree.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split('\n');
  const lineStarts: number[] = new Array(lines.length);
  for (let i = 0, off = 0; i < lines.length; i++) {
    lineStarts[i] = off;
    off += lines[i].length + 1;
  }
  const offsetOf = (p: AstPos): number => (lineStarts[p.line] ?? text.length) + p.character;
  const toRange = (r: AstRange): Range => ({
    line: r.start.line + 1,
    column: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  });
  const rangeOf = (start: number, end: number): Range => {
    const from = Math.max(0, Math.min(start, text.length));
    const to = Math.max(0, Math.min(Math.max(end, start), text.length));
    const line = lineAt(lineStarts, from, 0);
    // The end is at or after the start: its line is searched from the start's.
    const endLine = lineAt(lineStarts, to, line);
    return {
      line: line + 1,
      column: from - lineStarts[line] + 1,
      endLine: endLine + 1,
      endColumn: to - lineStarts[endLine] + 1,
    };
  };

  const ast = DockerfileParser.parse(text);
  const escapeChar: '\\' | '`' = ast.getEscapeCharacter() === '`' ? '`' : '\\';
  const directives = ast.getDirectives().map((d) => ({
    name: d.getName().toLowerCase(),
    value: d.getValue(),
    range: toRange(d.getRange()),
  }));
  const comments = ast
    .getComments()
    .map((c) => ({ text: c.getContent().trim(), range: toRange(c.getRange()) }));

  const model: DockerfileModel = {
    path,
    text,
    lines,
    escapeChar,
    directives,
    comments,
    instructions: [],
    globalArgs: [],
    stages: [],
    dockerignore: options.dockerignore ?? null,
    errors: [],
    rangeOf,
  };

  // --- variable scopes -------------------------------------------------------------------------
  const globalLog = new ScopeLog();
  for (const name of PREDEFINED_ARGS) globalLog.add({ name, value: undefined, kind: 'arg', declaredAt: -1 });
  let globalScope: VarScope = globalLog.view();
  let log = globalLog;
  let scope: VarScope = globalScope;
  /** Each stage's scope at its end, for the stages built FROM it. */
  const stageEnv: VarScope[] = [];
  const stageShell: string[][] = [];
  let shell = DEFAULT_SHELL;
  let windowsStage = escapeChar === '`';
  let stage: DfStage | undefined;
  /** Made at the first RUN whose arguments are split lazily (LAZY_ARGS_PROPERTY). */
  let fileArguments: FileArguments | undefined;
  const lastStageNamed = new Map<string, number>();

  /** What a RUN's lazy split reads of the file (the same for every instruction of it). */
  const argumentFileOf = (inst: AstInstruction): FileArguments =>
    (fileArguments ??= {
      document: (inst as unknown as { document: ArgumentText['document'] }).document,
      escapeChar: (inst as unknown as { escapeChar: string }).escapeChar,
      text,
      rangeOf,
      offsetOf,
    });

  const build = (inst: AstInstruction, index: number, stageIndex: number): DfInstruction => {
    const keyword = inst.getKeyword().toUpperCase();
    const range = inst.getRange() as AstRange;
    const keywordRange = inst.getInstructionRange() as AstRange;
    const endOffset = offsetOf(range.end);
    // A RUN's arguments are its script's words, which rules read from its script: its `args` are made
    // when read (see LazyArguments), from the text, not the AST (which is dropped after the parse).
    // Here only its flags are made, and where its arguments start and end (ArgumentBounds).
    const argsFrom = offsetOf(keywordRange.end);
    const argsTo = Math.max(argsFrom, endOffset);
    let rawArgs: readonly AstArgument[];
    /** Where the last argument ends, when the bounds split (the only one made) says it. */
    let boundsEnd: number | undefined;
    const argsSource = keyword === 'RUN' ? text.slice(argsFrom, argsTo) : '';
    if (keyword === 'RUN' && !argsSource.includes('<<') && !isSplit(inst)) {
      const file = argumentFileOf(inst);
      // Where the last argument ends, from the end of the text when its last line is plain: the
      // split then stops at the first argument after the flags.
      const plainEnd = plainLastArgumentEnd(argsSource, file.escapeChar);
      const bounds: ArgumentBounds = { lastEnd: -1, early: plainEnd >= 0 };
      rawArgs = splitText(
        { document: file.document, escapeChar: file.escapeChar, offset: argsFrom, text: argsSource },
        bounds,
      );
      boundsEnd = bounds.early ? argsFrom + plainEnd : bounds.lastEnd;
    } else {
      // One call to the base class's argument splitter (flags included; made already when the
      // library's parser looked for heredocs): the subclasses' getArguments, getFlags and
      // getArgumentsRange each recompute it, which dominates the parse time on a corpus.
      rawArgs = rawArgumentsOf(inst);
    }
    const flags: DfFlag[] = [];
    let firstArg = 0;
    if (FLAG_INSTRUCTIONS.has(keyword)) {
      for (; firstArg < rawArgs.length; firstArg++) {
        const a = rawArgs[firstArg];
        const value = a.getValue();
        if (!value.startsWith('--')) break;
        const start = argumentStart(a, offsetOf);
        const end = argumentEnd(a, offsetOf);
        const eq = value.indexOf('=');
        const rawEq = text.indexOf('=', start);
        const hasValue = eq >= 0 && rawEq >= 0 && rawEq < end;
        flags.push({
          name: value.slice(2, eq >= 0 ? eq : undefined),
          value: eq >= 0 ? unquote(value.slice(eq + 1)) : null,
          range: rangeOf(start, end),
          nameRange: rangeOf(start + 2, hasValue ? rawEq : end),
          valueRange: hasValue ? rangeOf(rawEq + 1, end) : null,
        });
      }
    }
    const astArgs = firstArg > 0 ? rawArgs.slice(firstArg) : rawArgs;
    const argsOffset = astArgs.length > 0 ? argumentStart(astArgs[0], offsetOf) : endOffset;
    const argsText = text.slice(argsOffset, Math.max(argsOffset, endOffset));
    const lazy = keyword === 'RUN' && !argsText.includes('<<');
    // Ranges from the split's offsets: the arguments' own ranges are made only when read.
    const args: DfArg[] | undefined = lazy ? undefined : argumentsOf(astArgs, rangeOf, offsetOf);
    const argsRange = astArgs.length
      ? rangeOf(argsOffset, boundsEnd ?? argumentEnd(astArgs[astArgs.length - 1], offsetOf))
      : null;
    const out = {
      index,
      keyword,
      keywordRaw: inst.getInstruction(),
      range: toRange(range),
      keywordRange: toRange(keywordRange),
      argsRange,
      argsText,
      argsOffset,
      flags,
      form: 'shell',
      heredocs: [],
      properties: [],
      stage: stageIndex,
      scope,
      shell,
      posixShell: !windowsStage && isPosixShell(shell),
    } as Omit<DfInstruction, 'args'> as DfInstruction;
    // `args` is added last, as data or as the lazy accessor, so that both kinds of instruction share
    // the shape of the fields before it.
    if (lazy) {
      defineLazyArguments(out, { file: argumentFileOf(inst), from: argsFrom, to: argsTo, firstArg });
    } else {
      out.args = args!;
    }
    if ((keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') && argsText.includes('<<')) {
      let hds: any[] = [];
      try {
        if (typeof (inst as any).getHeredocs === 'function') hds = (inst as any).getHeredocs() as any[];
      } catch {
        // dockerfile-ast 0.7 throws on some texts (`RUN \ ` and a line `\#<<`, a TypeError of its own
        // code, which says nothing to the user): the rest of the file is still read, and the
        // instruction is reported.
        model.errors.push({
          message: `The heredoc of this ${keyword} cannot be read: check the "<<" and the escape characters and comment lines before it.`,
          range: toRange(range),
        });
      }
      for (const h of hds) {
        const content = h.getContentRange() as AstRange | null;
        const name = h.getName() as string;
        const bodyOffset = content ? offsetOf(content.start) : offsetOf((h.getStartRange() as AstRange).end);
        let bodyEnd = content ? offsetOf(content.end) : bodyOffset;
        // dockerfile-ast 0.7 takes a backslash in the last body line for a line continuation and counts
        // the delimiter line into the body (`echo a\b` / `EOT`). The builder ends the body at the first
        // line that is the delimiter (tabs stripped for `<<-`), so cut it there.
        const delimiterAt = content ? delimiterLineIn(text, bodyOffset, bodyEnd, name) : -1;
        if (delimiterAt >= 0) bodyEnd = Math.max(bodyOffset, delimiterAt - 1);
        const body = text.slice(bodyOffset, bodyEnd);
        out.heredocs.push({
          name,
          body,
          range: toRange(h.getStartRange()),
          bodyRange:
            !content || (delimiterAt >= 0 && bodyEnd <= bodyOffset) ? null : rangeOf(bodyOffset, bodyEnd),
          bodyOffset,
          isScript: false,
        });
      }
    }
    if (keyword === 'ARG' || keyword === 'ENV' || keyword === 'LABEL') {
      const props: (AstProperty | null)[] =
        keyword === 'ARG' ? [(inst as any).getProperty()] : ((inst as any).getProperties() as AstProperty[]);
      // `ARG a b` and `ARG a=1 b` declare several ARGs: dockerfile-ast reads no property for them.
      if (keyword === 'ARG' && !props[0] && out.args.length > 1)
        out.properties.push(...argNameProperties(out.args));
      for (const p of props) {
        if (!p) continue;
        const v = p.getValue();
        out.properties.push({
          name: p.getName(),
          value: v === null ? undefined : v,
          range: toRange(p.getRange()),
          nameRange: toRange(p.getNameRange()),
          valueRange: p.getValueRange() ? toRange(p.getValueRange()!) : null,
          legacyForm: keyword !== 'ARG' && p.getAssignmentOperator() === null && v !== null,
        });
      }
      out.properties = exact(out.properties); // as long-lived as the model: no room for 17 (shell.ts)
    }
    if (out.heredocs.length > 0) {
      // dockerfile-ast counts the heredoc bodies among the arguments; the builder does not.
      const firstBodyLine = out.heredocs[0].bodyRange?.line ?? out.heredocs[0].range.line + 1;
      out.args = out.args.filter((a) => a.range.line < firstBodyLine);
    }
    if (EXEC_FORM_INSTRUCTIONS.has(keyword)) {
      const exec = parseExecForm(argsText, escapeChar);
      if (exec) {
        out.form = 'exec';
        out.exec = exec;
      }
    }
    return out;
  };

  const astInstructions = ast.getInstructions();
  for (let i = 0; i < astInstructions.length; i++) {
    const inst = astInstructions[i];
    const index = model.instructions.length;
    const keyword = inst.getKeyword().toUpperCase();

    if (keyword === 'FROM') {
      const from = build(inst, index, model.stages.length);
      from.scope = globalScope;
      const stageIndex = model.stages.length;
      stage = makeStage(from, stageIndex, lastStageNamed, globalScope, escapeChar, rangeOf);
      model.stages.push(stage);
      if (stage.name !== undefined) lastStageNamed.set(stage.name, stageIndex);
      // A child stage inherits its parent's ENV, never its ARGs.
      const parentScope = stage.parent !== undefined ? stageEnv[stage.parent] : undefined;
      log = new ScopeLog(parentScope);
      scope = log.view();
      stageEnv.push(scope);
      shell = stage.parent !== undefined ? stageShell[stage.parent] : DEFAULT_SHELL;
      stageShell.push(shell);
      windowsStage =
        stage.parent !== undefined
          ? !model.stages[stage.parent].from.posixShell
          : isWindowsBase(stage.base, escapeChar);
      from.shell = shell;
      from.posixShell = !windowsStage && isPosixShell(shell);
      model.instructions.push(from);
      checkSyntax(from, model);
      continue;
    }

    if (!stage && keyword !== 'ARG') {
      // An instruction before any FROM (a template fragment, a file included by a build script): the
      // builder rejects the file (dockerfile/syntax, from-first say so), but the rest is still linted as
      // an implicit stage on an unknown base, with the global ARGs in scope.
      stage = implicitStage(inst, index, scope, shell, !windowsStage && isPosixShell(shell), toRange);
      model.stages.push(stage);
      stageEnv.push(scope);
      stageShell.push(shell);
    }
    const stageIndex = stage ? stage.index : -1;
    const out = build(inst, index, stageIndex);
    model.instructions.push(out);
    if (stage) stage.instructions.push(out);
    else if (keyword === 'ARG') model.globalArgs.push(out);
    checkSyntax(out, model);

    if (keyword === 'ONBUILD') {
      const trig = (inst as any).getTriggerInstruction?.() as AstInstruction | null;
      if (trig) {
        const t = build(trig, index, stageIndex);
        t.onbuild = out;
        out.trigger = t;
        checkSyntax(t, model);
        attachScript(t, model, escapeChar);
      }
    }

    // Apply the instruction's effect on the scope of the instructions after it.
    if (keyword === 'ARG' || keyword === 'ENV') {
      for (const p of out.properties) {
        let value: string | undefined;
        // ENV shadows an ARG of the same name, and `ARG NAME` does not undo it.
        if (keyword === 'ARG' && scope.get(p.name)?.kind === 'env') continue;
        if (p.value !== undefined) value = expandVars(p.value, scope, escapeChar).value;
        // `ARG NAME` inside a stage takes the global default, if any.
        else if (keyword === 'ARG') value = stage ? globalScope.get(p.name)?.value : undefined;
        log.add({ name: p.name, value, kind: keyword === 'ARG' ? 'arg' : 'env', declaredAt: index });
      }
      scope = log.view();
      if (!stage) globalScope = scope;
      else stageEnv[stage.index] = scope;
    } else if (keyword === 'SHELL' && out.exec && out.exec.length > 0) {
      shell = out.exec;
      if (stage) stageShell[stage.index] = shell;
      windowsStage = windowsStage && !isPosixShell(shell);
    }
    attachScript(out, model, escapeChar);
  }
  return model;
}

/**
 * Whether a stage's base runs Windows, whose default shell is cmd: a Windows base image name, or a
 * base that could not be resolved in a file using the backtick escape (the Windows convention). A
 * Linux Dockerfile that merely uses the backtick escape keeps its POSIX shell checks.
 */
function isWindowsBase(base: ImageRef, escapeChar: string): boolean {
  if (/windows|nanoserver|servercore/i.test(base.text)) return true;
  return escapeChar === '`' && (base.unresolved.length > 0 || base.text.trim() === '');
}

/** Offset of the first line in [start, end] that is the heredoc delimiter `name`, or -1. */
function delimiterLineIn(text: string, start: number, end: number, name: string): number {
  for (let lineStart = start; lineStart <= end;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (text.charCodeAt(i) === 9) i++; // `<<-` strips leading tabs
    if (lineEnd - i === name.length && text.startsWith(name, i)) return lineStart;
    lineStart = lineEnd + 1;
  }
  return -1;
}

/**
 * An instruction's argument, whose range is made when first read: most are never read (the words of
 * a RUN script, which rules read through its parsed commands), and a long script's hundreds of
 * ranges, each two line searches and an object, were several per cent of parsing the files with the
 * most bytes (the files that make the slowest percentile), and garbage to collect.
 */
class ArgumentOfInstruction implements DfArg {
  private kept: Range | undefined = undefined;

  constructor(
    readonly value: string,
    private readonly start: number,
    private readonly end: number,
    private readonly rangeOf: (start: number, end: number) => Range,
  ) {}

  get range(): Range {
    return (this.kept ??= this.rangeOf(this.start, this.end));
  }

  /** As a plain `{ value, range }` (JSON output, test comparisons). */
  toJSON(): DfArg {
    return { value: this.value, range: this.range };
  }
}

/** An instruction's arguments from the split, their ranges made when read (ArgumentOfInstruction). */
function argumentsOf(
  astArgs: readonly AstArgument[],
  rangeOf: (start: number, end: number) => Range,
  offsetOf: (p: AstPos) => number,
): DfArg[] {
  return astArgs.map(
    (a) =>
      new ArgumentOfInstruction(a.getValue(), argumentStart(a, offsetOf), argumentEnd(a, offsetOf), rangeOf),
  );
}

/** What the lazy `args` of a file's RUNs are split from (one per file). */
interface FileArguments {
  document: ArgumentText['document'];
  escapeChar: string;
  text: string;
  rangeOf: (start: number, end: number) => Range;
  offsetOf: (p: AstPos) => number;
}

/** Where a RUN's argument text is (after its keyword, to its end), its first argument past the flags. */
interface LazyArguments {
  file: FileArguments;
  from: number;
  to: number;
  firstArg: number;
  args?: DfArg[];
}

const LAZY_ARGUMENTS = Symbol('layerguard.lazyArguments');
type WithLazyArguments = DfInstruction & { [LAZY_ARGUMENTS]: LazyArguments };

/**
 * The `args` of a RUN, made when first read. A RUN's arguments are the words of its script, which the
 * rules read from `script`: on the corpus nothing else read them, yet each was an object made and kept
 * with the model (a long script, hundreds). The same split of the same text gives them when asked
 * (`splitText`), so they are what an eager split gave. One getter and setter for every RUN: an
 * accessor pair that is the same function objects keeps the instructions' shape shared.
 */
const LAZY_ARGS_PROPERTY: PropertyDescriptor = {
  get(this: WithLazyArguments): DfArg[] {
    const lazy = this[LAZY_ARGUMENTS];
    if (lazy.args === undefined) {
      const { file } = lazy;
      const raw = splitText({
        document: file.document,
        escapeChar: file.escapeChar,
        offset: lazy.from,
        text: file.text.slice(lazy.from, lazy.to),
      });
      lazy.args = argumentsOf(raw.slice(lazy.firstArg), file.rangeOf, file.offsetOf);
    }
    return lazy.args;
  },
  set(this: WithLazyArguments, args: DfArg[]) {
    this[LAZY_ARGUMENTS].args = args;
  },
  enumerable: true,
  configurable: true,
};

function defineLazyArguments(inst: DfInstruction, lazy: LazyArguments): void {
  (inst as WithLazyArguments)[LAZY_ARGUMENTS] = lazy;
  Object.defineProperty(inst, 'args', LAZY_ARGS_PROPERTY);
}

/** The 0-based line of `offset`, searched from line `from` on (`offset` is on it or after it). */
function lineAt(lineStarts: number[], offset: number, from: number): number {
  let lo = from;
  let hi = lineStarts.length - 1;
  // Most ranges end on the line they start on.
  if (lo === hi || lineStarts[lo + 1] > offset) return lo;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `["a", "b"]` as Docker reads it: a JSON array of strings, else shell form. */
export function parseExecForm(argsText: string, escapeChar: string): string[] | undefined {
  // The joined text starts with the first character that is not white space, unless that one is
  // dropped (a comment line's `#`, a line-ending escape): any other than `[` means shell form, which
  // most RUNs are, told without joining their lines.
  let q = 0;
  while (q < argsText.length && isJsSpace(argsText.charCodeAt(q))) q++;
  const first = argsText[q];
  if (first !== '[' && first !== '#' && first !== escapeChar) return undefined;
  const joined = joinContinuations(argsText, escapeChar).trim();
  if (!joined.startsWith('[') || !joined.endsWith(']')) return undefined;
  try {
    const value = JSON.parse(joined);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  } catch {
    /* not JSON: shell form */
  }
  return undefined;
}

/** Removes escape+newline continuations and the comment lines inside an instruction. */
export function joinContinuations(argsText: string, escapeChar: string): string {
  if (!argsText.includes('\n')) return argsText;
  const lines = argsText.split('\n');
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (i > 0 && /^\s*#/.test(line)) continue;
    const trimmed = line.trimEnd();
    if (trimmed.endsWith(escapeChar)) line = trimmed.slice(0, -1);
    out += line;
  }
  return out;
}

function makeStage(
  from: DfInstruction,
  index: number,
  /** Lower-cased stage name → index of the last earlier stage of that name (a scan per stage is quadratic). */
  lastStageNamed: ReadonlyMap<string, number>,
  globalScope: VarScope,
  escapeChar: string,
  rangeOf: (start: number, end: number) => Range,
): DfStage {
  const args = from.args;
  const imageArg = args[0];
  let name: string | undefined;
  let nameRaw: string | undefined;
  let nameRange: Range | undefined;
  if (args.length >= 3 && args[1].value.toLowerCase() === 'as') {
    nameRaw = args[2].value;
    name = nameRaw.toLowerCase();
    nameRange = args[2].range;
  }
  // A template (`FROM {{ .Image }} AS build`, `FROM php:%%VERSION%%`): the image is the first word with
  // its placeholders, whatever spaces they hold; nothing can be said about it until it is rendered.
  const tpl = templateWord(from.argsText);
  if (tpl && tpl.placeholders.length > 0) {
    const rest = from.argsText.slice(tpl.start + tpl.word.length);
    const as = /^\s+as\s+(\S+)/i.exec(rest);
    if (as) {
      nameRaw = as[1];
      name = nameRaw.toLowerCase();
      const at = from.argsOffset + tpl.start + tpl.word.length + as[0].length - as[1].length;
      nameRange = rangeOf(at, at + as[1].length);
    }
  }
  const raw = tpl && tpl.placeholders.length > 0 ? tpl.word : (imageArg?.value ?? '');
  const expanded = expandVars(raw, globalScope, escapeChar);
  const parsed = parseImageRef(expanded.value, raw);
  const literal = parseImageRef(raw.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, 'X'));
  const base: ImageRef = {
    ...parsed,
    unresolved: tpl && tpl.placeholders.length > 0 ? tpl.placeholders : expanded.unresolved,
    tagFromVariable:
      expanded.substituted && !literal.tag && !literal.digest && !!(parsed.tag || parsed.digest),
    ...(tpl && tpl.placeholders.length > 0 ? { templatePlaceholders: tpl.placeholders } : {}),
  };
  const parent = lastStageNamed.get(expanded.value.toLowerCase());
  // `FROM 0` style numeric references name an earlier stage by index (COPY --from does; FROM not).
  const platformFlag = from.flags.find((f) => f.name.toLowerCase() === 'platform');
  return {
    index,
    name,
    nameRaw,
    nameRange,
    from,
    base,
    parent,
    platform: platformFlag?.value ?? undefined,
    instructions: [],
  };
}

/**
 * The stage that instructions before any FROM are linted in: no base image (`implicit`), and a FROM
 * that is not in the file (an empty instruction at the start of the first such instruction).
 */
function implicitStage(
  first: AstInstruction,
  index: number,
  scope: VarScope,
  shell: string[],
  posixShell: boolean,
  toRange: (r: AstRange) => Range,
): DfStage {
  const start = (first.getRange() as AstRange).start;
  const at = toRange({ start, end: start });
  const from: DfInstruction = {
    index,
    keyword: 'FROM',
    keywordRaw: '',
    range: at,
    keywordRange: at,
    argsRange: null,
    argsText: '',
    argsOffset: 0,
    args: [],
    flags: [],
    form: 'shell',
    heredocs: [],
    properties: [],
    stage: 0,
    scope,
    shell,
    posixShell,
  };
  return {
    index: 0,
    from,
    base: { ...parseImageRef(''), unresolved: [], tagFromVariable: false },
    implicit: true,
    instructions: [],
  };
}

/** Instructions whose text a shell runs get their script parsed. */
function attachScript(inst: DfInstruction, model: DockerfileModel, escapeChar: '\\' | '`'): void {
  if (!inst.posixShell) return;
  const k = inst.keyword;
  if (k !== 'RUN' && k !== 'CMD' && k !== 'ENTRYPOINT' && k !== 'HEALTHCHECK') return;
  if (inst.form === 'exec') {
    if (k !== 'RUN' || !inst.exec || inst.exec.length === 0) return;
    inst.script = execScript(inst, escapeChar);
    return;
  }
  let text = inst.argsText;
  let offset = inst.argsOffset;
  if (k === 'HEALTHCHECK') {
    const m = /^\s*CMD\s+/i.exec(text);
    if (!m) return;
    offset += m[0].length;
    text = text.slice(m[0].length);
    if (text.trim().startsWith('[')) return;
  }
  if (inst.heredocs.length > 0) {
    // The command is what precedes the first body; bodies are scripts when the command is empty or a shell.
    const firstBody = inst.heredocs[0].bodyOffset;
    const lineEnd = model.text.lastIndexOf('\n', firstBody - 1);
    const cmdText = model.text.slice(offset, Math.max(offset, lineEnd));
    const head = parseShell(cmdText, { baseOffset: offset, escapeChar, dockerfileContinuations: true });
    const realCommands = head.commands.filter((c) => c.words.length > 0 || c.assignments.length > 0);
    const runsBody =
      realCommands.length === 0 ||
      (realCommands.length === 1 &&
        POSIX_SHELLS.has(basename(realCommands[0].name)) &&
        !realCommands[0].args.includes('-c'));
    const commands: SimpleCommand[] = runsBody ? [] : [...head.commands];
    const errors = [...head.errors];
    for (const h of inst.heredocs) {
      const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(h.body);
      const interp = shebang
        ? basename(shebang[1] === '/usr/bin/env' ? (shebang[2] ?? '') : shebang[1])
        : 'sh';
      h.isScript = k === 'RUN' && runsBody && POSIX_SHELLS.has(interp);
      if (!h.isScript) continue;
      const body = parseShell(h.body, {
        baseOffset: h.bodyOffset,
        escapeChar,
        dockerfileContinuations: false,
      });
      commands.push(...body.commands);
      errors.push(...body.errors);
    }
    inst.script = { commands, errors };
    return;
  }
  inst.script = parseShell(text, { baseOffset: offset, escapeChar, dockerfileContinuations: true });
}

/** RUN ["sh", "-c", "script"] runs a script; RUN ["apt-get", "install", …] is one command. */
function execScript(inst: DfInstruction, escapeChar: '\\' | '`'): ShellScript {
  const exec = inst.exec!;
  const start = inst.argsOffset;
  const end = inst.argsOffset + inst.argsText.length;
  const clamp = (s: ShellScript): ShellScript => {
    // Offsets inside a JSON string do not map to the file: point every word at the whole array.
    for (const c of s.commands) {
      c.start = start;
      c.end = end;
      for (const w of [...c.words, ...c.assignments]) {
        w.start = start;
        w.end = end;
      }
      for (const r of c.redirects) {
        r.start = start;
        r.end = end;
      }
    }
    s.errors = s.errors.map((e) => ({ ...e, start, end }));
    return s;
  };
  if (POSIX_SHELLS.has(basename(exec[0])) && exec[1] === '-c' && exec.length >= 3) {
    return clamp(parseShell(exec[2], { escapeChar, dockerfileContinuations: false }));
  }
  const words = exec.map((value) => ({
    value,
    raw: JSON.stringify(value),
    start,
    end,
    quoted: true,
    hasExpansion: false,
  }));
  return {
    commands: [
      {
        assignments: [],
        words,
        redirects: [],
        name: exec[0] ?? '',
        args: exec.slice(1),
        next: null,
        prev: null,
        pipeline: 0,
        depth: 0,
        negated: false,
        inSubstitution: false,
        subshell: false,
        start,
        end,
      },
    ],
    errors: [],
  };
}

/** Structural problems that make the file unbuildable; `dockerfile/syntax` reports them. */
function checkSyntax(inst: DfInstruction, model: DockerfileModel): void {
  if (!KNOWN_INSTRUCTIONS.has(inst.keyword)) {
    model.errors.push({
      message: `Unknown instruction "${inst.keywordRaw}"; the builder rejects the file. Known instructions are ${[...KNOWN_INSTRUCTIONS].join(', ')}.`,
      range: inst.keywordRange,
    });
    return;
  }
  // argsRange is null exactly when the split found no argument after the flags (it is read here, not
  // `args`, which a RUN makes only when asked).
  if (inst.argsRange === null && inst.heredocs.length === 0) {
    model.errors.push({ message: `${inst.keyword} needs at least one argument.`, range: inst.range });
    return;
  }
  model.errors.push(...instructionSyntaxProblems(inst, model));
}
