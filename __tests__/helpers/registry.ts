/**
 * A real OCI distribution registry on 127.0.0.1 for the tests: Debian's `docker-registry` (the
 * CNCF distribution registry), started with a config file in a temp dir on a free port, optionally
 * behind basic auth (an htpasswd file made with `htpasswd -B` from apache2-utils) or behind token
 * auth (a realm served by the test, signing JWTs with a key whose certificate the registry trusts).
 * Its access log is kept so that tests can count the requests it served.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createPrivateKey, createSign, randomUUID, X509Certificate } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

export const REGISTRY_BIN = '/usr/bin/docker-registry';

/** Why registry tests cannot run here, or undefined when they can. */
export function registryMissing(): string | undefined {
  const missing: string[] = [];
  if (spawnSync(REGISTRY_BIN, ['--version']).status !== 0) missing.push('docker-registry');
  if (spawnSync('htpasswd', ['-nbB', 'a', 'b']).status !== 0) missing.push('apache2-utils (htpasswd)');
  if (spawnSync('buildah', ['--version']).status !== 0) missing.push('buildah');
  if (spawnSync('skopeo', ['--version']).status !== 0) missing.push('skopeo');
  if (spawnSync('openssl', ['version']).status !== 0) missing.push('openssl');
  return missing.length ? `install the Debian packages ${missing.join(', ')}` : undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningRegistry {
  /** `127.0.0.1:PORT` */
  host: string;
  root: string;
  /** Request lines of the access log (`GET /v2/app/blobs/sha256:… HTTP/1.1" 200`). */
  accessLog(): Promise<string[]>;
  stop(): Promise<void>;
}

export interface RegistryAuth {
  basic?: { username: string; password: string };
  token?: { realm: string; service: string; issuer: string; certFile: string };
}

/** Starts `docker-registry serve` in `dir` and waits until /v2/ answers. */
export async function startRegistry(dir: string, auth: RegistryAuth = {}): Promise<RunningRegistry> {
  await fs.mkdir(dir, { recursive: true });
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const root = path.join(dir, 'data');
  const lines = [
    'version: 0.1',
    'log:',
    '  level: warn',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${root}`,
    'http:',
    `  addr: ${host}`,
    '  secret: layerguard-test',
  ];
  if (auth.basic) {
    const htpasswd = path.join(dir, 'htpasswd');
    const line = execFileSync('htpasswd', ['-nbB', auth.basic.username, auth.basic.password], {
      encoding: 'utf8',
    });
    await fs.writeFile(htpasswd, line);
    lines.push('auth:', '  htpasswd:', '    realm: layerguard-test', `    path: ${htpasswd}`);
  } else if (auth.token) {
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${auth.token.realm}`,
      `    service: ${auth.token.service}`,
      `    issuer: ${auth.token.issuer}`,
      `    rootcertbundle: ${auth.token.certFile}`,
    );
  }
  const config = path.join(dir, 'config.yml');
  await fs.writeFile(config, lines.join('\n') + '\n');
  const logFile = path.join(dir, 'registry.log');
  const log = await fs.open(logFile, 'w');
  const child: ChildProcess = spawn(REGISTRY_BIN, ['serve', config], {
    stdio: ['ignore', log.fd, log.fd],
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`docker-registry exited: ${await fs.readFile(logFile, 'utf8')}`);
    }
    const ok = await fetch(`http://${host}/v2/`)
      .then(() => true)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error('docker-registry did not start within 20 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    host,
    root,
    async accessLog() {
      const text = await fs.readFile(logFile, 'utf8');
      return text.split('\n').filter((l) => /"(GET|HEAD|PUT|POST|PATCH) \/v2\//.test(l));
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await log.close();
    },
  };
}

export interface TokenServer {
  /** What `startRegistry(dir, { token })` needs. */
  auth: NonNullable<RegistryAuth['token']>;
  /** The scopes asked for, and whether basic credentials came with the request. */
  requests: { scope: string; basic: boolean }[];
  stop(): Promise<void>;
}

const b64url = (x: Buffer | string) => Buffer.from(x).toString('base64url');

/**
 * The token service of the registry's token auth (the `WWW-Authenticate: Bearer` flow), as Docker
 * Hub and ghcr.io run one: it grants the actions asked for to anyone and signs an RS256 JWT with a
 * key whose self-signed certificate (made with `openssl`) the registry trusts as its root bundle.
 * The registry itself verifies every token.
 */
export async function startTokenServer(dir: string): Promise<TokenServer> {
  await fs.mkdir(dir, { recursive: true });
  const keyFile = path.join(dir, 'token.key');
  const certFile = path.join(dir, 'token.crt');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=layerguard-test-token',
    ],
    { stdio: 'ignore' },
  );
  const key = createPrivateKey(await fs.readFile(keyFile));
  const der = new X509Certificate(await fs.readFile(certFile)).raw.toString('base64');
  const issuer = 'layerguard-test-issuer';
  const service = 'layerguard-test-registry';
  const requests: TokenServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    const scope = url.searchParams.get('scope') ?? '';
    requests.push({ scope, basic: /^Basic /.test(req.headers.authorization ?? '') });
    const [type, name, actions] = scope.split(':');
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', x5c: [der] };
    const claims = {
      iss: issuer,
      sub: 'anonymous',
      aud: url.searchParams.get('service'),
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access: type === 'repository' ? [{ type, name, actions: (actions ?? '').split(',') }] : [],
    };
    const body = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = createSign('RSA-SHA256').update(body).sign(key).toString('base64url');
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ token: `${body}.${signature}` }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  return {
    auth: { realm: `http://127.0.0.1:${port}/token`, service, issuer, certFile },
    requests,
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** `buildah` with its storage in `work` (vfs, no daemon, no root storage touched). */
export function buildahIn(work: string): (...args: string[]) => string {
  return (...args) =>
    execFileSync(
      'buildah',
      [
        '--root',
        path.join(work, 'storage'),
        '--runroot',
        path.join(work, 'run'),
        '--storage-driver',
        'vfs',
        ...args,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
}
