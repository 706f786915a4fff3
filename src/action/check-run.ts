/**
 * One check run on the commit under review carrying every finding as an annotation. The Checks API
 * takes at most 50 annotations per request and appends those of each update, so the run is created
 * first and then updated in batches of 50; the last update completes it with the verdict.
 *
 * Creating it is a POST, which is not repeated blindly: when its answer is lost (a timeout, a 5xx, a
 * broken body) the run may exist all the same, so the check runs of the commit are looked up by this
 * run's `external_id` first, and the run is created again only when none has it.
 */
import type { CheckResult } from '../engine/check.js';
import type { Finding, Severity } from '../engine/types.js';
import { SEVERITY_RANK } from '../engine/types.js';
import { mayHaveHappened } from './octokit.js';
import type { Octokit } from './octokit.js';
import { imageFiles, inRepository } from './repo-view.js';

/** Not just `layerguard`, which is what workflows tend to call the job that runs the Action. */
export const CHECK_RUN_NAME = 'layerguard results';
export const ANNOTATIONS_PER_REQUEST = 50;
/**
 * The most annotations sent (the most severe first): 50 update requests. A pull request that makes
 * 100,000 findings (a generated Dockerfile of 100,000 RUN lines) would otherwise cost 2,000 requests
 * spaced by GitHub's write limits, an hour or more; the rest are in the job summary and the SARIF file.
 */
export const MAX_CHECK_RUN_ANNOTATIONS = 50 * ANNOTATIONS_PER_REQUEST;
/** GitHub's limits on a check run's output. */
const MAX_SUMMARY = 65535;
const MAX_TITLE = 255;
const MAX_MESSAGE = 64 * 1024 - 1;

const LEVEL: Record<Severity, 'failure' | 'warning' | 'notice'> = {
  error: 'failure',
  warning: 'warning',
  info: 'notice',
};

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
  raw_details?: string;
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

export function checkRunAnnotation(f: Finding, images: ReadonlySet<string> = new Set()): CheckRunAnnotation {
  const repoFile = inRepository(f, images);
  const a: CheckRunAnnotation = {
    // An image finding has no file in the repository: its reference stands in for the path.
    path: f.file,
    start_line: repoFile ? f.line : 1,
    end_line: repoFile ? f.endLine : 1,
    annotation_level: LEVEL[f.severity],
    message: clip(f.message, MAX_MESSAGE),
    title: clip(f.ruleId + (f.mode === 'audit' ? ' (audit)' : ''), MAX_TITLE),
  };
  if (repoFile && f.line === f.endLine) {
    a.start_column = f.column;
    // GitHub's end_column is the last column of the annotation; ours is the one after it.
    a.end_column = Math.max(f.column, f.endColumn - 1);
  }
  if (f.fix) a.raw_details = clip(`Fix: ${f.fix.description}`, MAX_MESSAGE);
  return a;
}

export function checkRunTitle(result: CheckResult): string {
  const s = result.summary;
  if (s.errors + s.warnings + s.infos === 0) return 'No findings';
  const parts = [];
  if (s.errors) parts.push(`${s.errors} error${s.errors === 1 ? '' : 's'}`);
  if (s.warnings) parts.push(`${s.warnings} warning${s.warnings === 1 ? '' : 's'}`);
  if (s.infos) parts.push(`${s.infos} info`);
  return parts.join(', ');
}

export interface CheckRunOutcome {
  id: number;
  url?: string;
  /** Update requests made (one per batch of 50, at least one). */
  updates: number;
  /** Findings not sent as annotations (over MAX_CHECK_RUN_ANNOTATIONS). */
  omitted?: number;
}

/** A check run as GitHub answers it; anything else is said in words. */
function checked(data: unknown): { id: number; html_url?: string | null } {
  const id = (data as { id?: unknown })?.id;
  if (typeof id !== 'number') {
    throw new Error('GitHub answered creating the check run without the check run (no id in the answer)');
  }
  return data as { id: number; html_url?: string | null };
}

/** This run's check run on the commit, if it was created although the answer was lost. */
async function findByExternalId(
  api: Octokit,
  repo: { owner: string; repo: string },
  headSha: string,
  externalId: string,
): Promise<{ id: number; html_url?: string | null } | undefined> {
  const { data } = await api.rest.checks.listForRef({
    ...repo,
    ref: headSha,
    check_name: CHECK_RUN_NAME,
    filter: 'all',
    per_page: 100,
  });
  const runs = (
    data as { check_runs?: Array<{ id: number; external_id?: string | null; html_url?: string | null }> }
  )?.check_runs;
  return Array.isArray(runs) ? runs.find((r) => r.external_id === externalId) : undefined;
}

export async function publishCheckRun(
  api: Octokit,
  repo: { owner: string; repo: string },
  headSha: string,
  result: CheckResult,
  summary: string,
  detailsUrl?: string,
  externalId?: string,
): Promise<CheckRunOutcome> {
  const title = clip(checkRunTitle(result), MAX_TITLE);
  const output: { title: string; summary: string; text?: string } = {
    title,
    summary: clip(summary, MAX_SUMMARY),
  };
  const create = async () => {
    const { data } = await api.rest.checks.create({
      ...repo,
      name: CHECK_RUN_NAME,
      head_sha: headSha,
      status: 'in_progress',
      started_at: new Date().toISOString(),
      ...(detailsUrl ? { details_url: detailsUrl } : {}),
      ...(externalId ? { external_id: externalId } : {}),
      output,
    });
    return checked(data);
  };
  let data: { id: number; html_url?: string | null };
  try {
    data = await create();
  } catch (e) {
    if (!externalId || !mayHaveHappened(e)) throw e;
    data = (await findByExternalId(api, repo, headSha, externalId)) ?? (await create());
  }
  const images = imageFiles(result);
  const all = result.findings
    .filter((f) => !f.suppressed)
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const omitted = Math.max(0, all.length - MAX_CHECK_RUN_ANNOTATIONS);
  const annotations = all.slice(0, MAX_CHECK_RUN_ANNOTATIONS).map((f) => checkRunAnnotation(f, images));
  if (omitted > 0) {
    output.text = `${omitted} more findings are not annotations here (a check run carries at most ${MAX_CHECK_RUN_ANNOTATIONS}); the job summary and the SARIF file list every finding.`;
  }
  const conclusion = result.verdict === 'pass' ? 'success' : 'failure';
  let updates = 0;
  const batches = Math.max(1, Math.ceil(annotations.length / ANNOTATIONS_PER_REQUEST));
  try {
    for (let i = 0; i < batches; i++) {
      const batch = annotations.slice(i * ANNOTATIONS_PER_REQUEST, (i + 1) * ANNOTATIONS_PER_REQUEST);
      const last = i === batches - 1;
      await api.rest.checks.update({
        ...repo,
        check_run_id: data.id,
        output: { ...output, ...(batch.length ? { annotations: batch } : {}) },
        ...(last ? { status: 'completed' as const, conclusion, completed_at: new Date().toISOString() } : {}),
      });
      updates++;
    }
  } catch (e) {
    // Do not leave the run spinning: complete it with the verdict, then report what failed.
    try {
      await api.rest.checks.update({
        ...repo,
        check_run_id: data.id,
        status: 'completed',
        conclusion,
        completed_at: new Date().toISOString(),
      });
    } catch {
      // the first error is the one worth reporting
    }
    throw e;
  }
  return { id: data.id, url: data.html_url ?? undefined, updates, ...(omitted ? { omitted } : {}) };
}
