/**
 * Registry images read through the OCI distribution API, against a real registry on 127.0.0.1
 * (Debian's docker-registry) holding images built by buildah and pushed with `buildah push`,
 * `buildah manifest push --all` (a multi-platform index) and `skopeo copy` (a private repository
 * behind basic auth). The registry's access log shows which blobs were fetched.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { check } from '../../src/engine/check.js';
import { loadImageTargets } from '../../src/targets/image/load.js';
import { parseChallenge, parseDockerReference } from '../../src/targets/image/registry.js';
import { analyseImage } from '../../src/targets/image/analysis.js';
import { formatImageTables } from '../../src/report/image-table.js';
import type { ImageModel, ImageStats } from '../../src/targets/image/model.js';
import type { LoadedTarget } from '../../src/targets/types.js';
import { buildahIn, registryMissing, startRegistry, startTokenServer } from '../helpers/registry.js';
import type { RunningRegistry, TokenServer } from '../helpers/registry.js';
import { tempDir } from './helpers.js';

const execFileAsync = promisify(execFile);
const missing = registryMissing();
if (missing) console.warn(`registry image tests skipped: ${missing}`);

const USER = 'ci-bot';
const PASSWORD = 'pa55-' + randomBytes(6).toString('hex');

let work: string;
let open: RunningRegistry;
let secured: RunningRegistry;
let tokenAuth: RunningRegistry;
let tokens: TokenServer;

const buildah = (...args: string[]): string => buildahIn(work)(...args).trim();

const modelOf = (t: LoadedTarget) => t.units[0].model as ImageModel;
const problemsOf = (ts: LoadedTarget[]) => ts.flatMap((t) => t.problems.map((p) => p.message));

const blobGets = async (r: RunningRegistry) =>
  (await r.accessLog()).filter((l) => /"GET \/v2\/[^ ]+\/blobs\/sha256:/.test(l)).length;

(missing ? describe.skip : describe)('registry images (docker://) from a real registry on loopback', () => {
  beforeAll(async () => {
    work = await tempDir('lg-registry-');
    open = await startRegistry(path.join(work, 'open'));
    secured = await startRegistry(path.join(work, 'secured'), {
      basic: { username: USER, password: PASSWORD },
    });
    tokens = await startTokenServer(path.join(work, 'tokens'));
    tokenAuth = await startRegistry(path.join(work, 'token-auth'), { token: tokens.auth });
    await fs.writeFile(path.join(work, 'big.bin'), randomBytes(100_000));
    // Layer 1: busybox, a setuid copy and a 100 kB file; layer 2 deletes the file (100 kB wasted).
    const c = buildah('from', 'scratch');
    buildah('copy', c, '/bin/busybox', '/bin/busybox');
    buildah('copy', '--chmod', '4755', c, '/bin/busybox', '/usr/local/bin/tool');
    buildah('copy', c, path.join(work, 'big.bin'), '/tmp/big.bin');
    buildah('config', '--os', 'linux', '--arch', 'amd64', '--user', '0', c);
    buildah('commit', '-q', c, 'lg-reg-base');
    const c2 = buildah('from', 'lg-reg-base');
    buildah('run', '--isolation', 'chroot', c2, '--', '/bin/busybox', 'rm', '/tmp/big.bin');
    buildah('commit', '-q', c2, 'lg-reg-amd64');
    buildah('config', '--arch', 'arm64', '--variant', 'v8', c2);
    buildah('copy', c2, '/etc/hostname', '/etc/arm64-only');
    buildah('commit', '-q', c2, 'lg-reg-arm64');
    // Two releases with a dpkg database, for the baseline diff: v2 upgrades libc6, adds git,
    // removes curl, sets setuid on busybox, adds a setuid tool and deletes /etc/motd.
    const status = (libc: string, extra: string) =>
      `Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nVersion: ${libc}\n\n${extra}`;
    await fs.writeFile(
      path.join(work, 'status-1'),
      status(
        '2.36-9+deb12u3',
        'Package: curl\nStatus: install ok installed\nArchitecture: amd64\nVersion: 7.88.1-10\n',
      ),
    );
    await fs.writeFile(
      path.join(work, 'status-2'),
      status(
        '2.36-9+deb12u7',
        'Package: git\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1:2.39.5-0+deb12u1\n',
      ),
    );
    const p1 = buildah('from', 'scratch');
    buildah('copy', p1, '/bin/busybox', '/bin/busybox');
    buildah('copy', p1, path.join(work, 'status-1'), '/var/lib/dpkg/status');
    buildah('copy', p1, '/etc/hostname', '/etc/motd');
    buildah('config', '--os', 'linux', '--arch', 'amd64', p1);
    buildah('commit', '-q', p1, 'lg-reg-pkg1');
    const p2 = buildah('from', 'lg-reg-pkg1');
    buildah('copy', p2, path.join(work, 'status-2'), '/var/lib/dpkg/status');
    buildah('copy', '--chmod', '4755', p2, '/bin/busybox', '/bin/busybox');
    buildah('copy', '--chmod', '2755', p2, '/bin/busybox', '/usr/bin/newtool');
    buildah('run', '--isolation', 'chroot', p2, '--', '/bin/busybox', 'rm', '/etc/motd');
    buildah('commit', '-q', p2, 'lg-reg-pkg2');
    buildah('push', '--tls-verify=false', 'lg-reg-pkg1', `docker://${open.host}/team/pkg:1`);
    buildah('push', '--tls-verify=false', 'lg-reg-pkg2', `docker://${open.host}/team/pkg:2`);
    buildah('manifest', 'create', 'lg-reg-list');
    buildah('manifest', 'add', 'lg-reg-list', 'lg-reg-amd64');
    buildah('manifest', 'add', 'lg-reg-list', 'lg-reg-arm64');
    buildah('push', '--tls-verify=false', 'lg-reg-amd64', `docker://${open.host}/team/app:1`);
    buildah(
      'manifest',
      'push',
      '--all',
      '--tls-verify=false',
      'lg-reg-list',
      `docker://${open.host}/team/multi:1`,
    );
    // The private repository gets its image through skopeo, from an OCI archive.
    const archive = path.join(work, 'app.tar');
    buildah('push', 'lg-reg-amd64', `oci-archive:${archive}`);
    execFileSync('skopeo', [
      'copy',
      '--quiet',
      '--dest-tls-verify=false',
      '--dest-creds',
      `${USER}:${PASSWORD}`,
      `oci-archive:${archive}`,
      `docker://${secured.host}/private/app:1`,
    ]);
    // Asynchronously: the token service answers from this process.
    await execFileAsync('skopeo', [
      'copy',
      '--quiet',
      '--dest-tls-verify=false',
      `oci-archive:${archive}`,
      `docker://${tokenAuth.host}/library/app:1`,
    ]);
  }, 240_000);

  afterAll(async () => {
    await open?.stop();
    await secured?.stop();
    await tokenAuth?.stop();
    await tokens?.stop();
    if (work) await fs.rm(work, { recursive: true, force: true });
  });

  it('reads a pushed image: manifest, config and every layer, digests verified, files indexed', async () => {
    const ref = `docker://${open.host}/team/app:1`;
    const targets = await loadImageTargets(ref, { cwd: work });
    expect(problemsOf(targets)).toEqual([]);
    expect(targets.map((t) => t.file)).toEqual([ref]);
    const m = modelOf(targets[0]);
    expect(m.source).toBe('registry');
    expect(m.name).toBe(`${open.host}/team/app:1`);
    expect(m.platform).toBe('linux/amd64');
    expect(m.manifestDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(m.filesIndexed).toBe(true);
    expect(m.layers).toHaveLength(2);
    for (const l of m.layers) expect(l.compressedSize).toBeLessThan(l.size!); // buildah pushes gzip
    const tool = [...m.layers[0].files!].find((f) => f.path === 'usr/local/bin/tool')!;
    expect(tool.mode & 0o4000).toBeTruthy();
    expect(analyseImage(m).wastedFiles.map((w) => [w.path, w.size])).toEqual([['tmp/big.bin', 100_000]]);
    // The same image read from its local OCI archive has the same layers.
    const local = modelOf(
      (await loadImageTargets(`oci-archive:${path.join(work, 'app.tar')}`, { cwd: work }))[0],
    );
    expect(local.layers.map((l) => l.diffId)).toEqual(m.layers.map((l) => l.diffId));
  });

  it('checks a registry image through the pipeline, fetching layer blobs only when a rule needs them', async () => {
    const ref = `docker://${open.host}/team/app:1`;
    const before = await blobGets(open);
    const full = await check({ cwd: work, paths: [], policy: 'builtin:recommended', images: [ref] });
    const ids = new Set(full.findings.map((f) => f.ruleId));
    expect(ids).toContain('image/setuid-files');
    expect(ids).not.toContain('policy/unparsable');
    const stats = full.targets[0].stats!.image as ImageStats;
    expect(stats.wastedFiles).toEqual([{ path: 'tmp/big.bin', size: 100_000, layers: [1], hiddenBy: 2 }]);
    const afterFull = await blobGets(open);
    expect(afterFull - before).toBe(3); // the config and two layers

    // A policy with every layer-content rule off: only the config blob is fetched.
    await fs.writeFile(
      path.join(work, 'metadata-only.yml'),
      [
        'extends: builtin:recommended',
        'rules:',
        ...['wasted-space', 'secret-files', 'setuid-files', 'package-caches', 'max-size', 'size-growth'].map(
          (r) => `  image/${r}: off`,
        ),
        '  image/non-root-user: error',
        '',
      ].join('\n'),
    );
    const meta = await check({ cwd: work, paths: [], policy: 'metadata-only.yml', images: [ref] });
    expect((await blobGets(open)) - afterFull).toBe(1);
    expect(meta.findings.map((f) => f.ruleId)).toContain('image/non-root-user');
    expect(meta.findings.map((f) => f.ruleId)).not.toContain('policy/unparsable');
    const metaStats = meta.targets[0].stats!.image as ImageStats;
    expect(metaStats.filesIndexed).toBe(false);
    expect(metaStats.layers.map((l) => l.compressedSize! > 0)).toEqual([true, true]);
  });

  it('diffs against a baseline from the registry: files (size, mode, setuid) and dpkg packages', async () => {
    const result = await check({
      cwd: work,
      paths: [],
      policy: 'builtin:recommended',
      images: [`docker://${open.host}/team/pkg:2`],
      baseline: `docker://${open.host}/team/pkg:1`,
    });
    expect(result.findings.map((f) => f.ruleId)).not.toContain('policy/unparsable');
    const b = (result.targets[0].stats!.image as ImageStats).baseline!;
    expect(b.packageChanges).toEqual([
      { name: 'git', manager: 'dpkg', arch: 'amd64', change: 'added', to: '1:2.39.5-0+deb12u1' },
      {
        name: 'libc6',
        manager: 'dpkg',
        arch: 'amd64',
        change: 'upgraded',
        from: '2.36-9+deb12u3',
        to: '2.36-9+deb12u7',
      },
      { name: 'curl', manager: 'dpkg', arch: 'amd64', change: 'removed', from: '7.88.1-10' },
    ]);
    expect(b.packages).toEqual({ added: 1, removed: 1, upgraded: 1, downgraded: 0 });
    const byPath = new Map(b.fileChanges!.map((c) => [c.path, c]));
    expect(byPath.get('bin/busybox')).toMatchObject({
      change: 'changed',
      what: ['mode'],
      baselineMode: 0o755,
      mode: 0o4755,
      setuidSet: true,
      layer: 2,
    });
    expect(byPath.get('usr/bin/newtool')).toMatchObject({
      change: 'added',
      mode: 0o2755,
      setuidSet: true,
      layer: 2,
    });
    expect(byPath.get('etc/motd')).toMatchObject({ change: 'removed' });
    expect(byPath.get('var/lib/dpkg/status')).toMatchObject({ change: 'changed', what: ['size'] });
    // buildah run leaves empty /etc/hostname, /etc/hosts and /etc/resolv.conf behind: added too.
    expect(
      b
        .fileChanges!.filter((c) => c.change === 'added')
        .map((c) => c.path)
        .sort(),
    ).toEqual(['etc/hostname', 'etc/hosts', 'etc/resolv.conf', 'usr/bin/newtool']);
    expect(b.files).toMatchObject({ added: 4, removed: 1, changed: 2, setuidSet: 2 });
    const md = formatImageTables(result, 'markdown');
    expect(md).toContain('files: 4 added (');
    expect(md).toContain('2 newly setuid/setgid; packages: 1 added, 1 upgraded, 0 downgraded, 1 removed');
    expect(md).toMatch(
      /\| changed \| `\/bin\/busybox` \| [\d.]+ [kM]B \| ±0 B \| mode 0755 -> 4755, \*\*setuid\/setgid newly set\*\*, layer 2 \|/,
    );
    expect(md).toContain('| `libc6` (dpkg) | upgraded | 2.36-9+deb12u3 | 2.36-9+deb12u7 |');
    const text = formatImageTables(result, 'text');
    expect(text).toContain('    upgraded    libc6 (dpkg) 2.36-9+deb12u3 -> 2.36-9+deb12u7');
  });

  it('follows a multi-platform index to the platform asked for (default linux/amd64, or all)', async () => {
    const ref = `docker://${open.host}/team/multi:1`;
    const amd = await loadImageTargets(ref, { cwd: work });
    expect(problemsOf(amd)).toEqual([]);
    expect(amd.map((t) => modelOf(t).platform)).toEqual(['linux/amd64']);
    const arm = await loadImageTargets(ref, { cwd: work, platform: 'linux/arm64' });
    expect(problemsOf(arm)).toEqual([]);
    expect(modelOf(arm[0]).platform).toBe('linux/arm64/v8');
    expect(
      modelOf(arm[0])
        .layers.at(-1)!
        .files!.toArray()
        .map((f) => f.path),
    ).toContain('etc/arm64-only');
    const all = await loadImageTargets(ref, { cwd: work, platform: 'all' });
    expect(all.map((t) => t.file)).toEqual([`${ref}#linux/amd64`, `${ref}#linux/arm64/v8`]);
    const none = await loadImageTargets(ref, { cwd: work, platform: 'linux/s390x' });
    expect(problemsOf(none)).toEqual([
      `${open.host}/team/multi:1 has no image for linux/s390x (it has linux/amd64, linux/arm64/v8): choose one with --platform, or --platform all`,
    ]);
  });

  it('reads a private repository with basic auth from ~/.docker/config.json, and says what to do without', async () => {
    const ref = `docker://${secured.host}/private/app:1`;
    const saved = process.env.DOCKER_CONFIG;
    const config = path.join(work, 'docker-config');
    await fs.mkdir(config, { recursive: true });
    try {
      process.env.DOCKER_CONFIG = path.join(work, 'no-config');
      const denied = await loadImageTargets(ref, { cwd: work });
      expect(problemsOf(denied)).toEqual([
        `the registry ${secured.host} asks for credentials to read ${secured.host}/private/app:1 (401 Unauthorized): log in with \`docker login ${secured.host}\` (layerguard reads the \`auths\` of ~/.docker/config.json; credential helpers are not run)`,
      ]);
      const auth = (u: string, p: string) => Buffer.from(`${u}:${p}`).toString('base64');
      await fs.writeFile(
        path.join(config, 'config.json'),
        JSON.stringify({ auths: { [secured.host]: { auth: auth(USER, 'wrong') } } }),
      );
      process.env.DOCKER_CONFIG = config;
      const wrong = await loadImageTargets(ref, { cwd: work });
      expect(problemsOf(wrong)[0]).toMatch(
        /refused the credentials for .*private\/app:1 \(401 Unauthorized\)/,
      );
      await fs.writeFile(
        path.join(config, 'config.json'),
        JSON.stringify({ auths: { [secured.host]: { auth: auth(USER, PASSWORD) } } }),
      );
      const ok = await loadImageTargets(ref, { cwd: work });
      expect(problemsOf(ok)).toEqual([]);
      expect(modelOf(ok[0]).filesIndexed).toBe(true);
      // Credentials given by the caller (the Action's job token for ghcr.io) come first.
      process.env.DOCKER_CONFIG = path.join(work, 'no-config');
      const given = await loadImageTargets(ref, {
        cwd: work,
        registryCredentials: { [secured.host]: { username: USER, password: PASSWORD } },
      });
      expect(problemsOf(given)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.DOCKER_CONFIG;
      else process.env.DOCKER_CONFIG = saved;
    }
  });

  it('follows the anonymous Bearer token flow of a registry with token auth', async () => {
    const before = tokens.requests.length;
    const t = await loadImageTargets(`docker://${tokenAuth.host}/library/app:1`, { cwd: work });
    expect(problemsOf(t)).toEqual([]);
    expect(modelOf(t[0]).filesIndexed).toBe(true);
    // One token for the whole read, asked anonymously for pull only.
    expect(tokens.requests.slice(before)).toEqual([{ scope: 'repository:library/app:pull', basic: false }]);
    // Every request but the first carried the token: the registry answered 401 only once.
    const log = await tokenAuth.accessLog();
    const reads = log.filter((l) => l.includes('"GET /v2/library/app/'));
    expect(reads.filter((l) => /" 401 /.test(l))).toHaveLength(1);
    expect(reads.filter((l) => /" 200 /.test(l))).toHaveLength(4); // manifest, config, 2 layers
  });

  it('names the image in a 404, and reports a blob whose content does not match its digest', async () => {
    const absent = await loadImageTargets(`docker://${open.host}/team/app:nope`, { cwd: work });
    expect(problemsOf(absent)).toEqual([
      `${open.host}/team/app:nope does not exist (404 Not Found): check the repository name and the tag`,
    ]);
    // Alter a layer blob in the registry's storage: the registry serves it as it is.
    const m = modelOf((await loadImageTargets(`docker://${open.host}/team/app:1`, { cwd: work }))[0]);
    const hex = m.layers[1].digest!.slice(7);
    const data = path.join(open.root, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
    const original = await fs.readFile(data);
    const altered = Buffer.from(original);
    altered[altered.length - 9] ^= 0xff; // inside the gzip trailer's CRC: still the same length
    await fs.writeFile(data, altered);
    try {
      const t = await loadImageTargets(`docker://${open.host}/team/app:1`, { cwd: work });
      expect(problemsOf(t).join('\n')).toMatch(
        new RegExp(`layer 2 \\(${hex.slice(0, 12)}\\) does not match its digest`),
      );
    } finally {
      await fs.writeFile(data, original);
    }
  });

  it('accepts the containers-transports prefixes for local archives and layouts', async () => {
    const archive = path.join(work, 'app.tar');
    const docker = path.join(work, 'app-docker.tar');
    buildah('push', 'lg-reg-amd64', `docker-archive:${docker}:lg/app:1`);
    const layout = path.join(work, 'layout');
    buildah('push', 'lg-reg-amd64', `oci:${layout}:v1`);
    for (const input of [
      `oci-archive:${archive}`,
      `docker-archive:${docker}`,
      `docker-archive:${docker}:lg/app:1`,
      `oci:${layout}`,
      `oci:${layout}:v1`,
    ]) {
      const t = await loadImageTargets(input, { cwd: work });
      expect(problemsOf(t)).toEqual([]);
      expect(modelOf(t[0]).layers).toHaveLength(2);
    }
    expect(problemsOf(await loadImageTargets(`oci:${layout}:v2`, { cwd: work }))[0]).toMatch(
      /holds no image named "v2"/,
    );
  });
});

describe('registry errors that a local registry does not produce', () => {
  let server: http.Server;
  let host: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url!.includes('/limited/')) {
        res.writeHead(429, { 'Retry-After': '30' }).end('{"errors":[{"code":"TOOMANYREQUESTS"}]}');
      } else res.writeHead(403).end('{"errors":[{"code":"DENIED"}]}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('names the image for 403 and 429 (with Retry-After)', async () => {
    const denied = await loadImageTargets(`docker://${host}/team/app:1`, { cwd: '.' });
    expect(problemsOf(denied)).toEqual([
      `the registry ${host} denies access to ${host}/team/app:1 (403 Forbidden): the credentials used may not pull this repository`,
    ]);
    const limited = await loadImageTargets(`docker://${host}/limited/app:1`, { cwd: '.' });
    expect(problemsOf(limited)).toEqual([
      `the registry ${host} is rate-limiting requests for ${host}/limited/app:1 (429 Too Many Requests); retry after 30 s: log in to get a higher limit, or try later`,
    ]);
  });

  it('parses references and challenges', () => {
    expect(parseDockerReference('alpine')).toMatchObject({
      host: 'docker.io',
      repo: 'library/alpine',
      tag: 'latest',
    });
    expect(parseDockerReference('//ghcr.io/o/app@sha256:' + 'a'.repeat(64))).toMatchObject({
      host: 'ghcr.io',
      repo: 'o/app',
      tag: undefined,
    });
    expect(parseDockerReference('localhost:5000/app:v1')).toMatchObject({
      host: 'localhost:5000',
      repo: 'app',
      tag: 'v1',
    });
    expect(() => parseDockerReference('Host/UPPER:1')).toThrow(/not a valid repository name/);
    expect(
      parseChallenge(
        'Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull"',
      ),
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.example/token',
        service: 'registry.example',
        scope: 'repository:a/b:pull',
      },
    });
  });
});
