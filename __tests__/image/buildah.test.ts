/**
 * Real images, built with buildah inside the test (no registry, no daemon: `FROM scratch` plus a
 * static busybox), written as docker-archive, oci-archive and an OCI layout, with and without
 * `--layers`, then read by the image target and checked by the whole pipeline.
 *
 * Needs `buildah` and a static busybox (Debian packages `buildah` and `busybox-static`, which the CI
 * script installs); skipped with a message when they are missing.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { check } from '../../src/engine/check.js';
import { loadImageTargets } from '../../src/targets/image/load.js';
import { analyseImage } from '../../src/targets/image/analysis.js';
import { formatImageTables } from '../../src/report/image-table.js';
import type { ImageModel, ImageStats } from '../../src/targets/image/model.js';
import type { LoadedTarget } from '../../src/targets/types.js';
import { tempDir } from './helpers.js';
import { buildahIn } from '../helpers/registry.js';

const BUSYBOX = '/bin/busybox';
const hasBuildah = spawnSync('buildah', ['--version']).status === 0;
const hasBusybox = existsSync(BUSYBOX);
const ready = hasBuildah && hasBusybox;
if (!ready) {
  console.warn(
    `buildah image tests skipped: ${hasBuildah ? '' : 'buildah is not on PATH; '}${hasBusybox ? '' : `${BUSYBOX} is missing; `}install the Debian packages buildah and busybox-static to run them`,
  );
}

const KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----\n';
const TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';

const DOCKERFILE = `FROM scratch
COPY busybox /bin/busybox
COPY big.bin /tmp/big.bin
RUN ["/bin/busybox", "sh", "-c", "/bin/busybox mkdir -p /etc/app /usr/local/bin && echo one > /etc/app/a && /bin/busybox cp /bin/busybox /usr/local/bin/tool && /bin/busybox chmod 4755 /usr/local/bin/tool && /bin/busybox ln -s /bin/busybox /bin/sh"]
COPY id_rsa /root/.ssh/id_rsa
RUN ["/bin/busybox", "sh", "-c", "/bin/busybox rm -f /tmp/big.bin /root/.ssh/id_rsa && /bin/busybox rm -rf /etc/app && /bin/busybox mkdir /etc/app && echo three > /etc/app/c"]
ENV GITHUB_TOKEN=${TOKEN}
EXPOSE 22
LABEL org.opencontainers.image.source=https://github.com/layerguard/example
`;

const BASE_DOCKERFILE = `FROM scratch
COPY busybox /bin/busybox
`;

let work: string;
const out: Record<string, string> = {};

const buildah = (...args: string[]): string => buildahIn(work)(...args);

async function context(name: string, dockerfile: string): Promise<string> {
  const dir = path.join(work, name);
  await fs.mkdir(dir, { recursive: true });
  await fs.copyFile(BUSYBOX, path.join(dir, 'busybox'));
  await fs.writeFile(path.join(dir, 'big.bin'), randomBytes(300_000));
  await fs.writeFile(path.join(dir, 'id_rsa'), KEY, { mode: 0o600 });
  await fs.writeFile(path.join(dir, 'Dockerfile'), dockerfile);
  return dir;
}

(ready ? describe : describe.skip)('images built with buildah', () => {
  beforeAll(async () => {
    work = await tempDir('lg-buildah-');
    const ctx = await context('ctx', DOCKERFILE);
    const baseCtx = await context('base', BASE_DOCKERFILE);
    buildah('bud', '--isolation', 'chroot', '--layers', '-t', 'lg-layers', ctx);
    buildah('bud', '--isolation', 'chroot', '-t', 'lg-flat', ctx);
    buildah('bud', '--isolation', 'chroot', '--layers', '-t', 'lg-base', baseCtx);
    for (const [name, image] of [
      ['layers', 'lg-layers'],
      ['flat', 'lg-flat'],
      ['base', 'lg-base'],
    ]) {
      out[`${name}-docker`] = path.join(work, `${name}-docker.tar`);
      out[`${name}-oci`] = path.join(work, `${name}-oci.tar`);
      out[`${name}-layout`] = path.join(work, `${name}-layout`);
      buildah('push', image, `docker-archive:${out[`${name}-docker`]}:${image}:latest`);
      buildah('push', image, `oci-archive:${out[`${name}-oci`]}`);
      buildah('push', image, `oci:${out[`${name}-layout`]}`);
    }
  }, 300_000);

  afterAll(async () => {
    if (work) await fs.rm(work, { recursive: true, force: true });
  });

  const load = async (key: string): Promise<LoadedTarget> => {
    const targets = await loadImageTargets(out[key], { cwd: work });
    expect(targets).toHaveLength(1);
    expect(targets[0].problems).toEqual([]);
    return targets[0];
  };
  const modelOf = (t: LoadedTarget) => t.units[0].model as ImageModel;

  it('reads the --layers build from all three formats, with the same layers and files', async () => {
    const docker = modelOf(await load('layers-docker'));
    const oci = modelOf(await load('layers-oci'));
    const layout = modelOf(await load('layers-layout'));
    expect([docker.source, oci.source, layout.source]).toEqual([
      'docker-archive',
      'oci-archive',
      'oci-layout',
    ]);
    for (const m of [docker, oci, layout]) {
      expect(m.platform).toMatch(/^linux\//);
      expect(m.filesIndexed).toBe(true);
      // COPY busybox, COPY big.bin, RUN, COPY id_rsa, RUN: five layers; ENV, EXPOSE and LABEL add none.
      expect(m.layers).toHaveLength(5);
      expect(m.layers.map((l) => l.diffId)).toEqual(docker.layers.map((l) => l.diffId));
      expect(
        m.layers.map((l) => [...l.files!].map((f) => `${f.path}${f.whiteout ? '#wh' : ''}`).sort()),
      ).toEqual(
        docker.layers.map((l) => [...l.files!].map((f) => `${f.path}${f.whiteout ? '#wh' : ''}`).sort()),
      );
      expect(m.config.exposedPorts).toEqual(['22/tcp']);
      expect(m.config.env.find((e) => e.name === 'GITHUB_TOKEN')?.value).toBe(TOKEN);
    }
    // gzip layers in the OCI formats, plain tars in docker-archive: same diff IDs, different blobs.
    expect(oci.layers[0].compressedSize).toBeLessThan(oci.layers[0].size!);
    expect(docker.layers[0].compressedSize).toBeUndefined();
    const busybox = (await fs.stat(BUSYBOX)).size;
    expect([...docker.layers[0].files!].find((f) => f.path === 'bin/busybox')).toMatchObject({
      type: 'file',
      size: busybox,
    });
    const run = docker.layers[2].files!.toArray();
    expect(run.find((f) => f.path === 'usr/local/bin/tool')!.mode & 0o4000).toBeTruthy();
    expect(run.find((f) => f.path === 'bin/sh')).toMatchObject({
      type: 'symlink',
      linkTarget: '/bin/busybox',
    });
    expect([...docker.layers[3].files!].find((f) => f.path === 'root/.ssh/id_rsa')!.keyHeader).toBe(
      'OPENSSH PRIVATE KEY',
    );
    const whiteouts = docker.layers[4]
      .files!.toArray()
      .filter((f) => f.whiteout)
      .map((f) => f.path)
      .sort();
    expect(whiteouts).toEqual(expect.arrayContaining(['root/.ssh/id_rsa', 'tmp/big.bin']));
    const a = analyseImage(docker);
    expect(a.visible.has('tmp/big.bin')).toBe(false);
    expect(a.visible.has('etc/app/a')).toBe(false);
    expect(a.visible.has('etc/app/c')).toBe(true);
    expect(a.hiddenBytes[1]).toBe(300_000);
    // Exactly the bytes shipped but not visible: big.bin, the key and /etc/app/a ("one\n"), deleted
    // by the last RUN; nothing is counted twice.
    expect(a.wastedBytes).toBe(300_000 + KEY.length + 4);
    expect(a.wastedFiles.map((w) => [w.path, w.size, w.layers, w.hiddenBy])).toEqual([
      ['tmp/big.bin', 300_000, [1], 4],
      ['root/.ssh/id_rsa', KEY.length, [3], 4],
      ['etc/app/a', 4, [2], 4],
    ]);
    for (const m of [oci, layout]) expect(analyseImage(m).wastedFiles).toEqual(a.wastedFiles);
  });

  it('reads the build without --layers as one layer holding only the final files', async () => {
    for (const key of ['flat-docker', 'flat-oci', 'flat-layout']) {
      const m = modelOf(await load(key));
      expect(m.layers).toHaveLength(1);
      const paths = [...m.layers[0].files!].map((f) => f.path);
      expect(paths).toContain('bin/busybox');
      expect(paths).not.toContain('tmp/big.bin');
      expect([...m.layers[0].files!].some((f) => f.whiteout)).toBe(false);
      expect(analyseImage(m).wastedBytes).toBe(0);
    }
  });

  it('checks the built images through the whole pipeline', async () => {
    const result = await check({
      cwd: work,
      paths: [],
      policy: 'builtin:recommended',
      images: [out['layers-docker'], out['flat-oci']],
      baseline: out['base-oci'],
    });
    const layered = result.findings.filter((f) => f.file === out['layers-docker']);
    const ids = (fs: typeof layered) => [...new Set(fs.map((f) => f.ruleId))].sort();
    expect(ids(layered)).toEqual(
      expect.arrayContaining([
        'image/env-secrets',
        'image/exposed-ports',
        'image/non-root-user',
        'image/secret-files',
        'image/size-growth',
        'image/wasted-space',
      ]),
    );
    expect(ids(layered)).not.toContain('policy/unparsable');
    const secret = layered.find((f) => f.ruleId === 'image/secret-files')!;
    expect(secret.message).toMatch(/\/root\/.ssh\/id_rsa in layer 4 .*a later layer hides it/);
    expect(secret.context).toMatchObject({ layer: 4, platform: expect.stringMatching(/^linux\//) });
    expect(secret).toMatchObject({ line: 1, column: 1, kind: 'image' });
    expect(layered.find((f) => f.ruleId === 'image/wasted-space')!.message).toMatch(
      /\/tmp\/big.bin \(300 kB, written in layer 2, hidden by layer 5\)/,
    );
    expect(result.findings.some((f) => f.message.includes(TOKEN))).toBe(false);
    const flat = result.findings.filter((f) => f.file === out['flat-oci']);
    expect(ids(flat)).not.toContain('image/wasted-space');
    expect(ids(flat)).not.toContain('image/secret-files'); // created and deleted within its one layer
    expect(result.verdict).toBe('fail');

    const stats = result.targets.find((t) => t.file === out['layers-docker'])!.stats!.image as ImageStats;
    expect(stats.baseline).toMatchObject({ layerCount: 1, sharedLayers: 1, layerDelta: 4 });
    const md = formatImageTables(result, 'markdown');
    expect(md).toContain('```mermaid\nxychart-beta');
    expect(md).toMatch(/\| 2 \| 30\d kB \| 300 kB \| new \| `COPY file:[0-9a-f]{12}… \/tmp\/big.bin` \|/);
    // The headline, the column and the list agree.
    expect(stats.wastedBytes).toBe(stats.layers.reduce((s, l) => s + (l.wastedBytes ?? 0), 0));
    expect(stats.wastedBytes).toBe(stats.wastedFiles!.reduce((s, w) => s + w.size, 0));
    expect(md).toContain('| 300 kB | `/tmp/big.bin` | 2 | 5 |');
    expect(formatImageTables(result, 'text')).toMatch(
      /300 kB {2}\/tmp\/big.bin {2}\(written in layer 2, hidden by layer 5\)/,
    );
  });
});
