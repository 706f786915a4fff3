import { gzipSync } from 'node:zlib';
import zlib from 'node:zlib';
import {
  DEFAULT_LIMITS,
  LayerReader,
  keyHeaderOf,
  normalisePath,
} from '../../src/targets/image/layer-index.js';
import type { ImageLimits } from '../../src/targets/image/layer-index.js';
import { gnuLongName, layerTar, paxEntry, sha256, tarEntry, tarOf } from './helpers.js';

async function read(blob: Buffer, limits: Partial<ImageLimits> = {}, chunk = 4096, budget = { files: 0 }) {
  const r = new LayerReader({ ...DEFAULT_LIMITS, ...limits }, budget, blob.length);
  for (let i = 0; i < blob.length; i += chunk) {
    const w = r.write(blob.subarray(i, i + chunk));
    if (w) await w;
  }
  return r.end();
}

const KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n';

describe('LayerReader', () => {
  const tar = layerTar([
    { path: './etc/', type: 'dir' },
    { path: './etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' },
    { path: './bin/sh', type: 'symlink', link: '/bin/busybox' },
    { path: './bin/ash', type: 'hardlink', link: './bin/busybox' },
    { path: './usr/bin/passwd', content: 'x', mode: 0o4755 },
    { path: './etc/.wh.motd' },
    { path: './var/cache/.wh..wh..opq' },
    { path: './root/.ssh/id_ed25519', content: KEY },
    { path: '/abs/../../escape', content: 'e' },
  ]);

  it('indexes an uncompressed layer: types, modes, links, whiteouts, opaque folders, key headers', async () => {
    const r = await read(tar);
    expect(r.problems).toEqual([]);
    expect(r.compression).toBe('none');
    expect(r.digest).toBe(`sha256:${sha256(tar)}`);
    expect(r.diffId).toBe(r.digest);
    expect(r.size).toBe(tar.length);
    const byPath = new Map([...r.files].map((f) => [f.path + (f.whiteout ? `#${f.whiteout}` : ''), f]));
    expect(byPath.get('etc')!.type).toBe('dir');
    expect(byPath.get('etc/passwd')!.size).toBe(26);
    expect(byPath.get('bin/sh')).toMatchObject({ type: 'symlink', linkTarget: '/bin/busybox' });
    expect(byPath.get('bin/ash')).toMatchObject({ type: 'hardlink', linkTarget: 'bin/busybox' });
    expect(byPath.get('usr/bin/passwd')!.mode & 0o4000).toBeTruthy();
    expect(byPath.get('etc/motd#file')).toBeDefined();
    expect(byPath.get('var/cache#opaque')).toBeDefined();
    expect(byPath.get('root/.ssh/id_ed25519')!.keyHeader).toBe('OPENSSH PRIVATE KEY');
    expect(byPath.get('escape')).toBeDefined(); // `..` never climbs above the root
    expect(r.contentSize).toBe(26 + 1 + KEY.length + 1);
  });

  it('gunzips on the fly: blob digest of the stored bytes, diff ID of the tar', async () => {
    const gz = gzipSync(tar);
    const r = await read(gz, {}, 333);
    expect(r.compression).toBe('gzip');
    expect(r.digest).toBe(`sha256:${sha256(gz)}`);
    expect(r.diffId).toBe(`sha256:${sha256(tar)}`);
    expect(r.storedSize).toBe(gz.length);
    expect(r.files).toHaveLength(9);
    expect(r.truncated).toBe(false);
  });

  it('finds a key header split across chunks', async () => {
    const t = layerTar([
      { path: 'k.pem', content: '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n' },
    ]);
    const r = await read(t, {}, 520); // the content starts at 512: 8 bytes in the first chunk
    expect(r.files.get(0).keyHeader).toBe('RSA PRIVATE KEY');
  });

  it('gives the same index whatever the chunks the tar comes in (headers and key headers read in place or across chunks)', async () => {
    const t = layerTar([
      { path: 'a/', type: 'dir' },
      { path: 'a/k.pem', content: KEY },
      { path: 'a/small', content: 'x'.repeat(100) },
      { path: 'a/dash', content: '-'.repeat(70) },
      { path: 'a/empty', content: '' },
      { path: 'a/p.ppk', content: 'PuTTY-User-Key-File-3: ssh-ed25519\n' },
      { path: 'a/link', type: 'symlink', link: 'k.pem' },
    ]);
    const whole = await read(t, {}, t.length);
    expect(
      whole.files
        .toArray()
        .filter((f) => f.keyHeader)
        .map((f) => [f.path, f.keyHeader]),
    ).toEqual([
      ['a/k.pem', 'OPENSSH PRIVATE KEY'],
      ['a/p.ppk', 'PUTTY PRIVATE KEY'],
    ]);
    for (const chunk of [1, 7, 64, 500, 512, 513, 520, 575, 576, 1024, 1100, 1536, 2047]) {
      const r = await read(t, {}, chunk);
      expect(r.problems).toEqual([]);
      expect(r.files.toArray()).toEqual(whole.files.toArray());
      expect(r.contentSize).toBe(whole.contentSize);
    }
  });

  it('does not flag public keys or certificates', () => {
    expect(keyHeaderOf(Buffer.from('-----BEGIN PUBLIC KEY-----\nMIIB'))).toBeUndefined();
    expect(keyHeaderOf(Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB'))).toBeUndefined();
    expect(keyHeaderOf(Buffer.from('-----BEGIN EC PRIVATE KEY-----\n'))).toBe('EC PRIVATE KEY');
    expect(keyHeaderOf(Buffer.from('-----BEGIN PGP PRIVATE KEY BLOCK-----\n'))).toBe('PGP PRIVATE KEY BLOCK');
    expect(keyHeaderOf(Buffer.from('PuTTY-User-Key-File-3: ssh-ed25519\n'))).toBe('PUTTY PRIVATE KEY');
  });

  it('reads an empty layer (only end blocks), gzip-compressed or not', async () => {
    for (const blob of [Buffer.alloc(1024), gzipSync(Buffer.alloc(1024)), gzipSync(Buffer.alloc(0))]) {
      const r = await read(blob);
      expect(r.files.toArray()).toEqual([]);
      expect(r.truncated).toBe(false);
    }
  });

  it('reads PAX and GNU long names inside a layer', async () => {
    const long = 'opt/' + 'x'.repeat(200) + '/file';
    const gnu = 'srv/' + 'y'.repeat(150);
    const blob = gzipSync(
      tarOf([
        paxEntry({ path: long }),
        tarEntry({ name: 'ignored', content: 'abc' }),
        gnuLongName(gnu),
        tarEntry({ name: 'z' }),
      ]),
    );
    const r = await read(blob, {}, 100);
    expect([...r.files].map((f) => f.path)).toEqual([long, gnu]);
  });

  it('stops at the decompressed-bytes limit (a gzip bomb) without reading the rest', async () => {
    const bomb = gzipSync(tarOf([tarEntry({ name: 'zeros', content: Buffer.alloc(8 * 1024 * 1024) })]));
    const r = await read(bomb, { maxRatio: 10, ratioAllowance: 1024 * 1024 });
    expect(r.truncated).toBe(true);
    expect(r.diffId).toBeUndefined();
    expect(r.problems.join()).toMatch(/decompresses to more than \d+ bytes/);
    expect(r.size).toBeLessThanOrEqual(1024 * 1024 + 10 * bomb.length);
  });

  it('stops indexing at the file limit shared over the layers of one input', async () => {
    const budget = { files: 0 };
    const a = await read(layerTar([{ path: 'a' }, { path: 'b' }]), { maxFiles: 3 }, 4096, budget);
    const b = await read(layerTar([{ path: 'c' }, { path: 'd' }]), { maxFiles: 3 }, 4096, budget);
    expect(a.files).toHaveLength(2);
    expect([...b.files].map((f) => f.path)).toEqual(['c']);
    expect(b.truncated).toBe(true);
    expect(b.problems[0]).toMatch(/more than 3 files/);
    expect(b.diffId).toBeDefined(); // still hashed to the end
  });

  it('reports a corrupt gzip stream as a problem', async () => {
    const gz = gzipSync(tar);
    gz[gz.length - 6] ^= 0xff; // break the CRC
    const r = await read(gz);
    expect(r.truncated).toBe(true);
    expect(r.problems.join()).toMatch(/gzip stream is corrupt/);
  });

  it('reports a blob that is neither tar nor compressed', async () => {
    const r = await read(Buffer.from('hello world, not a layer'.repeat(40)));
    expect(r.truncated).toBe(true);
    expect(r.problems[0]).toMatch(/neither a tar nor gzip/);
  });

  it('reports a gzip stream that is not a tar', async () => {
    const r = await read(gzipSync(Buffer.from('x'.repeat(2000))));
    expect(r.truncated).toBe(true);
    expect(r.problems[0]).toMatch(/not a readable tar/);
  });

  const hasZstd =
    typeof (zlib as unknown as { createZstdCompress?: unknown }).createZstdCompress === 'function';
  (hasZstd ? it.skip : it)('explains that this Node runtime cannot read zstd layers', async () => {
    const fakeZstd = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), Buffer.alloc(600)]);
    const r = await read(fakeZstd);
    expect(r.truncated).toBe(true);
    expect(r.problems[0]).toMatch(/zstd-compressed.*Node\.js 22\.15/);
  });
  (hasZstd ? it : it.skip)('reads zstd layers where the runtime has zstd', async () => {
    const z = zlib as unknown as { zstdCompressSync(b: Buffer): Buffer };
    const r = await read(z.zstdCompressSync(tar));
    expect(r.compression).toBe('zstd');
    expect(r.diffId).toBe(`sha256:${sha256(tar)}`);
  });
});

describe('the plain-header fast path', () => {
  // Names the fast path takes and names it hands to the decoded path: both must index the same.
  const names = [
    './usr/',
    './usr/lib/a.so',
    'usr/lib/b.so',
    '/usr/lib/c.so',
    'usr/lib//d.so',
    './usr/./lib/e.so',
    'usr/lib/../share/f',
    'usr/lib/x/../../g',
    './',
    '.',
    'usr/lib/ünï.so',
    'usr/lib/.wh.a.so',
    'usr/.wh..wh..opq',
    '.wh..wh.plnk/1',
    'var/lib/dpkg/status',
    'var/lib/dpkg/status.d/base',
    'var/lib/dpkg/status.d/base.md5sums',
    'lib/apk/db/installed',
    'var/lib/dpkgx',
    'lib/apk/db',
    'usr/lib/.wh',
    'usr/lib/.whx',
    '..a/b..',
  ];
  const tar = tarOf([
    ...names.map((name) =>
      tarEntry({
        name,
        flag: name.endsWith('/') ? '5' : '0',
        content: name.endsWith('/')
          ? undefined
          : name.includes('dpkg') || name.includes('apk')
            ? 'Package: a\nVersion: 1\n\n'
            : 'x',
      }),
    ),
    tarEntry({ name: 'very-long-file-name.txt', prefix: 'usr/share/doc/a-package-with-a-long-name' }),
    tarEntry({ name: 'b.txt', prefix: './usr/share/./doc' }),
    // A full name field, with no NUL.
    tarEntry({ name: `${'n'.repeat(99)}/`, prefix: `usr/${'p'.repeat(141)}`, flag: '5' }),
    tarEntry({ name: 'n'.repeat(100), prefix: `usr/${'p'.repeat(141)}` }),
    tarEntry({ name: 'root/.ssh/id_rsa', content: KEY, uid: 1000 }),
    tarEntry({ name: 'bin/sh', flag: '2', linkname: '/bin/busybox' }),
    tarEntry({ name: 'bin/ash', flag: '1', linkname: './bin//busybox' }),
    tarEntry({ name: 'dev/null', flag: '3' }),
    tarEntry({ name: 'weird', flag: 'Z', content: 'abc' }),
    paxEntry({ path: 'usr/lib/pax-named.so' }),
    tarEntry({ name: 'ignored' }),
    gnuLongName(`usr/${'l'.repeat(200)}`),
    tarEntry({ name: 'ignored-too' }),
    tarEntry({ name: 'usr/lib/after-long' }),
  ]);

  const plainFiles = (r: Awaited<ReturnType<typeof read>>) => [...r.files].map((f) => JSON.stringify(f));

  it('indexes what the decoded path indexes, whatever the chunk size', async () => {
    // A name limit under 256 bytes turns the fast path off.
    const decoded = await read(tar, { maxNameLength: 255 }, 1 << 20);
    expect(decoded.problems).toEqual([]);
    for (const chunk of [1, 100, 512, 777, 1 << 20]) {
      const r = await read(tar, {}, chunk);
      expect(plainFiles(r)).toEqual(plainFiles(decoded));
      expect(r.contentSize).toBe(decoded.contentSize);
      expect(r.problems).toEqual([]);
    }
    const paths = [...decoded.files].map((f) => f.path + (f.whiteout ? `#${f.whiteout}` : ''));
    expect(paths).toContain('usr/share/doc/a-package-with-a-long-name/very-long-file-name.txt');
    expect(paths).toContain('usr/share/doc/b.txt');
    expect(paths).toContain(`usr/${'p'.repeat(141)}/${'n'.repeat(100)}`);
    expect(paths).toContain(`usr/${'p'.repeat(141)}/${'n'.repeat(99)}`);
    expect(paths).toContain('usr/lib/pax-named.so');
    expect(paths).toContain(`usr/${'l'.repeat(200)}`);
    expect(paths).toContain('usr/lib/a.so#file');
    const status = [...decoded.files].find((f) => f.path === 'var/lib/dpkg/status');
    expect(status?.content).toContain('Package: a');
  });

  it('reads a name of 256 bytes (prefix and name fields full, with no NUL)', async () => {
    const prefix = `usr/${'p'.repeat(151)}`;
    const r = await read(
      tarOf([
        tarEntry({ name: 'n'.repeat(100), prefix, content: 'x' }),
        tarEntry({ name: 'm'.repeat(100), prefix, content: 'y' }),
      ]),
    );
    expect(r.problems).toEqual([]);
    expect([...r.files].map((f) => f.path)).toEqual([
      `${prefix}/${'n'.repeat(100)}`,
      `${prefix}/${'m'.repeat(100)}`,
    ]);
  });
});

describe('normalisePath', () => {
  it.each([
    ['./a/b/', 'a/b'],
    ['/a//b/./c', 'a/b/c'],
    ['../../etc/passwd', 'etc/passwd'],
    ['a/../../b', 'b'],
    ['.', ''],
  ])('%s -> %s', (input, out) => expect(normalisePath(input)).toBe(out));
});
