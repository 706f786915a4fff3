/**
 * Turns what an input holds (an image config JSON, manifest descriptors, layer read results) into
 * the ImageModel, whatever the input format. JSON from the input is untrusted: every field is
 * checked for its type, and anything odd is left out rather than trusted.
 */
import type {
  HistoryEntry,
  ImageConfig,
  ImageHealthcheck,
  ImageLayer,
  ImageModel,
  ImageSource,
} from './model.js';
import type { LayerIndexResult } from './layer-index.js';

export type Json = unknown;

export function obj(x: Json): Record<string, Json> | undefined {
  return x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, Json>) : undefined;
}
export function str(x: Json): string | undefined {
  return typeof x === 'string' ? x : undefined;
}
export function num(x: Json): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}
export function arr(x: Json): Json[] {
  return Array.isArray(x) ? x : [];
}
function strings(x: Json): string[] | undefined {
  if (!Array.isArray(x)) return undefined;
  return x.filter((v): v is string => typeof v === 'string');
}
function stringMap(x: Json): Record<string, string> {
  const out: Record<string, string> = {};
  const o = obj(x);
  if (o) for (const [k, v] of Object.entries(o)) if (typeof v === 'string') out[k] = v;
  return out;
}

/**
 * A JSON.parse error without the excerpt V8 puts in it (`Unexpected token 'g', "{"a": ghs_ab"... is
 * not valid JSON`): the input may be anything a link points at, and messages end up on pull requests.
 */
export function jsonErrorMessage(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/,? ?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '').trim() || 'invalid JSON';
}

/** Valid digests only: they become file names in an OCI layout. */
export const DIGEST_RE = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;

/** Normalises `config` of an OCI/Docker image config, or `Config` of `docker image inspect`. */
export function normaliseConfig(raw: Json): ImageConfig {
  const c = obj(raw) ?? {};
  const env: ImageConfig['env'] = [];
  for (const e of strings(c.Env) ?? []) {
    const eq = e.indexOf('=');
    env.push(eq >= 0 ? { name: e.slice(0, eq), value: e.slice(eq + 1) } : { name: e, value: '' });
  }
  let healthcheck: ImageHealthcheck | undefined;
  const hc = obj(c.Healthcheck);
  if (hc) {
    const test = strings(hc.Test);
    if (test && test.length > 0) {
      healthcheck = { test };
      const ns = (v: Json) => (num(v) !== undefined ? num(v)! / 1e9 : undefined);
      if (ns(hc.Interval) !== undefined) healthcheck.interval = ns(hc.Interval);
      if (ns(hc.Timeout) !== undefined) healthcheck.timeout = ns(hc.Timeout);
      if (ns(hc.StartPeriod) !== undefined) healthcheck.startPeriod = ns(hc.StartPeriod);
      if (num(hc.Retries) !== undefined) healthcheck.retries = num(hc.Retries);
    }
  }
  const config: ImageConfig = {
    user: str(c.User) ?? '',
    env,
    labels: stringMap(c.Labels),
    exposedPorts: Object.keys(obj(c.ExposedPorts) ?? {}),
    volumes: Object.keys(obj(c.Volumes) ?? {}),
  };
  if (healthcheck) config.healthcheck = healthcheck;
  const entrypoint = strings(c.Entrypoint);
  if (entrypoint) config.entrypoint = entrypoint;
  const cmd = strings(c.Cmd);
  if (cmd) config.cmd = cmd;
  if (str(c.WorkingDir)) config.workingDir = str(c.WorkingDir);
  if (str(c.StopSignal)) config.stopSignal = str(c.StopSignal);
  return config;
}

export function normaliseHistory(raw: Json): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const h of arr(raw)) {
    const o = obj(h);
    if (!o) continue;
    const e: HistoryEntry = {
      createdBy: str(o.created_by) ?? str(o.CreatedBy) ?? '',
      emptyLayer: o.empty_layer === true || o.EmptyLayer === true,
    };
    const created = str(o.created) ?? str(o.Created);
    if (created) e.created = created;
    const author = str(o.author) ?? str(o.Author);
    if (author) e.author = author;
    const comment = str(o.comment) ?? str(o.Comment);
    if (comment) e.comment = comment;
    out.push(e);
  }
  return out;
}

export function platformString(os?: string, arch?: string, variant?: string): string {
  if (!os && !arch) return 'unknown';
  return [os || 'unknown', arch || 'unknown', ...(variant ? [variant] : [])].join('/');
}

/** Platform of an image config (`os`, `architecture`, `variant`). */
export function platformOfConfig(config: Json): string {
  const c = obj(config) ?? {};
  return platformString(
    str(c.os) ?? str(c.Os),
    str(c.architecture) ?? str(c.Architecture),
    str(c.variant) ?? str(c.Variant),
  );
}

export interface LayerInput {
  /** Descriptor digest (OCI) or entry name (legacy). */
  digest?: string;
  mediaType?: string;
  /** Stored size from the descriptor. */
  size?: number;
  /** What reading the blob gave; undefined when the blob is absent. */
  result?: LayerIndexResult;
  /** Why the blob is absent (foreign layer, not in the archive). */
  missing?: string;
  /** The blob was deliberately not read (no rule needs layer contents): no problem, no file index. */
  skipped?: boolean;
}

export interface AssembleInput {
  ref: string;
  name?: string;
  source: ImageSource;
  platform?: string;
  manifestDigest?: string;
  configDigest?: string;
  config: Json;
  annotations?: Record<string, string>;
  layers: LayerInput[];
}

/** Lines up the history with the layers: each entry that is not an empty layer made the next layer. */
export function lineUpHistory(history: HistoryEntry[], layers: ImageLayer[]): void {
  let li = 0;
  history.forEach((h, hi) => {
    if (h.emptyLayer) return;
    if (li < layers.length) {
      h.layerIndex = li;
      layers[li].createdBy = h.createdBy;
      layers[li].historyIndex = hi;
    }
    li++;
  });
}

const short = (d?: string) => (d ? d.replace(/^sha256:/, '').slice(0, 12) : '?');

/** Builds the model from a config and its layers; problems say what could not be read or verified. */
export function assemble(input: AssembleInput): { model: ImageModel; problems: string[] } {
  const problems: string[] = [];
  const cfg = obj(input.config) ?? {};
  const history = normaliseHistory(cfg.history);
  const diffIds = strings(obj(cfg.rootfs)?.diff_ids) ?? [];
  if (input.layers.length !== diffIds.length && diffIds.length > 0) {
    problems.push(
      `the manifest lists ${input.layers.length} layers but the image config's rootfs lists ${diffIds.length}: the image is inconsistent`,
    );
  }
  const layers: ImageLayer[] = [];
  let filesIndexed = input.layers.length > 0 || diffIds.length === 0;
  input.layers.forEach((l, i) => {
    const r = l.result;
    const layer: ImageLayer = { createdBy: '' };
    if (r) layer.size = r.size;
    if (l.digest) layer.digest = l.digest;
    const diffId = diffIds[i];
    if (diffId) layer.diffId = diffId;
    if (l.mediaType) layer.mediaType = l.mediaType;
    if (r && r.compression !== 'none') layer.compressedSize = r.storedSize;
    else if (l.size !== undefined && l.mediaType && /gzip|zstd/.test(l.mediaType))
      layer.compressedSize = l.size;
    const label = `layer ${i + 1} (${short(l.digest ?? diffId)})`;
    if (l.skipped) {
      filesIndexed = false;
      if (l.size !== undefined && !(l.mediaType && /gzip|zstd/.test(l.mediaType))) layer.size = l.size;
    } else if (!r) {
      filesIndexed = false;
      if (l.size !== undefined && !(l.mediaType && /gzip|zstd/.test(l.mediaType))) layer.size = l.size;
      problems.push(`${label}: ${l.missing ?? 'its blob is not in the input'}; its files were not checked`);
    } else {
      layer.contentSize = r.contentSize;
      layer.files = r.files;
      if (r.truncated) {
        layer.filesTruncated = true;
        filesIndexed = false;
      }
      for (const p of r.problems) problems.push(`${label}: ${p}`);
      if (l.digest && DIGEST_RE.test(l.digest) && l.digest.startsWith('sha256:') && r.digest !== l.digest) {
        problems.push(
          `${label} does not match its digest (its content hashes to ${r.digest}): the input is corrupt or was altered`,
        );
      }
      if (diffId && r.diffId && diffId !== r.diffId) {
        problems.push(
          `${label}: its uncompressed content hashes to ${r.diffId}, not to the diff ID ${diffId} the image config names: the input is corrupt or was altered`,
        );
      }
    }
    layers.push(layer);
  });
  lineUpHistory(history, layers);
  const size = layers.reduce((s, l) => s + (l.size ?? 0), 0);
  const model: ImageModel = {
    ref: input.ref,
    source: input.source,
    platform: input.platform ?? platformOfConfig(cfg),
    config: normaliseConfig(cfg.config ?? cfg.container_config),
    annotations: input.annotations ?? {},
    history,
    layers,
    filesIndexed: filesIndexed && layers.length > 0,
    size,
  };
  if (input.name) model.name = input.name;
  if (input.manifestDigest) model.manifestDigest = input.manifestDigest;
  if (input.configDigest) model.configDigest = input.configDigest;
  if (str(cfg.created)) model.created = str(cfg.created);
  return { model, problems };
}
