/**
 * The Dockerfile model that every `dockerfile/*` rule reads (DESIGN.md, "Targets and models").
 * Built once per file by `parseDockerfile`; rules never look at the raw AST.
 */
import type { Range, TextEdit } from '../../engine/types.js';
import type { ImageRef } from '../image-ref.js';
import type { ShellScript } from './shell-types.js';

export type { ImageRef } from '../image-ref.js';
export type { ShellScript, SimpleCommand, ShellWord } from './shell-types.js';

/** A whitespace-separated argument of an instruction, as dockerfile-ast splits it. */
export interface DfArg {
  value: string;
  range: Range;
}

/** A `--name=value` flag of FROM, RUN, COPY, ADD or HEALTHCHECK. */
export interface DfFlag {
  name: string;
  /** null for a flag written without `=` (`--link`). */
  value: string | null;
  range: Range;
  nameRange: Range;
  valueRange: Range | null;
}

/** A `KEY=value` (or legacy `KEY value`) pair of ARG, ENV or LABEL. */
export interface DfProperty {
  name: string;
  /** The value with quotes removed; undefined for `ARG NAME` without a default. */
  value: string | undefined;
  range: Range;
  nameRange: Range;
  valueRange: Range | null;
  /** True for ENV/LABEL's legacy `KEY value` form (no `=`). */
  legacyForm: boolean;
}

export interface DfHeredoc {
  name: string;
  /** The body text (without the delimiter lines); '' when empty. */
  body: string;
  /** Range of `<<NAME` on the instruction line. */
  range: Range;
  /** Range of the body; null when empty. */
  bodyRange: Range | null;
  /** Document offset of the body's first character. */
  bodyOffset: number;
  /** True when the body is run as a shell script (RUN <<EOF, or RUN sh <<EOF). */
  isScript: boolean;
}

/** A variable visible at an instruction: a declared ARG (with its value after defaults) or an ENV. */
export interface VarBinding {
  name: string;
  /** undefined for an ARG declared without a default whose value only `--build-arg` can give. */
  value: string | undefined;
  kind: 'arg' | 'env';
  /** Index in `DockerfileModel.instructions` of the declaring instruction (-1 for predefined ARGs). */
  declaredAt: number;
}

export type VarScope = ReadonlyMap<string, VarBinding>;

export interface DfInstruction {
  /** Position in `DockerfileModel.instructions` (ONBUILD triggers: the ONBUILD's index). */
  index: number;
  /** Upper-case keyword. */
  keyword: string;
  /** The keyword exactly as written (`from`, `Run`…). */
  keywordRaw: string;
  range: Range;
  keywordRange: Range;
  /** Range of the arguments after any flags; null when there are none. */
  argsRange: Range | null;
  /** The argument text after flags, exactly as written (continuations and inner comment lines kept). */
  argsText: string;
  /** Document offset where `argsText` starts. */
  argsOffset: number;
  /** The arguments after flags; for RUN/COPY/ADD with heredocs, only those before the first body. */
  args: DfArg[];
  /** Flags, with one level of quotes removed from their values as the builder reads them. */
  flags: DfFlag[];
  /** For RUN, CMD, ENTRYPOINT, SHELL, COPY, ADD and VOLUME: whether the arguments are a JSON array. */
  form: 'exec' | 'shell';
  /** The JSON array's strings in exec form. */
  exec?: string[];
  heredocs: DfHeredoc[];
  /** ARG, ENV and LABEL pairs. */
  properties: DfProperty[];
  /**
   * Index of the stage this instruction belongs to; -1 for the global ARGs before the first FROM. Other
   * instructions before any FROM belong to an implicit stage (`DfStage.implicit`).
   */
  stage: number;
  /** Variables visible to this instruction (before it takes effect itself). */
  scope: VarScope;
  /** The SHELL in effect, `["/bin/sh", "-c"]` unless changed. */
  shell: string[];
  /** True when the shell in effect is a POSIX-like shell (sh, bash, ash, dash, zsh, ksh). */
  posixShell: boolean;
  /**
   * The shell commands this instruction runs: RUN in shell form (the heredoc bodies that are scripts
   * included), RUN in exec form through `sh -c`, HEALTHCHECK CMD / CMD / ENTRYPOINT in shell form.
   * Undefined when the instruction runs no shell, or the shell is not POSIX-like.
   */
  script?: ShellScript;
  /** For ONBUILD: the instruction it registers. */
  trigger?: DfInstruction;
  /** For ONBUILD triggers: the ONBUILD instruction that carries them. */
  onbuild?: DfInstruction;
}

export interface DfStage {
  index: number;
  /** The `AS name`, lower-cased as BuildKit treats it; undefined when unnamed. */
  name?: string;
  /** The name as written. */
  nameRaw?: string;
  nameRange?: Range;
  from: DfInstruction;
  base: ImageRef;
  /** Index of the earlier stage this one starts from (`FROM build`), if any. */
  parent?: number;
  /** The `--platform` value as written. */
  platform?: string;
  /**
   * True for the stage that holds the instructions written before any FROM (a template fragment): it
   * has no base image and its `from` is not an instruction of the file (empty range, not in
   * `instructions`). Rules about FROM and base images skip it; every other rule lints it as a stage.
   */
  implicit?: boolean;
  /** Instructions of the stage, the FROM excluded. */
  instructions: DfInstruction[];
}

export interface DfComment {
  /** The text after `#`, trimmed. */
  text: string;
  range: Range;
}

export interface DfDirective {
  name: string;
  value: string;
  range: Range;
}

export interface DockerIgnore {
  /** Path of the ignore file relative to the working directory. */
  path: string;
  /** Patterns in file order, comments and blank lines removed. */
  patterns: string[];
}

/** One ShellCheck comment, mapped to the Dockerfile's lines (see shellcheck.ts). */
export interface ShellcheckComment {
  /** The SC number (2086 for SC2086). */
  code: number;
  level: 'error' | 'warning' | 'info' | 'style';
  message: string;
  range: Range;
  /** ShellCheck's own fix, when every part of it maps to the Dockerfile. */
  fix?: TextEdit[];
}

/** What running ShellCheck on the file's scripts gave; set by the loader, absent when it was not asked to run. */
export interface ShellcheckResult {
  /**
   * ran: checked; skipped: no script to check; unavailable: no shellcheck binary; failed: it crashed or
   * timed out (`detail` says which).
   */
  status: 'ran' | 'skipped' | 'unavailable' | 'failed';
  /** The `--shellcheck` mode it ran with. */
  mode: 'auto' | 'on';
  detail?: string;
  comments: ShellcheckComment[];
}

export interface DockerfileModel {
  /** Path relative to the working directory. */
  path: string;
  text: string;
  lines: string[];
  escapeChar: '\\' | '`';
  directives: DfDirective[];
  comments: DfComment[];
  /** Every top-level instruction in order (ONBUILD triggers hang off their ONBUILD). */
  instructions: DfInstruction[];
  /** ARG instructions before the first FROM. */
  globalArgs: DfInstruction[];
  stages: DfStage[];
  /** The `.dockerignore` that applies (`<name>.dockerignore` first), or null; filled by the loader. */
  dockerignore: DockerIgnore | null;
  /** Problems the parser found (unknown instruction, missing arguments…), with ranges. */
  errors: { message: string; range: Range }[];
  /** ShellCheck's comments on the RUN scripts; filled by the loader when ShellCheck ran (I/O side). */
  shellcheck?: ShellcheckResult;
  /** The 1-based range of document offsets [start, end). */
  rangeOf(start: number, end: number): Range;
}
