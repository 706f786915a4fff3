/**
 * Inline suppression comments, read from `LoadedTarget.comments`:
 *
 * - `# layerguard ignore=<rule>[,<rule>…] [-- reason]`: the next instruction (Dockerfiles: the first
 *   instruction that starts after the comment, continuation lines included) or the next line (other
 *   files: the next line that is neither blank nor a comment, with its `\` continuation lines; a
 *   comment after code on the same line covers that line).
 * - `# layerguard ignore-stage=…`: the stage the comment is in (or, right before a FROM, that stage).
 * - `# layerguard ignore-file=…`: the whole file.
 * - hadolint: `# hadolint ignore=DL3008,DL3015`, `# hadolint global ignore=…`, `# hadolint stage ignore=…`.
 * - BuildKit: the `# check=skip=JSONArgsRecommended,…` parser directive (`skip=all`: every rule
 *   with a BuildKit check name).
 *
 * Rule names are layerguard ids or aliases (hadolint codes, BuildKit check names), case-insensitive.
 */
import type { Range } from '../engine/types.js';
import type { Rule } from '../rules/define.js';
import type { DockerfileModel } from '../targets/dockerfile/model.js';
import type { LoadedTarget } from '../targets/types.js';

export type DirectiveScope = 'next' | 'stage' | 'file';
export type DirectiveSyntax = 'layerguard' | 'hadolint' | 'buildkit';

export interface ParsedComment {
  syntax: DirectiveSyntax;
  scope: DirectiveScope;
  tokens: string[];
  reason?: string;
}

export interface Directive extends ParsedComment {
  range: Range;
  /** Lines covered, inclusive; absent for whole-file scope. */
  lines?: { from: number; to: number };
  /** Why the directive cannot apply (e.g. ignore-stage outside a Dockerfile). */
  invalid?: string;
}

const LAYERGUARD = /^layerguard\b\s*(.*)$/i;
const LAYERGUARD_BODY = /^(ignore|ignore-stage|ignore-file)\s*=\s*(.*)$/i;
const HADOLINT = /^hadolint\s+(?:(global|stage)\s+)?ignore\s*=\s*(.*)$/i;
const TOKEN = /^[A-Za-z0-9_./-]+$/;

function splitReason(rest: string): { list: string; reason?: string } {
  const m = /^(.*?)(?:\s+--\s*|\s*#\s*|\s+--$)(.*)$/.exec(rest);
  if (!m) return { list: rest.trim() };
  const reason = m[2].trim();
  return { list: m[1].trim(), ...(reason ? { reason } : {}) };
}

function splitTokens(list: string): string[] {
  return list
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** Parses one comment's text (with or without the leading `#`). null: not a suppression comment. */
export function parseSuppressionComment(text: string): ParsedComment | { malformed: string } | null {
  const body = text.replace(/^#\s*/, '').trim();
  const lg = LAYERGUARD.exec(body);
  if (lg) {
    const m = LAYERGUARD_BODY.exec(lg[1]);
    if (!m) {
      return {
        malformed: `"# ${body}" is not a layerguard directive; write # layerguard ignore=<rule>[,<rule>] -- <reason> (or ignore-stage=, ignore-file=)`,
      };
    }
    const { list, reason } = splitReason(m[2]);
    const tokens = splitTokens(list);
    const bad = tokens.find((t) => !TOKEN.test(t));
    if (tokens.length === 0 || bad !== undefined) {
      return {
        malformed: `"# ${body}" names ${bad !== undefined ? `"${bad}", which is not a rule id` : 'no rule'}; write # layerguard ${m[1].toLowerCase()}=<rule>[,<rule>] -- <reason>`,
      };
    }
    const kw = m[1].toLowerCase();
    return {
      syntax: 'layerguard',
      scope: kw === 'ignore' ? 'next' : kw === 'ignore-stage' ? 'stage' : 'file',
      tokens,
      ...(reason ? { reason } : {}),
    };
  }
  const hl = HADOLINT.exec(body);
  if (hl) {
    const { list, reason } = splitReason(hl[2]);
    const tokens = splitTokens(list.split(/\s+/)[0] ?? '');
    const scope =
      hl[1]?.toLowerCase() === 'global' ? 'file' : hl[1]?.toLowerCase() === 'stage' ? 'stage' : 'next';
    return { syntax: 'hadolint', scope, tokens, ...(reason ? { reason } : {}) };
  }
  return null;
}

/** The tokens of a BuildKit `check` directive's `skip=` (empty when it skips nothing). */
export function parseCheckDirective(value: string): string[] {
  for (const part of value.split(';')) {
    const [k, v] = part.split('=', 2).map((s) => s.trim());
    if (k?.toLowerCase() === 'skip' && v !== undefined) return splitTokens(v);
  }
  return [];
}

function nextCodeLine(lines: string[], after: number): number | undefined {
  for (let i = after; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t === '' || t.startsWith('#')) continue;
    return i + 1;
  }
  return undefined;
}

function coverDockerfile(d: Directive, model: DockerfileModel): void {
  const line = d.range.line;
  const next = model.instructions.find((i) => i.range.line > line);
  if (d.scope === 'next') {
    d.lines = next ? { from: next.range.line, to: next.range.endLine } : { from: line + 1, to: line };
    return;
  }
  if (d.scope === 'stage') {
    let stage = next?.keyword === 'FROM' ? model.stages.find((s) => s.from === next) : undefined;
    if (!stage) stage = [...model.stages].reverse().find((s) => s.from.range.line < line) ?? model.stages[0];
    if (!stage) {
      d.invalid = 'there is no stage for it to apply to';
      return;
    }
    const following = model.stages[stage.index + 1];
    d.lines = {
      from: stage.from.range.line,
      to: following ? following.from.range.line - 1 : Number.MAX_SAFE_INTEGER,
    };
  }
}

function coverText(d: Directive, lines: string[] | undefined): void {
  if (d.scope === 'stage') {
    d.invalid =
      'ignore-stage applies only in Dockerfiles; use ignore= for the next line or ignore-file= here';
    return;
  }
  if (d.scope !== 'next') return;
  const line = d.range.line;
  if (!lines) {
    d.lines = { from: line + 1, to: line + 1 };
    return;
  }
  const before = (lines[line - 1] ?? '').slice(0, Math.max(0, d.range.column - 1));
  if (before.trim() !== '') {
    d.lines = { from: line, to: line };
    return;
  }
  const from = nextCodeLine(lines, line);
  if (from === undefined) {
    d.lines = { from: line + 1, to: line };
    return;
  }
  let to = from;
  while (to < lines.length && /\\\s*$/.test(lines[to - 1])) to++;
  d.lines = { from, to };
}

/** Every suppression directive of a target, with the lines it covers; malformed ones are reported. */
export function directivesOf(target: LoadedTarget): {
  directives: Directive[];
  malformed: { range: Range; message: string }[];
} {
  const directives: Directive[] = [];
  const malformed: { range: Range; message: string }[] = [];
  const model =
    target.kind === 'dockerfile' ? (target.units[0]?.model as DockerfileModel | undefined) : undefined;
  // Lines of a file without a model, for comments that cover the next line (a Dockerfile's model has them).
  const lines = model ? undefined : target.text?.split(/\r?\n/);
  // dockerfile-ast reads any `# word…=value` line at the top as a parser directive (it takes
  // `# hadolint global ignore=DL3007` for a directive named "hadolint"), so such lines are read from
  // the source here; BuildKit itself treats them as comments.
  const comments = [...(target.comments ?? [])];
  const seenLines = new Set(comments.map((c) => c.range.line));
  for (const dir of model?.directives ?? []) {
    if (['syntax', 'escape', 'check'].includes(dir.name.toLowerCase()) || seenLines.has(dir.range.line))
      continue;
    const raw = model!.lines[dir.range.line - 1] ?? '';
    comments.push({ text: raw.replace(/^\s*#/, '').trim(), range: dir.range });
  }
  for (const c of comments) {
    const parsed = parseSuppressionComment(c.text);
    if (!parsed) continue;
    if ('malformed' in parsed) {
      malformed.push({ range: c.range, message: parsed.malformed });
      continue;
    }
    const d: Directive = { ...parsed, range: c.range };
    if (model) coverDockerfile(d, model);
    else coverText(d, lines);
    directives.push(d);
  }
  for (const dir of model?.directives ?? []) {
    if (dir.name.toLowerCase() !== 'check') continue;
    const tokens = parseCheckDirective(dir.value);
    if (tokens.length > 0) directives.push({ syntax: 'buildkit', scope: 'file', tokens, range: dir.range });
  }
  return { directives, malformed };
}

/** BuildKit check names are CamelCase words (JSONArgsRecommended), unlike DL3007 or SC2086. */
const BUILDKIT_NAME = /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/;

/** Resolves a token to rule ids: an id (exact), else every rule with that alias (case-insensitive). */
export function resolveToken(
  token: string,
  syntax: DirectiveSyntax,
  rules: Iterable<Rule>,
  customIds: Iterable<string>,
): string[] {
  const all = [...rules];
  const t = token.toLowerCase();
  // ShellCheck codes (`# hadolint ignore=SC2086`): dockerfile/shellcheck reports them as shellcheck/SC2086.
  const sc = /^(?:shellcheck\/)?(sc\d{4})$/.exec(t);
  if (sc && all.some((r) => r.id === 'dockerfile/shellcheck')) return [`shellcheck/${sc[1].toUpperCase()}`];
  const byId = all.find((r) => r.id === token) ?? all.find((r) => r.id.toLowerCase() === t);
  if (byId) return [byId.id];
  for (const id of customIds) if (id.toLowerCase() === t) return [id];
  if (syntax === 'buildkit' && t === 'all')
    return all.filter((r) => r.aliases.some((a) => BUILDKIT_NAME.test(a))).map((r) => r.id);
  return all.filter((r) => r.aliases.some((a) => a.toLowerCase() === t)).map((r) => r.id);
}

export function covers(d: Directive, line: number): boolean {
  if (d.invalid) return false;
  if (d.scope === 'file') return true;
  return !!d.lines && line >= d.lines.from && line <= d.lines.to;
}
