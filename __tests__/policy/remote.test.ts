/**
 * Remote `extends` against a local HTTP server on 127.0.0.1: https-style URLs (200, 404, 500,
 * timeout, size cap, integrity pin right and wrong, cycle, relative refs), the GitHub contents API
 * (path, ref, Accept and token headers, GITHUB_API_URL), fetching once per run, the unpinned-ref
 * finding, and plain http refused without the test-only option.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { RemoteFetcher } from '../../src/policy/remote.js';
import { loadTree, problemsOf } from './helpers.js';

const ORG = 'extends: []\nrules:\n  dockerfile/non-root-user: error\nlocked: [dockerfile/non-root-user]\n';
const routes: Record<
  string,
  { status?: number; body?: string; headers?: Record<string, string>; hang?: boolean }
> = {
  '/org.yml': { body: ORG },
  '/missing.yml': { status: 404, body: 'not here' },
  '/boom.yml': { status: 500, body: 'oops' },
  '/slow.yml': { hang: true },
  '/big.yml': { body: `extends: []\n# ${'x'.repeat(5000)}\n` },
  '/big-declared.yml': {
    body: `extends: []\n# ${'x'.repeat(5000)}\n`,
    headers: { 'Content-Length': '5016' },
  },
  '/cycle-a.yml': { body: 'extends: [./cycle-b.yml]\n' },
  '/cycle-b.yml': { body: 'extends: [./cycle-a.yml]\n' },
  '/dir/child.yml': { body: 'extends: [./parent.yml]\nrules:\n  dockerfile/base-image-latest: error\n' },
  '/dir/parent.yml': { body: 'extends: []\nfailOn: warning\n' },
  '/bad.yml': { body: 'extends: []\nrules:\n  dockerfile/nope: error\n' },
  '/common.yml': { body: 'extends: []\nmaxWarnings: 3\n' },
  '/a.yml': { body: 'extends: [./common.yml]\n' },
  '/b.yml': { body: 'extends: [./common.yml]\n' },
};
const hits: string[] = [];
const headersSeen: http.IncomingHttpHeaders[] = [];
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    headersSeen.push(req.headers);
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/repos/')) {
      // GitHub contents API: /repos/{owner}/{repo}/contents/{path}?ref=…
      const m = /^\/api\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(url.pathname);
      const authorised = req.headers.authorization === 'Bearer test-token';
      const raw = req.headers.accept === 'application/vnd.github.raw';
      if (!authorised) return res.writeHead(401).end('{"message":"Bad credentials"}');
      if (m && m[1] === 'acme' && m[2] === 'policies' && m[3] === 'org/base.yml' && raw) {
        const ref = url.searchParams.get('ref');
        if (ref === 'v1.2.0' || ref === 'main' || ref === null) return res.writeHead(200).end(ORG);
        if (ref === 'v2.0.0') return res.writeHead(200).end('extends: [./shared.yml]\n');
      }
      if (m && m[3] === 'org/shared.yml' && url.searchParams.get('ref') === 'v2.0.0') {
        return res.writeHead(200).end('extends: []\nfailOn: info\n');
      }
      return res.writeHead(404).end('{"message":"Not Found"}');
    }
    const route = routes[url.pathname];
    if (!route) return res.writeHead(404).end();
    if (route.hang) return; // never answers
    res.writeHead(route.status ?? 200, route.headers ?? {}).end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  hits.length = 0;
  headersSeen.length = 0;
});

const remote = { allowLoopbackHttpForTests: true, fetchTimeoutMs: 500 };
const sri = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

test('200: a remote policy is merged under the local one', async () => {
  const policy = await loadTree(
    { '.layerguard.yml': `extends: [${base}/org.yml#${sri(ORG)}]\n` },
    '.layerguard.yml',
    remote,
  );
  expect(policy.rules['dockerfile/non-root-user'].severity).toBe('error');
  // Named as written, pin included.
  expect(policy.locked?.['dockerfile/non-root-user'].source).toBe(`${base}/org.yml#${sri(ORG)}:4`);
  expect(policy.sources).toEqual([`${base}/org.yml#${sri(ORG)}`, '.layerguard.yml']);
  // Pinned by integrity: no unpinned-extends finding.
  expect(policy.findings).toEqual([]);
});

test('404 is an error naming the ref, never a fall-back', async () => {
  expect(
    await problemsOf(
      loadTree({ '.layerguard.yml': `extends:\n  - ${base}/missing.yml\n` }, '.layerguard.yml', remote),
    ),
  ).toEqual([`.layerguard.yml:2:5: cannot fetch the policy ${base}/missing.yml: HTTP 404: not found`]);
});

test('500 is an error naming the ref, and says how a lock would have let a cached copy stand in', async () => {
  expect(
    await problemsOf(
      loadTree({ '.layerguard.yml': `extends: [${base}/boom.yml]\n` }, '.layerguard.yml', remote),
    ),
  ).toEqual([
    `.layerguard.yml:1:11: cannot fetch the policy ${base}/boom.yml: HTTP 500: the server failed; without a lock nothing may stand in for it: run layerguard lock and commit layerguard.lock.json, and a cached copy of the locked version is read when the network fails`,
  ]);
});

test('a server that does not answer times out', async () => {
  expect(
    await problemsOf(
      loadTree({ '.layerguard.yml': `extends: [${base}/slow.yml]\n` }, '.layerguard.yml', remote),
    ),
  ).toEqual([
    `.layerguard.yml:1:11: cannot fetch the policy ${base}/slow.yml: no answer within 0.5 s; without a lock nothing may stand in for it: run layerguard lock and commit layerguard.lock.json, and a cached copy of the locked version is read when the network fails`,
  ]);
});

test('a wrong integrity pin is an error showing both digests', async () => {
  const wrong = sri('something else');
  const lines = await problemsOf(
    loadTree({ '.layerguard.yml': `extends: ["${base}/org.yml#${wrong}"]\n` }, '.layerguard.yml', remote),
  );
  expect(lines).toEqual([
    `.layerguard.yml:1:11: cannot fetch the policy ${base}/org.yml#${wrong}: the content does not match its integrity pin: expected ${wrong}, got ${sri(ORG)}; the policy changed since it was pinned — review the change, then update the pin`,
  ]);
});

test('a cycle between remote policies is rejected with the chain', async () => {
  expect(
    await problemsOf(
      loadTree({ '.layerguard.yml': `extends: [${base}/cycle-a.yml]\n` }, '.layerguard.yml', remote),
    ),
  ).toEqual([
    `${base}/cycle-b.yml:1:11: extends cycle: .layerguard.yml -> ${base}/cycle-a.yml -> ${base}/cycle-b.yml -> ${base}/cycle-a.yml; remove one of these extends`,
  ]);
});

test('a remote larger than the cap is refused, streamed or declared', async () => {
  const capped = { ...remote, maxRemoteBytes: 1000 };
  expect(
    await problemsOf(
      loadTree({ '.layerguard.yml': `extends: [${base}/big.yml]\n` }, '.layerguard.yml', capped),
    ),
  ).toEqual([
    `.layerguard.yml:1:11: cannot fetch the policy ${base}/big.yml: the policy is larger than the 1000-byte limit`,
  ]);
  expect(
    await problemsOf(
      loadTree({ '.layerguard.yml': `extends: [${base}/big-declared.yml]\n` }, '.layerguard.yml', capped),
    ),
  ).toEqual([
    `.layerguard.yml:1:11: cannot fetch the policy ${base}/big-declared.yml: the policy is 5016 bytes, more than the 1000-byte limit`,
  ]);
});

test('relative extends inside a remote policy resolve against its URL', async () => {
  const policy = await loadTree(
    { '.layerguard.yml': `extends: [${base}/dir/child.yml]\n` },
    '.layerguard.yml',
    remote,
  );
  expect(policy.sources).toEqual([`${base}/dir/parent.yml`, `${base}/dir/child.yml`, '.layerguard.yml']);
  expect(policy.failOn).toBe('warning');
  expect(policy.origins?.failOn).toBe(`${base}/dir/parent.yml:2`);
});

test('errors inside a remote policy point into it', async () => {
  expect(
    await problemsOf(
      loadTree({ '.layerguard.yml': `extends: [${base}/bad.yml]\n` }, '.layerguard.yml', remote),
    ),
  ).toEqual([`${base}/bad.yml:3:3: unknown rule "dockerfile/nope"; \`layerguard rules\` lists the rule ids`]);
});

test('each remote is fetched once per run, however often it is reached', async () => {
  const fetcher = new RemoteFetcher({ allowLoopbackHttp: true, timeoutMs: 500 });
  const files = { '.layerguard.yml': `extends:\n  - ${base}/a.yml\n  - ${base}/b.yml\n` };
  const policy = await loadTree(files, '.layerguard.yml', { ...remote, remote: fetcher });
  expect(policy.maxWarnings).toBe(3);
  expect(hits.filter((h) => h === '/common.yml')).toHaveLength(1);
  // The same fetcher in a second load of the same run asks the server nothing again.
  await loadTree(files, '.layerguard.yml', { ...remote, remote: fetcher });
  expect(hits.sort()).toEqual(['/a.yml', '/b.yml', '/common.yml']);
});

describe('github: refs through the contents API', () => {
  const env = () => ({ GITHUB_API_URL: `${base}/api`, GITHUB_TOKEN: 'test-token' });

  test('reads the file at the ref with the raw media type and the token', async () => {
    const policy = await loadTree(
      { '.layerguard.yml': 'extends:\n  - github:acme/policies/org/base.yml@v1.2.0\n' },
      '.layerguard.yml',
      {
        ...remote,
        env: env(),
      },
    );
    expect(policy.rules['dockerfile/non-root-user'].source).toBe(
      'github:acme/policies/org/base.yml@v1.2.0:3',
    );
    expect(hits).toEqual(['/api/repos/acme/policies/contents/org/base.yml?ref=v1.2.0']);
    expect(headersSeen[0].accept).toBe('application/vnd.github.raw');
    expect(headersSeen[0]['x-github-api-version']).toBe('2022-11-28');
    expect(policy.findings).toEqual([]);
  });

  test('--github-token wins over GITHUB_TOKEN', async () => {
    const lines = await problemsOf(
      loadTree(
        { '.layerguard.yml': 'extends: [github:acme/policies/org/base.yml@v1.2.0]\n' },
        '.layerguard.yml',
        {
          ...remote,
          env: env(),
          githubToken: 'wrong-token',
        },
      ),
    );
    expect(lines).toEqual([
      '.layerguard.yml:1:11: cannot fetch the policy github:acme/policies/org/base.yml@v1.2.0: HTTP 401: the GitHub token was refused; check --github-token or GITHUB_TOKEN',
    ]);
  });

  test('a missing file says what to check', async () => {
    const lines = await problemsOf(
      loadTree(
        { '.layerguard.yml': 'extends: [github:acme/policies/org/nope.yml@v1]\n' },
        '.layerguard.yml',
        { ...remote, env: env() },
      ),
    );
    expect(lines).toEqual([
      '.layerguard.yml:1:11: cannot fetch the policy github:acme/policies/org/nope.yml@v1: HTTP 404: no org/nope.yml at v1 in acme/policies, or the token cannot read that repository (private repositories need a token with contents: read, from --github-token or GITHUB_TOKEN)',
    ]);
  });

  test('relative extends stay in the same repository at the same ref', async () => {
    const policy = await loadTree(
      { '.layerguard.yml': 'extends: [github:acme/policies/org/base.yml@v2.0.0]\n' },
      '.layerguard.yml',
      {
        ...remote,
        env: env(),
      },
    );
    expect(policy.sources).toEqual([
      'github:acme/policies/org/shared.yml@v2.0.0',
      'github:acme/policies/org/base.yml@v2.0.0',
      '.layerguard.yml',
    ]);
    expect(policy.failOn).toBe('info');
  });

  test('a branch ref (or none) loads but gives a policy/unpinned-extends warning at the entry', async () => {
    const policy = await loadTree(
      {
        '.layerguard.yml':
          'extends:\n  - github:acme/policies/org/base.yml@main\n  - github:acme/policies/org/base.yml\n',
      },
      '.layerguard.yml',
      { ...remote, env: env() },
    );
    expect(policy.findings?.map((f) => [f.ruleId, f.severity, f.file, f.line, f.column, f.message])).toEqual([
      [
        'policy/unpinned-extends',
        'warning',
        '.layerguard.yml',
        2,
        5,
        'extends github:acme/policies/org/base.yml@main is not pinned: "@main" is a branch name, whose content can change under you, and a change there changes this repository\'s checks without review; pin it to a release tag (@v1.2.0) or a full commit sha (@<40 hex digits>)',
      ],
      [
        'policy/unpinned-extends',
        'warning',
        '.layerguard.yml',
        3,
        5,
        "extends github:acme/policies/org/base.yml is not pinned: it has no @ref, so it follows the default branch, and a change there changes this repository's checks without review; pin it to a release tag (@v1.2.0) or a full commit sha (@<40 hex digits>)",
      ],
    ]);
  });

  test('an http GITHUB_API_URL is refused without the test-only option', async () => {
    const lines = await problemsOf(
      loadTree(
        { '.layerguard.yml': 'extends: [github:acme/policies/org/base.yml@v1.2.0]\n' },
        '.layerguard.yml',
        { env: env() },
      ),
    );
    expect(lines).toEqual([
      `.layerguard.yml:1:11: cannot fetch the policy github:acme/policies/org/base.yml@v1.2.0: GITHUB_API_URL ${base} is not https; layerguard reads policies over TLS only`,
    ]);
    expect(hits).toEqual([]);
  });
});

test('plain http is refused without the test-only option, and for other hosts even with it', async () => {
  expect(await problemsOf(loadTree({ '.layerguard.yml': `extends: [${base}/org.yml]\n` }))).toEqual([
    `.layerguard.yml:1:11: plain http is refused for "${base}/org.yml": a policy fetched without TLS could be altered on the way; use https://`,
  ]);
  expect(
    await problemsOf(
      loadTree({ '.layerguard.yml': 'extends: [http://example.com/org.yml]\n' }, '.layerguard.yml', remote),
    ),
  ).toEqual([
    '.layerguard.yml:1:11: plain http is refused for "http://example.com/org.yml": a policy fetched without TLS could be altered on the way; use https://',
  ]);
  expect(hits).toEqual([]);
});

test('an https ref without an integrity pin is reported as unpinned', async () => {
  // Served over loopback http here; the finding is about the missing pin.
  const policy = await loadTree(
    { '.layerguard.yml': `extends: [${base}/org.yml]\n` },
    '.layerguard.yml',
    remote,
  );
  expect(policy.findings?.map((f) => f.message)).toEqual([
    `extends ${base}/org.yml is not pinned: it has no #sha256-… integrity pin, so its content can change under you, and a change there changes this repository's checks without review; add #sha256-<base64 digest> (openssl dgst -sha256 -binary FILE | base64)`,
  ]);
});
