/**
 * No lost results: when talking to GitHub fails half-way — every request after the k-th answered
 * with 500, connections reset, requests that never get an answer, the API gone from the start — the
 * step still ends with the policy verdict, and the job summary, the annotations (with the step log
 * for the ones GitHub would hide), the outputs and the SARIF file still carry every finding.
 *
 * A proxy in front of the fake GitHub API lets the first k requests through and then misbehaves.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHub } from '../helpers/fake-github.js';
import { buildActionBundle, HEAD_SHA, runActionBundle, workspace } from './helpers/action.js';
import type { ActionRun } from './helpers/action.js';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'lg-hardening-lost-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

type Failure = 'status-500' | 'reset' | 'hang';

/** Forwards to `target` the first `passing` requests, then fails every later one as `failure` says. */
class FlakyProxy {
  seen = 0;
  private server?: http.Server;
  private readonly hanging = new Set<http.ServerResponse>();
  url = '';
  constructor(
    private readonly target: string,
    private readonly passing: number,
    private readonly failure: Failure,
  ) {}

  async start() {
    this.server = http.createServer((req, res) => {
      const n = ++this.seen;
      if (n > this.passing) {
        if (this.failure === 'reset') return req.socket.destroy();
        if (this.failure === 'hang') {
          this.hanging.add(res);
          return;
        }
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"Server Error"}');
        return;
      }
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const up = http.request(
          `${this.target}${req.url}`,
          { method: req.method, headers: req.headers },
          (r) => {
            res.writeHead(r.statusCode ?? 502, r.headers);
            r.pipe(res);
          },
        );
        up.end(Buffer.concat(chunks));
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop() {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server?.close(() => r()));
  }
}

// 60 RUN lines: 60 errors and 60 warnings, so that the check run needs three updates and GitHub
// would hide most annotations.
const LINES = [
  'FROM debian:12',
  ...Array.from({ length: 60 }, (_, i) => `RUN apt-get install -y pkg${i}`),
  'USER nobody',
];
const PATCH = `@@ -1,2 +1,${LINES.length} @@\n FROM debian:12\n${LINES.slice(1, -1)
  .map((l) => `+${l}`)
  .join('\n')}\n USER nobody`;
const POLICY =
  'extends: []\nfailOn: error\nrules:\n' +
  ['dockerfile/apt-no-install-recommends: error', 'dockerfile/apt-pin-versions: warning']
    .map((r) => `  ${r}`)
    .join('\n') +
  '\n';

/** Every finding of the outputs is in the job summary, the annotations or the log, and the SARIF file. */
function expectEveryFinding(run: ActionRun, wsDir: string) {
  const findings = JSON.parse(run.outputs.findings) as {
    ruleId: string;
    line: number;
    file: string;
    severity: string;
  }[];
  expect(findings.length).toBeGreaterThanOrEqual(120);
  expect(Number(run.outputs.errors) + Number(run.outputs.warnings) + Number(run.outputs.notices)).toBe(
    findings.length,
  );
  const sarif = JSON.parse(readFileSync(path.join(wsDir, 'layerguard.sarif'), 'utf8'));
  const results = sarif.runs[0].results.map(
    (r: any) => `${r.ruleId}:${r.locations[0].physicalLocation.region.startLine}`,
  );
  const logLines = run.stdout.split('\n');
  for (const f of findings) {
    const key = `${f.ruleId}:${f.line}`;
    expect(results).toContain(key);
    expect(run.summary).toContain(`Dockerfile#L${f.line})`);
    const annotated = run.annotations.some(
      (a) => a.props.title === f.ruleId && a.props.line === String(f.line),
    );
    const logged = logLines.some((l) => l.includes(`${f.file}:${f.line}:`) && l.includes(f.ruleId));
    expect(annotated || logged).toBe(true);
  }
  // One warning says what could not be posted, and that nothing is lost.
  const own = run.annotations.filter((a) => !a.props.file && /could not report everything/.test(a.message));
  expect(own).toHaveLength(1);
  expect(own[0].message).toMatch(
    /Every finding is in the job summary and the annotations, and the step result is the policy verdict/,
  );
  expect(run.summary).toContain('> [!WARNING]');
}

describe('posting to GitHub fails half-way', () => {
  let bundle: string;
  let fake: FakeGitHub;
  beforeAll(async () => {
    bundle = await buildActionBundle(mkdtempSync(path.join(TMP, 'bundle-')));
  }, 120_000);
  beforeEach(async () => {
    fake = new FakeGitHub({ files: [{ filename: 'Dockerfile', status: 'modified', patch: PATCH }] });
    await fake.start();
  });
  afterEach(() => fake.stop());

  // The requests, in order: 1 list the PR files, 2 create the check run, 3-6 four check-run updates
  // (50 annotations each), 7 list review comments, 8 post the review, 9 list the issue comments,
  // 10 post the summary comment. Retries count too.
  it.each([
    ['from the start', 0, 'status-500'],
    ['after the PR files are listed', 1, 'status-500'],
    ['after the check run is created', 2, 'status-500'],
    ['between check-run updates', 4, 'status-500'],
    ['before the review', 7, 'status-500'],
    ['before the summary comment', 9, 'status-500'],
    ['by resetting connections after the check run is created', 2, 'reset'],
    ['by never answering after the check run is created', 2, 'hang'],
  ] as [string, number, Failure][])(
    '%s',
    async (_what, passing, failure) => {
      const proxy = new FlakyProxy(fake.url, passing, failure);
      await proxy.start();
      try {
        const ws = workspace(TMP, { '.layerguard.yml': POLICY, Dockerfile: LINES.join('\n') + '\n' });
        // timeoutMs is the hang watchdog; how long the API is waited for is counted in requests by the
        // Action's own tests, not timed here. The per-attempt timeout also applies to the requests
        // that do pass, so it must leave room for a busy machine (150 ms made this test flaky).
        const run = await runActionBundle(bundle, fake, ws, {
          env: { GITHUB_API_URL: proxy.url, LAYERGUARD_REQUEST_TIMEOUT_MS: '800' },
          timeoutMs: 60_000,
        });
        expect(run.stderr).toBe('');
        expect(run.code).toBe(1); // the verdict, never the API's failure
        expect(run.outputs.result).toBe('fail');
        expectEveryFinding(run, ws);
        // What got through before the failure is on GitHub (the check run is on the PR head).
        if (passing >= 2) expect(fake.checkRuns.map((c) => c.head_sha)).toEqual([HEAD_SHA]);
        else expect(fake.checkRuns).toEqual([]);
      } finally {
        await proxy.stop();
      }
    },
    90_000,
  );
});
