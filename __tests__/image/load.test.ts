import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadImageTargets, looksLikeImageReference } from '../../src/targets/image/load.js';
import type { ImageModel, ImageStats } from '../../src/targets/image/model.js';
import type { LoadedTarget } from '../../src/targets/types.js';
import {
  allBlobs,
  blobEntries,
  descriptorOf,
  layerTar,
  legacyArchive,
  ociArchive,
  ociImage,
  sha256,
  tarEntry,
  tarOf,
  tempDir,
  writeLayout,
} from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function load(
  name: string,
  data: Buffer | string | null,
  opts: Record<string, unknown> = {},
): Promise<LoadedTarget[]> {
  if (data !== null) await fs.writeFile(path.join(dir, name), data);
  return loadImageTargets(name, { cwd: dir, ...opts });
}

const modelOf = (t: LoadedTarget) => t.units[0].model as ImageModel;
const problemsOf = (t: LoadedTarget) => t.problems.map((p) => p.message);

const base = layerTar([
  { path: 'bin/', type: 'dir' },
  { path: 'bin/app', content: 'A'.repeat(1000) },
  { path: 'etc/config', content: 'v1' },
]);
const top = layerTar([{ path: 'etc/config', content: 'v2-longer' }, { path: 'bin/.wh.app' }]);

describe('docker save (legacy: manifest.json, <id>/layer.tar)', () => {
  it('reads config, history, layers and file indexes; names the image by its tags', async () => {
    const [t, ...rest] = await load(
      'legacy.tar',
      legacyArchive([
        {
          layers: [base, top],
          tags: ['app:1.0'],
          config: {
            User: 'app',
            Env: ['PATH=/bin', 'A=b'],
            Labels: { team: 'x' },
            ExposedPorts: { '8080/tcp': {} },
          },
          history: [
            { created_by: 'ADD rootfs.tar /' },
            { created_by: '/bin/sh -c #(nop) ENV A=b', empty_layer: true },
            { created_by: '/bin/sh -c rm /bin/app' },
          ],
        },
      ]),
    );
    expect(rest).toEqual([]);
    expect(problemsOf(t)).toEqual([]);
    expect(t.file).toBe('legacy.tar');
    const m = modelOf(t);
    expect(m.source).toBe('docker-archive');
    expect(m.name).toBe('app:1.0');
    expect(m.platform).toBe('linux/amd64');
    expect(m.config).toMatchObject({ user: 'app', labels: { team: 'x' }, exposedPorts: ['8080/tcp'] });
    expect(m.config.env).toContainEqual({ name: 'A', value: 'b' });
    expect(m.layers.map((l) => l.createdBy)).toEqual(['ADD rootfs.tar /', '/bin/sh -c rm /bin/app']);
    expect(m.layers[0].diffId).toBe(`sha256:${sha256(base)}`);
    expect([...m.layers[1].files!].map((f) => [f.path, f.whiteout])).toEqual([
      ['etc/config', undefined],
      ['bin/app', 'file'],
    ]);
    expect(m.filesIndexed).toBe(true);
    expect(m.size).toBe(base.length + top.length);
    expect(t.units[0].context).toEqual({ image: 'app:1.0', platform: 'linux/amd64' });
    const stats = t.stats!.image as ImageStats;
    expect(stats.layerCount).toBe(2);
    expect(stats.layers[0].wastedBytes).toBe(1002); // bin/app deleted and etc/config overwritten later
    expect(stats.layers[1].wastedBytes).toBe(0);
    // The headline is the sum of the column: only the hidden copies count, not the kept etc/config.
    expect(stats.wastedBytes).toBe(1002);
    expect(stats.wastedFiles).toEqual([
      { path: 'bin/app', size: 1000, layers: [1], hiddenBy: 2 },
      { path: 'etc/config', size: 2, layers: [1], hiddenBy: 2 },
    ]);
  });

  it('follows layer.tar links for layers shared by two images, and makes one target per image', async () => {
    const targets = await load(
      'two.tar',
      legacyArchive([
        { layers: [base], tags: ['one:1'] },
        { layers: [base, top], tags: ['two:1'] },
      ]),
    );
    expect(targets.map((t) => t.file)).toEqual(['two.tar#one:1', 'two.tar#two:1']);
    expect(targets.every((t) => t.problems.length === 0)).toBe(true);
    expect(modelOf(targets[1]).layers[0].files).toHaveLength(3);
  });

  it('reports a layer whose content does not match its diff ID', async () => {
    const archive = legacyArchive([{ layers: [base] }]);
    // Flip a byte inside bin/app's content (after the two headers of the layer).
    const at = archive.indexOf(Buffer.from('A'.repeat(100)));
    archive[at + 10] = 0x42;
    const [t] = await load('corrupt.tar', archive);
    expect(problemsOf(t).join('\n')).toMatch(/layer 1 .*hashes to sha256:[0-9a-f]+, not to the diff ID/);
    expect(modelOf(t).layers[0].files).toHaveLength(3); // still checked
  });

  it('reports a missing layer and still checks the config', async () => {
    const archive = tarOf([
      tarEntry({
        name: 'c.json',
        content: JSON.stringify({
          os: 'linux',
          architecture: 'arm64',
          config: { User: 'root' },
          rootfs: { diff_ids: ['sha256:' + '0'.repeat(64)] },
        }),
      }),
      tarEntry({
        name: 'manifest.json',
        content: JSON.stringify([{ Config: 'c.json', Layers: ['nope/layer.tar'] }]),
      }),
    ]);
    const [t] = await load('missing.tar', archive);
    expect(problemsOf(t)[0]).toMatch(
      /layer 1 .*nope\/layer.tar is not in the archive; its files were not checked/,
    );
    expect(modelOf(t).config.user).toBe('root');
    expect(modelOf(t).platform).toBe('linux/arm64');
    expect(modelOf(t).filesIndexed).toBe(false);
  });
});

describe('OCI archives and Docker 25+ docker save (index.json + blobs)', () => {
  it('reads an OCI archive with gzip layers, index first or last', async () => {
    const img = ociImage({ layers: [base, top], gzip: true, config: { User: '1000' } });
    for (const indexLast of [true, false]) {
      const [t] = await load(
        'oci.tar',
        ociArchive({ schemaVersion: 2, manifests: [descriptorOf(img)] }, allBlobs(img), { indexLast }),
      );
      expect(problemsOf(t)).toEqual([]);
      const m = modelOf(t);
      expect(m.source).toBe('oci-archive');
      expect(m.manifestDigest).toBe(img.manifest.digest);
      expect(m.configDigest).toBe(img.config.digest);
      expect(m.layers.map((l) => [l.digest, l.diffId, l.size, l.compressedSize])).toEqual([
        [img.layers[0].digest, img.diffIds[0], base.length, img.layers[0].data.length],
        [img.layers[1].digest, img.diffIds[1], top.length, img.layers[1].data.length],
      ]);
      expect((t.stats!.image as ImageStats).compressedSize).toBe(
        img.layers[0].data.length + img.layers[1].data.length,
      );
    }
  });

  it('reads Docker 25+ docker save (index.json and manifest.json), preferring the OCI index', async () => {
    const img = ociImage({ layers: [base] });
    const [t] = await load(
      'docker25.tar',
      ociArchive(
        {
          schemaVersion: 2,
          manifests: [
            descriptorOf(img, { annotations: { 'io.containerd.image.name': 'docker.io/library/app:2' } }),
          ],
        },
        allBlobs(img),
        {
          dockerManifest: [
            {
              Config: `blobs/sha256/${img.config.digest.slice(7)}`,
              RepoTags: ['app:2'],
              Layers: [`blobs/sha256/${img.layers[0].digest.slice(7)}`],
            },
          ],
        },
      ),
    );
    expect(problemsOf(t)).toEqual([]);
    expect(modelOf(t).source).toBe('docker-archive-oci');
    expect(modelOf(t).name).toBe('docker.io/library/app:2');
  });

  it('checks every platform of a multi-platform index and skips attestation manifests', async () => {
    const amd = ociImage({ layers: [base], architecture: 'amd64' });
    const arm = ociImage({ layers: [top], architecture: 'arm64' });
    const att = ociImage({
      layers: [Buffer.from('{"_type":"https://in-toto.io/Statement/v0.1"}')],
      architecture: 'unknown',
      os: 'unknown',
    });
    const nested = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [
          descriptorOf(amd, { platform: { os: 'linux', architecture: 'amd64' } }),
          descriptorOf(arm, { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }),
          descriptorOf(att, {
            platform: { os: 'unknown', architecture: 'unknown' },
            annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
          }),
        ],
      }),
    );
    const nestedDigest = `sha256:${sha256(nested)}`;
    const targets = await load(
      'multi.tar',
      ociArchive(
        {
          schemaVersion: 2,
          manifests: [
            {
              mediaType: 'application/vnd.oci.image.index.v1+json',
              digest: nestedDigest,
              size: nested.length,
              annotations: { 'io.containerd.image.name': 'app:multi' },
            },
          ],
        },
        [{ digest: nestedDigest, data: nested }, ...allBlobs(amd), ...allBlobs(arm), ...allBlobs(att)],
      ),
    );
    expect(targets.map((t) => t.file)).toEqual(['multi.tar#linux/amd64', 'multi.tar#linux/arm64/v8']);
    expect(targets.map((t) => t.units[0].context)).toEqual([
      { image: 'app:multi', platform: 'linux/amd64' },
      { image: 'app:multi', platform: 'linux/arm64/v8' },
    ]);
    expect(targets.every((t) => t.problems.length === 0)).toBe(true);
  });

  it('skips platforms whose blobs were not saved, and says so when none is left', async () => {
    const amd = ociImage({ layers: [base] });
    const arm = ociImage({ layers: [top], architecture: 'arm64' });
    const index = {
      schemaVersion: 2,
      manifests: [
        descriptorOf(amd, { platform: { os: 'linux', architecture: 'amd64' } }),
        descriptorOf(arm, { platform: { os: 'linux', architecture: 'arm64' } }),
      ],
    };
    const targets = await load('partial.tar', ociArchive(index, allBlobs(amd)));
    expect(targets.map((t) => t.file)).toEqual(['partial.tar']);
    const [none] = await load('none.tar', ociArchive(index, []));
    expect(none.units).toEqual([]);
    expect(problemsOf(none)[0]).toMatch(
      /lists linux\/amd64, linux\/arm64, whose blobs are not in the archive/,
    );
  });

  it('reports a blob that does not match its digest', async () => {
    const img = ociImage({ layers: [base] });
    const tampered = { digest: img.layers[0].digest, data: layerTar([{ path: 'evil', content: 'x' }]) };
    const [t] = await load(
      'tampered.tar',
      ociArchive({ schemaVersion: 2, manifests: [descriptorOf(img)] }, [img.manifest, img.config, tampered]),
    );
    const msgs = problemsOf(t).join('\n');
    expect(msgs).toMatch(/blobs\/sha256\/[0-9a-f]+ does not match its digest/);
    expect(msgs).toMatch(/layer 1 .*does not match its digest/);
  });

  it('reads a gzip-compressed archive (docker save | gzip)', async () => {
    const img = ociImage({ layers: [base] });
    const [t] = await load(
      'image.tar.gz',
      gzipSync(ociArchive({ schemaVersion: 2, manifests: [descriptorOf(img)] }, allBlobs(img))),
    );
    expect(problemsOf(t)).toEqual([]);
    expect(modelOf(t).layers[0].files).toHaveLength(3);
  });

  it('never crashes on broken JSON, and reports it', async () => {
    const img = ociImage({ layers: [base] });
    const archive = tarOf([
      tarEntry({ name: 'index.json', content: '{"schemaVersion": 2, "manifests": [' }),
      ...blobEntries(allBlobs(img)),
    ]);
    const [t] = await load('badjson.tar', archive);
    expect(t.units).toEqual([]);
    expect(problemsOf(t).join('\n')).toMatch(/index.json cannot be read: it is not valid JSON/);
  });

  it('rejects invalid digests instead of using them as paths', async () => {
    const [t] = await load(
      'evil.tar',
      ociArchive({ schemaVersion: 2, manifests: [{ digest: 'sha256:../../../../etc/passwd' }] }, []),
    );
    expect(problemsOf(t).join('\n')).toMatch(/no valid digest/);
  });

  it('says what is wrong with a file that is not an image archive', async () => {
    const [t] = await load('plain.tar', layerTar([{ path: 'README', content: 'hi' }]));
    expect(problemsOf(t)[0]).toMatch(/not an image archive: it has neither index.json .* nor manifest.json/);
    const [u] = await load('random.bin', Buffer.from('x'.repeat(3000)));
    expect(problemsOf(u)[0]).toMatch(/not a readable tar/);
  });

  it('enforces the JSON size limits', async () => {
    const img = ociImage({ layers: [base] });
    const archive = ociArchive({ schemaVersion: 2, manifests: [descriptorOf(img)] }, allBlobs(img));
    const [t] = await load('json-limit.tar', archive, { limits: { maxJsonBytes: 100 } });
    expect(problemsOf(t).join('\n')).toMatch(
      /cannot be read: it is larger than 100 bytes \(the limit for JSON documents\)/,
    );
    const [u] = await load('json-total.tar', archive, { limits: { maxJsonTotalBytes: 300 } });
    expect(problemsOf(u).join('\n')).toMatch(/more than 300 bytes of JSON \(the limit\)/);
  });

  it('enforces the archive entry limit', async () => {
    const img = ociImage({ layers: [base] });
    const [t] = await load(
      'many.tar',
      ociArchive({ schemaVersion: 2, manifests: [descriptorOf(img)] }, allBlobs(img)),
      { limits: { maxArchiveEntries: 3 } },
    );
    expect(problemsOf(t).join('\n')).toMatch(/more than 3 entries/);
  });
});

describe('OCI layout folders', () => {
  it('reads blobs by digest and streams each layer once', async () => {
    const img = ociImage({ layers: [base, top], gzip: true });
    const layout = path.join(dir, 'layout');
    await writeLayout(
      layout,
      {
        schemaVersion: 2,
        manifests: [descriptorOf(img, { annotations: { 'org.opencontainers.image.ref.name': 'v1' } })],
      },
      allBlobs(img),
    );
    const [t] = await loadImageTargets('layout', { cwd: dir });
    expect(problemsOf(t)).toEqual([]);
    expect(modelOf(t).source).toBe('oci-layout');
    expect(modelOf(t).name).toBe('v1');
    expect(modelOf(t).layers[1].files).toHaveLength(2);
  });

  it('verifies JSON blobs against their digest', async () => {
    const img = ociImage({ layers: [base] });
    const layout = path.join(dir, 'layout-bad');
    await writeLayout(layout, { schemaVersion: 2, manifests: [descriptorOf(img)] }, allBlobs(img));
    await fs.writeFile(
      path.join(layout, 'blobs', 'sha256', img.config.digest.slice(7)),
      '{"config":{"User":"root"}}',
    );
    const [t] = await loadImageTargets('layout-bad', { cwd: dir });
    expect(problemsOf(t).join('\n')).toMatch(
      /image config .* cannot be read: its content hashes to sha256:[0-9a-f]+, not to its name/,
    );
  });

  it('says when a folder is not a layout', async () => {
    await fs.mkdir(path.join(dir, 'empty'), { recursive: true });
    const [t] = await loadImageTargets('empty', { cwd: dir });
    expect(problemsOf(t)[0]).toMatch(/not an OCI image layout: it has no index.json/);
  });
});

describe('JSON inputs', () => {
  it('reads docker image inspect output (array): config, platform, size, layer count; no files', async () => {
    const inspect = [
      {
        Id: 'sha256:' + 'a'.repeat(64),
        RepoTags: ['web:1'],
        Os: 'linux',
        Architecture: 'arm64',
        Variant: 'v8',
        Size: 123456789,
        Config: {
          User: '',
          Env: ['DB_PASSWORD=hunter2hunter2'],
          Healthcheck: { Test: ['CMD-SHELL', 'curl -f localhost'], Interval: 30e9 },
        },
        RootFS: { Type: 'layers', Layers: ['sha256:' + '1'.repeat(64), 'sha256:' + '2'.repeat(64)] },
      },
    ];
    const [t] = await load('inspect.json', JSON.stringify(inspect));
    expect(problemsOf(t)).toEqual([]);
    const m = modelOf(t);
    expect(m).toMatchObject({
      source: 'inspect-json',
      platform: 'linux/arm64/v8',
      size: 123456789,
      name: 'web:1',
      filesIndexed: false,
    });
    expect(m.layers).toHaveLength(2);
    expect(m.config.healthcheck).toEqual({ test: ['CMD-SHELL', 'curl -f localhost'], interval: 30 });
    expect((t.stats!.image as ImageStats).layers[0].size).toBeUndefined();
  });

  it('reads one inspect object, and several as several targets', async () => {
    const one = { Id: 'sha256:' + 'b'.repeat(64), Config: { User: 'x' }, RootFS: { Layers: [] } };
    expect((await load('one.json', JSON.stringify(one))).map((t) => t.file)).toEqual(['one.json']);
    const two = [
      { ...one, RepoTags: ['a:1'] },
      { ...one, RepoTags: ['b:1'] },
    ];
    expect((await load('two.json', JSON.stringify(two))).map((t) => t.file)).toEqual([
      'two.json#a:1',
      'two.json#b:1',
    ]);
  });

  it('reports JSON that is neither inspect output nor buildx metadata', async () => {
    const [t] = await load('other.json', '{"hello": "world"}');
    expect(problemsOf(t)[0]).toMatch(/neither `docker image inspect` output nor buildx/);
    const [u] = await load('broken.json', '{"Id": ');
    expect(problemsOf(u)[0]).toMatch(/not valid JSON/);
  });
});

describe('image names through the docker CLI', () => {
  let fakeDocker: string;
  let savedArchive: string;
  beforeAll(async () => {
    const img = ociImage({ layers: [base], config: { User: 'svc' } });
    savedArchive = path.join(dir, 'saved.tar');
    await fs.writeFile(
      savedArchive,
      ociArchive({ schemaVersion: 2, manifests: [descriptorOf(img)] }, allBlobs(img)),
    );
    fakeDocker = path.join(dir, 'fake-docker');
    // A stand-in for the docker CLI: `save NAME` streams the archive; unknown names fail like docker.
    await fs.writeFile(
      fakeDocker,
      `#!/bin/sh\n[ "$1" = save ] || exit 3\ncase "$2" in\n  app:*) exec cat '${savedArchive}' ;;\n  *) echo "Error response from daemon: reference does not exist" >&2; exit 1 ;;\nesac\n`,
      { mode: 0o755 },
    );
  });

  it('streams docker save for docker-daemon:NAME and for a plain name', async () => {
    for (const ref of ['docker-daemon:app:1', 'app:1']) {
      const [t] = await loadImageTargets(ref, { cwd: dir, dockerCommand: fakeDocker });
      expect(problemsOf(t)).toEqual([]);
      expect(t.file).toBe(ref);
      expect(modelOf(t).source).toBe('docker-daemon');
      expect(modelOf(t).config.user).toBe('svc');
    }
  });

  it('reports what the daemon says when the image does not exist', async () => {
    const [t] = await loadImageTargets('ghost:1', { cwd: dir, dockerCommand: fakeDocker });
    expect(problemsOf(t)[0]).toMatch(
      /save ghost:1` failed \(exit 1\): Error response from daemon: reference does not exist/,
    );
  });

  it('explains what to do when there is no docker CLI', async () => {
    const [t] = await loadImageTargets('app:1', {
      cwd: dir,
      dockerCommand: path.join(dir, 'no-such-docker'),
    });
    expect(problemsOf(t)[0]).toMatch(/no docker CLI on PATH .*`docker save app:1 -o image.tar`/);
  });

  it('reads the image a buildx metadata file names, and checks it is the one built', async () => {
    const meta = {
      'buildx.build.ref': 'builder/builder0/abc',
      'containerimage.config.digest': 'sha256:' + 'c'.repeat(64),
      'containerimage.digest': 'sha256:' + 'd'.repeat(64),
      'image.name': 'app:1,registry.example.com/app:1',
    };
    const [t] = await load('metadata.json', JSON.stringify(meta), { dockerCommand: fakeDocker });
    expect(modelOf(t).source).toBe('buildx-metadata');
    expect(problemsOf(t)[0]).toMatch(/is not the one the buildx metadata describes/);
    const [u] = await load('bake.json', JSON.stringify({ web: { 'buildx.build.ref': 'x' } }), {
      dockerCommand: fakeDocker,
    });
    expect(problemsOf(u)[0]).toMatch(/target "web" names no image/);
  });

  describe('a docker CLI that stops sending', () => {
    const saved = process.env.LAYERGUARD_DOCKER_TIMEOUT_MS;
    afterEach(() => {
      if (saved === undefined) delete process.env.LAYERGUARD_DOCKER_TIMEOUT_MS;
      else process.env.LAYERGUARD_DOCKER_TIMEOUT_MS = saved;
    });
    const script = async (name: string, body: string) => {
      const file = path.join(dir, name);
      await fs.writeFile(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
      return file;
    };

    it('is stopped after the allowed pause, and the image reported as not read', async () => {
      process.env.LAYERGUARD_DOCKER_TIMEOUT_MS = '300';
      // A hung daemon: the CLI starts and sends nothing (its own child holds the output open).
      const hung = await script('hung-docker', 'sleep 30 & wait');
      const [t] = await loadImageTargets('app:1', { cwd: dir, dockerCommand: hung });
      expect(t.units).toHaveLength(0);
      expect(problemsOf(t)[0]).toMatch(
        /`.*hung-docker save app:1` sent nothing more for 0.3 s without finishing, and was stopped: .*LAYERGUARD_DOCKER_TIMEOUT_MS/,
      );
      // One that sends the whole archive and then never exits is stopped too.
      const lingering = await script('lingering-docker', `cat '${savedArchive}'; sleep 30`);
      const [u] = await loadImageTargets('app:1', { cwd: dir, dockerCommand: lingering });
      expect(problemsOf(u)[0]).toMatch(/lingering-docker save app:1` sent nothing more for 0.3 s/);
    });

    it('reads an archive sent with pauses shorter than the limit, however long the whole takes', async () => {
      process.env.LAYERGUARD_DOCKER_TIMEOUT_MS = '1500';
      const size = (await fs.stat(savedArchive)).size;
      const third = Math.ceil(size / 3);
      // Three pieces, 0.7 s apart: 1.4 s in all, each pause under the 1.5 s limit.
      const slow = await script(
        'slow-docker',
        `head -c ${third} '${savedArchive}'; sleep 0.7; tail -c +${third + 1} '${savedArchive}' | head -c ${third}; sleep 0.7; tail -c +${2 * third + 1} '${savedArchive}'`,
      );
      const [t] = await loadImageTargets('app:1', { cwd: dir, dockerCommand: slow });
      expect(problemsOf(t)).toEqual([]);
      expect(modelOf(t).config.user).toBe('svc');
    });

    it('reports output that is no archive at once, from a CLI that exited', async () => {
      // The reader stops at the first bad header; the rest of the output used to stay in the pipe, whose
      // close was then awaited for good. With the default limit (60 s) a hang would time the test out.
      delete process.env.LAYERGUARD_DOCKER_TIMEOUT_MS;
      const noise = await script('noise-docker', 'head -c 200000 /dev/zero | tr "\\0" x; exit 0');
      const [t] = await loadImageTargets('app:1', { cwd: dir, dockerCommand: noise });
      expect(problemsOf(t)).toEqual([expect.stringMatching(/^the archive is not a readable tar: /)]);
    });

    it('says when LAYERGUARD_DOCKER_TIMEOUT_MS is not a number, and uses the default', async () => {
      process.env.LAYERGUARD_DOCKER_TIMEOUT_MS = '10s';
      const [t] = await loadImageTargets('app:1', { cwd: dir, dockerCommand: fakeDocker });
      expect(problemsOf(t)).toEqual([
        'LAYERGUARD_DOCKER_TIMEOUT_MS=10s is not a positive number of milliseconds; the default 60000 applies',
      ]);
      expect(modelOf(t).config.user).toBe('svc');
    });
  });

  it('tells a missing file from an image name', async () => {
    const [t] = await loadImageTargets('./no/such file.tar', { cwd: dir, dockerCommand: fakeDocker });
    expect(problemsOf(t)[0]).toMatch(/no file or folder ".\/no\/such file.tar", and it is not an image name/);
    expect(looksLikeImageReference('ghcr.io/org/app:1.2@sha256:' + 'e'.repeat(64))).toBe(true);
    expect(looksLikeImageReference('Not An Image')).toBe(false);
  });
});

describe('--baseline', () => {
  it('compares layers and size with the baseline of the same platform', async () => {
    const before = ociImage({ layers: [base] });
    const after = ociImage({
      layers: [base, layerTar([{ path: 'srv/big.bin', content: Buffer.alloc(5000, 1) }])],
    });
    await fs.writeFile(
      path.join(dir, 'before.tar'),
      ociArchive({ schemaVersion: 2, manifests: [descriptorOf(before)] }, allBlobs(before)),
    );
    const [t] = await load(
      'after.tar',
      ociArchive({ schemaVersion: 2, manifests: [descriptorOf(after)] }, allBlobs(after)),
      { baseline: 'before.tar' },
    );
    expect(problemsOf(t)).toEqual([]);
    const m = modelOf(t);
    expect(m.baseline?.ref).toBe('before.tar');
    const stats = t.stats!.image as ImageStats;
    expect(stats.baseline).toMatchObject({
      ref: 'before.tar',
      layerCount: 1,
      layerDelta: 1,
      sharedLayers: 1,
    });
    expect(stats.baseline!.sizeDelta).toBeGreaterThan(5000);
    expect(stats.layers.map((l) => l.baseline)).toEqual(['shared', 'new']);
  });

  it('reports a baseline that cannot be read, and still checks the image', async () => {
    const img = ociImage({ layers: [base] });
    const [t] = await load(
      'img.tar',
      ociArchive({ schemaVersion: 2, manifests: [descriptorOf(img)] }, allBlobs(img)),
      { baseline: 'nope.tar' },
    );
    expect(t.units).toHaveLength(1);
    expect(problemsOf(t)[0]).toMatch(
      /the baseline nope.tar cannot be compared with: there is no file or folder/,
    );
  });
});
