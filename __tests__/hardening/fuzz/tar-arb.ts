/**
 * Tar and image-archive inputs: raw entry lists written by the independent tar writer of the image
 * tests (hostile names, link targets, types, sizes, pax and GNU records, bad checksums), OCI and legacy
 * docker save archives built from random layers and then damaged (JSON, digests, missing blobs, nested
 * indexes, media types), whole-archive gzip, truncation and byte flips, and plain random bytes.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import {
  allBlobs,
  descriptorOf,
  gnuLongName,
  legacyArchive,
  ociArchive,
  ociImage,
  paxEntry,
  sha256,
  tarEntry,
  tarOf,
} from '../../image/helpers.js';
import type { Blob, RawEntry } from '../../image/helpers.js';

const NAMES = [
  'etc/passwd',
  './etc/shadow',
  '../../../etc/passwd',
  '/etc/passwd',
  '/',
  '.',
  '..',
  '',
  'a/../../b',
  'a//b/./c',
  'root/.ssh/id_rsa',
  'app/.env',
  'usr/bin/sudo',
  'var/cache/apt/archives/x.deb',
  'a/.wh.b',
  'a/.wh..wh..opq',
  '.wh..wh.plnk',
  'blobs/sha256/' + '0'.repeat(64),
  'manifest.json',
  'index.json',
  'C:\\Windows\\x',
  'a\u0000b',
  'é/😀',
  'x'.repeat(100),
  'y'.repeat(300),
];

const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n';

const entryArb: fc.Arbitrary<RawEntry & { longName?: string; pax?: Record<string, string> }> = fc.record(
  {
    name: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    ),
    flag: fc.constantFrom(
      '0',
      '0',
      '0',
      '5',
      '2',
      '1',
      '3',
      '4',
      '6',
      '7',
      'S',
      'x',
      'g',
      'L',
      'K',
      'Z',
      '\0',
    ),
    content: fc.oneof(
      fc.constant(''),
      fc.constantFrom(KEY, '{"a":1}', '[', '\x1f\x8b\x08\x00', 'PuTTY-User-Key-File-2: ssh-rsa'),
      fc.uint8Array({ maxLength: 700 }).map((u) => Buffer.from(u)),
      fc.string({ maxLength: 100 }),
    ),
    mode: fc.constantFrom(0o644, 0o755, 0o4755, 0o2755, 0o7777, 0o100000000),
    uid: fc.constantFrom(0, 1000, 65534, 2097151),
    linkname: fc.constantFrom(
      '',
      'etc/passwd',
      '../../../../etc/passwd',
      '/etc/shadow',
      'self',
      '.',
      'a/../../..',
      'x'.repeat(200),
    ),
    base256: fc.boolean(),
    badChecksum: fc.constantFrom(false, false, false, false, false, false, false, false, false, true),
    sizeField: fc.constantFrom(0, 1, 511, 513, 8 ** 11 - 1, 2 ** 40),
    longName: fc.oneof(
      fc.constantFrom('z'.repeat(150), '../../'.repeat(40) + 'etc/passwd', 'w'.repeat(5000)),
      fc.string({ maxLength: 200 }),
    ),
    pax: fc.dictionary(
      fc.constantFrom('path', 'linkpath', 'size', 'uid', 'gid', 'mtime', 'x'),
      fc.constantFrom('0', '-1', '99999999999999999999', 'a/b', '../../x', '1e3', '', '18446744073709551616'),
      { maxKeys: 3 },
    ),
  },
  { requiredKeys: ['name', 'flag', 'content'] },
);

/** One raw entry, possibly preceded by a pax record or a GNU long name. */
function writeEntry(e: RawEntry & { longName?: string; pax?: Record<string, string> }): Buffer {
  const parts: Buffer[] = [];
  if (e.pax && Object.keys(e.pax).length) parts.push(paxEntry(e.pax));
  if (e.longName !== undefined) parts.push(gnuLongName(e.longName));
  const { longName: _l, pax: _p, ...raw } = e;
  parts.push(tarEntry(raw));
  return Buffer.concat(parts);
}

const fileSpecArb = fc.record({
  name: fc.oneof(fc.constantFrom(...NAMES), fc.stringMatching(/^[a-z]{1,4}(\/[a-z.]{1,4}){0,3}$/)),
  flag: fc.constantFrom('0', '0', '0', '5', '2', '1'),
  content: fc.oneof(fc.constant(''), fc.constant(KEY), fc.string({ maxLength: 60 })),
  mode: fc.constantFrom(0o644, 0o4755),
  linkname: fc.constantFrom('', 'etc/passwd', '../../etc/shadow', '/abs'),
});

/** A layer: a valid tar of random files, sometimes with a raw hostile entry mixed in. */
const layerArb = fc
  .tuple(fc.array(fileSpecArb, { maxLength: 6 }), fc.option(entryArb, { freq: 4 }))
  .map(([files, raw]) => {
    const entries = files.map((f) =>
      tarEntry({
        name: f.name,
        flag: f.flag,
        content: f.flag === '0' ? f.content : '',
        mode: f.mode,
        linkname: f.linkname,
      }),
    );
    if (raw) entries.push(writeEntry(raw));
    return tarOf(entries);
  });

export type ArchiveDamage =
  | { op: 'none' }
  | { op: 'truncate'; at: number }
  | { op: 'flip'; at: number; byte: number }
  | { op: 'zero'; at: number; length: number }
  | { op: 'gzip' }
  | { op: 'gzip-truncate'; at: number }
  | { op: 'append'; bytes: Uint8Array };

const damageArb: fc.Arbitrary<ArchiveDamage> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ op: 'none' as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('flip' as const),
      at: fc.nat(),
      byte: fc.integer({ min: 0, max: 255 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('zero' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 1024 }),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ op: 'gzip' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('gzip-truncate' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('append' as const), bytes: fc.uint8Array({ maxLength: 600 }) }),
  },
);

export function damage(buf: Buffer, d: ArchiveDamage): Buffer {
  const at = (x: number) => (buf.length === 0 ? 0 : x % buf.length);
  switch (d.op) {
    case 'none':
      return buf;
    case 'truncate':
      return buf.subarray(0, at(d.at));
    case 'flip': {
      const b = Buffer.from(buf);
      if (b.length) b[at(d.at)] = d.byte;
      return b;
    }
    case 'zero': {
      const b = Buffer.from(buf);
      b.fill(0, at(d.at), Math.min(b.length, at(d.at) + d.length));
      return b;
    }
    case 'gzip':
      return gzipSync(buf);
    case 'gzip-truncate': {
      const z = gzipSync(buf);
      return z.subarray(0, z.length === 0 ? 0 : d.at % z.length);
    }
    case 'append':
      return Buffer.concat([buf, Buffer.from(d.bytes)]);
  }
}

/** What is done to a well-formed image archive before it is damaged byte-wise. */
export type ImageMutation =
  | 'none'
  | 'drop-config'
  | 'drop-layer'
  | 'drop-manifest'
  | 'corrupt-config'
  | 'corrupt-index'
  | 'wrong-layer-digest'
  | 'tamper-layer'
  | 'invalid-digest'
  | 'nested-index'
  | 'self-index'
  | 'odd-media-types'
  | 'deep-json'
  | 'manifest-not-array'
  | 'link-loop'
  | 'link-outside';

const MUTATIONS: ImageMutation[] = [
  'none',
  'drop-config',
  'drop-layer',
  'drop-manifest',
  'corrupt-config',
  'corrupt-index',
  'wrong-layer-digest',
  'tamper-layer',
  'invalid-digest',
  'nested-index',
  'self-index',
  'odd-media-types',
  'deep-json',
  'manifest-not-array',
  'link-loop',
  'link-outside',
];

function blobOf(data: Buffer | string): Blob {
  const b = typeof data === 'string' ? Buffer.from(data) : data;
  return { digest: `sha256:${sha256(b)}`, data: b };
}

function ociInput(
  layers: Buffer[],
  gzip: boolean,
  config: Record<string, unknown>,
  mutation: ImageMutation,
  indexLast: boolean,
): Buffer {
  const img = ociImage({ layers, gzip, config });
  let blobs = allBlobs(img);
  let index: unknown = { schemaVersion: 2, manifests: [descriptorOf(img, { platform: img.platform })] };
  const extra: Buffer[] = [];
  switch (mutation) {
    case 'drop-config':
      blobs = blobs.filter((b) => b !== img.config);
      break;
    case 'drop-layer':
      blobs = blobs.filter((b) => b !== img.layers[0]);
      break;
    case 'drop-manifest':
      blobs = blobs.filter((b) => b !== img.manifest);
      break;
    case 'corrupt-config':
      blobs = blobs.map((b) =>
        b === img.config ? { digest: b.digest, data: Buffer.from('{"config": [') } : b,
      );
      break;
    case 'corrupt-index':
      index = '{"manifests": [';
      break;
    case 'wrong-layer-digest':
    case 'tamper-layer':
      blobs = blobs.map((b) =>
        b === img.layers[0] ? { digest: b.digest, data: Buffer.concat([b.data, Buffer.from('x')]) } : b,
      );
      break;
    case 'invalid-digest':
      index = {
        schemaVersion: 2,
        manifests: [{ digest: 'sha256:../../etc/passwd' }, { digest: 'md5:x' }, { digest: 42 }, null, 'x'],
      };
      break;
    case 'nested-index': {
      let inner: Blob = img.manifest;
      let mediaType = 'application/vnd.oci.image.manifest.v1+json';
      for (let i = 0; i < 8; i++) {
        const idx = blobOf(
          JSON.stringify({
            schemaVersion: 2,
            mediaType: 'application/vnd.oci.image.index.v1+json',
            manifests: [{ mediaType, digest: inner.digest, size: inner.data.length }],
          }),
        );
        blobs.push(idx);
        inner = idx;
        mediaType = 'application/vnd.oci.image.index.v1+json';
      }
      index = { schemaVersion: 2, manifests: [{ mediaType, digest: inner.digest, size: inner.data.length }] };
      break;
    }
    case 'self-index': {
      // An index blob cannot name itself by digest, but two can name each other's descriptor shape.
      const a = blobOf(
        JSON.stringify({
          manifests: [
            { digest: `sha256:${'1'.repeat(64)}`, mediaType: 'application/vnd.oci.image.index.v1+json' },
          ],
        }),
      );
      blobs.push(a);
      index = {
        manifests: [
          { digest: a.digest, mediaType: 'application/vnd.oci.image.index.v1+json' },
          { digest: a.digest },
        ],
      };
      break;
    }
    case 'odd-media-types':
      index = {
        manifests: [
          descriptorOf(img, { mediaType: 'application/vnd.in-toto+json' }),
          descriptorOf(img, { mediaType: 42, platform: 'x' }),
          descriptorOf(img, { annotations: [1, 2] }),
        ],
      };
      break;
    case 'deep-json':
      extra.push(tarEntry({ name: 'deep.json', content: '['.repeat(50_000) + ']'.repeat(50_000) }));
      blobs = blobs.map((b) =>
        b === img.config ? blobOf('{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000)) : b,
      );
      break;
    case 'manifest-not-array':
      break;
    case 'link-loop':
      extra.push(
        tarEntry({ name: 'loop-a', flag: '2', linkname: 'loop-b' }),
        tarEntry({ name: 'loop-b', flag: '2', linkname: 'loop-a' }),
      );
      extra.push(
        tarEntry({ name: `blobs/sha256/${img.layers[0].digest.slice(7)}`, flag: '1', linkname: 'loop-a' }),
      );
      break;
    case 'link-outside':
      extra.push(
        tarEntry({
          name: `blobs/sha256/${img.config.digest.slice(7)}`,
          flag: '2',
          linkname: '../../../../etc/passwd',
        }),
      );
      break;
    default:
      break;
  }
  const archive = ociArchive(typeof index === 'string' ? {} : index, blobs, {
    indexLast,
    ...(mutation === 'manifest-not-array' ? { dockerManifest: { Config: 'x' } } : {}),
  });
  const body = archive.subarray(0, archive.length - 1024);
  const out = Buffer.concat([body, ...extra, Buffer.alloc(1024)]);
  if (typeof index === 'string')
    return Buffer.concat([tarEntry({ name: 'index.json', content: index }), out]);
  return out;
}

function legacyInput(layers: Buffer[], config: Record<string, unknown>, mutation: ImageMutation): Buffer {
  const tar = legacyArchive([
    { layers, config, tags: ['app:1'] },
    { layers: layers.slice(0, 1), tags: [] },
  ]);
  const body = tar.subarray(0, tar.length - 1024);
  const extra: Buffer[] = [];
  if (mutation === 'manifest-not-array')
    extra.push(tarEntry({ name: 'manifest.json', content: '{"Config": 1}' }));
  if (mutation === 'link-loop')
    extra.push(
      tarEntry({ name: 'x/layer.tar', flag: '2', linkname: 'x/layer.tar' }),
      tarEntry({
        name: 'manifest.json',
        content: '[{"Config":"c.json","Layers":["x/layer.tar","../../../etc/passwd"]}]',
      }),
    );
  if (mutation === 'corrupt-config')
    extra.push(
      tarEntry({
        name: 'manifest.json',
        content: '[{"Config": "manifest.json", "Layers": [null, 1, "manifest.json"]}]',
      }),
    );
  if (mutation === 'deep-json') extra.push(tarEntry({ name: 'manifest.json', content: '['.repeat(100_000) }));
  return Buffer.concat([body, ...extra, Buffer.alloc(1024)]);
}

export type TarCase =
  | {
      kind: 'raw-entries';
      entries: (RawEntry & { longName?: string; pax?: Record<string, string> })[];
      damage: ArchiveDamage;
      split: number[];
    }
  | {
      kind: 'oci' | 'docker25' | 'legacy';
      layers: Buffer[];
      gzipLayers: boolean;
      config: Record<string, unknown>;
      mutation: ImageMutation;
      indexLast: boolean;
      damage: ArchiveDamage;
    }
  | { kind: 'random-bytes'; bytes: Uint8Array; gzip: boolean };

const configArb = fc.record(
  {
    User: fc.constantFrom('', 'root', '0', 'app', 42, null),
    Env: fc.oneof(
      fc.array(fc.constantFrom('PATH=/bin', 'AWS_SECRET_ACCESS_KEY=abc', 'X', '=', ''), { maxLength: 3 }),
      fc.constant('x'),
    ),
    Labels: fc.oneof(
      fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
      fc.constant([1]),
    ),
    ExposedPorts: fc.oneof(fc.constant({ '80/tcp': {} }), fc.constant('x')),
    Healthcheck: fc.oneof(
      fc.constant({ Test: ['CMD', 'true'], Interval: 1e9 }),
      fc.constant({ Test: 'x', Interval: 'y' }),
    ),
    Volumes: fc.constant({ '/var/run/docker.sock': {} }),
  },
  { requiredKeys: [] },
);

export function tarCaseArb(): fc.Arbitrary<TarCase> {
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('raw-entries' as const),
        entries: fc.array(entryArb, { maxLength: 8 }),
        damage: damageArb,
        split: fc.array(fc.integer({ min: 1, max: 2048 }), { maxLength: 6 }),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constantFrom('oci' as const, 'docker25' as const, 'legacy' as const),
        layers: fc.array(layerArb, { minLength: 1, maxLength: 3 }),
        gzipLayers: fc.boolean(),
        config: configArb,
        mutation: fc.constantFrom(...MUTATIONS),
        indexLast: fc.boolean(),
        damage: damageArb,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('random-bytes' as const),
        bytes: fc.uint8Array({ maxLength: 4096 }),
        gzip: fc.boolean(),
      }),
    },
  );
}

export function tarBytes(c: TarCase): Buffer {
  switch (c.kind) {
    case 'raw-entries':
      return damage(tarOf(c.entries.map(writeEntry)), c.damage);
    case 'random-bytes':
      return c.gzip ? gzipSync(c.bytes) : Buffer.from(c.bytes);
    case 'legacy':
      return damage(legacyInput(c.layers, c.config, c.mutation), c.damage);
    case 'oci':
    case 'docker25': {
      const buf = ociInput(c.layers, c.gzipLayers, c.config, c.mutation, c.indexLast);
      if (c.kind === 'oci') return damage(buf, c.damage);
      // Docker 25+: a manifest.json beside index.json naming the blobs.
      return damage(
        Buffer.concat([
          tarEntry({
            name: 'manifest.json',
            content: JSON.stringify([
              { Config: 'blobs/sha256/' + '2'.repeat(64), Layers: ['blobs/sha256/' + '3'.repeat(64)] },
            ]),
          }),
          buf,
        ]),
        c.damage,
      );
    }
  }
}
