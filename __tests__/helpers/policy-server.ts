/**
 * A local server on 127.0.0.1 that serves policies as the GitHub REST API does — repositories with
 * commits, tags and branches that can move, `GET /repos/{o}/{r}/commits/{ref}` with the `sha` media
 * type and `GET /repos/{o}/{r}/contents/{path}?ref=` with the `raw` one (owner and repository in any
 * case, as on GitHub) — and plain files for
 * `https:`-style extends under `/files/`. It records every request and can be stopped to play an outage.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

interface Repo {
  /** commit -> path -> content */
  commits: Map<string, Map<string, string>>;
  /** tag or branch -> commit */
  refs: Map<string, string>;
}

export class PolicyServer {
  readonly requests: string[] = [];
  readonly files = new Map<string, string>();
  private readonly repos = new Map<string, Repo>();
  private server?: http.Server;
  private seq = 0;
  url = '';

  constructor(readonly token = 'policy-token') {}

  /** `GITHUB_API_URL` for this server. */
  get apiUrl(): string {
    return `${this.url}/api`;
  }

  /** Makes a commit in `owner/repo` holding `files` (all of the tree), points `refs` at it, returns its id. */
  commit(repo: string, files: Record<string, string>, ...refs: string[]): string {
    let r = this.repos.get(repo.toLowerCase());
    if (!r) {
      r = { commits: new Map(), refs: new Map() };
      this.repos.set(repo.toLowerCase(), r);
    }
    const sha = createHash('sha1')
      .update(`${repo}\n${this.seq++}\n${JSON.stringify(files)}`)
      .digest('hex');
    r.commits.set(sha, new Map(Object.entries(files)));
    for (const ref of refs) r.refs.set(ref, sha);
    return sha;
  }

  /** Rewrites a file inside an existing commit: what a tampering server or proxy would serve. */
  tamper(repo: string, sha: string, file: string, content: string): void {
    this.repos.get(repo.toLowerCase())!.commits.get(sha)!.set(file, content);
  }

  /** `calls(/contents/)`: the recorded requests that match. */
  calls(pattern: RegExp): string[] {
    return this.requests.filter((r) => pattern.test(r));
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Closes the server: its port then refuses connections, as an unreachable API does. */
  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server!.close(resolve));
    this.server = undefined;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.requests.push(req.url ?? '');
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname.startsWith('/files/')) {
      const text = this.files.get(u.pathname.slice('/files/'.length));
      return void (text === undefined ? res.writeHead(404).end() : res.writeHead(200).end(text));
    }
    if (req.headers.authorization !== `Bearer ${this.token}`)
      return void res.writeHead(401).end('{"message":"Bad credentials"}');
    let m = /^\/api\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)$/.exec(u.pathname);
    if (m) {
      const repo = this.repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      const ref = decodeURIComponent(m[3]);
      const sha = repo?.commits.has(ref) ? ref : repo?.refs.get(ref === 'HEAD' ? 'main' : ref);
      if (req.headers.accept !== 'application/vnd.github.sha')
        return void res.writeHead(415).end('{"message":"this fake answers the sha media type only"}');
      if (!sha) return void res.writeHead(422).end(`{"message":"No commit found for SHA: ${ref}"}`);
      return void res.writeHead(200).end(sha);
    }
    m = /^\/api\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(u.pathname);
    if (m && req.headers.accept === 'application/vnd.github.raw') {
      const repo = this.repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      const ref = u.searchParams.get('ref') ?? 'main';
      const sha = repo?.commits.has(ref) ? ref : repo?.refs.get(ref);
      const text = sha ? repo!.commits.get(sha)!.get(decodeURIComponent(m[3])) : undefined;
      if (text !== undefined) return void res.writeHead(200).end(text);
    }
    res.writeHead(404).end('{"message":"Not Found"}');
  }
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
