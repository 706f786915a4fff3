/**
 * What went wrong talking to GitHub, gathered so that the run ends with one clear warning (naming the
 * permission to add when that is the cause) rather than a crash or a warning per call.
 */
import { ApiStopped, isTimeout } from './octokit.js';

export interface ApiProblem {
  /** What was being done: "creating the check run". */
  what: string;
  status?: number;
  message: string;
  /** The job permission that would allow it (`checks: write`), when a missing permission is the likely cause. */
  permission?: string;
  rateLimited?: boolean;
}

function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

function messageOf(e: unknown): string {
  const err = e as { message?: string; response?: { data?: { message?: string } } };
  if (isTimeout(e) && !(e instanceof ApiStopped)) return 'GitHub did not answer in time';
  const data = err?.response?.data;
  const m =
    (typeof data === 'object' && typeof data?.message === 'string' ? data.message : undefined) ??
    err?.message ??
    String(e);
  return m.split('\n')[0].replace(/ - https:\/\/docs\.github\.com\S*/, '');
}

export function isRateLimit(e: unknown): boolean {
  if (e instanceof ApiStopped) return e.reason === 'rate-limit';
  const status = statusOf(e);
  return status === 429 || (status === 403 && /rate limit/i.test(messageOf(e)));
}

export class ApiProblems {
  readonly list: ApiProblem[] = [];

  /**
   * Records a failed call. `permission` is named when the answer says the token may not do it:
   * 403 (not a rate limit), or 404, which GitHub also answers when the token cannot see the resource.
   */
  add(what: string, e: unknown, permission?: string): ApiProblem {
    const status = statusOf(e);
    const denied = (status === 403 && !isRateLimit(e)) || status === 404 || status === 401;
    const p: ApiProblem = {
      what,
      status,
      message: messageOf(e),
      ...(denied && permission ? { permission } : {}),
      ...(isRateLimit(e) ? { rateLimited: true } : {}),
    };
    this.list.push(p);
    return p;
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  permissions(): string[] {
    return [...new Set(this.list.flatMap((p) => (p.permission ? [p.permission] : [])))].sort();
  }

  /** The one warning of the run, or undefined when every call succeeded. */
  warning(fork: boolean): string | undefined {
    if (this.empty) return undefined;
    const failures = this.list.map(
      (p) => `${p.what} failed (${p.status ? `HTTP ${p.status}: ` : ''}${p.message})`,
    );
    const parts = [`layerguard could not report everything on GitHub: ${failures.join('; ')}.`];
    const perms = this.permissions();
    if (perms.length) {
      parts.push(
        `The token lacks a permission: add \`permissions:\` with ${perms.map((p) => `\`${p}\``).join(' and ')} to the job (or the workflow).`,
      );
      if (fork) {
        parts.push(
          'This pull request comes from a fork, and GitHub gives such runs a read-only token whatever the workflow asks for.',
        );
      }
    } else if (this.list.some((p) => p.rateLimited)) {
      parts.push('GitHub rate-limited the requests; a re-run will post the rest.');
    } else {
      parts.push('A re-run will try again.');
    }
    parts.push(
      'Every finding is in the job summary and the annotations, and the step result is the policy verdict.',
    );
    return parts.join(' ');
  }
}
