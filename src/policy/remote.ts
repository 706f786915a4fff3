/**
 * Where a policy comes from (`builtin:`, a local file, `github:owner/repo/path@ref`, `https://…`) and
 * how remote ones are fetched: Node's fetch with a timeout and a size cap, each URL once per run, the
 * GitHub token sent only to the GitHub API, an optional SRI-style `#sha256-<base64>` pin checked on
 * the bytes. Plain http is refused; the only exception is a test-only loader option that allows it
 * for 127.0.0.1/localhost, which neither the CLI nor the Action sets and no policy file can reach.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

export type PolicyRef =
  | { type: 'builtin'; name: string; key: string; display: string }
  | { type: 'file'; absPath: string; key: string; display: string }
  | { type: 'github'; owner: string; repo: string; path: string; ref?: string; key: string; display: string }
  | { type: 'url'; url: string; integrity?: Integrity; key: string; display: string }
  | { type: 'hadolint'; absPath: string; key: string; display: string };

export interface Integrity {
  algorithm: 'sha256' | 'sha384' | 'sha512';
  /** Base64 digest as written. */
  digest: string;
}

export interface RefContext {
  cwd: string;
  presetsDir: string;
  /** Test-only: allow `http://127.0.0.1`, `http://localhost` and `http://[::1]`. */
  allowLoopbackHttp: boolean;
}

const GITHUB_REF =
  /^github:([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@]+?)(?:@([^@]+))?$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const SHA = /^[0-9a-f]{40}$/;
const VERSION_TAG = /^v?\d+(\.\d+){0,3}([-+][0-9A-Za-z.-]+)?$/;

import { toPosix } from '../engine/discover.js';

export { toPosix };

/** Whether a `github:` ref or URL is pinned: a 40-hex commit or a version tag (v1, v1.2.3, 2.0.0-rc1). */
export function isPinned(ref: PolicyRef): boolean {
  if (ref.type === 'github') return ref.ref !== undefined && (SHA.test(ref.ref) || VERSION_TAG.test(ref.ref));
  if (ref.type === 'url') return ref.integrity !== undefined;
  return true;
}

export function isRemote(ref: PolicyRef): boolean {
  return ref.type === 'github' || ref.type === 'url';
}

function parseIntegrity(hash: string): Integrity | string {
  const m = /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/.exec(hash);
  if (!m) {
    return `the integrity pin "#${hash}" is not of the form #sha256-<base64 digest>; compute it with: curl -s URL | openssl dgst -sha256 -binary | base64`;
  }
  const bytes = Buffer.from(m[2], 'base64').length;
  const expected = { sha256: 32, sha384: 48, sha512: 64 }[m[1] as Integrity['algorithm']];
  if (bytes !== expected)
    return `the integrity pin "#${hash}" has a ${bytes}-byte digest; ${m[1]} digests are ${expected} bytes`;
  return { algorithm: m[1] as Integrity['algorithm'], digest: m[2] };
}

function urlRef(raw: string, parsed: URL, display: string, ctx: RefContext): PolicyRef | string {
  if (parsed.protocol === 'http:') {
    if (!(ctx.allowLoopbackHttp && LOOPBACK.has(parsed.hostname))) {
      return `plain http is refused for "${raw}": a policy fetched without TLS could be altered on the way; use https://`;
    }
  } else if (parsed.protocol !== 'https:') {
    return `"${raw}" is not a policy reference layerguard can read; use builtin:<name>, a relative path, github:owner/repo/path.yml@ref or https://…`;
  }
  let integrity: Integrity | undefined;
  if (parsed.hash) {
    const i = parseIntegrity(parsed.hash.slice(1));
    if (typeof i === 'string') return i;
    integrity = i;
  }
  parsed.hash = '';
  if (parsed.username || parsed.password) return `"${raw}" carries credentials in the URL; remove them`;
  return { type: 'url', url: parsed.toString(), integrity, key: parsed.toString(), display };
}

/** Resolves an `extends` entry written in `parent` (null: the entry policy, relative to cwd). */
export function resolveRef(raw: string, parent: PolicyRef | null, ctx: RefContext): PolicyRef | string {
  const value = raw.trim();
  if (value.startsWith('builtin:')) {
    const name = value.slice('builtin:'.length);
    if (!/^[a-z][a-z0-9-]*$/.test(name))
      return `"${value}" is not a preset name: write builtin: followed by lower-case letters, digits and dashes (e.g. builtin:recommended)`;
    return { type: 'builtin', name, key: `builtin:${name}`, display: `builtin:${name}` };
  }
  if (value.startsWith('github:')) {
    const m = GITHUB_REF.exec(value);
    if (!m) return `"${value}" is not of the form github:owner/repo/path/to/policy.yml@ref`;
    const [, owner, repo, p, ref] = m;
    const norm = path.posix.normalize(p);
    if (norm.startsWith('..') || norm.startsWith('/')) return `the path in "${value}" leaves the repository`;
    const display = `github:${owner}/${repo}/${norm}${ref ? `@${ref}` : ''}`;
    return { type: 'github', owner, repo, path: norm, ref, key: display.toLowerCase(), display };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      return `"${value}" is not a valid URL`;
    }
    return urlRef(value, parsed, value, ctx);
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-z]:[\\/]/i.test(value)) {
    return `"${value}" is not a policy reference layerguard can read; use builtin:<name>, a relative path, github:owner/repo/path.yml@ref or https://…`;
  }
  // A path: relative to the policy that names it.
  if (parent?.type === 'github') {
    if (path.posix.isAbsolute(value))
      return `a policy read from GitHub cannot extend the local file "${value}"`;
    const joined = path.posix.normalize(path.posix.join(path.posix.dirname(parent.path), value));
    if (joined.startsWith('..')) return `"${value}" leaves the repository ${parent.owner}/${parent.repo}`;
    const display = `github:${parent.owner}/${parent.repo}/${joined}${parent.ref ? `@${parent.ref}` : ''}`;
    return { ...parent, path: joined, key: display.toLowerCase(), display };
  }
  if (parent?.type === 'url') {
    let parsed: URL;
    try {
      parsed = new URL(value, parent.url);
    } catch {
      return `"${value}" is not a valid path relative to ${parent.display}`;
    }
    return urlRef(value, parsed, parsed.toString(), ctx);
  }
  const base =
    parent?.type === 'builtin'
      ? ctx.presetsDir
      : parent && 'absPath' in parent
        ? path.dirname(parent.absPath)
        : ctx.cwd;
  const absPath = path.resolve(base, value);
  const rel = toPosix(path.relative(ctx.cwd, absPath));
  return { type: 'file', absPath, key: absPath, display: rel === '' ? value : rel };
}

const MAX_REDIRECTS = 5;
const DEFAULT_TOTAL_TIMEOUT_MS = 30_000;

export interface FetchSettings {
  fetch?: typeof globalThis.fetch;
  /** Per request; default 10 s. */
  timeoutMs?: number;
  /**
   * For all the remote policies of a run together, counted from the first request; default 30 s.
   * Requests run concurrently, so five URLs that never answer cost one timeout, not five.
   */
  totalTimeoutMs?: number;
  /** Default 1 MiB. */
  maxBytes?: number;
  githubToken?: string;
  /** `GITHUB_API_URL`; default https://api.github.com. */
  githubApiUrl?: string;
  allowLoopbackHttp?: boolean;
}

export class RemoteError extends Error {
  /**
   * The network or the server failed (no answer, refused connection, HTTP 5xx or 429), as opposed to
   * an answer that says no (404, 401, a wrong pin): a locked policy's cached copy may stand in.
   */
  constructor(
    message: string,
    readonly outage = false,
  ) {
    super(message);
  }
}

/** What `GET /repos/{owner}/{repo}/commits/{ref}` with the `sha` media type answers: the commit id. */
const COMMIT_SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;

/** Fetches remote policies, each URL once per instance (one instance per run). */
export class RemoteFetcher {
  private readonly cache = new Map<string, Promise<Buffer>>();
  private readonly commits = new Map<string, Promise<string>>();
  /** When the run's time for remote policies ends (set by the first request). */
  private runDeadline?: number;
  /** Every URL actually requested, in order (for tests and `--explain`). */
  readonly requested: string[] = [];

  constructor(private readonly settings: FetchSettings = {}) {}

  /** The URL a ref is read from. */
  urlOf(ref: PolicyRef): string {
    if (ref.type === 'url') return ref.url;
    if (ref.type !== 'github') throw new Error(`not a remote ref: ${ref.display}`);
    const base = (this.settings.githubApiUrl || 'https://api.github.com').replace(/\/+$/, '');
    const p = ref.path.split('/').map(encodeURIComponent).join('/');
    return `${base}/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}/contents/${p}${ref.ref ? `?ref=${encodeURIComponent(ref.ref)}` : ''}`;
  }

  get(ref: PolicyRef): Promise<string> {
    return this.getBytes(ref).then((bytes) => decodeText(bytes));
  }

  /** The policy's bytes as served (and checked against its `#sha256-…` pin, if any). */
  getBytes(ref: PolicyRef): Promise<Buffer> {
    const url = this.urlOf(ref);
    const key = `${url}#${ref.type === 'url' && ref.integrity ? `${ref.integrity.algorithm}-${ref.integrity.digest}` : ''}`;
    let p = this.cache.get(key);
    if (!p) {
      p = this.load(ref, url);
      this.cache.set(key, p);
    }
    return p;
  }

  /**
   * The commit a `github:` ref's tag or branch names now (`layerguard lock`), through
   * `GET /repos/{owner}/{repo}/commits/{ref}` with the `sha` media type; a ref that is already a full
   * commit id is taken as it is. Asked once per repository and ref.
   */
  resolveCommit(ref: PolicyRef & { type: 'github' }): Promise<string> {
    if (ref.ref !== undefined && COMMIT_SHA.test(ref.ref)) return Promise.resolve(ref.ref);
    const base = (this.settings.githubApiUrl || 'https://api.github.com').replace(/\/+$/, '');
    const url = `${base}/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}/commits/${encodeURIComponent(ref.ref ?? 'HEAD')}`;
    let p = this.commits.get(url);
    if (!p) {
      p = this.download(ref, url, 'application/vnd.github.sha', 'commit').then((bytes) => {
        const sha = decodeText(bytes).trim();
        if (!COMMIT_SHA.test(sha)) {
          throw new RemoteError(
            `the GitHub API answered "${sha.slice(0, 60)}" for the commit of ${ref.ref ?? 'the default branch'}, which is not a commit id`,
          );
        }
        return sha;
      });
      this.commits.set(url, p);
    }
    return p;
  }

  private async load(ref: PolicyRef, url: string): Promise<Buffer> {
    const bytes = await this.download(ref, url, 'application/vnd.github.raw', 'policy');
    checkIntegrity(ref, bytes);
    return bytes;
  }

  /** One GET with the run's deadline, the size cap and redirects checked hop by hop. */
  private async download(
    ref: PolicyRef,
    url: string,
    githubAccept: string,
    what: 'policy' | 'commit',
  ): Promise<Buffer> {
    const totalMs = this.settings.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS;
    const now = Date.now();
    this.runDeadline ??= now + totalMs;
    const left = this.runDeadline - now;
    if (left <= 0) {
      throw new RemoteError(
        `not requested: the ${totalMs / 1000} s allowed for all remote policies of a run had passed`,
        true,
      );
    }
    const perRequestMs = this.settings.timeoutMs ?? 10_000;
    const timeoutMs = Math.min(perRequestMs, left);
    // Said the same way whatever the milliseconds left: messages stay deterministic.
    const within =
      timeoutMs < perRequestMs
        ? `within the ${totalMs / 1000} s allowed for all remote policies of a run`
        : `within ${timeoutMs / 1000} s`;
    const maxBytes = this.settings.maxBytes ?? 1024 * 1024;
    const parsed = new URL(url);
    if (
      parsed.protocol !== 'https:' &&
      !(parsed.protocol === 'http:' && this.settings.allowLoopbackHttp && LOOPBACK.has(parsed.hostname))
    ) {
      throw new RemoteError(
        ref.type === 'github'
          ? `GITHUB_API_URL ${parsed.origin} is not https; layerguard reads policies over TLS only`
          : `plain http is refused for ${url}; use https://`,
      );
    }
    const headers: Record<string, string> = { 'User-Agent': 'layerguard' };
    if (ref.type === 'github') {
      headers.Accept = githubAccept;
      headers['X-GitHub-Api-Version'] = '2022-11-28';
      if (this.settings.githubToken) headers.Authorization = `Bearer ${this.settings.githubToken}`;
    }
    this.requested.push(url);
    const doFetch = this.settings.fetch ?? globalThis.fetch;
    // Redirects are followed by hand so that every hop is checked before it is requested: https only,
    // and the token is sent to the API's own origin only.
    let res: Response;
    let current = parsed;
    const deadline = AbortSignal.timeout(timeoutMs);
    for (let hop = 0; ; hop++) {
      try {
        res = await doFetch(current.toString(), { headers, redirect: 'manual', signal: deadline });
      } catch (e) {
        const err = e as Error & { cause?: { code?: string; message?: string } };
        if (err.name === 'TimeoutError' || err.name === 'AbortError') {
          throw new RemoteError(`no answer ${within}`, true);
        }
        throw new RemoteError(
          `the request failed (${err.cause?.code ?? err.cause?.message ?? err.message})`,
          true,
        );
      }
      const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
      if (!location) break;
      await res.body?.cancel().catch(() => undefined);
      if (hop >= MAX_REDIRECTS) throw new RemoteError(`more than ${MAX_REDIRECTS} redirects`);
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new RemoteError('the server redirected to an invalid address');
      }
      if (next.protocol !== 'https:' && !(this.settings.allowLoopbackHttp && LOOPBACK.has(next.hostname))) {
        throw new RemoteError(`the server redirected to ${next.origin}, which is not https`);
      }
      if (next.origin !== parsed.origin) delete headers.Authorization;
      current = next;
    }
    // A fetch that follows redirects itself (one given in the settings) is checked on its final address.
    const finalUrl = res.url ? new URL(res.url) : current;
    if (
      finalUrl.protocol !== 'https:' &&
      !(this.settings.allowLoopbackHttp && LOOPBACK.has(finalUrl.hostname))
    ) {
      throw new RemoteError(`the server redirected to ${finalUrl.origin}, which is not https`);
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new RemoteError(
        this.statusMessage(ref, res.status, what),
        res.status >= 500 || res.status === 429,
      );
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new RemoteError(`the policy is ${declared} bytes, more than the ${maxBytes}-byte limit`);
    }
    return readCapped(res, maxBytes, timeoutMs, within);
  }

  private statusMessage(ref: PolicyRef, status: number, what: 'policy' | 'commit'): string {
    if (ref.type === 'github') {
      const where = `${ref.owner}/${ref.repo}`;
      if (status === 404 || (status === 422 && what === 'commit')) {
        if (what === 'commit')
          return `HTTP ${status}: no tag, branch or commit ${ref.ref ?? 'HEAD'} in ${where}, or the token cannot read that repository (private repositories need a token with contents: read, from --github-token or GITHUB_TOKEN)`;
        return `HTTP 404: no ${ref.path}${ref.ref ? ` at ${ref.ref}` : ''} in ${where}, or the token cannot read that repository (private repositories need a token with contents: read, from --github-token or GITHUB_TOKEN)`;
      }
      if (status === 401)
        return `HTTP 401: the GitHub token was refused; check --github-token or GITHUB_TOKEN`;
      if (status === 403 || status === 429) {
        return `HTTP ${status}: GitHub refused the request (rate limit or missing permission); pass a token with contents: read on ${where} through --github-token or GITHUB_TOKEN`;
      }
      return `HTTP ${status} from the GitHub API`;
    }
    if (status === 404) return 'HTTP 404: not found';
    return `HTTP ${status}${status >= 500 ? ': the server failed' : ''}`;
  }
}

async function readCapped(
  res: Response,
  maxBytes: number,
  timeoutMs: number,
  within: string,
): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (Date.now() > deadline) {
      await reader.cancel().catch(() => undefined);
      throw new RemoteError(`the body did not arrive ${within}`, true);
    }
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (e) {
      const err = e as Error;
      if (err.name === 'TimeoutError' || err.name === 'AbortError')
        throw new RemoteError(`no answer ${within}`, true);
      throw new RemoteError(`reading the response failed (${err.message})`, true);
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new RemoteError(`the policy is larger than the ${maxBytes}-byte limit`);
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

/** Throws when `ref` carries a `#sha256-…` pin that `bytes` do not match. */
export function checkIntegrity(ref: PolicyRef, bytes: Uint8Array): void {
  if (ref.type !== 'url' || !ref.integrity) return;
  const actual = createHash(ref.integrity.algorithm).update(bytes).digest('base64');
  if (actual !== ref.integrity.digest) {
    throw new RemoteError(
      `the content does not match its integrity pin: expected ${ref.integrity.algorithm}-${ref.integrity.digest}, got ${ref.integrity.algorithm}-${actual}; the policy changed since it was pinned — review the change, then update the pin`,
    );
  }
}

export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
