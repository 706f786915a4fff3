/**
 * Compose files: one RuntimeSpec per `services.<name>`, anchors and merge keys resolved, interpolation
 * defaults (`${LIMIT:-1g}`) applied and other variables left opaque.
 */
import path from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { Range } from '../../engine/types.js';
import type { TargetUnit } from '../types.js';
import { composeEnvValue, yamlEnv } from './env.js';
import { emptySpec } from './model.js';
import type { MountSetting, MountType, RuntimeSpec, Setting } from './model.js';
import {
  interpolateCompose,
  normaliseCapability,
  parseCpus,
  parseInteger,
  parseLooseBool,
  parseMemory,
  parseVolumeSpec,
} from './values.js';
import { entries, get, items, rangeOfEntry, rangeOfNode, scalarString, sourceOf } from './yaml.js';
import type { Entry, YamlCtx } from './yaml.js';

type Parse<T> = (text: string) => { value: T } | { error: string };

const memory: Parse<number> = (t) => {
  const r = parseMemory(t);
  return 'error' in r ? r : { value: r.bytes };
};
const cpus: Parse<number> = (t) => {
  const r = parseCpus(t);
  return 'error' in r ? r : { value: r.cpus };
};
const text: Parse<string> = (t) => ({ value: t });
const bool: Parse<boolean> = (t) => {
  const b = parseLooseBool(t);
  return b === undefined ? { error: `"${t}" is not true or false` } : { value: b };
};

/** A setting from a scalar node (interpolated); undefined when the value is null or not a scalar. */
function scalarSetting<T>(
  value: YamlNode | null,
  range: Range,
  key: string,
  ctx: YamlCtx,
  parse: Parse<T>,
): Setting<T> | undefined {
  const s = scalarString(value);
  const raw = sourceOf(value, ctx) || (s ?? '');
  if (s === undefined) {
    if (value === null || (isScalar(value) && value.value === null)) return undefined;
    return { raw, range, key, invalid: `${key} must be a single value` };
  }
  const interp = interpolateCompose(s);
  if (interp.opaque) return { raw, range, key, opaque: true };
  const r = parse(interp.text);
  return 'error' in r ? { raw, range, key, invalid: r.error } : { raw, range, key, value: r.value };
}

function entrySetting<T>(
  entry: Entry | undefined,
  key: string,
  ctx: YamlCtx,
  parse: Parse<T>,
): Setting<T> | undefined {
  if (!entry) return undefined;
  return scalarSetting(entry.value, rangeOfEntry(entry, ctx), key, ctx, parse);
}

/** Each item of a sequence (or a lone scalar) as a setting. */
function listSettings(entry: Entry | undefined, key: string, ctx: YamlCtx): Setting<string>[] {
  if (!entry) return [];
  if (isSeq(entry.value)) {
    const out: Setting<string>[] = [];
    for (const it of items(entry.value, ctx)) {
      const s = scalarSetting(it.value, rangeOfNode(it.written, ctx), key, ctx, text);
      if (s) out.push(s);
    }
    return out;
  }
  const s = entrySetting(entry, key, ctx, text);
  return s ? [s] : [];
}

/** Of two ways to write one limit, the one with a value, and of two values the larger (the weaker limit). */
function larger(a: Setting<number> | undefined, b: Setting<number> | undefined): Setting<number> | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.value === undefined) return b.value === undefined ? a : b;
  if (b.value === undefined) return a;
  return b.value > a.value ? b : a;
}

const MOUNT_TYPES: MountType[] = ['bind', 'volume', 'tmpfs', 'npipe', 'image', 'cluster'];

function volumeSettings(entry: Entry | undefined, ctx: YamlCtx): MountSetting[] {
  if (!entry) return [];
  const out: MountSetting[] = [];
  for (const it of items(entry.value, ctx)) {
    const range = rangeOfNode(it.written, ctx);
    const raw = sourceOf(it.written, ctx);
    const short = scalarString(it.value);
    if (short !== undefined) {
      const interp = interpolateCompose(short);
      out.push({ ...parseVolumeSpec(interp.text, interp.opaque), raw, range, key: 'volumes' });
      continue;
    }
    if (!isMap(it.value)) continue;
    const field = (name: string) => {
      const s = scalarString(get(it.value, name, ctx)?.value ?? null);
      return s === undefined ? undefined : interpolateCompose(s);
    };
    const type = field('type');
    const source = field('source');
    const target = field('target');
    const ro = field('read_only');
    const mountType: MountType = type ? (MOUNT_TYPES.find((t) => t === type.text) ?? 'unknown') : 'volume';
    out.push({
      type: mountType,
      source: source?.text,
      target: target?.text,
      readOnly: ro ? parseLooseBool(ro.text) === true : false,
      ...(source?.opaque || type?.opaque ? { opaque: true } : {}),
      raw,
      range,
      key: 'volumes',
    });
  }
  return out;
}

function deviceSettings(entry: Entry | undefined, ctx: YamlCtx): Setting<string>[] {
  if (!entry) return [];
  const out: Setting<string>[] = [];
  for (const it of items(entry.value, ctx)) {
    const range = rangeOfNode(it.written, ctx);
    if (isMap(it.value)) {
      const src = scalarString(get(it.value, 'source', ctx)?.value ?? null);
      if (src !== undefined) out.push({ value: src, raw: sourceOf(it.written, ctx), range, key: 'devices' });
      continue;
    }
    const s = scalarSetting(it.value, range, 'devices', ctx, text);
    if (s) out.push(s);
  }
  return out;
}

/** `sysctls:` as a mapping (`net.core.somaxconn: 1024`) or a list (`- net.core.somaxconn=1024`), as `name=value`. */
function sysctlSettings(entry: Entry | undefined, ctx: YamlCtx): Setting<string>[] {
  if (!entry) return [];
  if (!isMap(entry.value)) return listSettings(entry, 'sysctls', ctx);
  const out: Setting<string>[] = [];
  for (const e of entries(entry.value, ctx)) {
    const v = scalarString(e.value) ?? '';
    out.push({ value: `${e.key}=${v}`, raw: e.key, range: rangeOfEntry(e, ctx), key: 'sysctls' });
  }
  return out;
}

export interface ComposeService {
  spec: RuntimeSpec;
  unit: TargetUnit;
}

/** Whether a parsed document looks like a compose file: a `services` mapping of mappings. */
export function isComposeDocument(ctx: YamlCtx): boolean {
  const services = get(ctx.doc.contents, 'services', ctx);
  if (!services || !isMap(services.value)) return false;
  return entries(services.value, ctx).every((e) => e.value === null || isMap(e.value) || isScalar(e.value));
}

/**
 * Whether a compose file is written for podman-compose, whose values (`userns_mode: keep-id`) Docker
 * Compose rejects: an `x-podman` extension (top level or in a service), a `podman-compose*` file name,
 * or a comment or value that names podman-compose (`# Start | podman-compose up -d`).
 */
export function isPodmanCompose(ctx: YamlCtx, file: string): boolean {
  if (/^podman-compose/i.test(path.posix.basename(file))) return true;
  if (get(ctx.doc.contents, 'x-podman', ctx)) return true;
  const services = get(ctx.doc.contents, 'services', ctx);
  for (const svc of services ? entries(services.value, ctx) : []) {
    if (isMap(svc.value) && get(svc.value, 'x-podman', ctx)) return true;
  }
  return /\bpodman[- ]compose\b/i.test(ctx.text);
}

/** The RuntimeSpecs of the services of one compose document. */
export function composeUnits(ctx: YamlCtx, file: string): TargetUnit[] {
  const units: TargetUnit[] = [];
  const services = get(ctx.doc.contents, 'services', ctx);
  if (!services) return units;
  const engine = isPodmanCompose(ctx, file) ? 'podman' : 'compose';
  for (const svc of entries(services.value, ctx)) {
    if (svc.value !== null && !isMap(svc.value)) continue;
    const name = svc.key;
    const profiles: string[] = [];
    for (const it of items(get(svc.value, 'profiles', ctx)?.value ?? null, ctx)) {
      const p = scalarString(it.value);
      if (p !== undefined) profiles.push(p);
    }
    const spec = emptySpec(
      {
        file,
        kind: 'compose',
        syntax: 'compose',
        name,
        range: rangeOfNode(svc.keyNode, ctx),
        ...(profiles.length > 0 ? { profiles } : {}),
      },
      engine,
    );
    readService(spec, svc.value, ctx);
    const context = profiles.length > 0 ? `${name} (profile ${profiles.join(', ')})` : name;
    units.push({
      model: spec,
      context: { service: context, ...(spec.image?.value ? { image: spec.image.value } : {}) },
    });
  }
  return units;
}

function readService(spec: RuntimeSpec, node: YamlNode | null, ctx: YamlCtx): void {
  const e = new Map(entries(node, ctx).map((x) => [x.key, x]));
  const image = entrySetting(e.get('image'), 'image', ctx, text);
  if (image) spec.image = image;
  if (e.has('build')) spec.imageBuilt = true;
  if (e.has('extends')) {
    spec.incomplete = 'the service extends another service, which may set what is missing here';
  } else if (!e.has('image') && !e.has('build')) {
    spec.incomplete =
      'the service has neither image nor build: it completes a service of another compose file';
  }

  const resources = get(e.get('deploy')?.value ?? null, 'resources', ctx)?.value ?? null;
  const lim = resources ? (get(resources, 'limits', ctx)?.value ?? null) : null;
  const res = resources ? (get(resources, 'reservations', ctx)?.value ?? null) : null;
  const limEntry = (k: string) => (lim ? get(lim, k, ctx) : undefined);

  spec.memory = larger(
    entrySetting(e.get('mem_limit'), 'mem_limit', ctx, memory),
    entrySetting(limEntry('memory'), 'deploy.resources.limits.memory', ctx, memory),
  );
  spec.memorySwap = entrySetting(e.get('memswap_limit'), 'memswap_limit', ctx, memory);
  spec.memoryReservation =
    entrySetting(e.get('mem_reservation'), 'mem_reservation', ctx, memory) ??
    entrySetting(
      res ? get(res, 'memory', ctx) : undefined,
      'deploy.resources.reservations.memory',
      ctx,
      memory,
    );
  spec.cpus = larger(
    entrySetting(e.get('cpus'), 'cpus', ctx, cpus),
    entrySetting(limEntry('cpus'), 'deploy.resources.limits.cpus', ctx, cpus),
  );
  spec.cpuQuota = entrySetting(e.get('cpu_quota'), 'cpu_quota', ctx, parseInteger);
  spec.cpuPeriod = entrySetting(e.get('cpu_period'), 'cpu_period', ctx, parseInteger);
  spec.cpusetCpus = entrySetting(e.get('cpuset'), 'cpuset', ctx, text);
  spec.cpuShares = entrySetting(e.get('cpu_shares'), 'cpu_shares', ctx, parseInteger);
  spec.pidsLimit =
    entrySetting(e.get('pids_limit'), 'pids_limit', ctx, parseInteger) ??
    entrySetting(limEntry('pids'), 'deploy.resources.limits.pids', ctx, parseInteger);
  // `restart: always|unless-stopped|on-failure` or a `deploy:` section: kept running, a service.
  const restart = entrySetting(e.get('restart'), 'restart', ctx, text);
  if ((restart && (restart.opaque || (restart.value ?? 'no') !== 'no')) || e.has('deploy')) {
    spec.lifetime = 'service';
  }
  spec.userns = entrySetting(e.get('userns_mode'), 'userns_mode', ctx, text);
  spec.privileged = entrySetting(e.get('privileged'), 'privileged', ctx, bool);
  spec.readOnly = entrySetting(e.get('read_only'), 'read_only', ctx, bool);
  spec.user = entrySetting(e.get('user'), 'user', ctx, text);
  spec.pid = entrySetting(e.get('pid'), 'pid', ctx, text);
  spec.ipc = entrySetting(e.get('ipc'), 'ipc', ctx, text);
  spec.uts = entrySetting(e.get('uts'), 'uts', ctx, text);
  spec.network = entrySetting(e.get('network_mode'), 'network_mode', ctx, text);
  spec.cgroupns = entrySetting(e.get('cgroup'), 'cgroup', ctx, text);
  spec.capAdd = listSettings(e.get('cap_add'), 'cap_add', ctx).map(cap);
  spec.capDrop = listSettings(e.get('cap_drop'), 'cap_drop', ctx).map(cap);
  spec.securityOpt = listSettings(e.get('security_opt'), 'security_opt', ctx);
  spec.volumes = volumeSettings(e.get('volumes'), ctx);
  spec.devices = deviceSettings(e.get('devices'), ctx);
  spec.sysctls = sysctlSettings(e.get('sysctls'), ctx);
  // `env_file:` names files read at start-up: not read here (their values are not in this file).
  spec.env = yamlEnv(e.get('environment')?.value ?? null, 'environment', ctx, composeEnvValue);
  for (const k of Object.keys(spec) as (keyof RuntimeSpec)[]) if (spec[k] === undefined) delete spec[k];
}

function cap(s: Setting<string>): Setting<string> {
  return s.value === undefined ? s : { ...s, value: normaliseCapability(s.value) };
}
