/**
 * What the runner tells the Action about the run: repository, event, pull request and URLs, read from
 * the environment and the event payload (GITHUB_EVENT_PATH). Read here rather than through
 * `@actions/github`'s `context` so that it is a plain function of its inputs.
 */
import { readFileSync } from 'node:fs';

export interface PullRequestInfo {
  number: number;
  /** The PR head commit: check runs and reviews go here, not on GITHUB_SHA (a merge commit). */
  headSha: string;
  /** `owner/repo` of the head, to tell a fork. */
  headRepo?: string;
  baseRepo?: string;
  /** The base branch's commit when the event was sent. */
  baseSha?: string;
  /** How many files the pull request changes, as GitHub counts them. */
  changedFiles?: number;
}

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  serverUrl: string;
  apiUrl: string;
  /** The commit results belong to: the PR head, else GITHUB_SHA. */
  sha: string;
  runUrl?: string;
  /** The commit checked out (GITHUB_SHA: on pull_request, the merge commit). */
  checkedOutSha: string;
  /** Identifies this run of this job: the check run's `external_id`, the review's marker. */
  runKey: string;
  workspace: string;
  /** The `workflow_run` event's head commit, when that is the event (the two-workflow pattern). */
  workflowRunHeadSha?: string;
  pullRequest?: PullRequestInfo;
}

type Env = Record<string, string | undefined>;

export function readRunContext(env: Env = process.env, cwd = process.cwd()): RunContext {
  let payload: any = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      payload = {};
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? payload?.repository?.full_name ?? '/').split('/');
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const pr = payload?.pull_request;
  const pullRequest: PullRequestInfo | undefined =
    pr && typeof pr.number === 'number' && typeof pr.head?.sha === 'string'
      ? {
          number: pr.number,
          headSha: pr.head.sha,
          headRepo: pr.head.repo?.full_name,
          baseRepo: pr.base?.repo?.full_name,
          ...(typeof pr.base?.sha === 'string' ? { baseSha: pr.base.sha } : {}),
          ...(typeof pr.changed_files === 'number' ? { changedFiles: pr.changed_files } : {}),
        }
      : undefined;
  const runUrl =
    env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
      ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` +
        (env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1'
          ? `/attempts/${env.GITHUB_RUN_ATTEMPT}`
          : '')
      : undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    serverUrl,
    apiUrl,
    sha: pullRequest?.headSha ?? env.GITHUB_SHA ?? '',
    runUrl,
    checkedOutSha: env.GITHUB_SHA ?? '',
    runKey: `layerguard:${env.GITHUB_RUN_ID ?? ''}:${env.GITHUB_RUN_ATTEMPT ?? ''}:${env.GITHUB_JOB ?? ''}`,
    workspace: env.GITHUB_WORKSPACE || cwd,
    ...(typeof payload?.workflow_run?.head_sha === 'string'
      ? { workflowRunHeadSha: payload.workflow_run.head_sha }
      : {}),
    pullRequest,
  };
}

/** The URL of lines of a file at the run's commit. */
export function blobUrl(ctx: RunContext, path: string, line: number, endLine: number): string | undefined {
  if (!ctx.owner || !ctx.repo || !ctx.sha) return undefined;
  const lines = endLine > line ? `#L${line}-L${endLine}` : `#L${line}`;
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${ctx.sha}/${path.split('/').map(encodeURIComponent).join('/')}${lines}`;
}
