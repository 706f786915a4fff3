/**
 * Test helpers for the image target: a small independent tar writer (ustar headers written byte by
 * byte, pax and GNU long-name records, base-256 sizes), builders for docker save / OCI archives and
 * layouts, and ImageModel builders for rule tests.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { ImageLayer, ImageModel, LayerFile } from '../../src/targets/image/model.js';
import { LayerFiles } from '../../src/targets/image/file-index.js';

export function sha256(buf: Buffer | string): string {
  return createHash('sha256').update(buf).digest('hex');
}

export interface RawEntry {
  name: string;
  /** Type flag: '0' file, '1' hardlink, '2' symlink, '5' dir, 'x' pax, 'L' GNU long name… */
  flag?: string;
  content?: Buffer | string;
  mode?: number;
  uid?: number;
  linkname?: string;
  /** Write the size in base-256 (GNU) instead of octal. */
  base256?: boolean;
  /** Corrupt the checksum. */
  badChecksum?: boolean;
  /** Override the size field (content is still written as given). */
  sizeField?: number;
  /** The POSIX ustar prefix field (the name is `prefix/name`). */
  prefix?: string;
}

function writeString(buf: Buffer, s: string, off: number, len: number) {
  const b = Buffer.from(s, 'utf8');
  b.copy(buf, off, 0, Math.min(len, b.length));
}

function writeOctal(buf: Buffer, n: number, off: number, len: number) {
  writeString(buf, n.toString(8).padStart(len - 1, '0'), off, len - 1);
}

/** One tar entry: header block + content padded to 512. */
export function tarEntry(e: RawEntry): Buffer {
  const content = typeof e.content === 'string' ? Buffer.from(e.content) : (e.content ?? Buffer.alloc(0));
  const h = Buffer.alloc(512);
  writeString(h, e.name, 0, 100);
  writeOctal(h, e.mode ?? (e.flag === '5' ? 0o755 : 0o644), 100, 8);
  writeOctal(h, e.uid ?? 0, 108, 8);
  writeOctal(h, 0, 116, 8);
  const size = e.sizeField ?? content.length;
  if (e.base256) {
    h[124] = 0x80;
    let v = size;
    for (let i = 135; i > 124; i--) {
      h[i] = v % 256;
      v = Math.floor(v / 256);
    }
  } else writeOctal(h, size, 124, 12);
  writeOctal(h, 0, 136, 12);
  h.write(e.flag ?? '0', 156, 'latin1');
  writeString(h, e.linkname ?? '', 157, 100);
  h.write('ustar\u000000', 257, 'latin1');
  if (e.prefix) writeString(h, e.prefix, 345, 155);
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  if (e.badChecksum) sum += 1;
  writeString(h, sum.toString(8).padStart(6, '0') + '\u0000 ', 148, 8);
  const pad = (512 - (content.length % 512)) % 512;
  return Buffer.concat([h, content, Buffer.alloc(pad)]);
}

/** A pax extended header entry carrying `records`. */
export function paxEntry(records: Record<string, string>): Buffer {
  let body = '';
  for (const [k, v] of Object.entries(records)) {
    const rec = ` ${k}=${v}\n`;
    const n = Buffer.byteLength(rec);
    let len = n + 1;
    while (String(len).length + n !== len) len = String(len).length + n;
    body += `${len}${rec}`;
  }
  return tarEntry({ name: 'PaxHeader', flag: 'x', content: body });
}

/** A GNU long-name ('L') record for the next entry. */
export function gnuLongName(name: string): Buffer {
  return tarEntry({
    name: '././@LongLink',
    flag: 'L',
    content: Buffer.concat([Buffer.from(name), Buffer.alloc(1)]),
  });
}

export function tarOf(entries: Buffer[]): Buffer {
  return Buffer.concat([...entries, Buffer.alloc(1024)]);
}

export interface FileSpec {
  path: string;
  content?: string | Buffer;
  type?: 'file' | 'dir' | 'symlink' | 'hardlink';
  mode?: number;
  link?: string;
}

/** A layer tar from file specs (parent folders are not added implicitly). */
export function layerTar(files: FileSpec[]): Buffer {
  const flag = { file: '0', dir: '5', symlink: '2', hardlink: '1' } as const;
  return tarOf(
    files.map((f) =>
      tarEntry({
        name: f.path,
        flag: flag[f.type ?? 'file'],
        content: f.content,
        mode: f.mode,
        linkname: f.link,
      }),
    ),
  );
}

export interface ImageSpec {
  layers: Buffer[];
  /** gzip the layer blobs (OCI archives). */
  gzip?: boolean;
  config?: Record<string, unknown>;
  history?: { created_by?: string; empty_layer?: boolean; comment?: string }[];
  architecture?: string;
  os?: string;
  annotations?: Record<string, string>;
}

export interface Blob {
  digest: string;
  data: Buffer;
}

function blob(data: Buffer | string): Blob {
  const b = typeof data === 'string' ? Buffer.from(data) : data;
  return { digest: `sha256:${sha256(b)}`, data: b };
}

export interface BuiltImage {
  manifest: Blob;
  config: Blob;
  layers: Blob[];
  diffIds: string[];
  platform: { os: string; architecture: string };
}

/** The OCI blobs of one image. */
export function ociImage(spec: ImageSpec): BuiltImage {
  const diffIds = spec.layers.map((l) => `sha256:${sha256(l)}`);
  const layers = spec.layers.map((l) => blob(spec.gzip ? gzipSync(l) : l));
  const platform = { os: spec.os ?? 'linux', architecture: spec.architecture ?? 'amd64' };
  const config = blob(
    JSON.stringify({
      ...platform,
      created: '2024-01-01T00:00:00Z',
      config: spec.config ?? {},
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: spec.history ?? spec.layers.map((_, i) => ({ created_by: `/bin/sh -c echo layer ${i + 1}` })),
    }),
  );
  const manifest = blob(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: config.digest,
        size: config.data.length,
      },
      layers: layers.map((l) => ({
        mediaType: spec.gzip
          ? 'application/vnd.oci.image.layer.v1.tar+gzip'
          : 'application/vnd.oci.image.layer.v1.tar',
        digest: l.digest,
        size: l.data.length,
      })),
      ...(spec.annotations ? { annotations: spec.annotations } : {}),
    }),
  );
  return { manifest, config, layers, diffIds, platform };
}

export function descriptorOf(img: BuiltImage, extra: Record<string, unknown> = {}) {
  return {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: img.manifest.digest,
    size: img.manifest.data.length,
    ...extra,
  };
}

export function blobEntries(blobs: Blob[]): Buffer[] {
  const seen = new Set<string>();
  const out: Buffer[] = [];
  for (const b of blobs) {
    if (seen.has(b.digest)) continue;
    seen.add(b.digest);
    out.push(tarEntry({ name: `blobs/sha256/${b.digest.slice(7)}`, content: b.data }));
  }
  return out;
}

export function allBlobs(img: BuiltImage): Blob[] {
  return [img.manifest, img.config, ...img.layers];
}

/** An OCI archive (index.json + oci-layout + blobs), index first or last. */
export function ociArchive(
  index: unknown,
  blobs: Blob[],
  opts: { indexLast?: boolean; dockerManifest?: unknown } = {},
): Buffer {
  const meta = [
    tarEntry({ name: 'oci-layout', content: '{"imageLayoutVersion":"1.0.0"}' }),
    tarEntry({ name: 'index.json', content: JSON.stringify(index) }),
    ...(opts.dockerManifest
      ? [tarEntry({ name: 'manifest.json', content: JSON.stringify(opts.dockerManifest) })]
      : []),
  ];
  const body = blobEntries(blobs);
  return tarOf(
    opts.indexLast === false
      ? [...meta, ...body]
      : [tarEntry({ name: 'blobs/', flag: '5' }), ...body, ...meta],
  );
}

/** A legacy docker save archive: `<id>/layer.tar`, `<config>.json`, manifest.json last. */
export function legacyArchive(
  images: {
    layers: Buffer[];
    config?: Record<string, unknown>;
    history?: ImageSpec['history'];
    tags?: string[];
  }[],
): Buffer {
  const entries: Buffer[] = [];
  const manifest: unknown[] = [];
  const written = new Map<string, string>();
  for (const img of images) {
    const diffIds = img.layers.map((l) => `sha256:${sha256(l)}`);
    const layerNames: string[] = [];
    img.layers.forEach((l, i) => {
      const id = sha256(`${diffIds[i]}-${i}-${layerNames.join(',')}`);
      const name = `${id}/layer.tar`;
      const first = written.get(diffIds[i]);
      entries.push(tarEntry({ name: `${id}/`, flag: '5' }));
      entries.push(tarEntry({ name: `${id}/VERSION`, content: '1.0' }));
      entries.push(tarEntry({ name: `${id}/json`, content: JSON.stringify({ id }) }));
      if (first) entries.push(tarEntry({ name, flag: '2', linkname: `../${first}` }));
      else {
        entries.push(tarEntry({ name, content: l }));
        written.set(diffIds[i], name);
      }
      layerNames.push(name);
    });
    const config = Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        config: img.config ?? {},
        rootfs: { type: 'layers', diff_ids: diffIds },
        history: img.history ?? img.layers.map((_, i) => ({ created_by: `/bin/sh -c echo layer ${i + 1}` })),
      }),
    );
    const configName = `${sha256(config)}.json`;
    entries.push(tarEntry({ name: configName, content: config }));
    manifest.push({ Config: configName, RepoTags: img.tags ?? [], Layers: layerNames });
  }
  entries.push(tarEntry({ name: 'manifest.json', content: JSON.stringify(manifest) }));
  return tarOf(entries);
}

/** Writes an OCI layout folder. */
export async function writeLayout(dir: string, index: unknown, blobs: Blob[]): Promise<void> {
  await fs.mkdir(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  await fs.writeFile(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  await fs.writeFile(path.join(dir, 'index.json'), JSON.stringify(index));
  for (const b of blobs) await fs.writeFile(path.join(dir, 'blobs', 'sha256', b.digest.slice(7)), b.data);
}

export async function tempDir(prefix = 'lg-image-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

// ---- models for rule tests ----

export function file(p: string, size = 0, extra: Partial<LayerFile> = {}): LayerFile {
  return { path: p, type: 'file', size, mode: 0o644, uid: 0, gid: 0, ...extra };
}
export function dir(p: string): LayerFile {
  return { path: p, type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0 };
}
export function whiteout(p: string, kind: 'file' | 'opaque' = 'file'): LayerFile {
  return { path: p, type: 'file', size: 0, mode: 0, uid: 0, gid: 0, whiteout: kind };
}

export function layer(
  files: LayerFile[] | undefined,
  createdBy = '/bin/sh -c true',
  extra: Partial<ImageLayer> = {},
): ImageLayer {
  const size = files ? files.reduce((s, f) => s + (f.type === 'file' ? f.size : 0), 0) : undefined;
  return {
    createdBy,
    size,
    contentSize: size,
    ...(files ? { files: LayerFiles.from(files) } : {}),
    ...extra,
  };
}

/** An image model with layers whose history lines up with them. */
export function imageModel(over: Partial<ImageModel> & { layers?: ImageLayer[] } = {}): ImageModel {
  const layers = over.layers ?? [];
  const history =
    over.history ?? layers.map((l, i) => ({ createdBy: l.createdBy, emptyLayer: false, layerIndex: i }));
  layers.forEach((l, i) => {
    if (l.historyIndex === undefined && !over.history) l.historyIndex = i;
  });
  history.forEach((h, hi) => {
    if (
      h.layerIndex !== undefined &&
      layers[h.layerIndex] &&
      layers[h.layerIndex].historyIndex === undefined
    ) {
      layers[h.layerIndex].historyIndex = hi;
    }
  });
  return {
    ref: 'image.tar',
    source: 'oci-archive',
    platform: 'linux/amd64',
    config: { user: '', env: [], labels: {}, exposedPorts: [], volumes: [], ...(over.config ?? {}) },
    annotations: {},
    filesIndexed: layers.length > 0 && layers.every((l) => l.files !== undefined),
    size: layers.reduce((s, l) => s + (l.size ?? 0), 0),
    ...over,
    history,
    layers,
  };
}
