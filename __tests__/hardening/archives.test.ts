/**
 * Hostile image archives: each input must end in a clear problem (a `policy/unparsable` finding with
 * a message saying what is wrong), never a crash, within 5 s, with bounded memory. The big inputs
 * (bombs, millions of entries, huge declared sizes) are read in a child process started with a
 * 160 MB heap and must also stay under 400 MB resident; the small ones in this process.
 */
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleChild } from '../helpers/bundle.js';
import { evaluate } from '../../src/engine/check.js';
import { loadImageTargets } from '../../src/targets/image/load.js';
import type { ImageModel } from '../../src/targets/image/model.js';
import type { LoadedTarget } from '../../src/targets/types.js';
import { everyRulePolicy } from '../helpers/paths.js';
import {
  allBlobs,
  blobEntries,
  descriptorOf,
  layerTar,
  legacyArchive,
  ociArchive,
  ociImage,
  paxEntry,
  sha256,
  tarEntry,
  tarOf,
  writeLayout,
} from '../image/helpers.js';
import type { Blob } from '../image/helpers.js';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'lg-hardening-archives-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

let n = 0;
function file(buf: Buffer, name = `in-${n++}.tar`): string {
  writeFileSync(path.join(TMP, name), buf);
  return name;
}

/** Loads an input in this process and checks that every rule runs on the result. (How long it takes is
 * measured by `npm run bench`; Jest's timeout is the hang watchdog.) */
async function load(input: string, limits?: Parameters<typeof loadImageTargets>[1]['limits']) {
  const targets = await loadImageTargets(input, { cwd: TMP, limits, dockerCommand: '/nonexistent/docker' });
  const result = evaluate(targets, everyRulePolicy());
  expect(result.findings.filter((f) => f.ruleId === 'policy/internal-error')).toEqual([]);
  const problems = targets.flatMap((t) => t.problems.map((p) => p.message));
  // Every problem is a finding the user sees.
  expect(
    result.findings
      .filter((f) => f.ruleId === 'policy/unparsable')
      .map((f) => f.message)
      .sort(),
  ).toEqual([...problems].sort());
  return { targets, problems, text: problems.join('\n'), result };
}

const models = (targets: LoadedTarget[]) => targets.flatMap((t) => t.units.map((u) => u.model as ImageModel));

// ---- the child process for the big inputs ----

let child: string;
beforeAll(async () => {
  child = path.join(TMP, 'image-child.mjs');
  await bundleChild('__tests__/hardening/helpers/image-child.ts', child);
}, 60_000);

interface ChildOut {
  ms: number;
  maxRssMB: number;
  result: any;
}

function inChild(job: object, env: Record<string, string> = {}): ChildOut {
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=160', child, JSON.stringify({ cwd: TMP, ...job })],
    {
      encoding: 'utf8',
      timeout: 30_000,
      env: { PATH: process.env.PATH, ...env },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (r.status !== 0)
    throw new Error(`the child failed (status ${r.status}, signal ${r.signal}): ${r.stderr.slice(0, 2000)}`);
  const out = JSON.parse(r.stdout) as ChildOut;
  // Memory is bounded by design (streaming, capped indexes), so it is asserted; time is not (the
  // spawn timeout above only stops a hang).
  expect(out.maxRssMB).toBeLessThan(400);
  return out;
}

const childProblems = (out: ChildOut): string =>
  out.result.targets.flatMap((t: { problems: string[] }) => t.problems).join('\n');

// ---- builders ----

/** A tar header for a regular file of `size` bytes (no content). */
function header(name: string, size: number): Buffer {
  return tarEntry({ name, sizeField: size }).subarray(0, 512);
}

const ZEROS_MEMBER = gzipSync(Buffer.alloc(1 << 20));
/** A multi-member gzip stream: `head` then `mib` MiB of zeros, about 1 KB per MiB. */
function gzipBomb(head: Buffer, mib: number): Buffer {
  return Buffer.concat([gzipSync(head), ...Array<Buffer>(mib).fill(ZEROS_MEMBER)]);
}

function ociWith(layers: Buffer[], gzip = false): { archive: Buffer; img: ReturnType<typeof ociImage> } {
  const img = ociImage({ layers, gzip });
  return { archive: ociArchive({ schemaVersion: 2, manifests: [descriptorOf(img)] }, allBlobs(img)), img };
}

/** An OCI archive whose one layer blob is `blob` as given (not necessarily a valid tar). */
function ociWithLayerBlob(blob: Buffer, mediaType = 'application/vnd.oci.image.layer.v1.tar+gzip'): Buffer {
  const layer: Blob = { digest: `sha256:${sha256(blob)}`, data: blob };
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: [`sha256:${'0'.repeat(64)}`] },
    }),
  );
  const configBlob: Blob = { digest: `sha256:${sha256(config)}`, data: config };
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: configBlob.digest,
        size: config.length,
      },
      layers: [{ mediaType, digest: layer.digest, size: blob.length }],
    }),
  );
  const manifestBlob: Blob = { digest: `sha256:${sha256(manifest)}`, data: manifest };
  return ociArchive(
    {
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: manifestBlob.digest,
          size: manifest.length,
        },
      ],
    },
    [manifestBlob, configBlob, layer],
  );
}

// ---------------------------------------------------------------------------------------------------

describe('path traversal and absolute names', () => {
  it('are names, never paths: nothing is written, manifests cannot name files outside the archive', async () => {
    const marker = `lg-escape-${process.pid}-${randomUUID()}`;
    const archive = tarOf([
      tarEntry({ name: `../../../../../../../../tmp/${marker}`, content: 'x' }),
      tarEntry({ name: `/tmp/${marker}-abs`, content: 'x' }),
      tarEntry({
        name: 'manifest.json',
        content: JSON.stringify([
          {
            Config: '../../../../etc/passwd',
            Layers: ['/etc/shadow', `../../../../tmp/${marker}`, '../../../../proc/self/environ'],
          },
        ]),
      }),
    ]);
    const { text } = await load(file(archive));
    expect(text).toContain('the image config ../../../../etc/passwd is not in the archive');
    expect(text).toMatch(/\/etc\/shadow is not in the archive/);
    expect(text).toMatch(/proc\/self\/environ is not in the archive/);
    expect(existsSync(`/tmp/${marker}`)).toBe(false);
    expect(existsSync(`/tmp/${marker}-abs`)).toBe(false);
  });

  it('inside layers are indexed relative to the image root', async () => {
    const layer = tarOf([
      tarEntry({ name: '../../etc/shadow', content: 'root:x' }),
      tarEntry({ name: '/etc/passwd', content: 'root:x:0:0' }),
      tarEntry({ name: 'a/../../../../b', content: 'b' }),
      tarEntry({ name: './c/./d/../e', content: 'e' }),
    ]);
    const { targets } = await load(file(ociWith([layer]).archive));
    const paths = [...models(targets)[0].layers[0].files!].map((f) => f.path);
    expect(paths).toEqual(['etc/shadow', 'etc/passwd', 'b', 'c/e']);
  });
});

describe('symbolic links and hard links', () => {
  it('between archive entries: outside the archive or in loops, they resolve to nothing', async () => {
    const img = ociImage({ layers: [layerTar([{ path: 'a', content: 'a' }])] });
    const loop = [
      tarEntry({ name: 'loop-a', flag: '2', linkname: 'loop-b' }),
      tarEntry({ name: 'loop-b', flag: '1', linkname: 'loop-a' }),
    ];
    const chain = Array.from({ length: 30 }, (_, i) =>
      tarEntry({ name: `hop${i}`, flag: '2', linkname: `hop${i + 1}` }),
    );
    const archive = tarOf([
      ...blobEntries([img.manifest]),
      tarEntry({
        name: `blobs/sha256/${img.config.digest.slice(7)}`,
        flag: '2',
        linkname: '../../../../../etc/passwd',
      }),
      tarEntry({ name: `blobs/sha256/${img.layers[0].digest.slice(7)}`, flag: '1', linkname: 'loop-a' }),
      ...loop,
      ...chain,
      tarEntry({
        name: 'manifest.json',
        content: JSON.stringify([{ Config: 'hop0', Layers: ['loop-a', 'hop0', '/etc/passwd'] }]),
      }),
      tarEntry({ name: 'index.json', content: JSON.stringify({ manifests: [descriptorOf(img)] }) }),
    ]);
    const { text } = await load(file(archive));
    expect(text).toMatch(
      /the image config .* cannot be read|is not in the archive|whose blobs are not in the archive/,
    );
    expect(text).toMatch(/loop-a is not in the archive/);
    expect(text).toMatch(/hop0 is not in the archive/);
  });

  it('inside layers: kept as data, loops and links outside included, and every image rule still runs', async () => {
    const layer = tarOf([
      tarEntry({ name: 'a', flag: '2', linkname: 'b' }),
      tarEntry({ name: 'b', flag: '2', linkname: 'a' }),
      tarEntry({ name: 'c', flag: '2', linkname: '/etc/shadow' }),
      tarEntry({ name: 'd', flag: '2', linkname: '../../../../..' }),
      tarEntry({ name: 'e', flag: '1', linkname: '../../etc/shadow' }),
      tarEntry({ name: 'f', flag: '1', linkname: 'f' }),
      ...Array.from({ length: 2000 }, (_, i) =>
        tarEntry({ name: `chain/${i}`, flag: '2', linkname: `${i + 1}` }),
      ),
    ]);
    const { targets } = await load(file(ociWith([layer, layer]).archive));
    const files = models(targets)[0].layers[0].files!.toArray();
    expect(files.find((f) => f.path === 'c')).toMatchObject({ type: 'symlink', linkTarget: '/etc/shadow' });
    expect(files.find((f) => f.path === 'e')).toMatchObject({ type: 'hardlink', linkTarget: 'etc/shadow' });
  });

  it('in an OCI layout folder: files linked from outside the layout, or to devices, are refused', async () => {
    const img = ociImage({ layers: [layerTar([{ path: 'a', content: 'a' }])] });
    const dir = path.join(TMP, 'layout-links');
    await writeLayout(dir, { schemaVersion: 2, manifests: [descriptorOf(img)] }, allBlobs(img));
    const secret = path.join(TMP, 'secret.json');
    writeFileSync(secret, '{"token": "ghs_layoutSecret0123456789"}');
    rmSync(path.join(dir, 'blobs', 'sha256', img.config.digest.slice(7)));
    symlinkSync(secret, path.join(dir, 'blobs', 'sha256', img.config.digest.slice(7)));
    rmSync(path.join(dir, 'blobs', 'sha256', img.layers[0].digest.slice(7)));
    symlinkSync('/dev/zero', path.join(dir, 'blobs', 'sha256', img.layers[0].digest.slice(7)));
    const { text, result } = await load('layout-links');
    expect(text).toMatch(/cannot be read: it is a symbolic link that leads outside the layout/);
    expect(text).toMatch(/it is not a regular file/);
    expect(JSON.stringify(result)).not.toContain('ghs_layoutSecret');

    const dir2 = path.join(TMP, 'layout-index-link');
    mkdirSync(dir2);
    symlinkSync('/dev/zero', path.join(dir2, 'index.json'));
    expect((await load('layout-index-link')).text).toBe(
      'index.json cannot be read: it is not a regular file',
    );
    const dir3 = path.join(TMP, 'layout-index-outside');
    mkdirSync(dir3);
    symlinkSync(secret, path.join(dir3, 'index.json'));
    expect((await load('layout-index-outside')).text).toBe(
      'index.json cannot be read: it is a symbolic link that leads outside the layout',
    );
  });
});

describe('huge declared sizes', () => {
  it('an entry that declares gigabytes and ends early is a truncated archive', async () => {
    for (const entry of [
      tarEntry({ name: 'big', sizeField: 8 ** 11 - 1, content: 'x'.repeat(1000) }),
      tarEntry({ name: 'big', sizeField: 2 ** 50, base256: true, content: 'x'.repeat(1000) }),
      Buffer.concat([paxEntry({ size: '99999999999999999999' }), tarEntry({ name: 'big', content: 'x' })]),
    ]) {
      const { text } = await load(file(entry));
      expect(text).toMatch(/ends in the middle of an entry|not a readable tar|invalid entry size/);
    }
  });

  it('a JSON document that declares more than the limit is not kept', async () => {
    const archive = Buffer.concat([
      tarEntry({ name: 'index.json', sizeField: 2 ** 40, content: '{"manifests": [' + ' '.repeat(2000) }),
    ]);
    const { text } = await load(file(archive));
    expect(text).toMatch(
      /index\.json cannot be read: it is larger than \d+ bytes \(the limit for JSON documents\)/,
    );
  });

  it('a layer whose descriptor and header declare a terabyte is still bounded by what it really holds', () => {
    const bomb = gzipBomb(header('zeros', 2 ** 40), 1024);
    const archive = Buffer.concat([
      tarEntry({ name: `blobs/sha256/${sha256(bomb)}`, sizeField: 2 ** 40, content: bomb }).subarray(
        0,
        512 + bomb.length,
      ),
    ]);
    const out = inChild({ input: file(archive) });
    expect(childProblems(out)).toMatch(
      /decompresses to more than \d+ bytes, over 200 times its compressed size|ends in the middle of an entry/,
    );
  });
});

describe('truncated streams', () => {
  const good = ociWith([layerTar([{ path: 'etc/hostname', content: 'x' }])], true).archive;
  const legacy = legacyArchive([{ layers: [layerTar([{ path: 'a', content: 'a' }])] }]);
  it.each([
    ['inside a header', good, 300],
    ['inside an entry', good, 512 + 100],
    ['right after a header', good, 1024 + 512],
    ['before the manifest (legacy)', legacy, legacy.length - 1600],
  ])('cut %s', async (_what, buf, at) => {
    const { text } = await load(file(buf.subarray(0, at)));
    expect(text).toMatch(
      /ends in the middle of an entry|not an image archive|lists no image|not in the archive|cannot be read|the archive is empty/,
    );
  });

  it('a gzip-compressed archive cut short', async () => {
    const z = gzipSync(good);
    const { text } = await load(file(z.subarray(0, Math.floor(z.length / 2))));
    expect(text).toMatch(/gzip stream is corrupt|ends in the middle/);
  });

  it('a gzip layer cut short', async () => {
    const layer = gzipSync(
      layerTar(Array.from({ length: 50 }, (_, i) => ({ path: `f${i}`, content: 'y'.repeat(1000 + i) }))),
    );
    const { text } = await load(file(ociWithLayerBlob(layer.subarray(0, layer.length - 100))));
    expect(text).toMatch(/layer's gzip stream is corrupt|not a readable tar/);
  });
});

describe('decompression bombs', () => {
  it('a gzip-compressed archive is capped by the ratio to the bytes read (default limits)', () => {
    const out = inChild({ input: file(gzipBomb(header('x', 8 * 1024 ** 3), 2048)) });
    expect(childProblems(out)).toMatch(
      /the gzip-compressed archive decompresses to more than \d+ bytes, over 200 times its compressed size \(the limit, possibly a decompression bomb\)/,
    );
  });

  it('a gzip-compressed archive is capped by the absolute limit', () => {
    const out = inChild({
      input: file(gzipBomb(header('x', 8 * 1024 ** 3), 256)),
      limits: { maxArchiveBytes: 32 * 1024 * 1024, maxRatio: 1e6 },
    });
    expect(childProblems(out)).toMatch(/decompresses to more than 33554432 bytes \(the limit\)/);
  });

  it('a gzip layer is capped by ratio and by absolute size, both configurable', () => {
    const blob = gzipBomb(header('zeros', 8 * 1024 ** 3), 1024);
    const input = file(ociWithLayerBlob(blob));
    expect(childProblems(inChild({ input }))).toMatch(
      /the layer decompresses to more than \d+ bytes, over 200 times its compressed size/,
    );
    expect(
      childProblems(inChild({ input, limits: { maxLayerBytes: 16 * 1024 * 1024, maxRatio: 1e6 } })),
    ).toMatch(
      /the layer decompresses to more than 16777216 bytes \(the limit, possibly a decompression bomb\)/,
    );
    // The environment sets them for the CLI and the Action.
    const viaEnv = inChild(
      { input },
      { LAYERGUARD_MAX_DECOMPRESSION_RATIO: '5', LAYERGUARD_DECOMPRESSION_ALLOWANCE_BYTES: '1048576' },
    );
    expect(childProblems(viaEnv)).toMatch(/over 5 times its compressed size/);
    const bad = inChild({ input }, { LAYERGUARD_MAX_DECOMPRESSION_RATIO: 'lots' });
    expect(childProblems(bad)).toMatch(
      /LAYERGUARD_MAX_DECOMPRESSION_RATIO=lots is not a positive number; the default 200 applies/,
    );
  });
});

describe('millions of tiny entries', () => {
  it('an archive stream of 2,000,000 entries stops at the entry limit, without reading the rest', () => {
    const out = inChild({ stream: { entries: 10_000, count: 200 } });
    expect(out.result.problems.join('\n')).toMatch(
      /the archive has more than 200000 entries \(the limit\); the rest were not read/,
    );
    expect(out.result.blocksRead).toBeLessThan(30);
  });

  it('a small gzip file holding 2,000,000 entries', () => {
    const member = gzipSync(Buffer.concat(Array.from({ length: 10_000 }, (_, i) => header(`f${i}`, 0))));
    const out = inChild({ input: file(Buffer.concat(Array<Buffer>(200).fill(member))) });
    expect(childProblems(out)).toMatch(/more than 200000 entries \(the limit\)/);
  });

  it('a layer with 300,000 files stops indexing at the file limit', () => {
    const tiny = Buffer.concat(Array.from({ length: 10_000 }, (_, i) => header(`d/f${i}`, 0)));
    const blob = Buffer.concat([...Array<Buffer>(30).fill(gzipSync(tiny)), gzipSync(Buffer.alloc(1024))]);
    const out = inChild({ input: file(ociWithLayerBlob(blob)), limits: { maxFiles: 20_000 } });
    expect(childProblems(out)).toMatch(
      /the image has more than 20000 files \(the limit\); the file index stops here/,
    );
  });
});

describe('malformed and deeply nested JSON', () => {
  const deep = (k: number) => '['.repeat(k) + ']'.repeat(k);
  it.each([
    [
      'index.json nested 200,000 deep',
      tarOf([tarEntry({ name: 'index.json', content: `{"manifests":${deep(200_000)}}` })]),
      /lists no image|descriptor/,
    ],
    [
      'a digest nested 100,000 deep',
      tarOf([tarEntry({ name: 'index.json', content: `{"manifests":[{"digest":${deep(100_000)}}]}` })]),
      /a descriptor has no valid digest \(a list\)/,
    ],
    [
      'manifest.json nested 500,000 deep',
      tarOf([tarEntry({ name: 'manifest.json', content: deep(500_000) })]),
      /has no Config/,
    ],
    [
      'objects nested 300,000 deep',
      tarOf([tarEntry({ name: 'index.json', content: '{"a":'.repeat(300_000) + '1' + '}'.repeat(300_000) })]),
      /lists no image/,
    ],
    [
      'broken JSON',
      tarOf([tarEntry({ name: 'index.json', content: '{"manifests": [{"digest": ghs_notAToken' })]),
      /index\.json cannot be read: it is not valid JSON/,
    ],
    [
      'manifest.json of the wrong shape',
      tarOf([tarEntry({ name: 'manifest.json', content: '{"Config": 1, "Layers": "x"}' })]),
      /manifest\.json is not a JSON array/,
    ],
    [
      'an index of the wrong shape',
      tarOf([tarEntry({ name: 'index.json', content: '[1, "a", null]' })]),
      /index\.json is not a JSON object/,
    ],
  ])('%s', async (_what, archive, expected) => {
    const { text } = await load(file(archive));
    expect(text).toMatch(expected);
    expect(text).not.toContain('ghs_notAToken');
  });

  it('a config with every field of the wrong type, and keys that would pollute prototypes', async () => {
    const layer = layerTar([{ path: 'a', content: 'a' }]);
    const img = ociImage({
      layers: [layer],
      config: {
        User: 42,
        Env: 'x',
        Labels: [1],
        ExposedPorts: 'x',
        Healthcheck: { Test: 'x', Interval: 'y' },
        Volumes: null,
        Cmd: { a: 1 },
      },
    });
    const config = Buffer.from(
      `{"architecture":{"a":1},"os":7,"config":{"Env":[1,null,"A=1"],"__proto__":{"polluted":"yes"}},"rootfs":{"diff_ids":"x"},"history":"x","constructor":{"prototype":{"polluted":"yes"}}}`,
    );
    const configBlob: Blob = { digest: `sha256:${sha256(config)}`, data: config };
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        config: { digest: configBlob.digest },
        layers: [{ digest: img.layers[0].digest }],
        annotations: { __proto__: { polluted: 'yes' } },
      }),
    );
    const manifestBlob: Blob = { digest: `sha256:${sha256(manifest)}`, data: manifest };
    const { targets } = await load(
      file(
        ociArchive(
          {
            manifests: [
              { digest: manifestBlob.digest, annotations: JSON.parse('{"__proto__": {"polluted": "yes"}}') },
            ],
          },
          [manifestBlob, configBlob, img.layers[0]],
        ),
      ),
    );
    expect(models(targets)).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('manifests naming blobs that are not there', () => {
  it.each([
    [
      'the manifest',
      (img: ReturnType<typeof ociImage>) => [img.config, ...img.layers],
      /whose blobs are not in the archive/,
    ],
    [
      'the config',
      (img: ReturnType<typeof ociImage>) => [img.manifest, ...img.layers],
      /whose blobs are not in the archive|config .* is not in/,
    ],
    [
      'a layer',
      (img: ReturnType<typeof ociImage>) => [img.manifest, img.config],
      /its blob is not in the input/,
    ],
  ])('OCI: %s is missing', async (_what, keep, expected) => {
    const img = ociImage({ layers: [layerTar([{ path: 'a', content: 'a' }])] });
    const { text } = await load(file(ociArchive({ manifests: [descriptorOf(img)] }, keep(img))));
    expect(text).toMatch(expected);
  });

  it('legacy: config and layers named by manifest.json are missing', async () => {
    const archive = tarOf([
      tarEntry({
        name: 'manifest.json',
        content: JSON.stringify([{ Config: 'c.json', Layers: ['x/layer.tar', 'y/layer.tar'] }]),
      }),
    ]);
    const { text } = await load(file(archive));
    expect(text).toMatch(/the image config c\.json is not in the archive/);
    expect(text).toMatch(/x\/layer\.tar is not in the archive/);
  });
});

describe('blob digest mismatches are findings', () => {
  it('OCI archive: a layer and a config that do not hash to their names', async () => {
    const img = ociImage({ layers: [layerTar([{ path: 'a', content: 'a' }])], gzip: true });
    const tampered = allBlobs(img).map((b) =>
      b === img.layers[0] || b === img.config
        ? { digest: b.digest, data: Buffer.concat([b.data, Buffer.from(' ')]) }
        : b,
    );
    const { text, result } = await load(file(ociArchive({ manifests: [descriptorOf(img)] }, tampered)));
    expect(text).toMatch(
      new RegExp(`blobs/sha256/${img.layers[0].digest.slice(7)} does not match its digest`),
    );
    expect(text).toMatch(/its content hashes to sha256:[0-9a-f]{64}, not to its name/);
    expect(
      result.findings.some(
        (f) => f.ruleId === 'policy/unparsable' && /does not match its digest/.test(f.message),
      ),
    ).toBe(true);
  });

  it('OCI layout: JSON and layer blobs are verified as they are read', async () => {
    const img = ociImage({ layers: [layerTar([{ path: 'a', content: 'a' }])] });
    const dir = path.join(TMP, 'layout-tampered');
    await writeLayout(dir, { manifests: [descriptorOf(img)] }, allBlobs(img));
    writeFileSync(
      path.join(dir, 'blobs', 'sha256', img.layers[0].digest.slice(7)),
      layerTar([{ path: 'b', content: 'evil' }]),
    );
    const { text, targets } = await load('layout-tampered');
    expect(text).toMatch(
      /layer 1 \(.*\) does not match its digest \(its content hashes to sha256:[0-9a-f]{64}\)/,
    );
    expect(models(targets)).toHaveLength(1);

    writeFileSync(
      path.join(dir, 'blobs', 'sha256', img.config.digest.slice(7)),
      '{"config": {"User": "root"}}',
    );
    expect((await load('layout-tampered')).text).toMatch(/the layout is corrupt or was altered/);
  });
});
