/**
 * The image target (issue 6): reads one `--image` input into one LoadedTarget per image and
 * platform. The input kind is detected, not declared:
 *
 * - a folder with `index.json`: an OCI image layout (blobs read by digest, each layer streamed once);
 * - a file starting like JSON: `docker image inspect` output, or buildx `--metadata-file` output
 *   (the image it names is then read from the local daemon);
 * - any other file: an image archive read in one streaming pass (docker save legacy or Docker 25+,
 *   OCI archive; gzip/zstd-compressed as a whole or not);
 * - `docker-daemon:NAME`, or a name that is not a file: `docker save NAME` streamed from the local
 *   docker CLI, never written to disk.
 *
 * Bad input never throws: whatever could not be read becomes a `problems` entry of the target
 * (reported as `policy/unparsable`), and everything that could be read is still checked.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { isInside } from '../../engine/discover.js';
import { abandonChild } from '../child-process.js';
import type { LoadedTarget } from '../types.js';
import { WHOLE_FILE } from '../../engine/types.js';
import { readArchive, resolveEntry } from './archive.js';
import type { ArchiveContents } from './archive.js';
import { DEFAULT_LIMITS, LayerReader } from './layer-index.js';
import type { ImageLimits, IndexBudget, LayerIndexResult } from './layer-index.js';
import { imagesFromIndex } from './oci.js';
import type { BlobStore, FoundImage } from './oci.js';
import { imagesFromManifestJson } from './legacy.js';
import { buildxImages, isBuildxMetadata, isInspectJson, modelsFromInspect } from './inspect.js';
import { DIGEST_RE, jsonErrorMessage } from './assemble.js';
import type { Json } from './assemble.js';
import { analyseImage, compareImages } from './analysis.js';
import { readRegistryImage } from './registry.js';
import type { RegistryCredential, RegistryOptions } from './registry.js';
import type { ImageModel, ImageSource, ImageStats } from './model.js';

export interface ImageLoadOptions {
  cwd: string;
  /** `--baseline`: an image to compare with. */
  baseline?: string;
  /** Reading limits (decompressed bytes, files, JSON sizes…); defaults in DEFAULT_LIMITS. */
  limits?: Partial<ImageLimits>;
  /** The docker CLI to read image names with (default `docker` on PATH). */
  dockerCommand?: string;
  /**
   * `--platform`: `os/arch[/variant]` or `all`. Registry images default to `linux/amd64`; archives and
   * layouts give every platform they hold unless one is chosen.
   */
  platform?: string;
  /**
   * Whether layer blobs are read from registries (default true). The engine sets false when no enabled
   * rule needs the layer contents: then only the manifest and config are fetched.
   */
  registryLayers?: boolean;
  /** Registry credentials by host (the Action's job token for ghcr.io), before ~/.docker/config.json. */
  registryCredentials?: Record<string, RegistryCredential>;
}

/**
 * The rules that read layer contents (file indexes, uncompressed sizes); with none of them enabled,
 * registry images are checked from their manifest and config alone.
 */
export const LAYER_CONTENT_RULES = [
  'image/wasted-space',
  'image/secret-files',
  'image/setuid-files',
  'image/package-caches',
  'image/max-size',
  'image/size-growth',
];

/** Where and how one input is read. */
interface ReadContext {
  cwd: string;
  limits: ImageLimits;
  docker: string;
  /** The platform chosen with --platform (undefined: every platform of an archive). */
  platform?: string;
  registry: RegistryOptions;
}

/** The transports prefixes of skopeo, buildah and podman (containers-transports(5)). */
const ARCHIVE_PREFIXES = ['docker-archive:', 'oci-archive:', 'oci:'] as const;

/** What reading one input gave: images, and problems with the input as a whole. */
export interface ImageRead {
  images: FoundImage[];
  problems: string[];
}

const CHUNK = 1 << 20;

/**
 * The bytes of a file read into one reused buffer: each chunk is valid until the next one is asked
 * for (readArchive and LayerReader are done with a chunk by then). A read stream allocates a new
 * 1 MiB buffer per read, and the dead ones pile up until a garbage collection: about 25 MB of peak RSS
 * while reading a 2 GB archive (issue 15, item 4).
 */
async function* fileChunks(file: string): AsyncGenerator<Uint8Array> {
  const fh = await fs.open(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK, null);
      if (bytesRead === 0) return;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

/** The environment variables that override the reading limits (docs/security.md lists them). */
export const LIMIT_ENV: Record<keyof ImageLimits, string> = {
  maxLayerBytes: 'LAYERGUARD_MAX_LAYER_BYTES',
  maxRatio: 'LAYERGUARD_MAX_DECOMPRESSION_RATIO',
  ratioAllowance: 'LAYERGUARD_DECOMPRESSION_ALLOWANCE_BYTES',
  maxFiles: 'LAYERGUARD_MAX_IMAGE_FILES',
  maxPaths: 'LAYERGUARD_MAX_IMAGE_PATHS',
  maxNameLength: 'LAYERGUARD_MAX_NAME_LENGTH',
  maxJsonBytes: 'LAYERGUARD_MAX_JSON_BYTES',
  maxJsonTotalBytes: 'LAYERGUARD_MAX_JSON_TOTAL_BYTES',
  maxArchiveEntries: 'LAYERGUARD_MAX_ARCHIVE_ENTRIES',
  maxArchiveBytes: 'LAYERGUARD_MAX_ARCHIVE_BYTES',
  dockerStallMs: 'LAYERGUARD_DOCKER_TIMEOUT_MS',
};

/** The unit of a limit that is not a count of bytes or entries, said when a value is refused. */
const LIMIT_UNITS: Partial<Record<keyof ImageLimits, string>> = { dockerStallMs: 'milliseconds' };

/** Limits set in the environment, and a problem for each value that is not a positive number. */
export function limitsFromEnv(env: Record<string, string | undefined>): {
  limits: Partial<ImageLimits>;
  problems: string[];
} {
  const limits: Partial<ImageLimits> = {};
  const problems: string[] = [];
  for (const [key, name] of Object.entries(LIMIT_ENV) as [keyof ImageLimits, string][]) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    const n = Number(raw);
    if (/^\d+(\.\d+)?$/.test(raw) && n > 0 && Number.isFinite(n)) limits[key] = n;
    else
      problems.push(
        `${name}=${raw.slice(0, 40)} is not a positive number${LIMIT_UNITS[key] ? ` of ${LIMIT_UNITS[key]}` : ''}; the default ${DEFAULT_LIMITS[key]} applies`,
      );
  }
  return { limits, problems };
}

/** Reads one `--image` input into one target per image and platform. */
export async function loadImageTargets(input: string, opts: ImageLoadOptions): Promise<LoadedTarget[]> {
  const fromEnv = limitsFromEnv(process.env);
  const limits = { ...DEFAULT_LIMITS, ...fromEnv.limits, ...opts.limits };
  const ctx: ReadContext = {
    cwd: opts.cwd,
    limits,
    docker: opts.dockerCommand ?? 'docker',
    platform: opts.platform,
    registry: {
      platform: opts.platform ?? 'linux/amd64',
      layers: opts.registryLayers ?? true,
      credentials: opts.registryCredentials,
      env: process.env,
    },
  };
  let read: ImageRead;
  try {
    read = await readImageInput(input, ctx);
  } catch (e) {
    read = { images: [], problems: [`cannot read this image: ${(e as Error).message}`] };
  }
  read.problems.unshift(...fromEnv.problems);
  let baseline: ImageRead | undefined;
  if (opts.baseline) {
    try {
      // The baseline is compared file by file: its layers are always read.
      baseline = await readBaseline(opts.baseline, { ...ctx, registry: { ...ctx.registry, layers: true } });
    } catch (e) {
      baseline = { images: [], problems: [(e as Error).message] };
    }
  }
  if (read.images.length === 0) {
    return [
      {
        kind: 'image',
        file: input,
        units: [],
        problems: (read.problems.length ? read.problems : ['no image found in this input']).map(
          (message) => ({
            message,
            range: WHOLE_FILE,
          }),
        ),
      },
    ];
  }
  const files = targetNames(
    input,
    read.images.map((i) => i.model),
  );
  return read.images.map((found, i) => {
    const model = found.model;
    const problems = [...(i === 0 ? read.problems : []), ...found.problems];
    if (baseline && opts.baseline) {
      const base = pickBaseline(baseline, model);
      if (base.model) model.baseline = { ref: opts.baseline, model: base.model };
      else problems.push(`the baseline ${opts.baseline} cannot be compared with: ${base.why}`);
    }
    const target: LoadedTarget = {
      kind: 'image',
      file: files[i],
      units: [{ model, context: { image: model.name ?? input, platform: model.platform } }],
      problems: problems.map((message) => ({ message, range: WHOLE_FILE })),
      stats: { image: imageStats(model, files[i]) },
    };
    return target;
  });
}

/** `ref`, or `ref#name`, `ref#platform`, `ref#name#platform` when the input holds several images. */
function targetNames(input: string, models: ImageModel[]): string[] {
  if (models.length === 1) return [input];
  const names = new Set(models.map((m) => m.name ?? ''));
  const platforms = new Set(models.map((m) => m.platform));
  const out = models.map((m) => {
    let f = input;
    if (names.size > 1) f += `#${(m.name ?? '').split(', ')[0] || 'unnamed'}`;
    if (platforms.size > 1) f += `#${m.platform}`;
    return f;
  });
  const seen = new Map<string, number>();
  return out.map((f) => {
    const n = (seen.get(f) ?? 0) + 1;
    seen.set(f, n);
    return n === 1 ? f : `${f}#${n}`;
  });
}

function pickBaseline(read: ImageRead, model: ImageModel): { model?: ImageModel; why: string } {
  if (read.images.length === 0) return { why: read.problems.join('; ') || 'it holds no image' };
  const same = read.images.filter((i) => i.model.platform === model.platform);
  if (same.length >= 1) return { model: same[0].model, why: '' };
  if (read.images.length === 1) return { model: read.images[0].model, why: '' };
  return {
    why: `it has no image for ${model.platform} (it has ${read.images.map((i) => i.model.platform).join(', ')})`,
  };
}

/** The report facts of one image (ImageStats), stored as `stats.image`. */
export function imageStats(model: ImageModel, ref = model.ref): ImageStats {
  const analysis = model.filesIndexed ? analyseImage(model) : undefined;
  const comparison = model.baseline ? compareImages(model, model.baseline.model) : undefined;
  const compressed = model.layers.every((l) => l.compressedSize !== undefined) && model.layers.length > 0;
  const stats: ImageStats = {
    ref,
    platform: model.platform,
    source: model.source,
    size: model.size,
    layerCount: model.layers.length,
    filesIndexed: model.filesIndexed,
    layers: model.layers.map((l, i) => {
      const row: ImageStats['layers'][number] = { index: i + 1, createdBy: l.createdBy };
      if (l.size !== undefined) row.size = l.size;
      if (l.digest ?? l.diffId) row.digest = l.digest ?? l.diffId;
      if (l.compressedSize !== undefined) row.compressedSize = l.compressedSize;
      if (analysis) row.wastedBytes = analysis.hiddenBytes[i];
      if (comparison) row.baseline = comparison.layerShared[i] ? 'shared' : 'new';
      return row;
    }),
  };
  if (model.name) stats.name = model.name;
  if (model.manifestDigest) stats.manifestDigest = model.manifestDigest;
  if (model.configDigest) stats.configDigest = model.configDigest;
  if (compressed) stats.compressedSize = model.layers.reduce((s, l) => s + (l.compressedSize ?? 0), 0);
  if (analysis) {
    stats.efficiency = analysis.efficiency;
    stats.wastedBytes = analysis.wastedBytes;
    // The analysis keeps the first WASTED_FILES_KEPT paths and counts the rest.
    stats.wastedFiles = analysis.wastedFiles.map((w) => ({
      path: w.path,
      size: w.size,
      layers: w.layers.map((l) => l + 1),
      hiddenBy: w.hiddenBy + 1,
    }));
    if (analysis.wastedFilesOmitted.count > 0) stats.wastedFilesOmitted = { ...analysis.wastedFilesOmitted };
  }
  if (comparison && model.baseline) {
    const b = model.baseline.model;
    stats.baseline = {
      ref: model.baseline.ref,
      platform: b.platform,
      size: b.size,
      layerCount: b.layers.length,
      sizeDelta: comparison.sizeDelta,
      layerDelta: comparison.layerDelta,
      sharedLayers: comparison.sharedLayers,
    };
    if (comparison.fileChanges) {
      const fc = comparison.fileChanges;
      const sum = (xs: typeof fc) => xs.reduce((s, c) => s + Math.abs(c.sizeDelta), 0);
      const added = fc.filter((c) => c.change === 'added');
      const removed = fc.filter((c) => c.change === 'removed');
      stats.baseline.files = {
        added: added.length,
        removed: removed.length,
        changed: fc.length - added.length - removed.length,
        addedBytes: sum(added),
        removedBytes: sum(removed),
        setuidSet: fc.filter((c) => c.setuidSet).length,
      };
      stats.baseline.fileChanges = fc.map((c) => (c.layer === undefined ? c : { ...c, layer: c.layer + 1 }));
    }
    if (comparison.packageChanges) {
      const count = (k: string) => comparison.packageChanges!.filter((p) => p.change === k).length;
      stats.baseline.packages = {
        added: count('added'),
        removed: count('removed'),
        upgraded: count('upgraded'),
        downgraded: count('downgraded'),
      };
      stats.baseline.packageChanges = comparison.packageChanges;
    }
    if (comparison.packagesUnreadable) stats.baseline.packagesUnreadable = comparison.packagesUnreadable;
  }
  return stats;
}

// ---------------------------------------------------------------------------------------------------
// Reading inputs

const baselineCache = new Map<string, Promise<ImageRead>>();

/** The baseline is read once per process for all `--image` inputs (keyed by file identity). */
async function readBaseline(ref: string, ctx: ReadContext): Promise<ImageRead> {
  const abs = path.resolve(ctx.cwd, ref);
  const st = await fs.stat(abs).catch(() => null);
  if (!st) return readImageInput(ref, ctx);
  const key = `${abs}\0${st.size}\0${st.mtimeMs}\0${JSON.stringify(ctx.limits)}\0${ctx.platform}`;
  let p = baselineCache.get(key);
  if (!p) {
    p = readImageInput(ref, ctx);
    baselineCache.set(key, p);
    if (baselineCache.size > 8) baselineCache.delete(baselineCache.keys().next().value!);
  }
  return p;
}

const REFERENCE_RE =
  /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::\w[\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/;

/** Whether a string that is not a file could be an image name (`nope.tar` is a file that is missing). */
export function looksLikeImageReference(text: string): boolean {
  return text.length <= 512 && REFERENCE_RE.test(text) && !/\.(tar|tgz|gz|zst|json)$/i.test(text);
}

async function readImageInput(input: string, ctx: ReadContext): Promise<ImageRead> {
  const { cwd, limits, docker } = ctx;
  if (input.startsWith('docker-daemon:'))
    return readFromDaemon(input.slice('docker-daemon:'.length), input, limits, docker);
  if (input.startsWith('docker://')) {
    const r = await readRegistryImage(input.slice('docker://'.length), input, limits, ctx.registry);
    return { images: r.images, problems: r.problems };
  }
  const prefix = ARCHIVE_PREFIXES.find((p) => input.startsWith(p));
  if (prefix) return readPrefixed(input, prefix, ctx);
  const abs = path.resolve(cwd, input);
  const st = await fs.stat(abs).catch(() => null);
  if (!st) {
    if (looksLikeImageReference(input)) return readFromDaemon(input, input, limits, docker);
    return { images: [], problems: [`there is no file or folder "${input}", and it is not an image name`] };
  }
  if (st.isDirectory()) return readLayoutDir(abs, input, limits, ctx.platform);
  if (!st.isFile()) return { images: [], problems: [`"${input}" is not a file or a folder`] };
  const head = await readHead(abs, 64);
  const first = head.toString('latin1').trimStart()[0];
  if (first === '{' || first === '[') return readJsonInput(abs, input, st.size, limits, docker);
  const budget: IndexBudget = { files: 0 };
  const chunks = fileChunks(abs);
  // readArchive stops at the end-of-archive blocks without finishing the source: close the file.
  const contents = await readArchive(chunks, limits, budget).finally(() => chunks.return(undefined));
  budget.paths?.trim(); // every layer of the input has been read
  return imagesFromArchive(contents, input, undefined, ctx.platform);
}

/**
 * `docker-archive:PATH[:REF]`, `oci-archive:PATH[:REF]`, `oci:PATH[:REF]`: the file or folder, and,
 * when a reference follows, only the images it names (as skopeo reads them).
 */
async function readPrefixed(input: string, prefix: string, ctx: ReadContext): Promise<ImageRead> {
  const rest = input.slice(prefix.length);
  let file = rest;
  let name: string | undefined;
  const exists = async (p: string) => !!(await fs.stat(path.resolve(ctx.cwd, p)).catch(() => null));
  if (!(await exists(rest))) {
    const colon = rest.indexOf(':');
    if (colon > 0 && (await exists(rest.slice(0, colon)))) {
      file = rest.slice(0, colon);
      name = rest.slice(colon + 1);
    }
  }
  if (!(await exists(file)))
    return { images: [], problems: [`there is no file or folder "${file}" (from ${prefix}${rest})`] };
  const r = await readImageInput(file, { ...ctx });
  if (!name) return r;
  const wanted = name;
  // `NAME` matches the image's full name, the name without its registry host, or its tag alone.
  const matches = (n: string) =>
    n === wanted || n.endsWith(`/${wanted}`) || n.endsWith(`:${wanted}`) || n.startsWith(`${wanted}:`);
  const images = r.images.filter((i) => (i.model.name ?? '').split(', ').some(matches));
  if (images.length === 0 && r.images.length > 0) {
    const names = r.images.map((i) => i.model.name ?? 'unnamed').join('; ');
    return {
      images: [],
      problems: [...r.problems, `${file} holds no image named "${wanted}" (it has ${names})`],
    };
  }
  return { images, problems: r.problems };
}

async function readHead(abs: string, n: number): Promise<Buffer> {
  const fh = await fs.open(abs, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

function imagesFromArchive(
  contents: ArchiveContents,
  ref: string,
  sourceOverride: ImageSource | undefined,
  platform?: string,
): Promise<ImageRead> {
  return (async () => {
    const problems = [...contents.problems];
    const hasIndex = contents.json.has('index.json');
    const hasManifest = contents.json.has('manifest.json');
    for (const name of ['index.json', 'manifest.json']) {
      const why = contents.jsonErrors.get(name);
      if (why) problems.push(`${name} cannot be read: ${why}`);
    }
    if (hasIndex) {
      const source: ImageSource = sourceOverride ?? (hasManifest ? 'docker-archive-oci' : 'oci-archive');
      const r = await imagesFromIndex(contents.json.get('index.json'), archiveStore(contents), {
        ref,
        source,
        platform,
      });
      if (r.images.length > 0) return { images: r.images, problems: [...problems, ...r.problems] };
      if (!hasManifest) {
        const skipped = r.skipped.length
          ? [`the index lists ${r.skipped.join(', ')}, whose blobs are not in the archive`]
          : [];
        return {
          images: [],
          problems: [
            ...problems,
            ...r.problems,
            ...skipped,
            ...(r.problems.length || skipped.length ? [] : ['index.json lists no image']),
          ],
        };
      }
      problems.push(...r.problems);
    }
    if (hasManifest) {
      const source: ImageSource = sourceOverride ?? 'docker-archive';
      const r = imagesFromManifestJson(contents.json.get('manifest.json'), contents, { ref, source });
      return { images: r.images, problems: [...problems, ...r.problems] };
    }
    if (
      contents.entries > 0 &&
      !problems.some((p) => p.includes('index.json') || p.includes('manifest.json'))
    ) {
      problems.push(
        'this is not an image archive: it has neither index.json (OCI archive, Docker 25+ docker save) nor manifest.json (docker save)',
      );
    }
    return { images: [], problems };
  })();
}

function archiveStore(contents: ArchiveContents): BlobStore {
  const nameOf = (digest: string) => `blobs/${digest.replace(':', '/')}`;
  return {
    async json(digest) {
      const name = nameOf(digest);
      const blob = resolveEntry(contents, name);
      if (!blob) return undefined;
      const why = contents.jsonErrors.get(blob.name);
      if (why) throw new Error(why);
      if ((blob as { corrupt?: boolean }).corrupt)
        throw new Error(`its content hashes to ${blob.digest}, not to its name`);
      const doc = contents.json.get(blob.name);
      if (doc === undefined) throw new Error('it is not a JSON document');
      return doc;
    },
    async layer(digest) {
      const blob = resolveEntry(contents, nameOf(digest));
      if (!blob) return undefined;
      if (!blob.layer) throw new Error('its blob is not a layer (neither a tar nor a gzip or zstd stream)');
      return blob.layer;
    },
  };
}

/** An OCI image layout folder: JSON blobs read by digest (bounded, verified), layers streamed once. */
async function readLayoutDir(
  dir: string,
  ref: string,
  limits: ImageLimits,
  platform?: string,
): Promise<ImageRead> {
  // Files of the layout are read only when they are regular files inside it: a link to /dev/zero
  // would never end, one to /proc/self/environ would put the environment into messages.
  const layoutFile = async (file: string) => {
    const s = await fs.stat(file).catch(() => null);
    if (!s) return null;
    if (!s.isFile()) throw new Error('it is not a regular file');
    if (!isInside(file, dir)) throw new Error('it is a symbolic link that leads outside the layout');
    return s;
  };
  const indexPath = path.join(dir, 'index.json');
  let st: Awaited<ReturnType<typeof layoutFile>>;
  try {
    st = await layoutFile(indexPath);
  } catch (e) {
    return { images: [], problems: [`index.json cannot be read: ${(e as Error).message}`] };
  }
  if (!st) {
    return { images: [], problems: ['this folder is not an OCI image layout: it has no index.json'] };
  }
  if (st.size > limits.maxJsonBytes) {
    return {
      images: [],
      problems: [`index.json is larger than ${limits.maxJsonBytes} bytes (the limit for JSON documents)`],
    };
  }
  let index: Json;
  try {
    index = JSON.parse(await fs.readFile(indexPath, 'utf8'));
  } catch (e) {
    return { images: [], problems: [`index.json is not valid JSON (${jsonErrorMessage(e)})`] };
  }
  const budget: IndexBudget = { files: 0 };
  const layers = new Map<string, Promise<LayerIndexResult | undefined>>();
  const blobPath = (digest: string) => {
    if (!DIGEST_RE.test(digest)) throw new Error(`"${digest}" is not a valid digest`);
    const [alg, hex] = digest.split(':');
    return path.join(dir, 'blobs', alg, hex);
  };
  const store: BlobStore = {
    async json(digest) {
      const file = blobPath(digest);
      const s = await layoutFile(file);
      if (!s) return undefined;
      if (s.size > limits.maxJsonBytes)
        throw new Error(`it is larger than ${limits.maxJsonBytes} bytes (the limit for JSON documents)`);
      const buf = await fs.readFile(file);
      const [alg, hex] = digest.split(':');
      const actual = createHash(alg).update(buf).digest('hex');
      if (actual !== hex)
        throw new Error(
          `its content hashes to ${alg}:${actual}, not to its name: the layout is corrupt or was altered`,
        );
      try {
        return JSON.parse(buf.toString('utf8'));
      } catch (e) {
        throw new Error(`it is not valid JSON (${jsonErrorMessage(e)})`);
      }
    },
    layer(digest) {
      let p = layers.get(digest);
      if (!p) {
        p = (async () => {
          const file = blobPath(digest);
          const s = await layoutFile(file);
          if (!s) return undefined;
          const reader = new LayerReader(limits, budget, s.size);
          for await (const chunk of fileChunks(file)) {
            const wait = reader.write(chunk);
            if (wait) await wait;
          }
          return reader.end();
        })();
        layers.set(digest, p);
      }
      return p;
    },
  };
  const r = await imagesFromIndex(index, store, { ref, source: 'oci-layout', platform });
  budget.paths?.trim(); // every layer of the input has been read
  const problems = [...r.problems];
  if (r.images.length === 0) {
    problems.push(
      r.skipped.length
        ? `the index lists ${r.skipped.join(', ')}, whose blobs are not in the layout`
        : 'index.json lists no image',
    );
  }
  return { images: r.images, problems };
}

async function readJsonInput(
  abs: string,
  ref: string,
  size: number,
  limits: ImageLimits,
  docker: string,
): Promise<ImageRead> {
  if (size > limits.maxJsonBytes) {
    return {
      images: [],
      problems: [`this JSON file is larger than ${limits.maxJsonBytes} bytes (the limit for JSON documents)`],
    };
  }
  let doc: Json;
  try {
    doc = JSON.parse(await fs.readFile(abs, 'utf8'));
  } catch (e) {
    return { images: [], problems: [`this file is not valid JSON (${jsonErrorMessage(e)})`] };
  }
  if (isInspectJson(doc))
    return { images: modelsFromInspect(doc, ref).map((model) => ({ model, problems: [] })), problems: [] };
  if (isBuildxMetadata(doc)) return readBuildx(doc, ref, limits, docker);
  if (path.basename(abs) === 'index.json') return readLayoutDir(path.dirname(abs), ref, limits);
  return {
    images: [],
    problems: [
      'this JSON file is neither `docker image inspect` output nor buildx --metadata-file output (nor an OCI layout index.json)',
    ],
  };
}

/** buildx metadata names the image; its config and layers are read from the local daemon. */
async function readBuildx(doc: Json, ref: string, limits: ImageLimits, docker: string): Promise<ImageRead> {
  const out: ImageRead = { images: [], problems: [] };
  for (const img of buildxImages(doc)) {
    const label = img.target ? `target "${img.target}"` : 'the build';
    if (img.names.length === 0) {
      out.problems.push(
        `buildx metadata of ${label} names no image (built without a tag or not loaded): give the image itself, e.g. \`docker save IMAGE -o image.tar\``,
      );
      continue;
    }
    const r = await readFromDaemon(img.names[0], ref, limits, docker, 'buildx-metadata');
    out.problems.push(...r.problems);
    for (const found of r.images) {
      if (
        img.configDigest &&
        r.images.length === 1 &&
        found.model.configDigest &&
        found.model.configDigest !== img.configDigest
      ) {
        found.problems.push(
          `the local image ${img.names[0]} (config ${found.model.configDigest}) is not the one the buildx metadata describes (config ${img.configDigest}): was it rebuilt or re-tagged since?`,
        );
      }
      if (img.manifestDigest && !found.model.manifestDigest) found.model.manifestDigest = img.manifestDigest;
      out.images.push(found);
    }
  }
  return out;
}

/**
 * `docker save NAME` streamed from the docker CLI: one pass, never written to disk. A daemon that stops
 * answering would hold the run for good: when no bytes come for `limits.dockerStallMs`, the CLI is
 * abandoned (abandonChild) and the image reported as not read. The limit is on a pause, not on the
 * whole save, which takes as long as the image is large.
 */
async function readFromDaemon(
  name: string,
  ref: string,
  limits: ImageLimits,
  docker: string,
  source: ImageSource = 'docker-daemon',
): Promise<ImageRead> {
  if (!looksLikeImageReference(name))
    return { images: [], problems: [`"${name}" is not a valid image name`] };
  const child = spawn(docker, ['save', name], { stdio: ['ignore', 'pipe', 'pipe'] });
  const started = await new Promise<Error | null>((resolve) => {
    child.once('spawn', () => resolve(null));
    child.once('error', (e) => resolve(e));
  });
  if (started) {
    const missing = (started as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      images: [],
      problems: [
        missing
          ? `there is no file "${ref}", and no docker CLI on PATH to read the image ${name} from a daemon: save it first (\`docker save ${name} -o image.tar\`) and give the file`
          : `running \`${docker} save ${name}\` failed: ${started.message}`,
      ],
    };
  }
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => {
    if (stderr.length < 4096) stderr += c.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('close', (code) => resolve(code));
    child.once('error', () => resolve(-1));
  });
  // The pipe counts what it has read: checked a few times per allowed pause, with nothing added per chunk.
  const stdout = child.stdout as NodeJS.ReadableStream & { bytesRead?: number };
  let stalled = false;
  let seen = -1;
  let lastProgress = Date.now();
  const watchdog = setInterval(
    () => {
      // A pipe without the count (none known today) is not judged: nothing is stopped for want of it.
      const read = stdout.bytesRead ?? seen + 1;
      if (read !== seen) {
        seen = read;
        lastProgress = Date.now();
      } else if (Date.now() - lastProgress >= limits.dockerStallMs) {
        stalled = true;
        clearInterval(watchdog);
        abandonChild(child);
      }
    },
    Math.max(10, Math.min(1000, limits.dockerStallMs / 4)),
  );
  const budget: IndexBudget = { files: 0 };
  // One iterator over the output, for the reader and then for draining what it left: a stream read
  // through an async iterator ignores resume(), so output the reader did not take (padding after the
  // end blocks, or output that is no archive at all) would stay in the pipe, which then never closes.
  const output = (child.stdout as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  let contents: ArchiveContents | undefined;
  try {
    contents = await readArchive({ [Symbol.asyncIterator]: () => output }, limits, budget);
  } catch (e) {
    if (!stalled) {
      // What was read is reported as not readable: the rest of the save is not waited for.
      clearInterval(watchdog);
      abandonChild(child);
      throw e;
    }
  }
  if (!stalled) {
    budget.paths?.trim(); // every layer of the input has been read
    try {
      while (!(await output.next()).done);
    } catch {
      // Closed by the watchdog, or a read error: the exit status says the rest.
    }
  }
  // The watchdog bounds this wait too: a CLI that sent its archive and never exits is stopped.
  const code = await exited;
  clearInterval(watchdog);
  if (stalled || contents === undefined) {
    return {
      images: [],
      problems: [
        `\`${docker} save ${name}\` sent nothing more for ${limits.dockerStallMs / 1000} s without finishing, and was stopped: is the Docker daemon answering (\`docker info\`)? Save the image to a file and give the file instead, or allow a longer pause with LAYERGUARD_DOCKER_TIMEOUT_MS (milliseconds)`,
        // What it had sent, when that was read to its end (or found not to be an archive).
        ...(contents?.problems ?? []),
      ],
    };
  }
  if (code !== 0) {
    const msg = stderr.trim().split('\n').slice(-3).join(' ').slice(0, 500);
    return {
      images: [],
      problems: [`\`${docker} save ${name}\` failed (exit ${code})${msg ? `: ${msg}` : ''}`],
    };
  }
  return imagesFromArchive(contents, ref, source);
}
