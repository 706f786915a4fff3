/**
 * A local stand-in for the parts of the GitHub REST API the Action uses, on 127.0.0.1 and an ephemeral
 * port. It keeps state (review comments, issue comments, check runs) across runs of the Action, records
 * every request, checks what GitHub checks (the token, review comments only on RIGHT-side diff lines
 * and in one hunk, at most 50 check-run annotations per request) and can be told to fail requests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: any;
  status: number;
  authorization?: string;
}

export interface Fault {
  method: string;
  /** Matched against the path without the query. */
  path: RegExp;
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  message?: string;
  headers?: Record<string, string>;
  /**
   * Carry the request out as usual, but answer only after this many ms (a slow GitHub: the client may
   * give up although the thing was made). `status` is then ignored.
   */
  delayMs?: number;
  /** Answer with this raw body (e.g. broken JSON) and `status`, without carrying the request out. */
  rawBody?: string;
}

/** Who wrote a comment or review, as GitHub shows it. */
export interface GitHubUser {
  login: string;
  type: 'User' | 'Bot';
}

/** The account the fake's token posts as (the GITHUB_TOKEN's). */
export const ACTIONS_BOT: GitHubUser = { login: 'github-actions[bot]', type: 'Bot' };

export interface PullFile {
  filename: string;
  status: string;
  patch?: string;
}

export interface ReviewComment {
  id: number;
  path: string;
  line: number;
  start_line: number | null;
  side: string;
  start_side: string | null;
  body: string;
  commit_id: string;
  in_reply_to_id?: number;
  pull_request_review_id: number | null;
  html_url: string;
  user?: GitHubUser;
}

export interface IssueComment {
  id: number;
  body: string;
  html_url: string;
  user?: GitHubUser;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  details_url?: string;
  external_id?: string;
  output: { title?: string; summary?: string };
  annotations: any[];
  html_url: string;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  pull?: number;
  token?: string;
  files?: PullFile[];
  /** Items per page when the client does not ask (GitHub's default is 30). */
  defaultPerPage?: number;
}

/** RIGHT-side line -> hunk number, from a unified diff (the fake's own reading, independent of the Action's). */
function rightLines(patch: string): Map<number, number> {
  const out = new Map<number, number>();
  let hunk = -1;
  let line = 0;
  for (const l of patch.split('\n')) {
    const m = /^@@ -[0-9,]+ \+(\d+)/.exec(l);
    if (m) {
      hunk++;
      line = Number(m[1]);
    } else if (hunk >= 0 && (l.startsWith('+') || l.startsWith(' '))) {
      out.set(line++, hunk);
    }
  }
  return out;
}

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly pull: number;
  readonly token: string;
  files: PullFile[];
  readonly requests: RecordedRequest[] = [];
  readonly reviewComments: ReviewComment[] = [];
  readonly issueComments: IssueComment[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly reviews: any[] = [];
  readonly faults: Fault[] = [];
  /** Answer every write with 403, as GitHub does for the read-only token of a fork's pull request. */
  readOnly = false;
  /** `GET /user`: undefined answers 403 as GitHub does for the GITHUB_TOKEN; else this login. */
  userLogin?: string;
  /** The pull request's head commit (`GET /pulls/N`). */
  headSha = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
  /** `path:line` of review comments GitHub refuses although in the diff (answered 422). */
  refuseLines = new Set<string>();
  /** `GET /compare/{head}...{checked-out}`: the files that differ, with patches. */
  compareFiles?: PullFile[];
  private nextId = 1000;
  private server?: http.Server;
  private readonly defaultPerPage: number;
  url = '';

  constructor(opts: FakeGitHubOptions = {}) {
    this.owner = opts.owner ?? 'acme';
    this.repo = opts.repo ?? 'app';
    this.pull = opts.pull ?? 7;
    this.token = opts.token ?? 'ghs_fake_token_for_tests_0123456789';
    this.files = opts.files ?? [];
    this.defaultPerPage = opts.defaultPerPage ?? 30;
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        let body: any;
        try {
          body = raw ? JSON.parse(raw) : undefined;
        } catch {
          body = raw;
        }
        this.handle(req, body, res);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Forget the request log (state is kept, as on GitHub between runs). */
  clearLog(): void {
    this.requests.length = 0;
  }

  fail(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  /** Recorded requests by method and a path pattern. */
  calls(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private handle(req: http.IncomingMessage, body: any, res: http.ServerResponse): void {
    const u = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const query = Object.fromEntries(u.searchParams.entries());
    const record: RecordedRequest = {
      method,
      path: u.pathname,
      query,
      body,
      status: 0,
      authorization: req.headers.authorization,
    };
    this.requests.push(record);
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    const fault = this.faults.find(
      (f) => f.method === method && f.path.test(u.pathname) && (f.times ?? 1) > 0,
    );
    let respond = send;
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.rawBody !== undefined) {
        record.status = fault.status;
        res.writeHead(fault.status, { 'content-type': 'application/json; charset=utf-8', ...fault.headers });
        res.end(fault.rawBody);
        return;
      }
      if (fault.delayMs !== undefined) {
        const delay = fault.delayMs;
        respond = (status, data, headers) => {
          setTimeout(() => {
            if (!res.destroyed && !res.writableEnded) send(status, data, headers);
          }, delay).unref();
        };
      } else {
        return send(fault.status, { message: fault.message ?? `fault ${fault.status}` }, fault.headers);
      }
    }
    this.route(method, u, body, respond);
  }

  private route(
    method: string,
    u: URL,
    body: any,
    send: (status: number, data?: unknown, headers?: Record<string, string>) => void,
  ): void {
    if (method === 'GET' && u.pathname === '/user') {
      if (!this.userLogin) return send(403, { message: 'Resource not accessible by integration' });
      return send(200, { login: this.userLogin, type: 'User' });
    }
    if (this.readOnly && method !== 'GET') {
      return send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      });
    }
    const base = `/repos/${this.owner}/${this.repo}`;
    const p = u.pathname;
    const html = (what: string) => `https://github.example/${this.owner}/${this.repo}/${what}`;
    let m: RegExpExecArray | null;

    // GitHub lists at most 3,000 files of a pull request.
    if (method === 'GET' && p === `${base}/pulls/${this.pull}/files`)
      return this.page(u, this.files.slice(0, 3000), send);
    if (method === 'GET' && p === `${base}/pulls/${this.pull}`)
      return send(200, { number: this.pull, head: { sha: this.headSha }, changed_files: this.files.length });
    if (method === 'GET' && p === `${base}/pulls/${this.pull}/reviews`)
      return this.page(u, this.reviews, send);
    if (method === 'DELETE' && (m = new RegExp(`^${base}/pulls/${this.pull}/reviews/(\\d+)$`).exec(p))) {
      const i = this.reviews.findIndex((r) => r.id === Number(m![1]));
      if (i < 0) return send(404, { message: 'Not Found' });
      if (this.reviews[i].state !== 'PENDING')
        return send(422, { message: 'Can not delete a non-pending review' });
      const [r] = this.reviews.splice(i, 1);
      return send(200, r);
    }
    if (method === 'GET' && (m = new RegExp(`^${base}/compare/([0-9a-f]+)\\.\\.\\.([0-9a-f]+)$`).exec(p))) {
      if (!this.compareFiles) return send(404, { message: 'Not Found' });
      return send(200, { status: 'ahead', files: this.compareFiles });
    }
    if (method === 'GET' && (m = new RegExp(`^${base}/commits/([^/]+)/check-runs$`).exec(p))) {
      const runs = this.checkRuns.filter(
        (r) =>
          r.head_sha === m![1] &&
          (!u.searchParams.get('check_name') || r.name === u.searchParams.get('check_name')),
      );
      return send(200, { total_count: runs.length, check_runs: runs });
    }
    if (method === 'GET' && p === `${base}/pulls/${this.pull}/comments`)
      return this.page(u, this.reviewComments, send);
    if (method === 'GET' && p === `${base}/issues/${this.pull}/comments`)
      return this.page(u, this.issueComments, send);

    if (method === 'POST' && p === `${base}/pulls/${this.pull}/reviews`) {
      const comments: any[] = body?.comments ?? [];
      for (const c of comments) {
        const problem = this.placeProblem(c);
        if (problem) return send(422, { message: 'Unprocessable Entity', errors: [problem] });
      }
      for (const c of comments) {
        if (typeof c.body !== 'string' || c.body.length > 65536) {
          return send(422, {
            message: 'Unprocessable Entity',
            errors: ['body is too long (maximum is 65536 characters)'],
          });
        }
      }
      const reviewId = this.nextId++;
      // Without `event` a review stays PENDING: validated, shown to nobody, its comments not posted.
      const state = body?.event ? 'COMMENTED' : 'PENDING';
      const review = {
        id: reviewId,
        ...body,
        state,
        user: ACTIONS_BOT,
        html_url: html(`pull/${this.pull}#pullrequestreview-${reviewId}`),
      };
      this.reviews.push(review);
      if (state !== 'PENDING') for (const c of comments) this.addReviewComment(c, body.commit_id, reviewId);
      return send(200, { id: reviewId, html_url: review.html_url, state, user: ACTIONS_BOT });
    }
    if (method === 'POST' && p === `${base}/pulls/${this.pull}/comments`) {
      const problem = this.placeProblem(body);
      if (problem) return send(422, { message: 'Validation Failed', errors: [problem] });
      return send(201, this.addReviewComment(body, body.commit_id, null));
    }
    if (method === 'DELETE' && (m = new RegExp(`^${base}/pulls/comments/(\\d+)$`).exec(p))) {
      const i = this.reviewComments.findIndex((c) => c.id === Number(m![1]));
      if (i < 0) return send(404, { message: 'Not Found' });
      this.reviewComments.splice(i, 1);
      return send(204);
    }
    if (method === 'PATCH' && (m = new RegExp(`^${base}/pulls/comments/(\\d+)$`).exec(p))) {
      const c = this.reviewComments.find((x) => x.id === Number(m![1]));
      if (!c) return send(404, { message: 'Not Found' });
      c.body = body.body;
      return send(200, c);
    }
    if (method === 'POST' && p === `${base}/issues/${this.pull}/comments`) {
      const c: IssueComment = { id: this.nextId++, body: body.body, html_url: '', user: ACTIONS_BOT };
      c.html_url = html(`pull/${this.pull}#issuecomment-${c.id}`);
      this.issueComments.push(c);
      return send(201, c);
    }
    if (method === 'PATCH' && (m = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(p))) {
      const c = this.issueComments.find((x) => x.id === Number(m![1]));
      if (!c) return send(404, { message: 'Not Found' });
      c.body = body.body;
      return send(200, c);
    }
    if (method === 'POST' && p === `${base}/check-runs`) {
      if (!body?.name || !body?.head_sha) return send(422, { message: 'name and head_sha are required' });
      if ((body.output?.annotations ?? []).length > 50)
        return send(422, { message: 'Only 50 annotations are allowed per request' });
      const run: CheckRun = {
        id: this.nextId++,
        name: body.name,
        head_sha: body.head_sha,
        status: body.status ?? 'queued',
        conclusion: body.conclusion ?? null,
        details_url: body.details_url,
        external_id: body.external_id,
        output: { title: body.output?.title, summary: body.output?.summary },
        annotations: [...(body.output?.annotations ?? [])],
        html_url: '',
      };
      run.html_url = html(`runs/${run.id}`);
      this.checkRuns.push(run);
      return send(201, run);
    }
    if (method === 'PATCH' && (m = new RegExp(`^${base}/check-runs/(\\d+)$`).exec(p))) {
      const run = this.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return send(404, { message: 'Not Found' });
      const annotations = body.output?.annotations ?? [];
      if (annotations.length > 50)
        return send(422, { message: 'Only 50 annotations are allowed per request' });
      for (const a of annotations) {
        if (a.start_line !== a.end_line && (a.start_column !== undefined || a.end_column !== undefined)) {
          return send(422, { message: 'start_column and end_column are only allowed on one line' });
        }
      }
      run.annotations.push(...annotations);
      if (body.output?.title !== undefined) run.output.title = body.output.title;
      if (body.output?.summary !== undefined) run.output.summary = body.output.summary;
      if (body.status) run.status = body.status;
      if (body.conclusion) {
        run.conclusion = body.conclusion;
        run.status = 'completed';
      }
      return send(200, run);
    }
    return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  private page(
    u: URL,
    items: unknown[],
    send: (s: number, d?: unknown, h?: Record<string, string>) => void,
  ): void {
    const perPage = Math.min(100, Number(u.searchParams.get('per_page') ?? this.defaultPerPage));
    const page = Number(u.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(u.toString());
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    send(200, slice, headers);
  }

  private placeProblem(c: any): string | undefined {
    const file = this.files.find((f) => f.filename === c.path && f.status !== 'removed');
    if (!file?.patch) return `${c.path} is not part of the pull request diff`;
    if (c.side !== undefined && c.side !== 'RIGHT') return 'side must be RIGHT here';
    const lines = rightLines(file.patch);
    const end = c.line;
    const start = c.start_line ?? end;
    const hunk = lines.get(start);
    if (hunk === undefined || lines.get(end) !== hunk) {
      return `Pull request review thread line must be part of the diff (${c.path}:${start}-${end})`;
    }
    if (c.start_line !== undefined && c.start_line >= c.line) return 'start_line must precede line';
    if (this.refuseLines.has(`${c.path}:${c.line}`)) return `${c.path}:${c.line}: could not be resolved`;
    return undefined;
  }

  private addReviewComment(c: any, commitId: string, reviewId: number | null): ReviewComment {
    const rc: ReviewComment = {
      id: this.nextId++,
      path: c.path,
      line: c.line,
      start_line: c.start_line ?? null,
      side: c.side ?? 'RIGHT',
      start_side: c.start_side ?? null,
      body: c.body,
      commit_id: commitId,
      pull_request_review_id: reviewId,
      html_url: '',
      user: ACTIONS_BOT,
    };
    rc.html_url = `https://github.example/${this.owner}/${this.repo}/pull/${this.pull}#discussion_r${rc.id}`;
    this.reviewComments.push(rc);
    return rc;
  }
}
