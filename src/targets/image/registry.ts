/**
 * Reads an image straight from a registry through the OCI distribution API (issue 15), without a
 * daemon: `docker://HOST/REPO:TAG` or `docker://HOST/REPO@sha256:…`, the containers-transports syntax
 * that skopeo, buildah and podman use.
 *
 * The tag is resolved to a manifest; an index is followed to the platform asked for; the manifest and
 * the config are fetched and verified against their digests; layer blobs are streamed (never held in
 * memory, never written to disk) into the same LayerReader as archive layers, only when a rule needs
 * the layer contents, and their digests are checked by `assemble`.
 *
 * Auth, as `docker pull` does it: a first anonymous request; on `401` the `WWW-Authenticate`
 * challenge says what to do — `Bearer realm=…,service=…,scope=…` (the token flow: ask the realm for a
 * token, with the credentials as basic auth when there are any, anonymously otherwise) or `Basic`
 * (send the credentials). Credentials come from the caller (the Action's job token for ghcr.io) or from
 * `auths` of the docker config (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`); credential
 * helpers are not run.
 *
 * Bounds: JSON documents are read up to `maxJsonBytes`, a layer blob never past the size its
 * descriptor declares, every request has a time limit (`LAYERGUARD_REGISTRY_TIMEOUT_MS`, default 60 s,
 * for the headers and then for each pause in the body), redirects are followed by fetch (which drops
 * the Authorization header when a redirect leaves the registry's origin).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIGEST_RE, jsonErrorMessage } from './assemble.js';
import type { Json } from './assemble.js';
import { LayerReader } from './layer-index.js';
import type { ImageLimits, IndexBudget, LayerIndexResult } from './layer-index.js';
import { imagesFromIndex } from './oci.js';
import type { BlobStore, FoundImage } from './oci.js';

export interface RegistryCredential {
  username: string;
  password: string;
}

export interface RegistryOptions {
  /** `os/arch[/variant]` to pick from an index, or `all`. */
  platform: string;
  /** Whether to read layer blobs (a content rule needs them). */
  layers: boolean;
  /** Credentials by registry host (`ghcr.io`), before the docker config. */
  credentials?: Record<string, RegistryCredential>;
  env: Record<string, string | undefined>;
}

export interface DockerReference {
  /** Host as written (`127.0.0.1:5000`, `ghcr.io`; `docker.io` for Docker Hub). */
  host: string;
  /** Repository path (`library/alpine` on Docker Hub). */
  repo: string;
  tag?: string;
  digest?: string;
  /** `host/repo:tag` or `host/repo@digest`, for messages. */
  display: string;
}

const REPO_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG_RE = /^\w[\w.-]{0,127}$/;
const HOST_RE = /^(?:[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/;

/** Parses the part after `docker://`; throws with what is wrong. */
export function parseDockerReference(text: string): DockerReference {
  let rest = text.replace(/^\/\//, '');
  if (rest.length > 512) throw new Error('the image reference is longer than 512 characters');
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) throw new Error(`"${digest}" is not a valid digest (sha256:<64 hex>)`);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) throw new Error(`"${tag}" is not a valid tag`);
  }
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  let host: string;
  let repo: string;
  if (
    slash >= 0 &&
    (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['))
  ) {
    host = first;
    repo = rest.slice(slash + 1);
  } else {
    host = 'docker.io';
    repo = rest.includes('/') ? rest : `library/${rest}`;
  }
  if (!HOST_RE.test(host)) throw new Error(`"${host}" is not a valid registry host`);
  if (!REPO_RE.test(repo)) throw new Error(`"${repo}" is not a valid repository name`);
  if (!tag && !digest) tag = 'latest';
  const display = `${host}/${repo}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
  return { host, repo, tag, digest, display };
}

/** Loopback registries speak plain http (as docker allows); others https unless listed as insecure. */
function baseUrl(host: string, env: Record<string, string | undefined>): string {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  const loopback = name === 'localhost' || /^127(?:\.\d{1,3}){3}$/.test(name) || name === '::1';
  const insecure = (env.LAYERGUARD_INSECURE_REGISTRIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const api = host === 'docker.io' ? 'registry-1.docker.io' : host;
  return `${loopback || insecure.includes(host) ? 'http' : 'https'}://${api}`;
}

/** Credentials for `host` from the docker config's `auths` (no credential helpers). */
export async function dockerConfigCredential(
  host: string,
  env: Record<string, string | undefined>,
): Promise<RegistryCredential | undefined> {
  const dir = env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), '.docker');
  let doc: Json;
  try {
    const text = await fs.readFile(path.join(dir, 'config.json'), 'utf8');
    if (text.length > 1 << 20) return undefined;
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const auths = (doc as { auths?: Record<string, Json> } | null)?.auths;
  if (!auths || typeof auths !== 'object') return undefined;
  const keys =
    host === 'docker.io'
      ? ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io']
      : [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
  for (const k of keys) {
    const e = auths[k] as { auth?: unknown; username?: unknown; password?: unknown } | undefined;
    if (!e || typeof e !== 'object') continue;
    if (typeof e.username === 'string' && typeof e.password === 'string')
      return { username: e.username, password: e.password };
    if (typeof e.auth === 'string') {
      const plain = Buffer.from(e.auth, 'base64').toString('utf8');
      const i = plain.indexOf(':');
      if (i > 0) return { username: plain.slice(0, i), password: plain.slice(i + 1) };
    }
  }
  return undefined;
}

/** `Bearer realm="…",service="…"` -> scheme and parameters. */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const m = /^\s*(\S+)\s*(.*)$/.exec(header) ?? ['', '', ''];
  const params: Record<string, string> = {};
  for (const p of m[2].matchAll(/([a-zA-Z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g))
    params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
  return { scheme: m[1].toLowerCase(), params };
}

const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** Talks to one repository of one registry, keeping the auth it negotiated. */
export class RegistryClient {
  private authorization: string | undefined;
  private credential: RegistryCredential | undefined;
  private credentialLoaded = false;
  private readonly base: string;
  private readonly timeoutMs: number;
  /** Requests made (tests count them to show which blobs were fetched). */
  readonly requests: string[] = [];

  constructor(
    readonly ref: DockerReference,
    private readonly opts: RegistryOptions,
    private readonly limits: ImageLimits,
  ) {
    this.base = baseUrl(ref.host, opts.env);
    const t = Number(opts.env.LAYERGUARD_REGISTRY_TIMEOUT_MS);
    this.timeoutMs = Number.isFinite(t) && t > 0 ? t : 60_000;
  }

  private async loadCredential(): Promise<RegistryCredential | undefined> {
    if (!this.credentialLoaded) {
      this.credentialLoaded = true;
      this.credential =
        this.opts.credentials?.[this.ref.host] ??
        (await dockerConfigCredential(this.ref.host, this.opts.env));
    }
    return this.credential;
  }

  /** A request with the negotiated auth; on a first 401, follows the challenge and tries again once. */
  private async request(kind: 'manifests' | 'blobs', reference: string, accept?: string): Promise<Response> {
    const url = `${this.base}/v2/${this.ref.repo}/${kind}/${reference}`;
    for (let attempt = 0; ; attempt++) {
      const headers: Record<string, string> = {};
      if (accept) headers.Accept = accept;
      if (this.authorization) headers.Authorization = this.authorization;
      this.requests.push(`${kind}/${reference}`);
      const res = await this.fetchTimed(url, { headers });
      if (res.status === 401 && attempt === 0) {
        const challenge = res.headers.get('www-authenticate');
        await res.body?.cancel().catch(() => {});
        if (challenge && (await this.authenticate(challenge))) continue;
        throw this.httpError(401, kind, reference, res);
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => {});
        throw this.httpError(res.status, kind, reference, res);
      }
      return res;
    }
  }

  /** fetch with a time limit on the headers (the body has its own, per pause). */
  private async fetchTimed(url: string, init: RequestInit): Promise<Response> {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), this.timeoutMs);
    try {
      return await fetch(url, { ...init, signal: ctrl.signal, redirect: 'follow' });
    } catch (e) {
      const why = ctrl.signal.aborted
        ? `no answer within ${this.timeoutMs / 1000} s`
        : ((e as { cause?: Error }).cause?.message ?? (e as Error).message);
      throw new Error(`cannot reach the registry ${this.ref.host} for ${this.ref.display}: ${why}`);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sets `authorization` from a challenge; false when there is nothing to try. */
  private async authenticate(header: string): Promise<boolean> {
    const { scheme, params } = parseChallenge(header);
    const cred = await this.loadCredential();
    const basic = cred
      ? 'Basic ' + Buffer.from(`${cred.username}:${cred.password}`).toString('base64')
      : undefined;
    if (scheme === 'basic') {
      if (!basic) return false;
      this.authorization = basic;
      return true;
    }
    if (scheme !== 'bearer' || !params.realm) return false;
    let realm: URL;
    try {
      realm = new URL(params.realm);
    } catch {
      throw new Error(`the registry ${this.ref.host} sent a token realm that is not a URL`);
    }
    if (realm.protocol !== 'https:' && realm.protocol !== 'http:')
      throw new Error(`the registry ${this.ref.host} sent a token realm that is not http(s)`);
    if (params.service) realm.searchParams.set('service', params.service);
    realm.searchParams.set('scope', params.scope ?? `repository:${this.ref.repo}:pull`);
    const res = await this.fetchTimed(realm.toString(), { headers: basic ? { Authorization: basic } : {} });
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      throw this.httpError(res.status, 'token', realm.host, res);
    }
    const body = await readBounded(res, 1 << 20, this.timeoutMs);
    let token: unknown;
    try {
      const doc = JSON.parse(body.toString('utf8')) as { token?: unknown; access_token?: unknown };
      token = doc.token ?? doc.access_token;
    } catch (e) {
      throw new Error(
        `the token service of ${this.ref.host} answered with invalid JSON (${jsonErrorMessage(e)})`,
      );
    }
    if (typeof token !== 'string' || token === '')
      throw new Error(`the token service of ${this.ref.host} answered without a token`);
    this.authorization = `Bearer ${token}`;
    return true;
  }

  private httpError(status: number, kind: string, reference: string, res: Response): Error {
    const image = this.ref.display;
    const login = `log in with \`docker login ${this.ref.host}\` (layerguard reads the \`auths\` of ~/.docker/config.json; credential helpers are not run)`;
    const what =
      kind === 'manifests'
        ? `the manifest ${reference}`
        : kind === 'blobs'
          ? `the blob ${reference}`
          : `a token from ${reference}`;
    switch (status) {
      case 401:
        return new Error(
          this.credential
            ? `the registry ${this.ref.host} refused the credentials for ${image} (401 Unauthorized): check the user name and password or token`
            : `the registry ${this.ref.host} asks for credentials to read ${image} (401 Unauthorized): ${login}`,
        );
      case 403:
        return new Error(
          `the registry ${this.ref.host} denies access to ${image} (403 Forbidden): the credentials used may not pull this repository`,
        );
      case 404:
        return new Error(
          kind === 'manifests' && reference === (this.ref.digest ?? this.ref.tag)
            ? `${image} does not exist (404 Not Found): check the repository name and the tag`
            : `${what} of ${image} is not in the registry (404 Not Found)`,
        );
      case 429: {
        const after = res.headers.get('retry-after');
        return new Error(
          `the registry ${this.ref.host} is rate-limiting requests for ${image} (429 Too Many Requests)${after ? `; retry after ${after.slice(0, 40)} s` : ''}: log in to get a higher limit, or try later`,
        );
      }
      default:
        return new Error(`the registry ${this.ref.host} answered ${status} for ${what} of ${image}`);
    }
  }

  /** A manifest or JSON blob, verified against `digest` when given; returns the bytes' digest too. */
  async json(
    kind: 'manifests' | 'blobs',
    reference: string,
    digest?: string,
  ): Promise<{ doc: Json; digest: string; mediaType?: string }> {
    const res = await this.request(kind, reference, kind === 'manifests' ? MANIFEST_ACCEPT : undefined);
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > this.limits.maxJsonBytes) {
      await res.body?.cancel().catch(() => {});
      throw new Error(
        `${reference} of ${this.ref.display} is larger than ${this.limits.maxJsonBytes} bytes (the limit for JSON documents)`,
      );
    }
    const buf = await readBounded(res, this.limits.maxJsonBytes, this.timeoutMs);
    const alg = digest?.split(':')[0] ?? 'sha256';
    const actual = `${alg}:${createHash(alg).update(buf).digest('hex')}`;
    if (digest && actual !== digest)
      throw new Error(
        `${kind === 'manifests' ? 'the manifest' : 'the blob'} ${digest} of ${this.ref.display} hashes to ${actual}: the registry sent other content`,
      );
    const header = res.headers.get('docker-content-digest');
    if (!digest && header && DIGEST_RE.test(header) && header.startsWith('sha256:') && header !== actual)
      throw new Error(
        `the manifest of ${this.ref.display} hashes to ${actual}, not to the digest the registry names (${header})`,
      );
    let doc: Json;
    try {
      doc = JSON.parse(buf.toString('utf8'));
    } catch (e) {
      throw new Error(`${reference} of ${this.ref.display} is not valid JSON (${jsonErrorMessage(e)})`);
    }
    const mediaType = res.headers.get('content-type')?.split(';')[0].trim();
    return { doc, digest: actual, mediaType };
  }

  /** Streams a layer blob into a LayerReader; never reads past the descriptor's size. */
  async layer(digest: string, size: number | undefined, budget: IndexBudget): Promise<LayerIndexResult> {
    const res = await this.request('blobs', digest);
    const reader = new LayerReader(this.limits, budget, size);
    const max = size ?? this.limits.maxLayerBytes;
    let read = 0;
    let overflow = false;
    for await (const chunk of timedChunks(res, this.timeoutMs, `the blob ${digest} of ${this.ref.display}`)) {
      read += chunk.length;
      if (read > max) {
        overflow = true;
        break;
      }
      const wait = reader.write(chunk);
      if (wait) await wait;
    }
    const result = await reader.end();
    if (overflow) {
      result.truncated = true;
      result.diffId = undefined;
      result.problems.push(
        `the registry sent more than the ${max} bytes the manifest declares for this blob; the rest was not read`,
      );
    }
    return result;
  }
}

/** The body's chunks, failing when no chunk comes for `timeoutMs`. */
async function* timedChunks(res: Response, timeoutMs: number, what: string): AsyncGenerator<Uint8Array> {
  if (!res.body) return;
  const it = res.body[Symbol.asyncIterator]();
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const next = await Promise.race([
      it.next(),
      new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
    if (next === 'timeout') {
      await it.return?.().catch(() => {});
      throw new Error(`${what} stalled: no data for ${timeoutMs / 1000} s`);
    }
    if (next.done) return;
    yield next.value as Uint8Array;
  }
}

async function readBounded(res: Response, max: number, timeoutMs: number): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let n = 0;
  for await (const chunk of timedChunks(res, timeoutMs, 'the answer')) {
    n += chunk.length;
    if (n > max) throw new Error(`the answer is larger than ${max} bytes (the limit for JSON documents)`);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** Reads one `docker://` image: every platform asked for, with its problems. */
export async function readRegistryImage(
  text: string,
  input: string,
  limits: ImageLimits,
  opts: RegistryOptions,
): Promise<{ images: FoundImage[]; problems: string[]; client?: RegistryClient }> {
  let ref: DockerReference;
  try {
    ref = parseDockerReference(text);
  } catch (e) {
    return { images: [], problems: [`${input} is not a valid image reference: ${(e as Error).message}`] };
  }
  const client = new RegistryClient(ref, opts, limits);
  let top: { doc: Json; digest: string; mediaType?: string };
  try {
    top = await client.json('manifests', ref.digest ?? ref.tag!, ref.digest);
  } catch (e) {
    return { images: [], problems: [(e as Error).message], client };
  }
  const budget: IndexBudget = { files: 0 };
  const fetched = new Map<string, Json>([[top.digest, top.doc]]);
  const store: BlobStore = {
    readsLayers: opts.layers,
    async json(digest, role) {
      const hit = fetched.get(digest);
      if (hit !== undefined) return hit;
      const r = await client.json(role === 'config' ? 'blobs' : 'manifests', digest, digest);
      return r.doc;
    },
    layer(digest, size) {
      return client.layer(digest, size, budget);
    },
  };
  const topDoc = top.doc as { mediaType?: unknown; manifests?: unknown };
  const mediaType = (typeof topDoc?.mediaType === 'string' ? topDoc.mediaType : undefined) ?? top.mediaType;
  const index = {
    manifests: [
      {
        mediaType,
        digest: top.digest,
        annotations: { 'org.opencontainers.image.ref.name': ref.display.replace(/@.*$/, '') },
      },
    ],
  };
  const r = await imagesFromIndex(index, store, { ref: input, source: 'registry', platform: opts.platform });
  budget.paths?.trim(); // every layer of the input has been read
  const problems = [...r.problems];
  if (r.images.length === 0) {
    problems.push(
      r.otherPlatforms.length > 0
        ? `${ref.display} has no image for ${opts.platform} (it has ${r.otherPlatforms.join(', ')}): choose one with --platform, or --platform all`
        : `${ref.display} holds no image`,
    );
  }
  return { images: r.images, problems, client };
}
