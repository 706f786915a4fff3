/**
 * Positions on the pull request's head commit.
 *
 * On `pull_request`, actions/checkout checks out the merge commit (`refs/pull/N/merge`), so findings are
 * computed on the merge of the PR with the base branch as it is now. Review comments, suggestions and
 * annotations, however, are shown on the head commit's files: when the base branch has moved on (lines
 * added above the PR's changes), the same line numbers point at other lines.
 *
 * Design: findings are computed once, on the checked-out files, and their lines are *mapped* to the
 * head commit's lines through the diff from the head commit to the checked-out files. A line the head
 * has too (unchanged in that diff) maps to its head line number; a line that only the merge has (the
 * base branch's changes) maps to nothing, and a finding on such a line gets no position on the pull
 * request. The diff comes from, in order:
 *
 * 1. nothing at all, when the checked-out commit is the head (`ref: head.sha`, push events) or the
 *    workspace is not a git checkout;
 * 2. local git, when the head commit is in the clone (`fetch-depth: 0` or 2): `git diff <head>`;
 * 3. the compare API (`GET /compare/<head>...<checked-out sha>`), for the usual shallow clone.
 *
 * The diff also gives the head file's text (its context and removed lines), so that a suggestion is
 * posted only when the lines it replaces are byte for byte the head file's lines, and so that it can
 * be checked on the head file (see `suggestions.ts`).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { CheckResult } from '../engine/check.js';
import type { Finding } from '../engine/types.js';
import type { Octokit } from './octokit.js';
import { imageFiles, inRepository, notOnHead } from './repo-view.js';

const run = promisify(execFile);

interface Hunk {
  /** Checked-out (new-side) lines `newStart..newEnd-1`, head (old-side) lines `oldStart..oldEnd-1`. */
  newStart: number;
  newEnd: number;
  oldStart: number;
  oldEnd: number;
  /** New-side line -> old-side line, for the context lines inside the hunk. */
  same: Map<number, number>;
  /** The head's lines of the hunk (context and removed), in order. */
  oldLines: string[];
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** The hunks of one file's unified diff (old side = head, new side = checked out). */
export function parseHunks(patch: string): Hunk[] {
  const hunks: Hunk[] = [];
  let h: Hunk | undefined;
  let oldLine = 0;
  let newLine = 0;
  for (const line of patch.split('\n')) {
    const m = HUNK.exec(line);
    if (m) {
      const oldCount = m[2] === undefined ? 1 : Number(m[2]);
      const newCount = m[4] === undefined ? 1 : Number(m[4]);
      // A side with no lines names the line before the change.
      const oldStart = Number(m[1]) + (oldCount === 0 ? 1 : 0);
      const newStart = Number(m[3]) + (newCount === 0 ? 1 : 0);
      h = {
        newStart,
        newEnd: newStart + newCount,
        oldStart,
        oldEnd: oldStart + oldCount,
        same: new Map(),
        oldLines: [],
      };
      hunks.push(h);
      oldLine = oldStart;
      newLine = newStart;
      continue;
    }
    if (!h) continue;
    const c = line[0];
    if (c === ' ') {
      h.same.set(newLine++, oldLine++);
      h.oldLines.push(line.slice(1));
    } else if (c === '-') {
      oldLine++;
      h.oldLines.push(line.slice(1));
    } else if (c === '+') {
      newLine++;
    } else if (line === '' && newLine < h.newEnd && oldLine < h.oldEnd) {
      // GitHub drops the space of an empty context line at the very end of some patches.
      h.same.set(newLine++, oldLine++);
      h.oldLines.push('');
    }
  }
  return hunks;
}

/** Line numbers of a checked-out file mapped to the head file's, and the head file's text. */
export class LineMap {
  private constructor(
    private readonly hunks: Hunk[],
    /** The head file's lines, or undefined when they could not be rebuilt. */
    readonly headLines: string[] | undefined,
  ) {}

  static identity(text: string): LineMap {
    return new LineMap([], splitLines(text));
  }

  /** From the diff head -> checked out, and the checked-out text (to rebuild the head's). */
  static fromPatch(patch: string, checkedOut: string): LineMap {
    const hunks = parseHunks(patch);
    const lines = splitLines(checkedOut);
    const head: string[] = [];
    let next = 1; // next checked-out line not yet copied
    let ok = true;
    for (const h of hunks) {
      for (; next < h.newStart && next <= lines.length; next++) head.push(lines[next - 1]);
      if (head.length + 1 !== h.oldStart) ok = false;
      for (const l of h.oldLines) head.push(l);
      for (const [n, o] of h.same) if (lines[n - 1] !== h.oldLines[o - h.oldStart]) ok = false;
      next = h.newEnd;
    }
    for (; next <= lines.length; next++) head.push(lines[next - 1]);
    return new LineMap(hunks, ok ? head : undefined);
  }

  /** The head line of a checked-out line, or undefined when the head does not have it. */
  toHead(line: number): number | undefined {
    let lo = 0;
    let hi = this.hunks.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.hunks[mid].newStart <= line) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (at < 0) return line;
    const h = this.hunks[at];
    if (line < h.newEnd) return h.same.get(line);
    return line - h.newEnd + h.oldEnd;
  }
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** How checked-out positions become head positions, for every repository file of a run. */
export class HeadView {
  constructor(
    /** Where the mapping came from, for the log and the job summary. */
    readonly how: 'same-commit' | 'not-a-git-checkout' | 'git' | 'compare-api' | 'unknown',
    /** Files that differ between head and checkout: their map, or null when the head lacks the file. */
    private readonly differing: Map<string, LineMap | null>,
    private readonly sources: ReadonlyMap<string, string>,
    readonly note?: string,
  ) {}

  /** Whether positions can be trusted at all (else nothing is placed on the PR's lines). */
  get known(): boolean {
    return this.how !== 'unknown';
  }

  private readonly same = new Map<string, LineMap>();

  map(file: string): LineMap | null | undefined {
    if (!this.known) return undefined;
    if (this.differing.has(file)) return this.differing.get(file)!;
    // One map per file, not per finding: a file of 100,000 findings is split once.
    let map = this.same.get(file);
    if (!map) {
      const text = this.sources.get(file);
      if (text === undefined) return undefined;
      this.same.set(file, (map = LineMap.identity(text)));
    }
    return map;
  }

  /** The head file's text, when known. */
  headText(file: string): string | undefined {
    const lines = this.map(file)?.headLines;
    if (!lines) return undefined;
    const original = this.sources.get(file) ?? '';
    return lines.join('\n') + (original.endsWith('\n') || lines.length === 0 ? '\n' : '');
  }
}

/**
 * The result with every repository finding placed on the head commit's lines. Findings on lines the
 * head does not have keep their checked-out position but are marked `notOnHead` (reports then give
 * them no position on the PR and say where they are); a fix is kept only when all its lines map.
 */
export function toHeadPositions(result: CheckResult, view: HeadView): CheckResult {
  if (view.how === 'same-commit' || view.how === 'not-a-git-checkout') return result;
  const images = imageFiles(result);
  const findings = result.findings.map((f): Finding => {
    if (!inRepository(f, images)) return f;
    const map = view.map(f.file);
    if (map === undefined && view.known) return f; // a file not read as text: positions are whole-file
    const line = map?.toHead(f.line);
    const endLine = map?.toHead(f.endLine);
    let placed = line !== undefined && endLine !== undefined && endLine >= line;
    if (placed && map)
      for (let l = f.line; l <= f.endLine && placed; l++) placed = map.toHead(l) !== undefined;
    if (!placed) {
      const out: Finding = {
        ...f,
        message: `${f.message} (line ${f.line} of the checked-out merge commit, a line the pull request’s head commit does not have)`,
      };
      delete out.fix;
      notOnHead.add(out);
      return out;
    }
    const out: Finding = { ...f, line: line!, endLine: endLine! };
    if (f.fix) {
      const edits = f.fix.edits.map((e) => {
        const s = map!.toHead(e.range.line);
        const en = map!.toHead(e.range.endLine);
        return s === undefined || en === undefined
          ? undefined
          : { ...e, range: { ...e.range, line: s, endLine: en } };
      });
      if (edits.every((e) => e !== undefined)) out.fix = { ...f.fix, edits: edits as typeof f.fix.edits };
      else delete out.fix;
    }
    return out;
  });
  const sources = new Map<string, string>();
  for (const [file, text] of result.sources) {
    const head = view.headText(file);
    if (head !== undefined) sources.set(file, head);
    else if (view.map(file) !== null) sources.set(file, text);
  }
  return { ...result, findings, sources };
}

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch {
    return undefined;
  }
}

/** Splits `git diff` output into one patch per file (new-side path). */
export function splitGitDiff(text: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const parts = text.split(/^diff --git /m).slice(1);
  for (const part of parts) {
    const oldPath = /^--- (?:a\/(.*)|\/dev\/null)$/m.exec(part);
    const newPath = /^\+\+\+ (?:b\/(.*)|\/dev\/null)$/m.exec(part);
    const file = newPath?.[1] ?? oldPath?.[1];
    if (!file) continue;
    // Added on the checked-out side (not in the head): no head file.
    if (oldPath && oldPath[1] === undefined) out.set(file, null);
    else out.set(file, part.slice(part.search(/^@@/m)));
  }
  return out;
}

export interface HeadViewOptions {
  workspace: string;
  headSha: string;
  /** The checked-out commit, as GitHub says (GITHUB_SHA), for the compare API. */
  checkedOutSha: string;
  /** Repository paths of the text targets, with their checked-out text. */
  sources: ReadonlyMap<string, string>;
  api?: Octokit;
  repo?: { owner: string; repo: string };
}

/** Finds how the checked-out files differ from the head commit's (see the top of this file). */
export async function readHeadView(opts: HeadViewOptions): Promise<HeadView> {
  const { workspace, headSha, sources } = opts;
  const top = (await git(workspace, ['rev-parse', '--show-toplevel']))?.trim();
  if (!top) return new HeadView('not-a-git-checkout', new Map(), sources);
  const checkedOut = (await git(workspace, ['rev-parse', 'HEAD']))?.trim();
  if (checkedOut === headSha) return new HeadView('same-commit', new Map(), sources);

  const differing = new Map<string, LineMap | null>();
  if ((await git(workspace, ['cat-file', '-e', `${headSha}^{commit}`])) !== undefined) {
    // Head tree against the working tree, paths relative to the workspace (= repository paths).
    const text = await git(workspace, [
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--no-renames',
      '--relative',
      '-U0',
      headSha,
      '--',
      '.',
    ]);
    if (text !== undefined) {
      for (const [file, patch] of splitGitDiff(text)) {
        const source = sources.get(file);
        if (source === undefined) continue;
        differing.set(file, patch === null ? null : LineMap.fromPatch(patch, source));
      }
      // Untracked files (made by the workflow) are not in the head either.
      const untracked = await git(workspace, ['ls-files', '--others', '--exclude-standard', '-z', '--', '.']);
      for (const file of (untracked ?? '').split('\0'))
        if (file && sources.has(file)) differing.set(file, null);
      return new HeadView('git', differing, sources);
    }
  }
  if (opts.api && opts.repo && opts.checkedOutSha) {
    try {
      // head...checkout: the merge commit descends from the head, so this is the diff head -> merge.
      // The compare API lists at most 300 files, 100 a page.
      const files: Array<{ filename: string; status: string; patch?: string }> = [];
      for (let page = 1; page <= 3; page++) {
        const { data } = await opts.api.rest.repos.compareCommitsWithBasehead({
          ...opts.repo,
          basehead: `${headSha}...${opts.checkedOutSha}`,
          per_page: 100,
          page,
        });
        const list = (data as { files?: unknown })?.files;
        if (!Array.isArray(list)) throw new Error('GitHub answered the comparison without a list of files');
        files.push(...list);
        if (list.length < 100) break;
      }
      let missingPatch = 0;
      for (const f of files) {
        const source = sources.get(f.filename);
        if (source === undefined) continue;
        if (f.status === 'added' || f.status === 'renamed' || f.status === 'copied')
          differing.set(f.filename, null);
        else if (f.patch) differing.set(f.filename, LineMap.fromPatch(f.patch, source));
        else {
          missingPatch++;
          differing.set(f.filename, null);
        }
      }
      return new HeadView(
        'compare-api',
        differing,
        sources,
        missingPatch
          ? `${missingPatch} files differ from the head commit without a diff GitHub would show: their findings are not placed on the pull request's lines.`
          : undefined,
      );
    } catch (e) {
      return new HeadView(
        'unknown',
        differing,
        sources,
        `the head commit is not in the clone and comparing it with the checked-out commit failed (${(e as Error).message.split('\n')[0]}): findings are not placed on the pull request's lines`,
      );
    }
  }
  return new HeadView(
    'unknown',
    differing,
    sources,
    'the head commit is not in the clone and there is no token to ask GitHub: findings are not placed on the pull request’s lines',
  );
}
