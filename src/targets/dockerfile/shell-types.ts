/**
 * The shell-script model of a RUN instruction (or a heredoc body): simple commands with their words,
 * so that rules ask "is there an `apt-get install` without `--no-install-recommends`" instead of
 * matching regexes over raw text.
 */

/** A word of a simple command. `value` has quotes removed and escapes applied; `$VAR`, `$(…)`, `${…}`
 * and backquoted text are kept literally in it (the shell would expand them at build time). */
export interface ShellWord {
  value: string;
  /** The word exactly as written in the source text (continuations included). */
  raw: string;
  /** Offsets into the text given to `parseShell` (plus its `baseOffset`), end exclusive. */
  start: number;
  end: number;
  /** True when any part of the word was quoted. */
  quoted: boolean;
  /** True when the word contains an expansion (`$x`, `${x}`, `$(…)`, backquotes, `$((…))`). */
  hasExpansion: boolean;
}

export type ShellOperator = '&&' | '||' | ';' | '|' | '|&' | '&' | '\n';

export interface ShellRedirect {
  /** `>`, `>>`, `<`, `2>`, `&>`, `2>&1`, `<<`, `<<<`, … as written (with the fd number). */
  op: string;
  /** The target word (file, fd or heredoc delimiter); absent for a dangling operator. */
  target?: ShellWord;
  start: number;
  end: number;
}

export interface SimpleCommand {
  /** Leading `NAME=value` assignments (`DEBIAN_FRONTEND=noninteractive apt-get …`). */
  assignments: ShellWord[];
  /** The command name and its arguments, assignments and redirections excluded. */
  words: ShellWord[];
  redirects: ShellRedirect[];
  /** `words[0].value`, or '' for an assignment-only command. */
  name: string;
  /** `words.slice(1).map(w => w.value)`. */
  args: string[];
  /** The operator that joins this command to the next one; null for the last command. */
  next: ShellOperator | null;
  /** The operator that joins the previous command to this one; null for the first command. */
  prev: ShellOperator | null;
  /** Index of the pipeline (a run of commands joined by `|`) this command belongs to. */
  pipeline: number;
  /** Nesting depth of `( … )`, `{ … }`, `$( … )`, `if/while/for/case` bodies; 0 at top level. */
  depth: number;
  /** True when preceded by `!`. */
  negated: boolean;
  /** True when the command was found inside a command substitution `$( … )` or backquotes. */
  inSubstitution: boolean;
  /** True when the command runs in a child shell (`( … )` or a command substitution), so that its
   * `cd`, `export` or `set` do not affect the commands after the subshell. */
  subshell: boolean;
  start: number;
  end: number;
}

export interface ShellScript {
  /** Every simple command in source order, including those nested in subshells, conditionals, loops
   * and command substitutions. */
  commands: SimpleCommand[];
  /** Problems found while tokenising (unterminated quote, unbalanced parenthesis…); parsing always
   * completes with a best-effort result. */
  errors: { message: string; start: number; end: number }[];
}

export interface ParseShellOptions {
  /** Added to every offset in the result, so that offsets point into the whole Dockerfile. */
  baseOffset?: number;
  /** The Dockerfile's escape character. With '`' a backslash is an ordinary character. */
  escapeChar?: '\\' | '`';
  /** True when the text is a RUN instruction's argument text: a line continuation (escape character
   * followed by a newline) joins lines, and lines that start with `#` inside the instruction are
   * Dockerfile comments removed before the shell sees the script. False for heredoc bodies, where
   * newlines separate commands. */
  dockerfileContinuations?: boolean;
}
