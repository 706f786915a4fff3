/**
 * Secrets and trust: the token is never printed (debug logs included) nor posted; files a pull
 * request controls cannot make layerguard read the Action's environment or other files outside the
 * workspace; remote policies travel only over https or the GitHub API, with the token sent to the
 * GitHub API alone; and nothing from the repository is ever executed (ShellCheck reads scripts from
 * stdin, image names never become command-line options).
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { check } from '../../src/engine/check.js';
import { loadPolicy } from '../../src/policy/load.js';
import { PolicyError } from '../../src/policy/types.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { loadImageTargets } from '../../src/targets/image/load.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { buildActionBundle, runActionBundle, workspace } from './helpers/action.js';
import type { ActionRun } from './helpers/action.js';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'lg-hardening-secrets-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const DEBUG = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' };

const POLICY = [
  'extends: []',
  'failOn: error',
  'rules:',
  '  dockerfile/apt-no-install-recommends: error',
  '  dockerfile/apt-yes: warning',
  '  runtime/privileged: error',
  '',
].join('\n');

const DOCKERFILE = 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\nUSER nobody\n';

/** Every place the Action writes to, and every body it sent to the API, as one text. */
function everything(run: ActionRun, fake: FakeGitHub, wsDir: string): { log: string; rest: string } {
  const sarif = path.join(wsDir, 'layerguard.sarif');
  const rest = [
    run.summary,
    readFileSync(run.outputFile, 'utf8'),
    existsSync(sarif) ? readFileSync(sarif, 'utf8') : '',
    JSON.stringify(fake.requests.map((r) => ({ path: r.path, query: r.query, body: r.body }))),
    JSON.stringify(fake.checkRuns),
    JSON.stringify(fake.issueComments),
    JSON.stringify(fake.reviewComments),
  ].join('\n');
  return { log: run.stdout + '\n' + run.stderr, rest };
}

/** The token may appear once: in the `::add-mask::` command that tells the runner to hide it. */
function expectNoToken(run: ActionRun, fake: FakeGitHub, wsDir: string) {
  const { log, rest } = everything(run, fake, wsDir);
  const secretPart = fake.token.slice(4, 20);
  const logLines = log.split('\n').filter((l) => l.includes(secretPart));
  expect(logLines).toEqual([`::add-mask::${fake.token}`]);
  expect(rest.includes(secretPart)).toBe(false);
}

describe('the Action never prints or posts its token', () => {
  let bundle: string;
  let fake: FakeGitHub;
  beforeAll(async () => {
    bundle = await buildActionBundle(mkdtempSync(path.join(TMP, 'bundle-')));
  }, 120_000);
  beforeEach(async () => {
    fake = new FakeGitHub({
      files: [
        {
          filename: 'Dockerfile',
          status: 'modified',
          patch:
            '@@ -1,4 +1,4 @@\n FROM debian:12\n RUN apt-get update\n+RUN apt-get install -y curl\n USER nobody',
        },
      ],
    });
    await fake.start();
  });
  afterEach(() => fake.stop());

  it('with step debug logging on, on a run that posts everything', async () => {
    const ws = workspace(TMP, { '.layerguard.yml': POLICY, Dockerfile: DOCKERFILE });
    const run = await runActionBundle(bundle, fake, ws, { env: DEBUG });
    expect(run.code).toBe(1);
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.issueComments).toHaveLength(1);
    expect(fake.requests.every((r) => r.authorization === `token ${fake.token}`)).toBe(true);
    expectNoToken(run, fake, ws);
  });

  it('when every API call fails (500, 401, 403, 422), with retries and error messages logged', async () => {
    fake.fail({ method: 'POST', path: /\/check-runs$/, status: 500, times: 10 });
    fake.fail({ method: 'GET', path: /\/pulls\/7\/files$/, status: 401, message: 'Bad credentials' });
    fake.fail({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 403,
      message: 'Resource not accessible by integration',
    });
    fake.fail({ method: 'POST', path: /\/pulls\/7\/reviews$/, status: 422, times: 5 });
    const ws = workspace(TMP, { '.layerguard.yml': POLICY, Dockerfile: DOCKERFILE });
    const run = await runActionBundle(bundle, fake, ws, { env: DEBUG });
    expect(run.code).toBe(1);
    expect(
      run.annotations.some((a) => a.level === 'warning' && a.message.includes('could not report everything')),
    ).toBe(true);
    expectNoToken(run, fake, ws);
  });

  it('when the API cannot be reached at all', async () => {
    await fake.stop();
    const ws = workspace(TMP, { '.layerguard.yml': POLICY, Dockerfile: DOCKERFILE });
    const run = await runActionBundle(bundle, fake, ws, { env: DEBUG });
    expect(run.code).toBe(1);
    expectNoToken(run, fake, ws);
  });

  it('on a configuration error, and on a github: extends that cannot be fetched', async () => {
    const ws = workspace(TMP, {
      '.layerguard.yml': 'extends: [github:acme/policies/base.yml@v1]\nrules:\n  dockerfile/nope: error\n',
      Dockerfile: DOCKERFILE,
    });
    const run = await runActionBundle(bundle, fake, ws, { env: DEBUG });
    expect(run.code).toBe(2);
    expect(run.summary).toContain('configuration error');
    expectNoToken(run, fake, ws);
  });

  it('when a pull request turns a named Dockerfile and its .dockerignore into links to the environment', async () => {
    const ws = workspace(TMP, { '.layerguard.yml': POLICY, 'svc/Dockerfile': DOCKERFILE });
    symlinkSync('/proc/self/environ', path.join(ws, 'Dockerfile'));
    symlinkSync('/proc/self/environ', path.join(ws, 'svc', '.dockerignore'));
    const run = await runActionBundle(bundle, fake, ws, {
      env: DEBUG,
      inputs: { paths: 'Dockerfile\nsvc/Dockerfile' },
    });
    const findings = JSON.parse(run.outputs.findings);
    expect(findings).toContainEqual(
      expect.objectContaining({
        file: 'Dockerfile',
        ruleId: 'policy/unparsable',
        message: expect.stringContaining('outside the working directory'),
      }),
    );
    // The environment was not read: no other variable shows either.
    expect(everything(run, fake, ws).rest).not.toContain('GITHUB_EVENT_PATH');
    expectNoToken(run, fake, ws);
  });

  // Fixed (src/policy/load.ts): a pull request that added `.layerguard.yml` with
  // `extends: /proc/self/environ` got the Action's whole environment, token included, into the job
  // summary and the error annotations. Local extends now stay inside the working directory (and out
  // of `.git`), and long values are never quoted in messages.
  it('when a policy in the pull request extends /proc/self/environ', async () => {
    const ws = workspace(TMP, {
      '.layerguard.yml': 'extends: /proc/self/environ\n',
      Dockerfile: DOCKERFILE,
    });
    const run = await runActionBundle(bundle, fake, ws, { env: DEBUG });
    expect(run.code).toBe(2);
    expectNoToken(run, fake, ws);
    expect(everything(run, fake, ws).rest).not.toContain('GITHUB_EVENT_PATH');
  });
});

describe('files outside the working directory are never read through links', () => {
  it('a symbolic link to a file outside is refused, one inside is read', async () => {
    const dir = mkdtempSync(path.join(TMP, 'links-'));
    const outside = path.join(TMP, 'outside.Dockerfile');
    writeFileSync(outside, 'FROM secret-registry.example/SECRET_VALUE\n');
    writeFileSync(path.join(dir, 'real.Dockerfile'), 'FROM alpine:3\n');
    symlinkSync(outside, path.join(dir, 'Dockerfile'));
    symlinkSync('real.Dockerfile', path.join(dir, 'inside.Dockerfile'));
    symlinkSync('/dev/zero', path.join(dir, 'zero.Dockerfile'));
    const result = await check({
      cwd: dir,
      paths: ['Dockerfile', 'inside.Dockerfile', 'zero.Dockerfile'],
      resolvedPolicy: { rules: {}, failOn: 'error', mode: 'enforce', sources: ['test'] },
      shellcheck: 'off',
    });
    const byFile = (f: string) => result.findings.filter((x) => x.file === f).map((x) => x.message);
    expect(byFile('Dockerfile')).toEqual([expect.stringContaining('outside the working directory')]);
    expect(byFile('zero.Dockerfile')).toEqual([expect.stringContaining('not a regular file')]);
    expect(byFile('inside.Dockerfile').some((m) => /cannot read/.test(m))).toBe(false);
    expect(result.sources.get('inside.Dockerfile')).toBe('FROM alpine:3\n');
    expect(JSON.stringify(result.findings) + [...result.sources.values()].join('')).not.toContain(
      'SECRET_VALUE',
    );
    // A file named outside the working directory on purpose is the user's choice, and is read.
    const named = await check({
      cwd: dir,
      paths: [path.relative(dir, outside)],
      resolvedPolicy: { rules: {}, failOn: 'error', mode: 'enforce', sources: ['test'] },
      shellcheck: 'off',
    });
    expect([...named.sources.values()]).toEqual(['FROM secret-registry.example/SECRET_VALUE\n']);
  });

  it('a named pipe in place of a Dockerfile neither blocks the run nor is read; other files are checked', async () => {
    const dir = mkdtempSync(path.join(TMP, 'fifo-'));
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine:3\n');
    // Nobody ever writes to the pipe: opening it for reading the blocking way would wait forever.
    expect(spawnSync('mkfifo', [path.join(dir, 'pipe.Dockerfile')]).status).toBe(0);
    const result = await check({
      cwd: dir,
      paths: ['pipe.Dockerfile', 'Dockerfile'],
      resolvedPolicy: { rules: {}, failOn: 'error', mode: 'enforce', sources: ['test'] },
      shellcheck: 'off',
    });
    const byFile = (f: string) => result.findings.filter((x) => x.file === f).map((x) => x.message);
    expect(byFile('pipe.Dockerfile')).toEqual([expect.stringContaining('not a regular file')]);
    expect(result.sources.get('Dockerfile')).toBe('FROM alpine:3\n');
  });
});

describe('remote policies travel over https or the GitHub API only', () => {
  let server: http.Server;
  let other: http.Server;
  let base: string;
  let otherBase: string;
  const seen: { server: string; url: string; authorization?: string }[] = [];

  beforeAll(async () => {
    const listen = (s: http.Server) =>
      new Promise<string>((r) => s.listen(0, '127.0.0.1', () => r(`${(s.address() as AddressInfo).port}`)));
    other = http.createServer((req, res) => {
      seen.push({ server: 'other', url: req.url ?? '', authorization: req.headers.authorization });
      res.writeHead(200).end('extends: []\n');
    });
    otherBase = `http://localhost:${await listen(other)}`;
    server = http.createServer((req, res) => {
      seen.push({ server: 'api', url: req.url ?? '', authorization: req.headers.authorization });
      const u = req.url ?? '';
      if (u.includes('/contents/to-other.yml'))
        return res.writeHead(302, { location: `${otherBase}/p.yml` }).end();
      if (u.includes('/contents/loop.yml')) return res.writeHead(302, { location: u }).end();
      if (u.includes('/contents/ok.yml')) return res.writeHead(200).end('extends: []\n');
      res.writeHead(404).end('{}');
    });
    base = `http://127.0.0.1:${await listen(server)}`;
  });
  afterAll(() => {
    server.close();
    other.close();
  });
  beforeEach(() => (seen.length = 0));

  async function load(extendsRef: string, opts: { allowHttp?: boolean; fetch?: typeof fetch } = {}) {
    const dir = mkdtempSync(path.join(TMP, 'remote-'));
    writeFileSync(path.join(dir, '.layerguard.yml'), `extends: [${JSON.stringify(extendsRef)}]\n`);
    try {
      await loadPolicy({
        cwd: dir,
        rules: RULES_BY_ID,
        env: { GITHUB_API_URL: `${base}/api` },
        githubToken: 'ghs_remoteTokenValue123456',
        allowLoopbackHttpForTests: opts.allowHttp ?? true,
        fetchTimeoutMs: 2000,
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
      });
      return 'loaded';
    } catch (e) {
      if (!(e instanceof PolicyError)) throw e;
      expect(e.message).not.toContain('ghs_remoteTokenValue123456');
      return e.message;
    }
  }

  it('sends the token to the GitHub API only, and not on when the API redirects elsewhere', async () => {
    expect(await load('github:acme/policies/ok.yml@v1')).toBe('loaded');
    expect(seen).toEqual([
      expect.objectContaining({ server: 'api', authorization: 'Bearer ghs_remoteTokenValue123456' }),
    ]);
    seen.length = 0;
    await load('github:acme/policies/to-other.yml@v1');
    const toOther = seen.filter((s) => s.server === 'other');
    expect(toOther.length).toBeLessThanOrEqual(1);
    for (const s of toOther) expect(s.authorization).toBeUndefined();
    seen.length = 0;
    expect(await load(`${base}/plain.yml`)).toMatch(/HTTP 404/);
    expect(seen.every((s) => s.authorization === undefined)).toBe(true);
  });

  it('refuses plain http, other schemes and credentials in URLs before any request', async () => {
    const calls: string[] = [];
    const spy = (async (u: string | URL | Request) => {
      calls.push(String(u));
      return new Response('extends: []\n');
    }) as typeof fetch;
    for (const ref of [
      'http://policies.example/p.yml',
      'ftp://policies.example/p.yml',
      'file:///etc/passwd',
      'https://user:pw@policies.example/p.yml',
      'javascript:alert(1)',
    ]) {
      const message = await load(ref, { allowHttp: false, fetch: spy });
      expect(message).not.toBe('loaded');
    }
    expect(calls).toEqual([]);
  });

  it('refuses an https answer that redirected to http, and a redirect loop, within the timeout', async () => {
    const redirected = (async () => {
      const res = new Response('extends: []\n');
      Object.defineProperty(res, 'url', { value: 'http://evil.example/p.yml' });
      return res;
    }) as unknown as typeof fetch;
    expect(await load('https://policies.example/p.yml', { allowHttp: false, fetch: redirected })).toMatch(
      /redirected to http:\/\/evil\.example, which is not https/,
    );
    expect(await load('github:acme/policies/loop.yml@v1')).toMatch(/cannot fetch/);
  });
});

describe('nothing from the repository is executed', () => {
  const bin = mkdtempSync(path.join(TMP, 'bin-'));
  const log = path.join(bin, 'calls.log');
  beforeAll(() => {
    // Stand-ins that record how they are called: argv, working directory and stdin.
    for (const name of ['shellcheck', 'docker', 'podman', 'sh', 'bash', 'make']) {
      const file = path.join(bin, name);
      writeFileSync(
        file,
        `#!/bin/bash\nprintf '%s\\t%s\\t' ${JSON.stringify(name)} "$PWD" >> ${JSON.stringify(log)}\nprintf '%q ' "$@" >> ${JSON.stringify(log)}\nprintf '\\n' >> ${JSON.stringify(log)}\nif [ ${JSON.stringify(name)} = shellcheck ]; then cat > ${JSON.stringify(path.join(bin, 'stdin.txt'))}; for a in "$@"; do case "$a" in -*) ;; *) cat "$a" >> ${JSON.stringify(path.join(bin, 'scripts.txt'))};; esac; done; echo '{"comments":[]}'; fi\nexit 0\n`,
      );
      chmodSync(file, 0o755);
    }
  });

  function withPath<T>(fn: () => Promise<T>): Promise<T> {
    const saved = process.env.PATH;
    process.env.PATH = `${bin}:/usr/bin:/bin`;
    return fn().finally(() => {
      process.env.PATH = saved;
    });
  }

  it('ShellCheck gets the scripts in its own temporary folder, never a repository path, and no rc file; nothing else is spawned', async () => {
    rmSync(log, { force: true });
    rmSync(path.join(bin, 'scripts.txt'), { force: true });
    const dir = workspace(TMP, {
      Dockerfile: 'FROM alpine\nRUN touch "$HOME/pwned" && $(touch pwned2)\nRUN <<EOF\ntouch pwned3\nEOF\n',
      '.shellcheckrc': 'external-sources=true\nsource-path=/etc\n',
      'compose.yml': 'services:\n  a:\n    image: alpine\n    privileged: true\n',
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: docker run --privileged alpine touch pwned4\n',
      'run.sh': '#!/bin/sh\ndocker run --privileged alpine touch pwned5\n',
      Makefile: 'all:\n\tdocker run alpine touch pwned6\n',
    });
    await withPath(() =>
      check({
        cwd: dir,
        resolvedPolicy: {
          rules: { 'dockerfile/shellcheck': { severity: 'warning' } },
          failOn: 'error',
          mode: 'enforce',
          sources: ['t'],
        },
        shellcheck: 'on',
      }),
    );
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    expect(calls).toHaveLength(1);
    const [name, , argv] = calls[0].split('\t');
    expect(name).toBe('shellcheck');
    expect(argv).toContain('--norc');
    // The scripts are files layerguard wrote into one folder of its own (batched: many per process).
    const files = argv
      .trim()
      .split(' ')
      .filter((a) => !a.startsWith('-'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(path.dirname(f)).toMatch(/[/\\]layerguard-shellcheck-[^/\\]+$/);
    expect(argv).not.toContain(dir);
    expect(argv).not.toMatch(/Dockerfile/);
    expect(readFileSync(path.join(bin, 'scripts.txt'), 'utf8')).toContain('touch "$HOME/pwned"');
    for (const f of ['pwned', 'pwned2', 'pwned3', 'pwned4', 'pwned5', 'pwned6'])
      expect(existsSync(path.join(dir, f))).toBe(false);
  });

  // Needs the real binary (CI installs it); the stand-in above covers the arguments without it.
  const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;
  (hasShellcheck ? it : it.skip)('the real ShellCheck runs nothing either', async () => {
    const dir = workspace(TMP, {
      Dockerfile: `FROM alpine\nRUN touch ${TMP}/real-pwned; $(touch ${TMP}/real-pwned2)\n`,
    });
    const result = await check({
      cwd: dir,
      resolvedPolicy: {
        rules: { 'dockerfile/shellcheck': { severity: 'warning' } },
        failOn: 'error',
        mode: 'enforce',
        sources: ['t'],
      },
      shellcheck: 'on',
    });
    expect(result.findings.filter((f) => f.ruleId === 'policy/unparsable')).toEqual([]);
    // It did run: `$(touch …)` runs the output of touch as a command (SC2091).
    expect(result.findings.some((f) => f.ruleId.startsWith('shellcheck/SC'))).toBe(true);
    expect(existsSync(path.join(TMP, 'real-pwned'))).toBe(false);
    expect(existsSync(path.join(TMP, 'real-pwned2'))).toBe(false);
  });

  it('an image name that looks like an option never reaches the docker CLI', async () => {
    rmSync(log, { force: true });
    mkdirSync(path.join(TMP, 'img'), { recursive: true });
    for (const name of [
      '--output=/tmp/x',
      '-o',
      'docker-daemon:--output=/etc/passwd',
      'docker-daemon:-q',
      'a b',
      'x;touch pwned',
      '$(id)',
    ]) {
      const targets = await withPath(() =>
        loadImageTargets(name, { cwd: path.join(TMP, 'img'), dockerCommand: path.join(bin, 'docker') }),
      );
      expect(targets[0].problems.length).toBeGreaterThan(0);
    }
    expect(existsSync(log)).toBe(false);
    // A valid name is passed as one argument after `save`.
    await loadImageTargets('alpine:3', {
      cwd: path.join(TMP, 'img'),
      dockerCommand: path.join(bin, 'docker'),
    });
    expect(readFileSync(log, 'utf8')).toMatch(/^docker\t[^\t]*\tsave alpine:3 \n$/);
  });
});
