/**
 * ShellCheck for the shell scripts of a Dockerfile: the only I/O part of Dockerfile checking besides
 * reading files. The loader calls `shellcheckDockerfile` once per Dockerfile; it builds ONE script from
 * every shell-form RUN (and ONBUILD RUN) and every heredoc script, has it checked by the run's
 * `ShellcheckRunner` (shellcheck-runner.ts: many scripts per process, cached by content; one process
 * for a Dockerfile checked on its own), and maps each comment back to the Dockerfile's own lines and
 * columns. When ShellCheck cannot parse that script, the scripts are checked again in halves until the
 * one that does not parse is alone, so that each RUN is checked on its own and one bad RUN does not
 * silence the others (`checkIsolatingParseErrors`). The result goes on `model.shellcheck`, where the pure rule
 * `dockerfile/shellcheck` reports it as `shellcheck/SCxxxx` findings.
 *
 * How the script is built (`buildShellcheckInput`, pure):
 * - each RUN script becomes a function `__lg_N() { … }`, so that ShellCheck directives can target it;
 *   its first line `export`s the ARG/ENV names in scope (no SC2154 for build arguments);
 * - a RUN's text is what the builder hands the shell: escape+newline removed, so its continuation lines
 *   make one script line (each piece mapped to its own Dockerfile line), Dockerfile comment lines and
 *   empty continuation lines inside the instruction left out, white space after a trailing `\` dropped;
 *   a heredoc body keeps its lines;
 * - the dialect is the SHELL in effect (or the heredoc's shebang / `RUN bash <<EOF`); one file has one
 *   dialect, the most common one, and scripts of a bash-like shell in an `sh` file get
 *   `# shellcheck disable=SC3000-SC3999` (POSIX-portability warnings do not apply to them);
 * - `# hadolint ignore=SCxxxx` and `# shellcheck disable=SCxxxx` comments right above a RUN become a
 *   `# shellcheck disable=` for its function; `# hadolint global ignore=SCxxxx` excludes the code;
 * - SC1090, SC1091 (sourced files are not there to read) and SC2187 are always excluded.
 */
import type { Range, TextEdit } from '../../engine/types.js';
import type { LoadContext } from '../types.js';
import { basename } from './parse.js';
import { ShellcheckRunner } from './shellcheck-runner.js';
import type { Json1Comment } from './shellcheck-runner.js';
import type { DfInstruction, DockerfileModel, ShellcheckComment, ShellcheckResult } from './model.js';

export type ShellcheckMode = 'auto' | 'on' | 'off';

export interface ShellcheckSettings {
  /** auto: run when the binary is on PATH; on: run, and report a missing binary; off: never run. */
  mode: ShellcheckMode;
  /** Whether the policy enables `dockerfile/shellcheck` for a file (it is not run when not). */
  enabledFor?: (file: string) => boolean;
  /** The program to run; default `shellcheck` from PATH. */
  binary?: string;
  /** Milliseconds before the process is killed; default 20 s. */
  timeoutMs?: number;
  /**
   * The run's shared runner (batches scripts into few processes, caches by content); without one,
   * each Dockerfile gets a process of its own.
   */
  runner?: ShellcheckRunner;
}

/** What the loader receives from the engine: the usual context plus the ShellCheck settings. */
export interface ShellcheckContext extends LoadContext {
  shellcheck?: ShellcheckSettings;
}

export const ALWAYS_EXCLUDED = ['SC1090', 'SC1091', 'SC2187'];

/** ShellCheck's dialects, by shell program name; zsh and others are not checked. */
const DIALECTS: Record<string, string> = {
  sh: 'sh',
  dash: 'dash',
  ash: 'dash',
  busybox: 'dash',
  bash: 'bash',
  ksh: 'ksh',
  mksh: 'ksh',
  ksh93: 'ksh',
};
const POSIX_DIALECTS = new Set(['sh', 'dash']);

/** One line of the generated script: where it comes from (null for the wrapper lines). */
interface LineOrigin {
  /** 1-based Dockerfile line. */
  line: number;
  /** Add to a 1-based script column to get the Dockerfile column. */
  columnOffset: number;
  /** Length of the line in the script. */
  length: number;
  /**
   * For a RUN's lines joined at their continuations: the Dockerfile line each piece comes from, the
   * 1-based script column where it starts (`at`) and its length.
   */
  pieces?: { at: number; line: number; columnOffset: number; length: number }[];
}

interface Unit {
  inst: DfInstruction;
  dialect: string;
  lines: { text: string; origin: LineOrigin }[];
}

export interface ShellcheckInput {
  script: string;
  dialect: string;
  excludes: string[];
  /** Per script line (index 0 = line 1): its origin, or the instruction a wrapper line belongs to. */
  origins: (LineOrigin | { wrapper: DfInstruction })[];
  /** How many scripts (RUN texts, heredoc scripts) the input holds. */
  units: number;
}

/** The program name of a shell path (`/usr/bin/bash`, `C:\\…\\bash.exe` → `bash`). */
const programOf = (p: string): string => basename(p).replace(/\.exe$/i, '');

const ABOVE = /^\s*#\s*(?:hadolint\s+ignore|shellcheck\s+disable)\s*=\s*([A-Za-z0-9,\s-]+)/i;
const GLOBAL = /^\s*#\s*hadolint\s+global\s+ignore\s*=\s*([A-Za-z0-9,\s-]+)/i;

function scCodes(list: string): string[] {
  return list
    .split(/[,\s]+/)
    .filter((c) => /^SC\d{4}$/i.test(c))
    .map((c) => c.toUpperCase());
}

/** The codes named by `# hadolint ignore=…` / `# shellcheck disable=…` comment lines right above `inst`. */
function disabledAbove(model: DockerfileModel, inst: DfInstruction): string[] {
  const codes: string[] = [];
  for (let i = inst.range.line - 2; i >= 0 && /^\s*#/.test(model.lines[i]); i--) {
    const m = ABOVE.exec(model.lines[i]);
    if (m) codes.push(...scCodes(m[1]));
  }
  return codes;
}

/** `# hadolint global ignore=SC…` anywhere in the file. */
function globallyIgnored(model: DockerfileModel): string[] {
  const codes: string[] = [];
  for (const line of model.lines) {
    const m = GLOBAL.exec(line);
    if (m) codes.push(...scCodes(m[1]));
  }
  return codes;
}

/**
 * The text of a shell-form RUN as the shell will read it: the builder removes each escape+newline and
 * the comment and empty lines inside the instruction, so the continuation lines are joined into one
 * script line (hadolint does the same). Keeping them as separate lines ending in `\\` made ShellCheck
 * read `fi\\` + newline + `;fi` as a word instead of a keyword (a false parse error). Each piece keeps
 * its Dockerfile line for mapping comments back.
 */
function runLines(model: DockerfileModel, inst: DfInstruction, endOffset: number): Unit['lines'] {
  const out: Unit['lines'] = [];
  const start = model.rangeOf(inst.argsOffset, inst.argsOffset);
  const text = model.text.slice(inst.argsOffset, endOffset);
  const raw = text.split('\n');
  let current: Unit['lines'][number] | undefined;
  let continued = true;
  for (let i = 0; i < raw.length && continued; i++) {
    let line = raw[i];
    const dfLine = start.line + i;
    const columnOffset = i === 0 ? start.column - 1 : 0;
    if (i > 0 && /^[ \t]*#/.test(line)) continue; // a Dockerfile comment inside the instruction
    if (i > 0 && line.trim() === '') continue; // an empty continuation line
    const trimmed = line.replace(/[ \t]+$/, '');
    continued = trimmed.endsWith('\\');
    // The builder drops the escape and the white space after it, then the newline.
    if (continued) line = trimmed.slice(0, -1);
    if (!current) {
      current = { text: line, origin: { line: dfLine, columnOffset, length: line.length } };
      out.push(current);
      continue;
    }
    const o = current.origin;
    o.pieces ??= [{ at: 1, line: o.line, columnOffset: o.columnOffset, length: current.text.length }];
    o.pieces.push({ at: current.text.length + 1, line: dfLine, columnOffset, length: line.length });
    current.text += line;
    o.length = current.text.length;
  }
  return out;
}

function bodyLines(model: DockerfileModel, fromLine: number, toLine: number): Unit['lines'] {
  const out: Unit['lines'] = [];
  for (let l = fromLine; l <= toLine; l++) {
    const text = model.lines[l - 1] ?? '';
    out.push({ text, origin: { line: l, columnOffset: 0, length: text.length } });
  }
  return out;
}

/** The shell-script units of a RUN instruction (one for its text, or one per heredoc script). */
function unitsOf(model: DockerfileModel, inst: DfInstruction): Unit[] {
  if (inst.keyword !== 'RUN' || inst.form !== 'shell' || !inst.posixShell || !inst.argsRange) return [];
  const shellDialect = DIALECTS[programOf(inst.shell[0] ?? 'sh')];
  if (inst.heredocs.length === 0) {
    if (!shellDialect) return [];
    const lines = runLines(model, inst, inst.argsOffset + inst.argsText.length);
    return lines.length > 0 ? [{ inst, dialect: shellDialect, lines }] : [];
  }
  const scripts = inst.heredocs.filter((h) => h.isScript);
  if (scripts.length > 0) {
    // `RUN <<EOF` / `RUN bash <<EOF`: each body is a script of its own.
    // The program the bodies are fed to: `RUN bash <<EOF` → bash; `RUN <<EOF` → the SHELL.
    const lineEnd = model.text.lastIndexOf('\n', inst.heredocs[0].bodyOffset - 1);
    const command = /^\s*([^\s<]\S*)/.exec(
      model.text.slice(inst.argsOffset, Math.max(inst.argsOffset, lineEnd)),
    )?.[1];
    const out: Unit[] = [];
    for (const h of scripts) {
      if (!h.bodyRange) continue;
      const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(h.body);
      const interp = shebang
        ? programOf(programOf(shebang[1]) === 'env' ? (shebang[2] ?? '') : shebang[1])
        : programOf(command ?? inst.shell[0] ?? 'sh');
      const dialect = DIALECTS[interp] ?? shellDialect;
      if (!dialect) continue;
      const lines = bodyLines(model, h.bodyRange.line, h.bodyRange.endLine);
      // A body range that ends at column 1 ends with the newline before the delimiter.
      if (h.bodyRange.endColumn === 1 && lines.length > 1) lines.pop();
      out.push({ inst, dialect, lines });
    }
    return out;
  }
  // `RUN cat <<EOF > /file`: the command, the bodies and their delimiters make one shell script.
  if (!shellDialect) return [];
  const first = inst.heredocs[0];
  const lineEnd = model.text.lastIndexOf('\n', first.bodyOffset - 1);
  const lines = runLines(model, inst, Math.max(inst.argsOffset, lineEnd));
  const lastHd = inst.heredocs[inst.heredocs.length - 1];
  const lastHead = lines[lines.length - 1]?.origin;
  const headEnd = lastHead
    ? (lastHead.pieces?.[lastHead.pieces.length - 1].line ?? lastHead.line)
    : inst.range.line;
  const bodyEnd = lastHd.bodyRange ? lastHd.bodyRange.endLine + 1 : headEnd + 1;
  lines.push(...bodyLines(model, headEnd + 1, Math.min(bodyEnd, model.lines.length)));
  return [{ inst, dialect: shellDialect, lines }];
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The script ShellCheck reads for a Dockerfile, or null when it has no shell script to check. */
export function buildShellcheckInput(
  model: DockerfileModel,
  /** Only the units (scripts) [from, to) of the file, in file order; the dialect is still the file's. */
  select?: { from: number; to: number },
): ShellcheckInput | null {
  if (model.escapeChar !== '\\') return null;
  const all: Unit[] = [];
  for (const top of model.instructions) {
    for (const inst of top.trigger ? [top, top.trigger] : [top]) all.push(...unitsOf(model, inst));
  }
  if (all.length === 0) return null;
  const counts = new Map<string, number>();
  for (const u of all) counts.set(u.dialect, (counts.get(u.dialect) ?? 0) + 1);
  const dialect = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const units = select ? all.slice(select.from, select.to) : all;
  const lines: string[] = [];
  const origins: ShellcheckInput['origins'] = [];
  const wrapper = (text: string, inst: DfInstruction) => {
    lines.push(text);
    origins.push({ wrapper: inst });
  };
  units.forEach((u, n) => {
    const disable = [...new Set(disabledAbove(model, u.inst.onbuild ?? u.inst))];
    if (POSIX_DIALECTS.has(dialect) && !POSIX_DIALECTS.has(u.dialect)) disable.push('SC3000-SC3999');
    if (disable.length > 0) wrapper(`# shellcheck disable=${disable.join(',')}`, u.inst);
    wrapper(`__lg_${n + 1}() {`, u.inst);
    const names = [...u.inst.scope.keys()].filter((k) => IDENT.test(k));
    if (names.length > 0) wrapper(`export ${names.join(' ')}`, u.inst);
    for (const l of u.lines) {
      lines.push(l.text);
      origins.push(l.origin);
    }
    wrapper('}', u.inst);
  });
  const excludes = [...new Set([...ALWAYS_EXCLUDED, ...globallyIgnored(model)])];
  return { script: lines.join('\n') + '\n', dialect, excludes, origins, units: units.length };
}

type Position = { line: number; column: number } | undefined;

function mapPosition(input: ShellcheckInput, line: number, column: number, isEnd = false): Position {
  const o = input.origins[line - 1];
  if (!o || 'wrapper' in o) return undefined;
  if (!o.pieces) return { line: o.line, column: Math.min(column, o.length + 1) + o.columnOffset };
  // The piece the column falls in; an (exclusive) end right at a piece boundary ends the piece before.
  let k = 0;
  for (let i = 1; i < o.pieces.length; i++)
    if (o.pieces[i].at < column || (!isEnd && o.pieces[i].at === column)) k = i;
  const p = o.pieces[k];
  return { line: p.line, column: Math.min(column - p.at + 1, p.length + 1) + p.columnOffset };
}

const LEVELS = new Set(['error', 'warning', 'info', 'style']);

/** ShellCheck's json1 output mapped to the Dockerfile. */
export function mapShellcheckOutput(input: ShellcheckInput, json: string): ShellcheckComment[] {
  return mapShellcheckComments(input, (JSON.parse(json) as { comments?: Json1Comment[] }).comments ?? []);
}

/** ShellCheck's json1 comments on the script mapped to the Dockerfile. */
export function mapShellcheckComments(input: ShellcheckInput, comments: Json1Comment[]): ShellcheckComment[] {
  const out: ShellcheckComment[] = [];
  for (const c of comments) {
    const origin = input.origins[c.line - 1];
    if (!origin) continue;
    let range: Range;
    const start = mapPosition(input, c.line, c.column);
    if (!start) {
      // On a wrapper line (a syntax error at the end of a script): point at the instruction's keyword.
      range = (origin as { wrapper: DfInstruction }).wrapper.keywordRange;
    } else {
      let end = mapPosition(input, c.endLine, c.endColumn, true);
      if (!end || end.line < start.line || (end.line === start.line && end.column <= start.column)) {
        end = { line: start.line, column: start.column + 1 };
      }
      range = { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }
    let fix: TextEdit[] | undefined;
    if (c.fix && c.fix.replacements.length > 0 && start) {
      const edits: TextEdit[] = [];
      for (const r of c.fix.replacements) {
        const a = mapPosition(input, r.line, r.column);
        // An insertion maps its one point once, so that both ends stay on the same piece.
        const insertion = r.line === r.endLine && r.column === r.endColumn;
        const b = insertion ? a : mapPosition(input, r.endLine, r.endColumn, true);
        if (!a || !b) {
          edits.length = 0;
          break;
        }
        edits.push({
          range: { line: a.line, column: a.column, endLine: b.line, endColumn: b.column },
          text: r.replacement,
        });
      }
      if (edits.length === c.fix.replacements.length) fix = edits;
    }
    out.push({
      code: c.code,
      level: (LEVELS.has(c.level) ? c.level : 'warning') as ShellcheckComment['level'],
      message: c.message,
      range,
      ...(fix ? { fix } : {}),
    });
  }
  return out;
}

/**
 * Whether one script may have spilled into the others: ShellCheck gave up parsing (its json1 output
 * then holds only the parse errors, SC1072 "…Fix any mentioned problems and try again" or SC1073
 * "Couldn't parse this…"), or a quote was left open (SC1078), so that the string runs on into the
 * next RUNs, hiding their text, until another RUN's stray quote closes it.
 */
export function scriptsSpilled(comments: readonly ShellcheckComment[]): boolean {
  return comments.some((c) => c.code === 1072 || c.code === 1073 || c.code === 1078);
}

/**
 * Runs ShellCheck on the scripts [from, to) of the file. All scripts go in one process; when ShellCheck
 * cannot parse that input (or a quote runs on past its script), one bad script would silence every
 * other RUN of the file, so the scripts
 * are split in halves and each half checked again, down to the single script that does not parse,
 * whose own parse errors are then reported. k bad scripts among n cost at most 1 + 2·k·⌈log2 n⌉
 * processes; a file whose scripts all parse still costs one.
 */
async function checkIsolatingParseErrors(
  model: DockerfileModel,
  input: ShellcheckInput,
  range: { from: number; to: number },
  runner: ShellcheckRunner,
): Promise<ShellcheckComment[]> {
  const comments = mapShellcheckComments(input, await runner.check(input));
  if (range.to - range.from <= 1 || !scriptsSpilled(comments)) return comments;
  const mid = range.from + Math.ceil((range.to - range.from) / 2);
  const out: ShellcheckComment[] = [];
  for (const half of [
    { from: range.from, to: mid },
    { from: mid, to: range.to },
  ]) {
    const sub = buildShellcheckInput(model, half);
    if (sub) out.push(...(await checkIsolatingParseErrors(model, sub, half, runner)));
  }
  return out;
}

/**
 * Checks a Dockerfile's scripts with ShellCheck and stores the result on `model.shellcheck`. Never
 * throws: a missing binary, a crash or a timeout is recorded in the result's status.
 */
export async function shellcheckDockerfile(
  model: DockerfileModel,
  settings: ShellcheckSettings,
): Promise<void> {
  if (settings.mode === 'off') return;
  if (settings.enabledFor && !settings.enabledFor(model.path)) return;
  const input = buildShellcheckInput(model);
  if (!input) {
    model.shellcheck = { status: 'skipped', mode: settings.mode, comments: [] };
    return;
  }
  let result: ShellcheckResult;
  try {
    // Without the run's runner (a Dockerfile checked on its own), a runner for this one script.
    const runner =
      settings.runner ?? new ShellcheckRunner({ binary: settings.binary, timeoutMs: settings.timeoutMs });
    try {
      const comments = await checkIsolatingParseErrors(model, input, { from: 0, to: input.units }, runner);
      result = { status: 'ran', mode: settings.mode, comments };
    } finally {
      if (!settings.runner) await runner.close();
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') {
      result = {
        status: 'unavailable',
        mode: settings.mode,
        detail: `${settings.binary ?? 'shellcheck'} is not on PATH`,
        comments: [],
      };
    } else {
      result = { status: 'failed', mode: settings.mode, detail: err.message, comments: [] };
    }
  }
  model.shellcheck = result;
}

/** With `--shellcheck on`, a binary that is missing or fails makes the file not fully checked. */
export function shellcheckProblems(model: DockerfileModel): { message: string; range: Range }[] {
  const r = model.shellcheck;
  if (!r || r.mode !== 'on' || (r.status !== 'unavailable' && r.status !== 'failed')) return [];
  return [
    {
      message:
        `ShellCheck could not check the RUN scripts (${r.detail ?? r.status}), and --shellcheck on requires it. ` +
        'Install it (apt-get install shellcheck, brew install shellcheck), or run with --shellcheck auto.',
      range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
    },
  ];
}
