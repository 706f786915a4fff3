/**
 * The REST client: `@actions/github`'s Octokit (GITHUB_API_URL, proxy settings) with the retry plugin
 * (5xx and network errors, backing off 1 s, 4 s, 9 s) and the throttling plugin (primary and secondary
 * rate limits, and GitHub's advice to space out writes).
 *
 * `LAYERGUARD_RETRY_BASE_MS` (test-only) replaces the 1000 ms unit of every back-off and write spacing,
 * so that the end-to-end tests run against a local server in milliseconds instead of seconds.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

/** Longest wait on a rate limit before giving up and reporting without the API (seconds). */
const MAX_RATE_LIMIT_WAIT_S = 90;
const MAX_RATE_LIMIT_RETRIES = 2;

type Env = Record<string, string | undefined>;

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

/** How long one attempt of an API request may take before it is abandoned (and retried). */
export const REQUEST_TIMEOUT_MS = 30_000;

export function createOctokit(token: string, apiUrl: string, env: Env = process.env): Octokit {
  const baseOverride = Number(env.LAYERGUARD_RETRY_BASE_MS);
  const base =
    Number.isFinite(baseOverride) && baseOverride >= 0 && env.LAYERGUARD_RETRY_BASE_MS ? baseOverride : 1000;
  const onLimit =
    (kind: string) => (retryAfter: number, options: any, _octokit: unknown, retryCount: number) => {
      const what = `${options?.method ?? ''} ${options?.url ?? ''}`.trim();
      if (retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S) {
        core.info(`GitHub ${kind} rate limit on ${what}: retrying in ${retryAfter} s`);
        return true;
      }
      core.info(`GitHub ${kind} rate limit on ${what}: not waiting ${retryAfter} s; reporting without it`);
      return false;
    };
  const throttle: Record<string, unknown> = {
    retryAfterBaseValue: base,
    onRateLimit: onLimit('primary'),
    onSecondaryRateLimit: onLimit('secondary'),
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
      retry: { retries: 3, retryAfterBaseValue: base },
      throttle,
      log: {
        debug: (m: string) => core.debug(m),
        info: (m: string) => core.debug(m),
        warn: (m: string) => core.info(m),
        error: (m: string) => core.info(m),
      },
    } as any,
    retry as any,
    throttling as any,
  ) as Octokit;
  // Octokit sets no timeout: a connection that stops answering would hold the step until the job's
  // timeout, before the annotations are written. Each attempt gets a deadline (the retry plugin then
  // retries it as a network error); the fetch in use (the proxy-aware one) is wrapped, not replaced.
  const timeoutOverride = Number(env.LAYERGUARD_REQUEST_TIMEOUT_MS);
  const timeoutMs =
    Number.isFinite(timeoutOverride) && timeoutOverride > 0 ? timeoutOverride : REQUEST_TIMEOUT_MS;
  octokit.hook.wrap('request', (request: any, options: any) => {
    const inner: typeof fetch = options.request?.fetch ?? globalThis.fetch;
    const withDeadline = (url: any, init: any = {}) => {
      const deadline = AbortSignal.timeout(timeoutMs);
      const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
      return inner(url, { ...init, signal });
    };
    // The inner hooks (auth, retry, throttling) hold this same options object: change it in place.
    options.request = { ...options.request, fetch: withDeadline };
    return request(options);
  });
  return octokit;
}
