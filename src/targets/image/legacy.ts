/**
 * Images of a docker save archive described by `manifest.json` (the legacy format: `<id>/layer.tar`
 * or, as buildah writes it, `<diffid>.tar` with `<id>/layer.tar` links; Docker 25+ also writes a
 * manifest.json next to its index.json, whose `Layers` name `blobs/sha256/…`).
 */
import { arr, assemble, obj, str } from './assemble.js';
import type { Json, LayerInput } from './assemble.js';
import { resolveEntry } from './archive.js';
import type { ArchiveContents } from './archive.js';
import { normalisePath } from './layer-index.js';
import type { FoundImage } from './oci.js';
import type { ImageSource } from './model.js';

export function imagesFromManifestJson(
  manifest: Json,
  contents: ArchiveContents,
  opts: { ref: string; source: ImageSource },
): { images: FoundImage[]; problems: string[] } {
  const images: FoundImage[] = [];
  const problems: string[] = [];
  const entries = Array.isArray(manifest) ? manifest : [];
  if (!Array.isArray(manifest)) problems.push('manifest.json is not a JSON array');
  for (const [i, e] of entries.entries()) {
    const o = obj(e);
    const configName = str(o?.Config);
    if (!o || !configName) {
      problems.push(`manifest.json entry ${i + 1} has no Config`);
      continue;
    }
    const configPath = normalisePath(configName);
    const configBlob = resolveEntry(contents, configPath);
    const config =
      contents.json.get(configPath) ?? (configBlob ? contents.json.get(configBlob.name) : undefined);
    const itemProblems: string[] = [];
    if (config === undefined) {
      const why = contents.jsonErrors.get(configPath);
      itemProblems.push(
        why
          ? `the image config ${configName} cannot be read: ${why}`
          : `the image config ${configName} is not in the archive`,
      );
    }
    const layers: LayerInput[] = arr(o.Layers).map((l) => {
      const name = str(l);
      if (!name) return { missing: 'its manifest.json entry is not a file name' };
      const blob = resolveEntry(contents, name);
      if (!blob) return { missing: `${name} is not in the archive` };
      if (!blob.layer) return { missing: `${name} is not a layer tar` };
      const m = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(blob.name);
      return { digest: m ? `sha256:${m[1]}` : undefined, result: blob.layer };
    });
    const tags = arr(o.RepoTags).filter((t): t is string => typeof t === 'string');
    const { model, problems: more } = assemble({
      ref: opts.ref,
      name: tags.length > 0 ? tags.join(', ') : undefined,
      source: opts.source,
      configDigest: configBlob?.digest,
      config: config ?? {},
      layers,
    });
    images.push({ model, problems: [...itemProblems, ...more] });
  }
  return { images, problems };
}
