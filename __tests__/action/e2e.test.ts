/**
 * End to end: the bundled Action (dist/index.js, built once here) runs as a child process with the
 * environment the runner gives it, against a fake GitHub REST API on 127.0.0.1 that keeps state
 * between runs and records every request.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHub } from '../helpers/fake-github.js';
import { allBlobs, descriptorOf, layerTar, legacyArchive, ociArchive, ociImage } from '../image/helpers.js';
import { registryMissing, startRegistry } from '../helpers/registry.js';
import type { PullFile } from '../helpers/fake-github.js';
import { actionInputs, HEAD_SHA, MERGE_SHA, runActionProcess } from '../helpers/action-process.js';
import type { ActionRun } from '../helpers/action-process.js';

const ROOT = process.cwd();
const TMP = mkdtempSync(path.join(os.tmpdir(), 'lg-action-e2e-'));

let ruleIds: string[] = [];

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe', timeout: 240_000 });
  const rules = JSON.parse(
    execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'rules', '--format', 'json'], {
      encoding: 'utf8',
    }),
  );
  ruleIds = rules.map((r: { id: string }) => r.id);
}, 300_000);

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** A policy that turns every rule of the build off except the ones given, so that the findings are known. */
function policy(active: Record<string, string>): string {
  const lines = ['extends: []', 'failOn: error', 'rules:'];
  for (const id of ruleIds) lines.push(`  ${id}: ${active[id] ?? 'off'}`);
  return lines.join('\n') + '\n';
}

const POLICY = { 'dockerfile/apt-no-install-recommends': 'error', 'dockerfile/apt-yes': 'warning' };

// The PR adds line 3 and lines 15-17; line 10 is unchanged and outside both hunks.
const BASE_LINES = [
  'FROM debian:12',
  'RUN apt-get update',
  'WORKDIR /app',
  'ENV A=1',
  'ENV B=2',
  'ENV C=3',
  'ENV D=4',
  'ENV E=5',
  'RUN apt-get install -y git',
  'ENV F=6',
  'ENV G=7',
  'ENV H=8',
  'ENV I=9',
  'USER nobody',
];
const HEAD_LINES = [
  ...BASE_LINES.slice(0, 2),
  'RUN apt-get install -y curl',
  ...BASE_LINES.slice(2, 13),
  'RUN apt-get update && \\',
  '    apt-get install \\',
  '      vim',
  BASE_LINES[13],
];
const PATCH = [
  '@@ -1,5 +1,6 @@',
  ' FROM debian:12',
  ' RUN apt-get update',
  '+RUN apt-get install -y curl',
  ' WORKDIR /app',
  ' ENV A=1',
  ' ENV B=2',
  '@@ -11,4 +12,7 @@ ENV F=6',
  ' ENV G=7',
  ' ENV H=8',
  ' ENV I=9',
  '+RUN apt-get update && \\',
  '+    apt-get install \\',
  '+      vim',
  ' USER nobody',
].join('\n');
const PR_FILES: PullFile[] = [
  { filename: 'Dockerfile', status: 'modified', patch: PATCH },
  { filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-# app\n+# App' },
];
const IN_DIFF = new Set([1, 2, 3, 4, 5, 6, 12, 13, 14, 15, 16, 17, 18]);

type Run = ActionRun;

interface Workspace {
  dir: string;
  write(file: string, text: string): void;
}

function workspace(files: Record<string, string>): Workspace {
  const dir = mkdtempSync(path.join(TMP, 'ws-'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  for (const [f, t] of Object.entries(files)) write(f, t);
  return { dir, write };
}

async function runAction(
  fake: FakeGitHub,
  ws: Workspace,
  opts: {
    inputs?: Record<string, string>;
    event?: 'pull_request' | 'push' | 'workflow_dispatch';
    fork?: boolean;
  } = {},
): Promise<Run> {
  return runActionProcess(path.join(ROOT, 'dist', 'index.js'), fake, ws.dir, {
    event: opts.event,
    fork: opts.fork,
    // These workspaces are not git repositories, so there is no base to compare with: `all` says so
    // (fail-scope.test.ts runs the default `new` on real repositories).
    inputs: actionInputs(fake, { policy: 'layerguard-test.yml', 'fail-scope': 'all', ...opts.inputs }),
  });
}

function prWorkspace(): Workspace {
  return workspace({
    'layerguard-test.yml': policy(POLICY),
    Dockerfile: HEAD_LINES.join('\n') + '\n',
    'svc/Dockerfile': 'FROM debian:12\nRUN apt-get install -y make\n',
    'README.md': '# App\n',
  });
}

function fingerprintsOf(bodies: string[]): string[] {
  return bodies.map((b) => /<!-- layerguard:fp=([0-9a-z-]+) -->/.exec(b)?.[1] ?? '').filter(Boolean);
}

describe('the Action on a pull request', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = new FakeGitHub({ files: PR_FILES });
    await fake.start();
  });
  afterEach(() => fake.stop());

  it('posts the check run, a review on diff lines only, and the summary comment; sets outputs and the job summary', async () => {
    const ws = prWorkspace();
    const run = await runAction(fake, ws, { inputs: { 'sarif-file': 'out/layerguard.sarif' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);

    // Outputs
    const findings = JSON.parse(run.outputs.findings);
    expect(run.outputs.result).toBe('fail');
    expect(Number(run.outputs.errors)).toBe(findings.filter((f: any) => f.severity === 'error').length);
    expect(Number(run.outputs.warnings)).toBe(findings.filter((f: any) => f.severity === 'warning').length);
    expect(run.outputs.notices).toBe('0');
    const places = findings.map((f: any) => `${f.file}:${f.line}:${f.ruleId}`);
    expect(places).toEqual(
      expect.arrayContaining([
        'Dockerfile:3:dockerfile/apt-no-install-recommends',
        'Dockerfile:10:dockerfile/apt-no-install-recommends',
        'svc/Dockerfile:2:dockerfile/apt-no-install-recommends',
      ]),
    );
    expect(
      findings.some((f: any) => f.ruleId === 'dockerfile/apt-yes' && f.line >= 15 && f.endLine <= 17),
    ).toBe(true);
    expect(run.outputs['sarif-file']).toBe(path.join(ws.dir, 'out', 'layerguard.sarif'));
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(findings.length);

    // Check run on the PR head (not GITHUB_SHA), completed, every finding an annotation
    expect(fake.checkRuns).toHaveLength(1);
    const cr = fake.checkRuns[0];
    expect(cr).toMatchObject({
      name: 'layerguard results',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(cr.annotations).toHaveLength(findings.length);
    expect(cr.annotations[0].annotation_level).toBe('failure');
    expect(cr.output.summary).toContain('## ❌ layerguard: fail');
    expect(cr.details_url).toBe('https://github.com/acme/app/actions/runs/1234');

    // One review with comments only on lines inside the diff, each with a fingerprint
    const reviewPosts = fake.calls('POST', /\/pulls\/7\/reviews$/);
    expect(reviewPosts.map((r) => r.status)).toEqual([200]);
    expect(reviewPosts[0].body).toMatchObject({ commit_id: HEAD_SHA, event: 'COMMENT' });
    expect(fake.requests.filter((r) => r.status === 422)).toEqual([]);
    const comments = fake.reviewComments;
    // findings on the same lines share one comment (line 3; lines 15-17)
    expect(comments.length).toBe(2);
    for (const c of comments) {
      expect(c.path).toBe('Dockerfile');
      expect(c.side).toBe('RIGHT');
      for (let l = c.start_line ?? c.line; l <= c.line; l++) expect(IN_DIFF.has(l)).toBe(true);
    }
    expect(comments.some((c) => c.line === 10 || c.path === 'svc/Dockerfile')).toBe(false);
    expect(new Set(fingerprintsOf(comments.map((c) => c.body))).size).toBe(comments.length);
    // The fix on line 3 is offered as a suggestion of the rewritten line
    const line3 = comments.find((c) => c.line === 3 && c.body.includes('apt-no-install-recommends'))!;
    expect(line3.start_line).toBeNull();
    expect(line3.body).toMatch(/```suggestion\nRUN apt-get install(?=.*--no-install-recommends).* curl\n```/);
    // The finding spanning lines 15-17 gets a multi-line comment
    expect(
      comments.some(
        (c) => c.start_line !== null && c.start_line >= 15 && c.line <= 17 && c.start_side === 'RIGHT',
      ),
    ).toBe(true);

    // The summary comment: one, with the marker, listing the findings outside the diff
    expect(fake.issueComments).toHaveLength(1);
    const sc = fake.issueComments[0].body;
    expect(sc).toContain('<!-- layerguard:summary -->');
    expect(sc).toContain('### Findings outside the diff');
    expect(sc).toContain(`[10](https://github.com/acme/app/blob/${HEAD_SHA}/Dockerfile#L10)`);
    expect(sc).toContain('`svc/Dockerfile`');
    const inlineFindings = comments.reduce(
      (n, c) => n + (c.body.match(/\*\*(error|warning|info)\*\*/g) ?? []).length,
      0,
    );
    expect(sc).toContain(`${inlineFindings} findings are commented on the changed lines`);
    expect(sc).toContain('[check run](https://github.example/acme/app/runs/');

    // Job summary: verdict, counts, findings with links, and what was done on GitHub
    expect(run.summary).toContain('## ❌ layerguard: fail');
    expect(run.summary).toContain(`| ❌ error | ${run.outputs.errors} |`);
    expect(run.summary).toContain('### By rule');
    expect(run.summary).toContain(`[3](https://github.com/acme/app/blob/${HEAD_SHA}/Dockerfile#L3)`);
    expect(run.summary).toContain('#### [`svc/Dockerfile`]');
    expect(run.summary).toContain('### On GitHub');
    expect(run.summary).toContain(
      `- Review comments: ${comments.length} new, 0 kept from earlier runs, 0 outdated removed.`,
    );
    expect(run.summary).toContain('summary comment](https://github.example/acme/app/pull/7#issuecomment-');

    // Annotations, most severe first; no warnings of our own
    expect(run.annotations.length).toBe(findings.length);
    expect(run.annotations[0]).toMatchObject({
      level: 'error',
      props: { file: 'Dockerfile', line: '3', title: 'dockerfile/apt-no-install-recommends' },
    });
    const levels = run.annotations.map((a) => a.level);
    expect(levels.indexOf('warning')).toBeGreaterThan(levels.lastIndexOf('error'));

    // The token never shows, except in the add-mask command that hides it in the runner's log
    expect(run.stdout).toContain(`::add-mask::${fake.token}`);
    expect(run.stdout.split(fake.token).length - 1).toBe(1);
    expect(fake.requests.every((r) => r.authorization === `token ${fake.token}`)).toBe(true);
  });

  it('posts no duplicate on a re-run, and removes the comment of a fixed finding', async () => {
    const ws = prWorkspace();
    const first = await runAction(fake, ws);
    expect(first.code).toBe(1);
    const before = fake.reviewComments.map((c) => ({ id: c.id, line: c.line, body: c.body }));
    expect(before.length).toBeGreaterThan(0);

    fake.clearLog();
    const second = await runAction(fake, ws);
    expect(second.code).toBe(1);
    expect(fake.calls('POST', /\/pulls\/7\/(reviews|comments)$/)).toEqual([]);
    expect(fake.calls('DELETE', /.*/)).toEqual([]);
    expect(fake.reviewComments.map((c) => c.id)).toEqual(before.map((c) => c.id));
    // the summary comment is edited in place
    expect(fake.calls('POST', /\/issues\/7\/comments$/)).toEqual([]);
    expect(fake.calls('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
    expect(fake.issueComments).toHaveLength(1);
    expect(second.summary).toContain(
      `- Review comments: 0 new, ${before.length} kept from earlier runs, 0 outdated removed.`,
    );

    // Fix line 3: its comment goes, the others stay
    const fixed = [...HEAD_LINES];
    fixed[2] = 'RUN apt-get install -y --no-install-recommends curl';
    ws.write('Dockerfile', fixed.join('\n') + '\n');
    fake.clearLog();
    const third = await runAction(fake, ws);
    expect(third.code).toBe(1);
    const gone = before.filter((c) => c.line === 3);
    expect(gone.length).toBeGreaterThan(0);
    expect(
      fake.calls('DELETE', /\/pulls\/comments\/\d+$/).map((r) => Number(r.path.split('/').pop())),
    ).toEqual(gone.map((c) => c.id));
    expect(fake.reviewComments.map((c) => c.id)).toEqual(before.filter((c) => c.line !== 3).map((c) => c.id));
    expect(fake.calls('POST', /\/pulls\/7\/(reviews|comments)$/)).toEqual([]);
    expect(third.summary).toContain(
      `0 new, ${before.length - gone.length} kept from earlier runs, ${gone.length} outdated removed`,
    );
  });

  it('reports only the changed files with only-changed, and emits no annotations when asked', async () => {
    const ws = prWorkspace();
    const run = await runAction(fake, ws, { inputs: { 'only-changed': 'true', annotations: 'false' } });
    const findings = JSON.parse(run.outputs.findings);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f: any) => f.file === 'Dockerfile')).toBe(true);
    expect(run.summary).toContain('Only files changed in pull request #7 are reported');
    expect(fake.calls('GET', /\/pulls\/7\/files$/)).toHaveLength(1);
    // annotations: false
    expect(run.annotations).toEqual([]);
    expect(fake.checkRuns[0].annotations).toHaveLength(findings.length);
  });

  it('degrades when the review is refused with 403: one warning naming the permission; the rest still posted', async () => {
    fake.fail({
      method: 'POST',
      path: /\/pulls\/7\/reviews$/,
      status: 403,
      message: 'Resource not accessible by integration',
    });
    const ws = prWorkspace();
    const run = await runAction(fake, ws);
    expect(run.code).toBe(1); // the verdict, not the API error
    expect(run.stderr).toBe('');
    const warnings = run.annotations.filter((a) => a.level === 'warning' && !a.props.file);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain('posting the review comments failed (HTTP 403');
    expect(warnings[0].message).toContain('`pull-requests: write`');
    expect(fake.reviewComments).toEqual([]);
    expect(fake.checkRuns).toHaveLength(1);
    // every finding is still in the summary comment, the job summary and the annotations
    const findings = JSON.parse(run.outputs.findings);
    expect(fake.issueComments).toHaveLength(1);
    expect(fake.issueComments[0].body).toContain('### Findings');
    expect(fake.issueComments[0].body).toContain(
      `[3](https://github.com/acme/app/blob/${HEAD_SHA}/Dockerfile#L3)`,
    );
    expect(run.summary).toContain('> [!WARNING]');
    expect(run.annotations.filter((a) => a.props.file)).toHaveLength(findings.length);
  });

  it('degrades with a read-only token (a fork): verdict kept, one warning naming both permissions', async () => {
    fake.readOnly = true;
    const ws = prWorkspace();
    const run = await runAction(fake, ws, { fork: true, inputs: { 'sarif-file': 'layerguard.sarif' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(fake.checkRuns).toEqual([]);
    expect(fake.issueComments).toEqual([]);
    const own = run.annotations.filter((a) => !a.props.file);
    expect(own).toHaveLength(1);
    expect(own[0].level).toBe('warning');
    expect(own[0].message).toContain('`checks: write` and `pull-requests: write`');
    expect(own[0].message).toContain('fork');
    const findings = JSON.parse(run.outputs.findings);
    expect(run.annotations.filter((a) => a.props.file)).toHaveLength(findings.length);
    expect(run.outputs.result).toBe('fail');
    expect(
      JSON.parse(readFileSync(path.join(ws.dir, 'layerguard.sarif'), 'utf8')).runs[0].results,
    ).toHaveLength(findings.length);
    for (const f of findings) expect(run.summary).toContain(`${f.file}`);
    // writes were tried once each (403 is not retried)
    expect(fake.calls('POST', /\/check-runs$/)).toHaveLength(1);
  });

  it('retries a 500 and then succeeds', async () => {
    fake.fail({ method: 'POST', path: /\/check-runs$/, status: 500, message: 'Internal Server Error' });
    fake.fail({ method: 'GET', path: /\/pulls\/7\/files$/, status: 502, message: 'Bad Gateway' });
    const ws = prWorkspace();
    const run = await runAction(fake, ws);
    expect(run.code).toBe(1);
    expect(fake.calls('POST', /\/check-runs$/).map((r) => r.status)).toEqual([500, 201]);
    expect(fake.calls('GET', /\/pulls\/7\/files$/).map((r) => r.status)).toEqual([502, 200]);
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0].status).toBe('completed');
    expect(fake.reviewComments.length).toBeGreaterThan(0);
    expect(run.annotations.filter((a) => !a.props.file)).toEqual([]);
  });

  it('retries after a secondary rate limit', async () => {
    fake.fail({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 403,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
    });
    const run = await runAction(fake, prWorkspace());
    expect(run.code).toBe(1);
    expect(fake.calls('POST', /\/issues\/7\/comments$/).map((r) => r.status)).toEqual([403, 201]);
    expect(fake.issueComments).toHaveLength(1);
    expect(run.annotations.filter((a) => !a.props.file)).toEqual([]);
  });

  it('checks a built image: its layer table and chart in the job summary, its findings outside the diff', async () => {
    const tar = legacyArchive([
      {
        layers: [
          layerTar([
            { path: 'bin/', type: 'dir' },
            { path: 'bin/app', content: 'x'.repeat(4000), mode: 0o755 },
          ]),
          layerTar([
            { path: 'etc/', type: 'dir' },
            { path: 'etc/app.conf', content: 'port=80\n' },
          ]),
        ],
        config: { User: '' },
        history: [
          { created_by: 'COPY app /bin/app # buildkit' },
          { created_by: 'COPY app.conf /etc/ # buildkit' },
        ],
        tags: ['acme/app:1.0'],
      },
    ]);
    const ws = prWorkspace();
    writeFileSync(path.join(ws.dir, 'app.tar'), tar);
    ws.write('layerguard-test.yml', policy({ ...POLICY, 'image/non-root-user': 'error' }));
    const run = await runAction(fake, ws, { inputs: { images: 'app.tar\n', paths: 'Dockerfile' } });
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.outputs.findings);
    const image = findings.filter((f: any) => f.ruleId === 'image/non-root-user');
    expect(image).toHaveLength(1);
    expect(image[0].file).toBe('app.tar');
    expect(run.summary).toContain('### Images');
    expect(run.summary).toMatch(/#### Image `app\.tar/);
    expect(run.summary).toContain('```mermaid');
    expect(run.summary).toContain('COPY app /bin/app');
    // not a repository file: no line link, no file on the annotation, no review comment
    expect(run.summary).not.toContain('/blob/' + HEAD_SHA + '/app.tar');
    const ann = run.annotations.find((a) => a.props.title === 'image/non-root-user')!;
    expect(ann.props.file).toBeUndefined();
    expect(ann.message).toMatch(/^app\.tar: /);
    expect(fake.reviewComments.some((c) => c.body.includes('image/non-root-user'))).toBe(false);
    expect(fake.issueComments[0].body).toMatch(/- `app\.tar`\n {2}- ❌ \[`image\/non-root-user`\]/);
    expect(fake.checkRuns[0].annotations.find((a) => a.title === 'image/non-root-user')).toMatchObject({
      path: 'app.tar',
      start_line: 1,
    });
  });

  (registryMissing() ? it.skip : it)(
    'checks an image straight from a registry (docker://) given in the images input',
    async () => {
      // A small OCI archive made here, pushed with skopeo into a real registry on loopback.
      const img = ociImage({
        gzip: true,
        layers: [
          layerTar([
            { path: 'bin/', type: 'dir' },
            { path: 'bin/app', content: 'x'.repeat(4000), mode: 0o4755 },
          ]),
        ],
        config: { User: 'app' },
      });
      const archive = path.join(TMP, 'registry-app.tar');
      writeFileSync(archive, ociArchive({ schemaVersion: 2, manifests: [descriptorOf(img)] }, allBlobs(img)));
      const registry = await startRegistry(path.join(TMP, 'registry'));
      try {
        execFileSync('skopeo', [
          'copy',
          '--quiet',
          '--dest-tls-verify=false',
          `oci-archive:${archive}`,
          `docker://${registry.host}/acme/app:1.0`,
        ]);
        const ref = `docker://${registry.host}/acme/app:1.0`;
        const ws = prWorkspace();
        ws.write('layerguard-test.yml', policy({ ...POLICY, 'image/setuid-files': 'error' }));
        const run = await runAction(fake, ws, {
          inputs: { images: `${ref}\n`, platform: 'linux/amd64', paths: 'Dockerfile' },
        });
        expect(run.code).toBe(1);
        const findings = JSON.parse(run.outputs.findings);
        const setuid = findings.filter((f: any) => f.ruleId === 'image/setuid-files');
        expect(setuid).toHaveLength(1);
        expect(setuid[0].file).toBe(ref);
        expect(setuid[0].message).toContain('/bin/app');
        expect(findings.some((f: any) => f.ruleId === 'policy/unparsable')).toBe(false);
        expect(run.summary).toContain(`#### Image \`${ref}`);
      } finally {
        await registry.stop();
      }
    },
    120_000,
  );

  it('lists exceptions and inline suppressions in the job summary, and reports nothing of them on the PR', async () => {
    const ws = prWorkspace();
    ws.write(
      'layerguard-test.yml',
      policy(POLICY) +
        'exceptions:\n  - rules: [dockerfile/apt-no-install-recommends]\n    files: [svc/**]\n' +
        '    reason: legacy service, replaced in Q3\n    expires: 2099-01-01\n',
    );
    const fixed = [...HEAD_LINES];
    fixed.splice(
      2,
      0,
      '# layerguard ignore=dockerfile/apt-no-install-recommends -- curl needs its recommends',
    );
    ws.write('Dockerfile', fixed.join('\n') + '\n');
    // the PR adds the comment line too
    fake.files = [
      {
        filename: 'Dockerfile',
        status: 'modified',
        patch: PATCH.replace('@@ -1,5 +1,6 @@', '@@ -1,5 +1,7 @@')
          .replace(
            '+RUN apt-get install -y curl',
            '+# layerguard ignore=dockerfile/apt-no-install-recommends -- curl needs its recommends\n+RUN apt-get install -y curl',
          )
          .replace('@@ -11,4 +12,7 @@', '@@ -11,4 +13,7 @@'),
      },
    ];
    const run = await runAction(fake, ws);
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.outputs.findings);
    const suppressed = findings.filter((f: any) => f.suppressed);
    expect(suppressed.map((f: any) => `${f.file}:${f.line}:${f.suppressed.kind}`).sort()).toEqual([
      'Dockerfile:4:inline',
      'svc/Dockerfile:2:exception',
    ]);
    expect(run.summary).toContain('### Exceptions and suppressions applied');
    expect(run.summary).toContain('| 🔕 suppressed | 2 |');
    expect(run.summary).toMatch(
      /\| \[`Dockerfile:4`\]\([^)]*Dockerfile#L4\) \| .* \| inline comment `Dockerfile:3` \| curl needs its recommends \|/,
    );
    expect(run.summary).toMatch(
      /`svc\/Dockerfile:2`.*policy exception `layerguard-test\.yml:\d+` \| legacy service, replaced in Q3/,
    );
    // suppressed findings are neither annotated, nor in the check run, nor commented
    const annotated = run.annotations
      .filter((a) => a.props.file)
      .map((a) => `${a.props.file}:${a.props.line}`);
    expect(annotated).not.toContain('Dockerfile:4');
    expect(annotated).not.toContain('svc/Dockerfile:2');
    expect(fake.checkRuns[0].annotations).toHaveLength(findings.length - 2);
    expect(fake.reviewComments.some((c) => c.line === 4)).toBe(false);
    expect(fake.issueComments[0].body).not.toContain('`svc/Dockerfile`](');
  });

  it('pages through the PR files and the existing comments', async () => {
    const many: PullFile[] = Array.from({ length: 130 }, (_, i) => ({
      filename: `docs/page${i}.md`,
      status: 'added',
      patch: '@@ -0,0 +1 @@\n+x',
    }));
    fake.files = [...many, ...PR_FILES];
    for (let i = 0; i < 105; i++) fake.issueComments.push({ id: i + 1, body: `comment ${i}`, html_url: '' });
    const run = await runAction(fake, prWorkspace());
    expect(run.code).toBe(1);
    expect(fake.calls('GET', /\/pulls\/7\/files$/).map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(fake.calls('GET', /\/issues\/7\/comments$/)).toHaveLength(2);
    expect(fake.reviewComments.some((c) => c.line === 3)).toBe(true);
    expect(fake.issueComments.filter((c) => c.body.includes('<!-- layerguard:summary -->'))).toHaveLength(1);
  });
});

describe('the Action with many findings, and outside pull requests', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = new FakeGitHub();
    await fake.start();
  });
  afterEach(() => fake.stop());

  it('sends 120 findings to the check run in three updates of at most 50, and says which annotations GitHub hides', async () => {
    const lines = [
      'FROM debian:12',
      ...Array.from({ length: 120 }, (_, i) => `RUN apt-get install -y pkg${i}`),
    ];
    fake.files = [
      {
        filename: 'Dockerfile',
        status: 'added',
        patch: `@@ -0,0 +1,${lines.length} @@\n` + lines.map((l) => '+' + l).join('\n'),
      },
    ];
    const ws = workspace({
      'layerguard-test.yml': policy({ 'dockerfile/apt-no-install-recommends': 'error' }),
      Dockerfile: lines.join('\n') + '\n',
    });
    const run = await runAction(fake, ws, { inputs: { 'review-comments': 'false' } });
    expect(run.code).toBe(1);
    expect(run.outputs.errors).toBe('120');
    const updates = fake.calls('PATCH', /\/check-runs\/\d+$/);
    expect(updates.map((u) => u.body.output.annotations?.length ?? 0)).toEqual([50, 50, 20]);
    expect(updates.map((u) => u.body.status ?? null)).toEqual([null, null, 'completed']);
    expect(fake.checkRuns[0].annotations).toHaveLength(120);
    expect(fake.checkRuns[0].conclusion).toBe('failure');
    // GitHub shows 10 errors per step: 9 findings and a 10th saying 111 more
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors[9].message).toMatch(/^111 more errors not shown as annotations/);
    expect(run.stdout).toContain('111 findings not shown as annotations');
    expect(run.summary).toContain('- Annotations: 111 errors not shown as annotations');
    // with review comments off, the summary comment lists every finding
    expect(fake.issueComments).toHaveLength(1);
    expect(fake.issueComments[0].body).toContain('### Findings (120)\n');
  });

  it('on push: a check run on GITHUB_SHA, no pull-request calls', async () => {
    const ws = prWorkspace();
    const run = await runAction(fake, ws, { event: 'push' });
    expect(run.code).toBe(1);
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0].head_sha).toBe(MERGE_SHA);
    expect(fake.requests.filter((r) => /\/(pulls|issues)\//.test(r.path))).toEqual([]);
    expect(run.summary).toContain('- Skipped: a `push` event has no pull request');
    expect(run.annotations.filter((a) => !a.props.file)).toEqual([]);
  });

  it('on workflow_dispatch with a passing policy: exit 0, result pass', async () => {
    const ws = workspace({ 'layerguard-test.yml': policy({}), Dockerfile: 'FROM debian:12\nUSER nobody\n' });
    const run = await runAction(fake, ws, { event: 'workflow_dispatch' });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      result: 'pass',
      errors: '0',
      warnings: '0',
      notices: '0',
      findings: '[]',
    });
    expect(fake.checkRuns[0]).toMatchObject({ conclusion: 'success', status: 'completed' });
    expect(run.summary).toContain('## ✅ layerguard: pass');
  });

  it('fails with exit 2 on a bad input or policy, before any API call', async () => {
    const ws = workspace({
      'layerguard-test.yml': 'rules:\n  no/such-rule: error\n',
      Dockerfile: 'FROM debian:12\n',
    });
    const bad = await runAction(fake, ws, { inputs: { 'fail-on': 'sometimes' } });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain(
      '::error::layerguard: input "fail-on" must be one of error, warning, info, none',
    );
    const badPolicy = await runAction(fake, ws, { event: 'push' });
    expect(badPolicy.code).toBe(2);
    const errors = badPolicy.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].props).toMatchObject({
      file: 'layerguard-test.yml',
      line: '2',
      col: '3',
      title: 'layerguard policy',
    });
    expect(errors[0].message).toMatch(/^layerguard: layerguard-test\.yml:2:3: unknown rule "no\/such-rule"/);
    expect(badPolicy.summary).toContain('## ❌ layerguard: configuration error');
    expect(badPolicy.outputs.result).toBeUndefined();
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('maps paths under working-directory to repository paths', async () => {
    const lines = ['FROM debian:12', 'RUN apt-get install -y curl'];
    fake.files = [
      {
        filename: 'services/api/Dockerfile',
        status: 'added',
        patch: '@@ -0,0 +1,2 @@\n+' + lines.join('\n+'),
      },
    ];
    const ws = workspace({
      'services/api/layerguard-test.yml': policy({ 'dockerfile/apt-no-install-recommends': 'error' }),
      'services/api/Dockerfile': lines.join('\n') + '\n',
    });
    const run = await runAction(fake, ws, {
      inputs: { 'working-directory': 'services/api', 'only-changed': 'true' },
    });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs.findings).map((f: any) => f.file)).toEqual(['services/api/Dockerfile']);
    expect(fake.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual(['services/api/Dockerfile:2']);
    expect(fake.checkRuns[0].annotations[0].path).toBe('services/api/Dockerfile');
    expect(run.annotations[0].props.file).toBe('services/api/Dockerfile');
  });
});
