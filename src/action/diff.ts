/**
 * Which lines of a pull request can carry a review comment: the new-side (RIGHT) lines of each hunk of
 * the `pulls.listFiles` patches, added or context. GitHub rejects a comment anywhere else with 422,
 * and a multi-line comment must start and end in the same hunk.
 */

export interface ChangedFile {
  /** Repository path on the head side. */
  filename: string;
  status: string;
  /** Unified diff of the file; absent for binary files and very large diffs. */
  patch?: string;
}

/** For one file: new-side line number -> index of the hunk it is in. */
export type CommentableLines = Map<number, number>;

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

export function commentableLines(patch: string): CommentableLines {
  const out: CommentableLines = new Map();
  let hunk = -1;
  let right = 0;
  for (const line of patch.split('\n')) {
    const m = HUNK.exec(line);
    if (m) {
      hunk++;
      right = Number(m[1]);
      continue;
    }
    if (hunk < 0) continue;
    const c = line[0];
    if (c === '+' || c === ' ') {
      out.set(right, hunk);
      right++;
    } else if (c === '-' || c === '\\') {
      // old side only, or "\ No newline at end of file"
    } else if (line === '') {
      // GitHub drops the space of an empty context line at the very end of some patches.
      continue;
    }
  }
  return out;
}

export class PullRequestDiff {
  private readonly files = new Map<string, CommentableLines>();

  constructor(changed: readonly ChangedFile[]) {
    for (const f of changed) {
      if (f.status === 'removed') continue;
      this.files.set(f.filename, f.patch ? commentableLines(f.patch) : new Map());
    }
  }

  /** Files present on the head side of the PR (added, modified, renamed…). */
  changedFiles(): string[] {
    return [...this.files.keys()];
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  /** Whether a comment may span `start..end` (same hunk, all lines on the RIGHT side). */
  canComment(file: string, start: number, end: number): boolean {
    const lines = this.files.get(file);
    if (!lines) return false;
    const hunk = lines.get(start);
    if (hunk === undefined || lines.get(end) !== hunk) return false;
    for (let l = start; l <= end; l++) if (lines.get(l) !== hunk) return false;
    return true;
  }
}

/** GitHub's `pulls.listFiles` lists at most this many files of a pull request. */
export const LIST_FILES_CAP = 3000;

/**
 * The pull request's files from local git (`git diff base...head`), for pull requests with more files
 * than GitHub lists. Undefined when the clone lacks either commit (fetch-depth too small).
 */
export async function localPullRequestFiles(
  workspace: string,
  baseSha: string,
  headSha: string,
): Promise<ChangedFile[] | undefined> {
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  let text: string;
  try {
    ({ stdout: text } = await promisify(execFile)(
      'git',
      ['diff', '--no-color', '--no-ext-diff', '--no-renames', '-U3', `${baseSha}...${headSha}`],
      { cwd: workspace, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
    ));
  } catch {
    return undefined;
  }
  const files: ChangedFile[] = [];
  for (const part of text.split(/^diff --git /m).slice(1)) {
    const oldPath = /^--- (?:a\/(.*)|\/dev\/null)$/m.exec(part);
    const newPath = /^\+\+\+ (?:b\/(.*)|\/dev\/null)$/m.exec(part);
    const hunks = part.search(/^@@/m);
    if (!newPath && !oldPath) {
      // A binary or mode-only change: the path is in the header line.
      const m = /^a\/(\S+) b\/(\S+)/.exec(part);
      if (m) files.push({ filename: m[2], status: 'modified' });
      continue;
    }
    if (newPath && newPath[1] === undefined) {
      files.push({ filename: oldPath?.[1] ?? '', status: 'removed' });
      continue;
    }
    files.push({
      filename: newPath?.[1] ?? oldPath![1]!,
      status: oldPath && oldPath[1] === undefined ? 'added' : 'modified',
      ...(hunks >= 0 ? { patch: part.slice(hunks).replace(/\n$/, '') } : {}),
    });
  }
  return files;
}
