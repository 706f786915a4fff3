/**
 * The engine reports paths relative to the working directory; GitHub wants them relative to the
 * repository root. This rewrites a result once so that every report (annotations, check run, review
 * comments, links, SARIF) uses repository paths. Image findings keep their image reference.
 */
import path from 'node:path';
import type { CheckResult } from '../engine/check.js';
import type { Finding } from '../engine/types.js';

/** `working-directory` relative to the workspace, with forward slashes ('' for the root; undefined outside). */
export function repoPrefix(workspace: string, workingDirectory: string): string | undefined {
  const rel = path.relative(path.resolve(workspace), path.resolve(workspace, workingDirectory));
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** The references of the image targets: findings about them are not about a repository file. */
export function imageFiles(result: Pick<CheckResult, 'targets'>): Set<string> {
  return new Set(result.targets.filter((t) => t.kind === 'image').map((t) => t.file));
}

/**
 * Findings on lines that the pull request's head commit does not have (lines the base branch added to
 * the checked-out merge commit; see head.ts): they get no position on the pull request.
 */
export const notOnHead = new WeakSet<object>();

/**
 * Whether a finding is about a place in a file of the repository: not an image finding, nor one about
 * an image input (such as `policy/unparsable` on an image that could not be read), nor one on lines
 * the head commit does not have.
 */
export function inRepository(f: Pick<Finding, 'kind' | 'file'>, images: ReadonlySet<string>): boolean {
  return f.kind !== 'image' && !images.has(f.file) && !notOnHead.has(f);
}

export function toRepoView(result: CheckResult, prefix: string): CheckResult {
  if (!prefix) return result;
  const map = (file: string) => path.posix.join(prefix, file);
  const images = imageFiles(result);
  const sources = new Map<string, string>();
  for (const [file, text] of result.sources) sources.set(map(file), text);
  return {
    ...result,
    findings: result.findings.map((f) => {
      const mapped = inRepository(f, images) ? { ...f, file: map(f.file) } : f;
      // An image finding's Dockerfile (engine/image-source.ts) is a repository file.
      const out = f.source ? { ...mapped, source: { ...f.source, file: map(f.source.file) } } : mapped;
      // `file:line` of the inline comment or of the policy entry; `builtin:…` and `github:…` stay.
      const m = f.suppressed?.source ? /^([^:]+):(\d+)$/.exec(f.suppressed.source) : null;
      return m && !path.posix.isAbsolute(m[1]) && !m[1].startsWith('../')
        ? { ...out, suppressed: { ...f.suppressed!, source: `${map(m[1])}:${m[2]}` } }
        : out;
    }),
    targets: result.targets.map((t) => (t.kind === 'image' ? t : { ...t, file: map(t.file) })),
    sources,
  };
}

/** PR files (repository paths) as paths relative to the working directory; files outside are dropped. */
export function toWorkingDirPaths(files: readonly string[], prefix: string): string[] {
  if (!prefix) return [...files];
  const p = prefix + '/';
  return files.filter((f) => f.startsWith(p)).map((f) => f.slice(p.length));
}
