/**
 * Shell scripts, Makefiles and workflow `run:` scripts: every `docker`/`podman` `run|create` command
 * becomes a RuntimeSpec. Scripts are tokenised by `parseShell`, so text in quotes, `echo` arguments and
 * here-documents never count as commands.
 */
import { parseShell } from '../dockerfile/shell.js';
import type { InputProblem, LoadedTarget, TargetUnit } from '../types.js';
import { specFromCommand } from './cli.js';
import type { RangeOf } from './cli.js';
import { MappedText } from './mapped.js';
import { LineIndex, shellCommentSpans } from './text.js';
import type { SourceComment } from './text.js';

const MENTIONS_ENGINE = /\b(?:docker|podman)\b/;

export interface ScriptResult {
  units: TargetUnit[];
  comments: SourceComment[];
  problems: InputProblem[];
}

export interface ScriptOptions {
  file: string;
  kind: 'cli' | 'workflow';
  rangeOf: RangeOf;
  namePrefix?: string;
  job?: string;
  /** Context prefix for findings (`job test, step "Build"`). */
  contextPrefix?: string;
}

/**
 * The run commands of a script. Tokeniser errors are reported only where they can hide a docker or
 * podman command (an unterminated quote that swallows one): elsewhere they do not affect this target.
 */
export function scriptUnits(script: string, opts: ScriptOptions): ScriptResult {
  const units: TargetUnit[] = [];
  const problems: InputProblem[] = [];
  const comments: SourceComment[] = shellCommentSpans(script).map((c) => ({
    text: c.text,
    range: opts.rangeOf(c.start, c.end),
  }));
  if (!MENTIONS_ENGINE.test(script)) return { units, comments, problems };
  const parsed = parseShell(script, { dockerfileContinuations: false });
  for (const cmd of parsed.commands) {
    const spec = specFromCommand(cmd, {
      file: opts.file,
      kind: opts.kind,
      rangeOf: opts.rangeOf,
      namePrefix: opts.namePrefix,
      job: opts.job,
    });
    if (!spec) continue;
    const service = opts.contextPrefix ? `${opts.contextPrefix}: ${spec.source.name}` : spec.source.name;
    units.push({
      model: spec,
      context: { service, ...(spec.image?.value ? { image: spec.image.value } : {}) },
    });
  }
  for (const e of parsed.errors) {
    // An error that stops the parse (nesting too deep) loses the command it is in, which started
    // before it: look from the end of the last command read before it, not from the error itself
    // (a `docker run --privileged "$(…` nested 300 deep was otherwise dropped without a word).
    let from = 0;
    for (const c of parsed.commands) if (c.end <= e.start && c.end > from) from = c.end;
    const stops = e.end <= e.start;
    const span = script.slice(stops ? from : e.start, stops ? script.length : e.end);
    if (!MENTIONS_ENGINE.test(span)) continue;
    problems.push({
      message: `shell syntax error: ${e.message}; docker/podman commands in this part of the script were not checked`,
      range: opts.rangeOf(e.start, Math.max(e.start + 1, Math.min(e.end, e.start + 1))),
    });
  }
  return { units, comments, problems };
}

/** A shell script (`*.sh`, `*.bash`, a sh/bash shebang). */
export function loadShellScript(relPath: string, text: string): LoadedTarget {
  const index = new LineIndex(text);
  const r = scriptUnits(text, { file: relPath, kind: 'cli', rangeOf: (s, e) => index.range(s, e) });
  return {
    kind: 'runtime',
    file: relPath,
    text,
    units: r.units,
    problems: r.problems,
    comments: r.comments,
    stats: { format: 'shell', containers: r.units.length },
  };
}

/**
 * The shell script a Makefile's recipes make: recipe lines (tab-prefixed, after a rule line) with their
 * `@`, `-` and `+` prefixes removed and `$$` read as `$`; `$(VAR)` make variables stay as they are (the
 * shell sees them as opaque substitutions). Every character maps back to the Makefile.
 */
export function makefileScript(text: string): {
  script: MappedText;
  makeComments: { start: number; end: number; text: string }[];
} {
  const script = new MappedText();
  const makeComments: { start: number; end: number; text: string }[] = [];
  let inRule = false;
  let recipeContinues = false;
  let makeContinues = false;
  let inDefine = false;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let line = text.slice(pos, nl);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const start = pos;
    pos = nl + 1;
    if (inDefine) {
      if (/^\s*endef\b/.test(line)) inDefine = false;
      script.pushAt('\n', nl);
      continue;
    }
    if (line.startsWith('\t') && inRule && !makeContinues) {
      let i = 1;
      if (!recipeContinues) {
        while (i < line.length && /[@\-+ \t]/.test(line[i])) i++;
      }
      // `$$` is a literal `$` for the shell.
      let seg = i;
      for (let j = i; j < line.length; j++) {
        if (line[j] === '$' && line[j + 1] === '$') {
          script.push(line.slice(seg, j + 1), start + seg);
          j++;
          seg = j + 1;
        }
      }
      script.push(line.slice(seg), start + seg);
      recipeContinues = line.endsWith('\\');
      script.pushAt('\n', Math.min(nl, text.length));
      continue;
    }
    recipeContinues = false;
    const wasContinued = makeContinues;
    makeContinues = line.endsWith('\\');
    script.pushAt('\n', Math.min(nl, text.length));
    if (wasContinued || line.trim() === '') continue;
    const hash = line.search(/(?<!\\)#/);
    if (hash >= 0)
      makeComments.push({ start: start + hash, end: start + line.length, text: line.slice(hash + 1).trim() });
    if (/^\s*#/.test(line)) continue;
    if (/^\s*define\b/.test(line)) {
      inDefine = true;
      inRule = false;
      continue;
    }
    // A rule line: `targets: prerequisites` (not a `:=`/`::=` assignment, not a conditional).
    const code = hash >= 0 ? line.slice(0, hash) : line;
    inRule =
      /^[^\t=#]*[^:=\s]\s*::?(?![=:])/.test(code) &&
      !/^\s*(?:ifn?eq|ifn?def|else|endif|export|include|-include|override)\b/.test(code);
  }
  return { script, makeComments };
}

/** A Makefile: the docker/podman run lines of its recipes. */
export function loadMakefile(relPath: string, text: string): LoadedTarget {
  const index = new LineIndex(text);
  const { script, makeComments } = makefileScript(text);
  const r = scriptUnits(script.text, {
    file: relPath,
    kind: 'cli',
    rangeOf: (s, e) => script.rangeOf(index, s, e),
  });
  const comments = [
    ...makeComments.map((c) => ({ text: c.text, range: index.range(c.start, c.end) })),
    ...r.comments,
  ];
  comments.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
  return {
    kind: 'runtime',
    file: relPath,
    text,
    units: r.units,
    problems: r.problems,
    comments,
    stats: { format: 'makefile', containers: r.units.length },
  };
}
