/**
 * A finding's identity that survives lines moving: the one fingerprint used for SARIF
 * `partialFingerprints`, the committed debt baseline, the new-versus-existing comparison with a base
 * revision, and (exported for it) the dedup marker of review comments.
 *
 * A fingerprint hashes the rule id, the normalised text the finding is on — in a Dockerfile the whole
 * instruction (every line of a continued RUN), elsewhere the finding's lines; each line trimmed, runs
 * of white space and line continuations collapsed, so re-indenting or re-wrapping an instruction keeps
 * it — the container/service it is about, and an occurrence index: the how-many-th
 * finding with the same rule and text in the file, counted from the top. It never hashes the line
 * number (inserting lines above keeps every fingerprint) nor the message (messages may quote line
 * numbers: "USER root at line 12"). A finding's identity within a run is its file plus its fingerprint;
 * `locatedFingerprint` adds the file for formats whose identities are global (SARIF).
 *
 * Findings without source text (images, unreadable inputs) hash their message with digits replaced,
 * so a size that changed ("wastes 12.3 MB") does not make an old finding new.
 */
import crypto from 'node:crypto';
import type { Finding } from './types.js';
import { isJsSpace } from '../targets/whitespace.js';

const BACKSLASH = 92;
const BACKTICK = 96;

/** The key under which SARIF carries the fingerprint (bumped when the scheme changes). */
export const FINGERPRINT_KEY = 'layerguard/v2';

/** A 64-bit hex digest of the parts (SHA-256, truncated): collisions are negligible at any corpus size. */
export function hashParts(...parts: string[]): string {
  // Hex of the first 8 bytes, made as a string of its own: a slice of the full hex digest would keep
  // all 64 characters alive with every finding of a run. Two halves shorter than V8 slices strings
  // (13 characters) are copies; hex output and the copies cost less than a Buffer (a third of the time).
  const hex = sha256(parts.join('\u0000'));
  return hex.substring(0, 8) + hex.substring(8, 16);
}

/**
 * `hashParts` for a value used only while the run fingerprints (an anchor): a slice of the hex digest,
 * which is cheaper to make.
 */
function transientHash(...parts: string[]): string {
  return sha256(parts.join('\u0000')).slice(0, 16);
}

type OneShotHash = (algorithm: string, data: string, encoding: 'hex') => string;
/**
 * `crypto.hash` (Node >= 20.12, about a fifth of the cost of a Hash object), null on older Node 20
 * releases. Looked up on first use: node:crypto is loaded only by a run that fingerprints (the CLI's
 * build defers it).
 */
let oneShotHash: OneShotHash | null | undefined;

/** The SHA-256 digest of `data` in hex. */
function sha256(data: string): string {
  oneShotHash ??= (crypto as unknown as { hash?: OneShotHash }).hash ?? null;
  if (oneShotHash) return oneShotHash('sha256', data, 'hex');
  return crypto.createHash('sha256').update(data).digest('hex');
}

/**
 * The normalised text of lines `line..endLine` (1-based): continuation backslashes at line ends
 * removed, every run of white space one space, trimmed. Lines beyond the file give ''.
 */
export function normalisedLines(lines: readonly string[], line: number, endLine: number): string {
  const parts: string[] = [];
  const last = Math.min(endLine, lines.length);
  for (let i = Math.max(1, line); i <= last; i++) {
    // `line.replace(/[\\`]\s*$/, '')`, read from the line's end instead of tried at every position.
    const text = lines[i - 1];
    let end = text.length;
    while (end > 0 && isJsSpace(text.charCodeAt(end - 1))) end--;
    const c = end > 0 ? text.charCodeAt(end - 1) : 0;
    parts.push(c === BACKSLASH || c === BACKTICK ? text.slice(0, end - 1) : text);
  }
  // Runs of two or more, and single white space other than a space: a single space (most of them,
  // between words) is left as it is instead of replaced by itself.
  return parts
    .join(' ')
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
}

/**
 * For each 1-based line of a file that lies in an instruction: the instruction's first and last line
 * (0 for a line in none). Typed arrays indexed by line: plain data a worker thread can send.
 */
export interface LineSpans {
  first: Int32Array;
  last: Int32Array;
}

/** The spans of a Dockerfile's instructions (ranges as the model gives them). */
export function instructionSpans(ranges: readonly { line: number; endLine: number }[]): LineSpans {
  let size = 0;
  for (const r of ranges) size = Math.max(size, r.endLine + 1);
  const spans: LineSpans = { first: new Int32Array(size), last: new Int32Array(size) };
  for (const r of ranges) {
    for (let l = Math.max(0, r.line); l <= r.endLine; l++) {
      spans.first[l] = r.line;
      spans.last[l] = r.endLine;
    }
  }
  return spans;
}

/** `edges[line]` (the first or last line of the instruction `line` lies in), else `line` itself. */
function spanEdge(edges: Int32Array | undefined, line: number): number {
  return (edges && line >= 0 && line < edges.length && edges[line]) || line;
}

/** What a finding is anchored to, before the occurrence index: see the module comment. */
export function anchorOf(f: Finding, lines: readonly string[] | undefined, spans?: LineSpans): string {
  const text = lines
    ? normalisedLines(lines, spanEdge(spans?.first, f.line), spanEdge(spans?.last, f.endLine))
    : `${f.context?.platform ?? ''} ${f.message.replace(/\d+(?:[.,]\d+)*/g, '#')}`;
  return transientHash(f.ruleId, f.context?.service ?? '', text);
}

/**
 * The anchors of one file's findings, computed while its text is at hand (the engine then drops the
 * text): each instruction's normalised text is computed once however many findings (of however many
 * rules) it has, and each rule's anchor on it once.
 */
export function anchorsOf(
  findings: readonly Finding[],
  text: string | undefined,
  spans?: LineSpans,
): string[] {
  if (text === undefined) return findings.map((f) => anchorOf(f, undefined, spans));
  const lines = text.includes('\r') ? text.split(/\r?\n/) : text.split('\n');
  const texts = new Map<string, string>();
  const anchors = new Map<string, string>();
  return findings.map((f) => {
    const first = spanEdge(spans?.first, f.line);
    const last = spanEdge(spans?.last, f.endLine);
    const span = `${first}:${last}`;
    const service = f.context?.service ?? '';
    const key = `${f.ruleId}\u0000${service}\u0000${span}`;
    let anchor = anchors.get(key);
    if (anchor === undefined) {
      let normal = texts.get(span);
      if (normal === undefined) texts.set(span, (normal = normalisedLines(lines, first, last)));
      anchors.set(key, (anchor = transientHash(f.ruleId, service, normal)));
    }
    return anchor;
  });
}

/**
 * Findings (sorted by position) with anchors computed earlier (`anchorsOf`), fingerprinted: the
 * occurrence index counts the same anchor in the same file in this order.
 * The findings are the caller's own and get their fingerprint in place: a copy of each would double
 * the memory of a large run just as it ends.
 */
export function fingerprintAnchored(entries: readonly { finding: Finding; anchor: string }[]): Finding[] {
  const seen = new Map<string, number>();
  let file: string | undefined;
  return entries.map(({ finding, anchor }) => {
    // Entries come grouped by file: the counts of a file are dropped once its last finding is passed.
    if (finding.file !== file) {
      seen.clear();
      file = finding.file;
    }
    const n = seen.get(anchor) ?? 0;
    seen.set(anchor, n + 1);
    finding.fingerprint = hashParts(anchor, String(n));
    return finding;
  });
}

/** A fingerprint unique across files: for formats that identify a result without its path (SARIF). */
export function locatedFingerprint(file: string, fingerprint: string): string {
  return hashParts(file, fingerprint);
}

/** The identity of a finding in a run: its file and its fingerprint. */
export function findingKey(file: string, fingerprint: string): string {
  return `${file}\u0000${fingerprint}`;
}
