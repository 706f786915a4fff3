/**
 * The committed debt baseline (`.layerguard-baseline.json`): the fingerprints of the findings a
 * repository accepted as known debt, written by `layerguard baseline`, read by `check` (and the
 * Action), which reports the findings it lists as existing and never fails on them.
 *
 * Entries are sorted by file, line and rule so that the file diffs well when it shrinks; `line` and
 * `message` are for people reading it, matching uses only the file and the fingerprint.
 */
import path from 'node:path';
import type { Finding } from './types.js';
import type { BaselineEntry, DebtBaseline } from './compare.js';
import { fsCallbacks as fs, MAX_FILE_BYTES } from './discover.js';
import { DEFAULT_BASELINE_FILE } from './baseline-file.js';

export { DEFAULT_BASELINE_FILE };

const BASELINE_VERSION = 1;

export class BaselineFileError extends Error {}

/** The baseline file's text for these findings (suppressed ones are left out: they are not debt). */
export function formatBaseline(findings: readonly Finding[]): string {
  const entries: BaselineEntry[] = findings
    .filter((f) => !f.suppressed && f.fingerprint !== undefined)
    .map((f) => ({
      file: f.file,
      line: f.line,
      ruleId: f.ruleId,
      fingerprint: f.fingerprint!,
      message: f.message.length > 200 ? f.message.slice(0, 197) + '...' : f.message,
    }))
    .sort(
      (a, b) =>
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line! - b.line! ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
    );
  const doc = {
    version: BASELINE_VERSION,
    tool: 'layerguard',
    description:
      'Known findings accepted as debt: layerguard reports them as existing and never fails on them. ' +
      'Regenerate with `layerguard baseline` as they are fixed, so that the file shrinks.',
    findings: entries,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** Parses a baseline file's text; `file` names it in errors. */
export function parseBaseline(text: string, file: string): DebtBaseline {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new BaselineFileError(
      `${file}: not valid JSON (${(e as Error).message}); regenerate it with \`layerguard baseline\``,
    );
  }
  const d = doc as { version?: unknown; findings?: unknown };
  if (!d || typeof d !== 'object' || d.version !== BASELINE_VERSION || !Array.isArray(d.findings)) {
    throw new BaselineFileError(
      `${file}: not a layerguard baseline (version ${BASELINE_VERSION} with a "findings" list); regenerate it with \`layerguard baseline\``,
    );
  }
  const entries: BaselineEntry[] = [];
  d.findings.forEach((e: unknown, i: number) => {
    const entry = e as Partial<BaselineEntry> | null;
    if (
      !entry ||
      typeof entry.file !== 'string' ||
      typeof entry.ruleId !== 'string' ||
      typeof entry.fingerprint !== 'string'
    ) {
      throw new BaselineFileError(
        `${file}: findings[${i}] needs "file", "ruleId" and "fingerprint" strings; regenerate the file with \`layerguard baseline\``,
      );
    }
    entries.push({
      file: entry.file,
      ruleId: entry.ruleId,
      fingerprint: entry.fingerprint,
      ...(typeof entry.line === 'number' ? { line: entry.line } : {}),
      ...(typeof entry.message === 'string' ? { message: entry.message } : {}),
    });
  });
  return { file, entries };
}

/**
 * Reads the baseline: `explicit` (an error when missing), else DEFAULT_BASELINE_FILE in `cwd` when it
 * exists, else none.
 */
export async function readBaseline(cwd: string, explicit?: string): Promise<DebtBaseline | undefined> {
  const file = explicit ?? DEFAULT_BASELINE_FILE;
  const abs = path.resolve(cwd, file);
  let text: string;
  try {
    const stat = await fs.stat(abs);
    if (stat.size > 64 * MAX_FILE_BYTES) {
      throw new BaselineFileError(`${file}: ${stat.size} bytes is too large for a baseline file`);
    }
    text = await fs.readFile(abs, 'utf8');
  } catch (e) {
    if (e instanceof BaselineFileError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && explicit === undefined) return undefined;
    throw new BaselineFileError(
      `${file}: cannot read the baseline file (${(e as Error).message}); write one with \`layerguard baseline\``,
    );
  }
  return parseBaseline(text, file);
}
