/**
 * The model of one built image for one platform (DESIGN.md, `image`), as every `image/*` rule reads
 * it, whatever the input was (docker save tar, OCI layout or archive, inspect JSON, buildx metadata,
 * the local daemon). Facts an input does not carry are absent, and rules that need them stay silent:
 * inspect JSON has no history and no layer contents, so `filesIndexed` is false there.
 *
 * Layers are numbered from 1 in messages, in `FindingContext.layer` and in the report table; the
 * arrays below are 0-based (`layers[n - 1]` is layer n).
 */

/** Where the image was read from. */
export type ImageSource =
  | 'docker-archive'
  | 'docker-archive-oci'
  | 'oci-archive'
  | 'oci-layout'
  | 'inspect-json'
  | 'buildx-metadata'
  | 'docker-daemon'
  | 'registry';

export type LayerFileType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'char' | 'block' | 'fifo' | 'other';

/** One entry of a layer tar, as read on the way through the stream. */
export interface LayerFile {
  /** Normalised path without leading `/` or `./` (`etc/passwd`); for whiteouts, the path removed. */
  path: string;
  type: LayerFileType;
  /** Bytes of content (0 for everything but regular files). */
  size: number;
  /** Permission bits including setuid (0o4000), setgid (0o2000) and sticky (0o1000). */
  mode: number;
  uid: number;
  gid: number;
  /** Target of a symlink or hardlink. */
  linkTarget?: string;
  /**
   * `file`: a `.wh.<name>` entry, removing `path` (file or directory) of the layers below;
   * `opaque`: a `.wh..wh..opq` entry, hiding everything the layers below had under directory `path`.
   */
  whiteout?: 'file' | 'opaque';
  /** For a regular file whose first bytes are a private key header: the header (`OPENSSH PRIVATE KEY`…). */
  keyHeader?: string;
}

export interface ImageLayer {
  /** Blob digest as the manifest names it (compressed for gzip/zstd layers); undefined for inspect JSON. */
  digest?: string;
  /** Digest of the uncompressed tar (config `rootfs.diff_ids`). */
  diffId?: string;
  mediaType?: string;
  /** Bytes of the blob as stored (compressed size for gzip/zstd layers). */
  compressedSize?: number;
  /** Bytes of the uncompressed layer tar when read (or known from the input); undefined when unknown. */
  size?: number;
  /** Sum of the regular files' sizes in this layer, when read. */
  contentSize?: number;
  /** The `created_by` of the history entry that made this layer ('' when there was none). */
  createdBy: string;
  /** Index in `history` of the entry that made this layer, when the history lines up. */
  historyIndex?: number;
  /** The layer's entries in tar order; undefined when the layer contents were not read. */
  files?: LayerFile[];
  /** True when the index stopped early (entry or byte limit); the message is in the target's problems. */
  filesTruncated?: boolean;
}

export interface HistoryEntry {
  created?: string;
  createdBy: string;
  author?: string;
  comment?: string;
  emptyLayer: boolean;
  /** 0-based index in `layers` of the layer this entry made; undefined for empty layers. */
  layerIndex?: number;
}

export interface ImageHealthcheck {
  test: string[];
  interval?: number;
  timeout?: number;
  startPeriod?: number;
  retries?: number;
}

/** The image config (`config` of the OCI image config / `Config` of docker inspect), normalised. */
export interface ImageConfig {
  user: string;
  env: { name: string; value: string }[];
  labels: Record<string, string>;
  /** `8080/tcp`, `53/udp`. */
  exposedPorts: string[];
  volumes: string[];
  healthcheck?: ImageHealthcheck;
  entrypoint?: string[];
  cmd?: string[];
  workingDir?: string;
  stopSignal?: string;
}

/** The image compared with (`--baseline`). */
export interface ImageBaseline {
  /** The reference as given to `--baseline`. */
  ref: string;
  /** The baseline image of the same platform (or its only platform). */
  model: ImageModel;
}

export interface ImageModel {
  /** The reference the user gave (file path or image name). */
  ref: string;
  /** The image's own name when the input names it (repo tag, `org.opencontainers.image.ref.name`). */
  name?: string;
  source: ImageSource;
  /** `os/architecture[/variant]`, e.g. `linux/amd64`; `unknown` when the input does not say. */
  platform: string;
  /** Digest of the image manifest, when known. */
  manifestDigest?: string;
  /** Digest of the image config (the image ID). */
  configDigest?: string;
  created?: string;
  config: ImageConfig;
  /** Manifest annotations (and those of the index entry that pointed at it). */
  annotations: Record<string, string>;
  history: HistoryEntry[];
  layers: ImageLayer[];
  /** True when every layer's file index is present (layer blobs were read). */
  filesIndexed: boolean;
  /** Uncompressed size of the image in bytes (sum of the known layer sizes, or docker inspect `Size`). */
  size: number;
  baseline?: ImageBaseline;
}

/** How many wasted paths `stats.image.wastedFiles` keeps (the JSON report); the rest are counted. */
export const WASTED_FILES_KEPT = 1000;

/** One path of `ImageStats.wastedFiles` (layers numbered from 1). */
export interface ImageWastedFileStats {
  path: string;
  /** Bytes of every hidden copy. */
  size: number;
  /** Layers that wrote the hidden copies. */
  layers: number[];
  /** Layer that hid the last hidden copy (overwrote or deleted it). */
  hiddenBy: number;
}

/** One row of the report table (`stats.image.layers`). */
export interface ImageLayerStats {
  /** 1-based layer number. */
  index: number;
  digest?: string;
  /** Uncompressed bytes; undefined when the input does not say (inspect JSON). */
  size?: number;
  compressedSize?: number;
  createdBy: string;
  /** Bytes of this layer that later layers overwrite or delete: shipped, never seen. */
  wastedBytes?: number;
  /** Against the baseline: `shared` when the baseline has the same layer (same diff ID), else `new`. */
  baseline?: 'shared' | 'new';
}

export interface ImageBaselineStats {
  ref: string;
  platform: string;
  size: number;
  layerCount: number;
  sizeDelta: number;
  layerDelta: number;
  sharedLayers: number;
}

/** What the image target leaves in `LoadedTarget.stats.image` for reports (layer table, chart). */
export interface ImageStats {
  ref: string;
  name?: string;
  platform: string;
  source: ImageSource;
  manifestDigest?: string;
  configDigest?: string;
  /** Uncompressed bytes. */
  size: number;
  compressedSize?: number;
  layerCount: number;
  filesIndexed: boolean;
  /** dive's efficiency score (0..1), when the layer contents were read. */
  efficiency?: number;
  /**
   * Wasted bytes, when the layer contents were read: bytes of the layer entries that are hidden in the
   * final file system (overwritten later, deleted by a whiteout or an opaque whiteout); Σ of the
   * layers' `wastedBytes` and of `wastedFiles` (with `wastedFilesOmitted`).
   */
  wastedBytes?: number;
  /** The paths behind `wastedBytes`, largest first, at most WASTED_FILES_KEPT of them. */
  wastedFiles?: ImageWastedFileStats[];
  /** Paths with hidden bytes left out of `wastedFiles`, and their bytes. */
  wastedFilesOmitted?: { count: number; bytes: number };
  layers: ImageLayerStats[];
  baseline?: ImageBaselineStats;
}

/** Reads `stats.image` back with its type (reports). */
export function imageStatsOf(stats: Record<string, unknown> | undefined): ImageStats | undefined {
  const s = stats?.image as ImageStats | undefined;
  return s && typeof s === 'object' && Array.isArray(s.layers) ? s : undefined;
}
