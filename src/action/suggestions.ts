/**
 * Checks a fix suggestion before it is offered: applied to the head commit's file, it must give a file
 * that still reads (no new `policy/unparsable`), no longer has the findings the comment is about on the
 * lines it rewrote, and has no finding there of a rule that was not there before. A suggestion that
 * fails is not posted (the comment still describes the fix in words).
 *
 * The file is checked in memory, with the run's policy and the same loader the engine uses.
 */
import path from 'node:path';
import { evaluate } from '../engine/check.js';
import { readTargetFile } from '../engine/discover.js';
import type { Finding } from '../engine/types.js';
import type { ResolvedPolicy } from '../policy/types.js';
import { FILE_TARGETS } from '../targets/index.js';
import type { TargetKind } from '../targets/types.js';
import type { Suggestion } from './review.js';

/** The findings of a file's text (repository path), or undefined when it cannot be checked alone. */
export type Linter = (
  repoFile: string,
  text: string,
  withShellcheck: boolean,
) => Promise<Finding[] | undefined>;

export function makeLinter(opts: {
  policy: ResolvedPolicy;
  cwd: string;
  /** The working directory relative to the repository root ('' for the root). */
  prefix: string;
  kinds: ReadonlyMap<string, TargetKind>;
  shellcheck: 'auto' | 'on' | 'off';
}): Linter {
  return async (repoFile, text, withShellcheck) => {
    const kind = opts.kinds.get(repoFile);
    if (!kind || kind === 'image') return undefined;
    const rel = opts.prefix ? repoFile.slice(opts.prefix.length + 1) : repoFile;
    const head = text.slice(0, 4096);
    const handler = FILE_TARGETS.find((h) => h.kind === kind && (h.claimsExplicit ?? h.claims)(rel, head));
    if (!handler) return undefined;
    const target = await handler.load(rel, text, {
      cwd: opts.cwd,
      async readSibling(sibling: string) {
        try {
          return await readTargetFile(path.join(opts.cwd, sibling), opts.cwd);
        } catch {
          return null;
        }
      },
      shellcheck: { mode: withShellcheck ? opts.shellcheck : 'off', enabledFor: () => withShellcheck },
    } as Parameters<typeof handler.load>[2]);
    return evaluate([target], opts.policy).findings.filter((f) => !f.suppressed);
  };
}

/** `text` with `s` applied (lines `s.startLine..s.endLine` replaced). */
export function applySuggestion(text: string, s: Suggestion): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const final = lines.length > 1 && lines[lines.length - 1] === '';
  if (final) lines.pop();
  const replacement = s.text === '' ? [] : s.text.split('\n');
  lines.splice(s.startLine - 1, s.endLine - s.startLine + 1, ...replacement);
  return lines.join(eol) + (final ? eol : '');
}

const overlaps = (f: Finding, start: number, end: number) => f.line <= end && f.endLine >= start;

/**
 * Whether `s`, applied to `headText`, fixes the findings `about` (rule ids) without breaking the file.
 * `before` are the findings of `headText` itself.
 */
export async function suggestionFixes(
  lint: Linter,
  file: string,
  headText: string,
  before: readonly Finding[],
  s: Suggestion,
  about: readonly string[],
): Promise<boolean> {
  const withShellcheck = about.includes('dockerfile/shellcheck');
  const after = await lint(file, applySuggestion(headText, s), withShellcheck);
  if (!after) return false;
  const unparsable = (list: readonly Finding[]) =>
    list.filter((f) => f.ruleId === 'policy/unparsable').length;
  if (unparsable(after) > unparsable(before)) return false;
  const newEnd = s.startLine + (s.text === '' ? 0 : s.text.split('\n').length) - 1;
  const there = after.filter((f) => overlaps(f, s.startLine, Math.max(s.startLine, newEnd)));
  if (there.some((f) => about.includes(f.ruleId))) return false;
  const rulesBefore = new Set(before.filter((f) => overlaps(f, s.startLine, s.endLine)).map((f) => f.ruleId));
  return there.every((f) => rulesBefore.has(f.ruleId));
}
