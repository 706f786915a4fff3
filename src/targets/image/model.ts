/**
 * The model of one built image for one platform (DESIGN.md, `image`), as every `image/*` rule reads
 * it, whatever the input was (docker save tar, OCI layout or archive, inspect JSON, buildx metadata,
 * the local daemon). Facts an input does not carry are absent, and rules that need them stay silent:
 * inspect JSON has no history and no layer contents, so `filesIndexed` is false there.
 *
 * Layers are numbered from 1 in messages, in `FindingContext.layer` and in the report table; the
 * arrays below are 0-based (`layers[n - 1]` is layer n).
 */

import type { FileChange } from './analysis.js';
import type { LayerFiles } from './file-index.js';
import type { PackageChange } from './packages.js';

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
  /**
   * For a package database (dpkg `var/lib/dpkg/status`, `var/lib/dpkg/status.d/*`, apk
   * `lib/apk/db/installed`) of at most PACKAGE_DB_MAX_BYTES: its text, for the package diff.
   */
  content?: string;
}

/** Largest package database kept (Debian's full status file is about 1 MB). */
export const PACKAGE_DB_MAX_BYTES = 32 * 1024 * 1024;

/** Whether a layer path is a package database whose text is kept (see `LayerFile.content`). */
export function isPackageDb(path: string): boolean {
  if (path === 'var/lib/dpkg/status' || path === 'lib/apk/db/installed') return true;
  if (!path.startsWith('var/lib/dpkg/status.d/')) return false;
  const name = path.slice('var/lib/dpkg/status.d/'.length);
  // distroless keeps one paragraph file per package, beside its .md5sums.
  return name !== '' && !name.includes('/') && !name.endsWith('.md5sums');
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
  /**
   * The layer's entries in tar order (a compact columnar index: `get(i)` or iterating makes
   * `LayerFile` objects); undefined when the layer contents were not read.
   */
  files?: LayerFiles;
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
  /** Counts of the file diff, when both images' layers were read. */
  files?: {
    added: number;
    removed: number;
    changed: number;
    addedBytes: number;
    removedBytes: number;
    /** Files whose setuid or setgid bit the image sets and the baseline did not have. */
    setuidSet: number;
  };
  /**
   * Every added, removed and changed file (folders left out), largest size change first; layers
   * numbered from 1. Changed means a different size, type, mode, owner or link target.
   */
  fileChanges?: ImageFileChangeStats[];
  /** Counts of the package diff (dpkg, apk), when either image has a package database. */
  packages?: { added: number; removed: number; upgraded: number; downgraded: number };
  /** Every package change, added first, then upgraded, downgraded, removed; by name. */
  packageChanges?: PackageChange[];
  /** Package databases present but not read (rpm). */
  packagesUnreadable?: string[];
}

/** One entry of `ImageBaselineStats.fileChanges`: FileChange with the layer counted from 1. */
export type ImageFileChangeStats = Omit<FileChange, 'layer'> & { layer?: number };

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
