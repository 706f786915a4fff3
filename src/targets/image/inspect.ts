/**
 * JSON inputs that describe an image without its layers: `docker image inspect` (one object or the
 * array; podman's output also carries `History`), and buildx `--metadata-file` (one build, or bake's
 * map of target -> build), which only names the image and its digests.
 */
import {
  arr,
  lineUpHistory,
  normaliseConfig,
  normaliseHistory,
  num,
  obj,
  platformString,
  str,
} from './assemble.js';
import type { Json } from './assemble.js';
import type { ImageLayer, ImageModel } from './model.js';

export function isInspectObject(x: Json): boolean {
  const o = obj(x);
  return (
    !!o &&
    (o.RootFS !== undefined || (o.Config !== undefined && (o.Id !== undefined || o.RepoTags !== undefined)))
  );
}

export function isInspectJson(doc: Json): boolean {
  return Array.isArray(doc) ? doc.length > 0 && doc.every(isInspectObject) : isInspectObject(doc);
}

/** One model per inspected image. */
export function modelsFromInspect(doc: Json, ref: string): ImageModel[] {
  const items = Array.isArray(doc) ? doc : [doc];
  return items.map((item) => {
    const o = obj(item) ?? {};
    const layers: ImageLayer[] = arr(obj(o.RootFS)?.Layers)
      .filter((l): l is string => typeof l === 'string')
      .map((diffId) => ({ diffId, createdBy: '' }));
    const history = normaliseHistory(o.History);
    lineUpHistory(history, layers);
    const tags = arr(o.RepoTags).filter((t): t is string => typeof t === 'string');
    const digests = arr(o.RepoDigests).filter((t): t is string => typeof t === 'string');
    const annotations: Record<string, string> = {};
    const ann = obj(o.Annotations);
    if (ann) for (const [k, v] of Object.entries(ann)) if (typeof v === 'string') annotations[k] = v;
    const model: ImageModel = {
      ref,
      source: 'inspect-json',
      platform: platformString(str(o.Os), str(o.Architecture), str(o.Variant)),
      config: normaliseConfig(o.Config),
      annotations,
      history,
      layers,
      filesIndexed: false,
      size: num(o.Size) ?? num(o.VirtualSize) ?? 0,
    };
    const name = tags[0] ?? digests[0];
    if (name) model.name = tags.length > 1 ? tags.join(', ') : name;
    const id = str(o.Id);
    if (id && /^sha256:[0-9a-f]{64}$/.test(id)) model.configDigest = id;
    if (str(o.Created)) model.created = str(o.Created);
    return model;
  });
}

export interface BuildxImage {
  /** The target name, for bake metadata. */
  target?: string;
  names: string[];
  manifestDigest?: string;
  configDigest?: string;
}

function isBuildxEntry(x: Json): boolean {
  const o = obj(x);
  return (
    !!o &&
    Object.keys(o).some(
      (k) => k.startsWith('containerimage.') || k === 'image.name' || k === 'buildx.build.ref',
    )
  );
}

export function isBuildxMetadata(doc: Json): boolean {
  if (isBuildxEntry(doc)) return true;
  const o = obj(doc);
  return !!o && Object.keys(o).length > 0 && Object.values(o).every(isBuildxEntry);
}

/** The images a buildx metadata file names (bake: one per target). */
export function buildxImages(doc: Json): BuildxImage[] {
  const entries: [string | undefined, Json][] = isBuildxEntry(doc)
    ? [[undefined, doc]]
    : Object.entries(obj(doc) ?? {});
  return entries.map(([target, e]) => {
    const o = obj(e) ?? {};
    const names = (str(o['image.name']) ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const img: BuildxImage = { names };
    if (target) img.target = target;
    const md = str(o['containerimage.digest']);
    if (md) img.manifestDigest = md;
    const cd = str(o['containerimage.config.digest']);
    if (cd) img.configDigest = cd;
    return img;
  });
}
