/**
 * The REST client: `@actions/github`'s Octokit (GITHUB_API_URL, proxy settings) with the throttling
 * plugin for GitHub's advice to space out writes, and one wrapper of our own around every request that
 * decides what is retried — so that the promises docs/action.md makes hold:
 *
 * - an **overall deadline** (`api-deadline`, default 60 s): once it has passed no request is sent, and
 *   a request in flight is abandoned; every wait (back-off, rate limit) must fit in what is left;
 * - each attempt has its own timeout (30 s, or less when the deadline is nearer);
 * - 5xx answers and network errors are retried 3 times (1 s, 4 s, 9 s) — but only for requests that
 *   may be repeated safely (GET, PATCH, PUT, DELETE). A POST that timed out may have been carried out:
 *   it is never retried blindly; the caller looks for what it made (check run `external_id`, review and
 *   comment markers) before making it again;
 * - every 429, and every 403 that GitHub marks as a rate limit (`retry-after`,
 *   `x-ratelimit-remaining: 0`, or a "secondary rate limit" message), is waited out as GitHub says —
 *   at most twice per request and at most 90 s per wait. A rate limit that persists stops every
 *   further call of the run (`ApiStopped`), instead of each call trying its own retries;
 * - a 200 whose body is not the JSON it says it is fails with a message in words (`BrokenAnswer`),
 *   never as a `TypeError` further on.
 *
 * `LAYERGUARD_RETRY_BASE_MS` (test-only) replaces the 1000 ms unit of every back-off, rate-limit wait
 * and write spacing; `LAYERGUARD_REQUEST_TIMEOUT_MS` (test-only) the 30 s per attempt.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit> & { budget: ApiBudget };

/** Longest wait on a rate limit before giving up and reporting without the API (seconds). */
export const MAX_RATE_LIMIT_WAIT_S = 90;
export const MAX_RATE_LIMIT_RETRIES = 2;
/** Retries of a repeatable request after a 5xx answer or a network error (waits 1, 4, 9 units). */
export const MAX_TRANSIENT_RETRIES = 3;
/** How long one attempt of an API request may take before it is abandoned. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** GitHub asks to wait at least a minute after a secondary rate limit that gives no `retry-after`. */
const SECONDARY_FALLBACK_S = 60;

type Env = Record<string, string | undefined>;

/** No more requests this run: the deadline passed, or GitHub keeps rate-limiting. */
export class ApiStopped extends Error {
  constructor(
    message: string,
    readonly reason: 'deadline' | 'rate-limit',
  ) {
    super(message);
  }
}

/** GitHub answered, but not with the JSON it announced. */
export class BrokenAnswer extends Error {
  constructor(
    message: string,
    /** Not `status`: the request did not fail by its status, and the message says it. */
    readonly httpStatus: number,
  ) {
    super(message);
  }
}

/** The overall deadline of the API phase, and the stop that a persistent rate limit puts on it. */
export class ApiBudget {
  private endsAt = Infinity;
  private seconds = 0;
  stopped?: ApiStopped;
  /** Requests sent (attempts, retries included). */
  requests = 0;

  start(seconds: number): void {
    this.seconds = seconds;
    this.endsAt = Date.now() + seconds * 1000;
    if (this.stopped?.reason === 'deadline') this.stopped = undefined;
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - Date.now());
  }

  /** Throws when no request may be sent any more. */
  check(): void {
    if (this.stopped) throw this.stopped;
    if (this.remainingMs() <= 0) {
      this.stopped = new ApiStopped(
        `the API deadline of ${this.seconds} s (input \`api-deadline\`) passed before it could be done`,
        'deadline',
      );
      throw this.stopped;
    }
  }
}

/** A deadline error, a rate-limit stop or a broken answer: things the caller words itself. */
export function isTimeout(e: unknown): boolean {
  const err = e as { name?: string; message?: string; cause?: { name?: string } };
  return (
    err?.name === 'TimeoutError' ||
    err?.name === 'AbortError' ||
    err?.cause?.name === 'TimeoutError' ||
    err?.cause?.name === 'AbortError' ||
    /aborted|timed? ?out/i.test(err?.message ?? '')
  );
}

/**
 * Whether a failed request may have been carried out all the same: no answer (timeout, reset), a 5xx,
 * or an answer we could not read. For a POST, the caller must look before posting again.
 */
export function mayHaveHappened(e: unknown): boolean {
  if (e instanceof ApiStopped) return e.reason === 'deadline';
  if (e instanceof BrokenAnswer) return true;
  const status = (e as { status?: number })?.status;
  return status === undefined || status === 0 || status >= 500 || isTimeout(e);
}

/** Seconds to wait before retrying a rate-limited answer, or undefined when it is no rate limit. */
export function rateLimitWait(
  status: number | undefined,
  headers: Record<string, string | number | undefined>,
  message: string,
  now = Date.now(),
): number | undefined {
  if (status !== 429 && status !== 403) return undefined;
  const retryAfter = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) return Math.max(0, retryAfter);
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    return Number.isFinite(reset) && reset > 0 ? Math.max(0, Math.ceil(reset - now / 1000) + 1) : 60;
  }
  if (status === 429 || /secondary rate limit|rate limit/i.test(message)) return SECONDARY_FALLBACK_S;
  return undefined;
}

/** A stand-in for a Bottleneck group: one queue per key, starting jobs at least `minTime` ms apart. */
function spacedGroup(minTime: number) {
  let last = 0;
  let chain: Promise<unknown> = Promise.resolve();
  const limiter = {
    schedule(...args: unknown[]): Promise<unknown> {
      const fnIndex = typeof args[0] === 'function' ? 0 : 1;
      const fn = args[fnIndex] as (...a: unknown[]) => unknown;
      const rest = args.slice(fnIndex + 1);
      const run = chain.then(async () => {
        const wait = last + minTime - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        last = Date.now();
      });
      chain = run.catch(() => undefined);
      return run.then(() => fn(...rest));
    },
  };
  return { key: () => limiter };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isFinite(n) && n >= 0 ? n : fallback;
}

export function createOctokit(
  token: string,
  apiUrl: string,
  env: Env = process.env,
  budget: ApiBudget = new ApiBudget(),
): Octokit {
  const base = positive(env.LAYERGUARD_RETRY_BASE_MS, 1000);
  const timeoutMs = positive(env.LAYERGUARD_REQUEST_TIMEOUT_MS, REQUEST_TIMEOUT_MS) || REQUEST_TIMEOUT_MS;
  const throttle: Record<string, unknown> = {
    retryAfterBaseValue: base,
    // Rate limits are handled below, the same way for every answer; the plugin only spaces writes.
    onRateLimit: () => false,
    onSecondaryRateLimit: () => false,
  };
  if (base !== 1000) {
    // Test-only: the plugin's own write spacing (1 s, 3 s for notifying writes) scaled with the base.
    throttle.write = spacedGroup(base);
    throttle.notifications = spacedGroup(3 * base);
  }
  const octokit = getOctokit(
    token,
    {
      baseUrl: apiUrl,
      userAgent: 'layerguard-action',
      throttle,
      log: {
        debug: (m: string) => core.debug(m),
        info: (m: string) => core.debug(m),
        warn: (m: string) => core.info(m),
        error: (m: string) => core.info(m),
      },
    } as any,
    throttling as any,
  ) as Octokit;
  octokit.budget = budget;

  octokit.hook.wrap('request', async (request: any, options: any) => {
    const what = `${options.method} ${String(options.url).replace(/\?.*$/, '')}`;
    const repeatable = options.method !== 'POST';
    const inner: typeof fetch = options.request?.fetch ?? globalThis.fetch;
    let transient = 0;
    let limited = 0;
    for (;;) {
      budget.check();
      // Octokit sets no timeout: each attempt gets one, never past the overall deadline. The fetch in
      // use (the proxy-aware one) is wrapped, not replaced; the inner hooks hold this same options
      // object, so it is changed in place.
      const attemptMs = Math.max(1, Math.min(timeoutMs, budget.remainingMs()));
      options.request = {
        ...options.request,
        fetch: (url: any, init: any = {}) => {
          const deadline = AbortSignal.timeout(attemptMs);
          return inner(url, {
            ...init,
            signal: init.signal ? AbortSignal.any([init.signal, deadline]) : deadline,
          });
        },
      };
      budget.requests++;
      try {
        const response = await request(options);
        const type = String(response.headers?.['content-type'] ?? '');
        if (typeof response.data === 'string' && response.data.trim() !== '' && /json/i.test(type)) {
          throw new BrokenAnswer(
            `GitHub answered HTTP ${response.status} with a body that is not valid JSON`,
            response.status,
          );
        }
        return response;
      } catch (e) {
        if (e instanceof BrokenAnswer || e instanceof ApiStopped) throw e;
        const err = e as { status?: number; message?: string; response?: { headers?: any } };
        const wait = rateLimitWait(err.status, err.response?.headers ?? {}, err.message ?? '');
        if (wait !== undefined) {
          const ms = wait * base;
          if (
            limited < MAX_RATE_LIMIT_RETRIES &&
            wait <= MAX_RATE_LIMIT_WAIT_S &&
            ms < budget.remainingMs()
          ) {
            limited++;
            core.info(`GitHub rate limit (HTTP ${err.status}) on ${what}: retrying in ${wait} s`);
            await sleep(ms);
            continue;
          }
          core.info(`GitHub rate limit (HTTP ${err.status}) on ${what}: not waiting ${wait} s again`);
          budget.stopped = new ApiStopped(
            `GitHub kept rate-limiting the requests (HTTP ${err.status}, retry-after ${wait} s)`,
            'rate-limit',
          );
          throw e;
        }
        const status = err.status;
        const failedToAnswer = status === undefined || status === 0 || status >= 500 || isTimeout(e);
        // A RequestError of 500 without a response is how Octokit reports a network error.
        if (failedToAnswer && repeatable && transient < MAX_TRANSIENT_RETRIES) {
          transient++;
          const ms = transient * transient * base;
          if (ms < budget.remainingMs()) {
            core.debug(`${what} failed (${err.message}); retry ${transient} in ${ms} ms`);
            await sleep(ms);
            continue;
          }
        }
        throw e;
      }
    }
  });
  return octokit;
}
