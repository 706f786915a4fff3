/**
 * Finds the images in an OCI `index.json` (OCI archives, OCI layout folders and the docker save
 * archives Docker 25+ writes) and assembles one model per image and platform. Nested indexes
 * (multi-platform images) are followed; attestation manifests (BuildKit provenance/SBOM, platform
 * `unknown/unknown`) are not images and are skipped; so are platforms whose blobs the input does not
 * hold (`docker save --platform`), which are counted in the result.
 */
import { arr, assemble, DIGEST_RE, obj, platformString, str } from './assemble.js';
import type { Json, LayerInput } from './assemble.js';
import type { ImageModel, ImageSource } from './model.js';
import type { LayerIndexResult } from './layer-index.js';

export interface BlobStore {
  /**
   * A JSON blob by digest; undefined when absent; throws with a message when unreadable. `role` says
   * what the document is expected to be (a registry serves manifests and configs at different URLs).
   */
  json(digest: string, role: 'manifest' | 'config'): Promise<Json | undefined>;
  /** False when layer blobs are deliberately not read (no rule needs the layer contents). */
  readsLayers?: boolean;
  /** A layer blob, read once and indexed; undefined when absent. */
  layer(digest: string, size: number | undefined): Promise<LayerIndexResult | undefined>;
}

export interface FoundImage {
  model: ImageModel;
  problems: string[];
}

const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]);
const MANIFEST_TYPES = new Set([
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
]);
const NAME_ANNOTATIONS = ['io.containerd.image.name', 'org.opencontainers.image.ref.name'];
const MAX_DEPTH = 4;

function annotationsOf(x: Json): Record<string, string> {
  const out: Record<string, string> = {};
  const o = obj(x);
  if (o) for (const [k, v] of Object.entries(o)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** A short description of an untrusted value (never JSON.stringify: it may nest 100,000 deep). */
function describe(v: Json): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);
  if (v === null || v === undefined) return 'none';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : String(v).slice(0, 40);
}

function nameOf(annotations: Record<string, string>): string | undefined {
  for (const k of NAME_ANNOTATIONS) if (annotations[k]) return annotations[k];
  return undefined;
}

/**
 * Whether an index entry's platform is the one asked for: `linux/arm64` matches `linux/arm64/v8`;
 * `all` (or no choice) matches everything.
 */
export function platformMatches(wanted: string | undefined, platform: string): boolean {
  if (!wanted || wanted === 'all') return true;
  const w = wanted.split('/');
  const p = platform.split('/');
  return w.every((part, i) => part === p[i]);
}

export async function imagesFromIndex(
  index: Json,
  store: BlobStore,
  opts: { ref: string; source: ImageSource; platform?: string },
): Promise<{ images: FoundImage[]; problems: string[]; skipped: string[]; otherPlatforms: string[] }> {
  const images: FoundImage[] = [];
  const problems: string[] = [];
  const skipped: string[] = [];
  const otherPlatforms: string[] = [];
  const seen = new Map<string, FoundImage>();

  async function visit(desc: Json, inherited: Record<string, string>, depth: number): Promise<void> {
    const d = obj(desc);
    if (!d) return;
    const digest = str(d.digest);
    if (!digest || !DIGEST_RE.test(digest)) {
      problems.push(`a descriptor has no valid digest (${describe(d.digest)}); it was skipped`);
      return;
    }
    const annotations = { ...inherited, ...annotationsOf(d.annotations) };
    const platform = obj(d.platform);
    if (
      annotations['vnd.docker.reference.type'] === 'attestation-manifest' ||
      (platform && str(platform.os) === 'unknown' && str(platform.architecture) === 'unknown')
    ) {
      return;
    }
    const platformText = platform
      ? platformString(str(platform.os), str(platform.architecture), str(platform.variant))
      : undefined;
    if (platformText && !platformMatches(opts.platform, platformText)) {
      otherPlatforms.push(platformText);
      return;
    }
    const already = seen.get(digest);
    if (already) {
      // The same image listed twice (one entry per tag): one target, every name kept.
      const n = nameOf(annotations);
      if (n && already.model.name && !already.model.name.split(', ').includes(n))
        already.model.name += `, ${n}`;
      return;
    }
    let doc: Json | undefined;
    try {
      doc = await store.json(digest, 'manifest');
    } catch (e) {
      problems.push(`${digest} cannot be read: ${(e as Error).message}`);
      return;
    }
    if (doc === undefined) {
      skipped.push(platformText ?? digest);
      return;
    }
    const o = obj(doc);
    if (!o) {
      problems.push(`${digest} is not a JSON object`);
      return;
    }
    const mediaType = str(d.mediaType) ?? str(o.mediaType);
    const isIndex = (mediaType && INDEX_TYPES.has(mediaType)) || (!mediaType && Array.isArray(o.manifests));
    if (isIndex) {
      if (depth >= MAX_DEPTH) {
        problems.push(`indexes nest deeper than ${MAX_DEPTH} levels at ${digest}; not followed`);
        return;
      }
      for (const m of arr(o.manifests))
        await visit(m, nameOf(annotations) ? { [NAME_ANNOTATIONS[0]]: nameOf(annotations)! } : {}, depth + 1);
      return;
    }
    if (mediaType && !MANIFEST_TYPES.has(mediaType) && !Array.isArray(o.layers)) {
      return; // some other artifact (a signature, an SBOM): not an image
    }
    const found = await imageFromManifest(o, digest, annotations, platformText, store, opts);
    if (found) {
      seen.set(digest, found);
      images.push(found);
    } else {
      // Its config is not in the input: a platform that was not saved (or a blob that went missing).
      skipped.push(platformText ?? digest);
    }
  }

  const idx = obj(index);
  if (!idx) {
    problems.push('index.json is not a JSON object');
    return { images, problems, skipped, otherPlatforms };
  }
  for (const m of arr(idx.manifests)) await visit(m, {}, 0);
  return { images, problems, skipped, otherPlatforms };
}

async function imageFromManifest(
  manifest: Record<string, Json>,
  manifestDigest: string,
  annotations: Record<string, string>,
  platformText: string | undefined,
  store: BlobStore,
  opts: { ref: string; source: ImageSource },
): Promise<FoundImage | undefined> {
  const problems: string[] = [];
  const configDesc = obj(manifest.config);
  const configDigest = str(configDesc?.digest);
  if (!configDigest || !DIGEST_RE.test(configDigest)) {
    return {
      model: emptyModel(opts, manifestDigest, platformText),
      problems: [`the manifest ${manifestDigest} has no valid config digest`],
    };
  }
  let config: Json | undefined;
  try {
    config = await store.json(configDigest, 'config');
  } catch (e) {
    problems.push(`the image config ${configDigest} cannot be read: ${(e as Error).message}`);
  }
  if (config === undefined && problems.length === 0) {
    return undefined; // config not in the input: a platform that was not saved
  }
  const layers: LayerInput[] = [];
  for (const l of arr(manifest.layers)) {
    const ld = obj(l);
    const digest = str(ld?.digest);
    const mediaType = str(ld?.mediaType);
    const size = typeof ld?.size === 'number' ? ld.size : undefined;
    if (!digest || !DIGEST_RE.test(digest)) {
      layers.push({ mediaType, size, missing: 'its descriptor has no valid digest' });
      continue;
    }
    if (store.readsLayers === false) {
      layers.push({ digest, mediaType, size, skipped: true });
      continue;
    }
    let result: LayerIndexResult | undefined;
    let why: string | undefined;
    try {
      result = await store.layer(digest, size);
    } catch (e) {
      why = (e as Error).message;
    }
    const foreign = mediaType?.includes('foreign') || mediaType?.includes('nondistributable');
    layers.push({
      digest,
      mediaType,
      size,
      result,
      missing: result
        ? undefined
        : (why ??
          (foreign ? 'it is a foreign layer, not shipped in the input' : 'its blob is not in the input')),
    });
  }
  const manifestAnnotations = { ...annotations, ...annotationsOf(manifest.annotations) };
  const { model, problems: more } = assemble({
    ref: opts.ref,
    name: nameOf(annotations),
    source: opts.source,
    platform: platformText,
    manifestDigest,
    configDigest,
    config: config ?? {},
    annotations: manifestAnnotations,
    layers,
  });
  return { model, problems: [...problems, ...more] };
}

function emptyModel(
  opts: { ref: string; source: ImageSource },
  manifestDigest: string,
  platform?: string,
): ImageModel {
  return assemble({ ref: opts.ref, source: opts.source, manifestDigest, platform, config: {}, layers: [] })
    .model;
}
