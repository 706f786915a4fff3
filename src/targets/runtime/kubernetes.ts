/**
 * Kubernetes manifests: one RuntimeSpec per container (init, ordinary and ephemeral) of every workload
 * — Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob,
 * PodTemplate, and `List`s of them — so that the runtime rules apply to them unchanged.
 *
 * Pod-level settings apply to every container unless the container overrides them, as the kubelet
 * does: `runAsUser`, `runAsNonRoot`, `seccompProfile`, `appArmorProfile`, `seLinuxOptions` and
 * `windowsOptions` of the pod's `securityContext`; the seccomp/AppArmor annotations of the pod and of
 * the container. Settings are written into the spec as the other sources write them:
 *
 * | Kubernetes                                         | RuntimeSpec                               |
 * |----------------------------------------------------|-------------------------------------------|
 * | `resources.limits.memory` / `.cpu`                 | `memory` / `cpus`                         |
 * | `resources.requests.memory`                        | `memoryReservation`                       |
 * | `hostPID` / `hostIPC` / `hostNetwork: true`        | `pid` / `ipc` / `network` = `host`        |
 * | `hostUsers: true` / `false`                        | `userns` = `host` / `pod`                 |
 * | `securityContext.privileged`, `windowsOptions.hostProcess` | `privileged`                      |
 * | `securityContext.capabilities.add` / `.drop`       | `capAdd` / `capDrop`                      |
 * | `seccompProfile.type` (and the old annotations)    | `securityOpt` `seccomp=unconfined`, `seccomp=runtime/default`, `seccomp=localhost/P` |
 * | `appArmorProfile.type` (and the annotations)       | `securityOpt` `apparmor=…` likewise       |
 * | `seLinuxOptions.user/role/type/level`              | `securityOpt` `label=user:X`…             |
 * | `allowPrivilegeEscalation: false` / `true`         | `securityOpt` `no-new-privileges:true` / `:false` |
 * | `procMount: Unmasked`                              | `securityOpt` `systempaths=unconfined`    |
 * | `readOnlyRootFilesystem`                           | `readOnly`                                |
 * | `runAsUser` / `runAsNonRoot`                       | `user` / `runAsNonRoot`                   |
 * | pod `securityContext.sysctls`                      | `sysctls` (`name=value`)                  |
 * | `ports[].hostPort`                                 | `hostPorts`                               |
 * | `volumeMounts` of pod `volumes`                    | `volumes` (`hostPath` as a bind mount)    |
 */
import { isMap, isScalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { FindingContext, Range } from '../../engine/types.js';
import type { TargetUnit } from '../types.js';
import { emptySpec } from './model.js';
import type { EnvSetting, MountSetting, MountType, RuntimeSpec, Setting } from './model.js';
import { kubernetesEnvValue } from './env.js';
import { normaliseCapability, parseQuantity } from './values.js';
import { entries, items, rangeOfEntry, rangeOfNode, scalarString, sourceOf } from './yaml.js';
import type { Entry, YamlCtx } from './yaml.js';

/** Where each workload kind keeps its pod template (a node with `metadata` and `spec`); `[]` is the document. */
const POD_TEMPLATE_PATH: Record<string, string[]> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  PodTemplate: ['template'],
};

export const WORKLOAD_KINDS = Object.keys(POD_TEMPLATE_PATH);

/** `List`, `DeploymentList`, `v1/List`…: documents whose `items` are objects. */
const LIST_KIND = /^(?:\w*List)$/;
const MAX_LIST_DEPTH = 8;

/** Template placeholders the manifest still holds (Helm/Go `{{ }}`, envsubst `${VAR}`, Jinja `{% %}`). */
const PLACEHOLDER = /\{\{|\$\{|\{%/;

type Fields = Map<string, Entry>;

function fields(node: unknown, ctx: YamlCtx): Fields {
  const out: Fields = new Map();
  for (const e of entries(node, ctx)) if (!out.has(e.key)) out.set(e.key, e);
  return out;
}

function at(node: unknown, path: string[], ctx: YamlCtx): YamlNode | null {
  let n = node as YamlNode | null;
  for (const key of path) {
    n = fields(n, ctx).get(key)?.value ?? null;
    if (n === null) return null;
  }
  return n;
}

type Parse<T> = (text: string) => { value: T } | { error: string };

const text: Parse<string> = (t) => ({ value: t });
const quantity: Parse<number> = (t) => parseQuantity(t);

/** Kubernetes reads booleans strictly (YAML true/false; the API also takes the strings). */
const bool: Parse<boolean> = (t) => {
  const v = t.trim().toLowerCase();
  if (v === 'true') return { value: true };
  if (v === 'false') return { value: false };
  return { error: `"${t}" is not true or false` };
};
const integer: Parse<number> = (t) =>
  /^[-+]?\d+$/.test(t.trim()) ? { value: Number(t) } : { error: `"${t}" is not an integer` };

/** A setting from `key: value`; undefined when absent or null. `path` names it in messages. */
function setting<T>(
  entry: Entry | undefined,
  path: string,
  ctx: YamlCtx,
  parse: Parse<T>,
): Setting<T> | undefined {
  if (!entry) return undefined;
  const range = rangeOfEntry(entry, ctx);
  return valueSetting(entry.value, entry.written, range, path, ctx, parse);
}

function valueSetting<T>(
  value: YamlNode | null,
  written: unknown,
  range: Range,
  path: string,
  ctx: YamlCtx,
  parse: Parse<T>,
): Setting<T> | undefined {
  if (value === null || (isScalar(value) && value.value === null)) return undefined;
  const s = scalarString(value);
  const raw = sourceOf(written, ctx) || (s ?? '');
  if (s === undefined) return { raw, range, key: path, invalid: `${path} must be a single value` };
  if (PLACEHOLDER.test(s)) return { raw, range, key: path, opaque: true };
  const r = parse(s);
  return 'error' in r
    ? { raw, range, key: path, invalid: r.error }
    : { raw, range, key: path, value: r.value };
}

/** A copy of a setting with another value (a Kubernetes field written as the spec's form). */
function as<T, U>(s: Setting<T>, value: U | undefined): Setting<U> {
  const { value: _old, ...rest } = s;
  void _old;
  return value === undefined ? rest : { ...rest, value };
}

/** What the pod's template says, shared by its containers. */
interface PodContext {
  ctx: YamlCtx;
  file: string;
  /** `Deployment "web"`. */
  workload: string;
  /** `Deployment web`, for finding contexts. */
  label: string;
  spec: Fields;
  securityContext: Fields;
  annotations: Fields;
  volumes: Map<string, { node: YamlNode; entry: Entry }>;
  /** The pod's `securityContext.sysctls`, as `name=value`. */
  sysctls: Setting<string>[];
  /** Run to completion (Jobs, CronJobs, pods that never restart) or kept running (controllers). */
  lifetime?: RuntimeSpec['lifetime'];
}

/** Jobs run to completion; controllers keep their pods running; a bare pod says so by its restartPolicy. */
function lifetimeOf(kind: string, restartPolicy: string | undefined): RuntimeSpec['lifetime'] {
  if (kind === 'Job' || kind === 'CronJob') return 'task';
  if (kind === 'Pod' || kind === 'PodTemplate')
    return restartPolicy === 'Never' || restartPolicy === 'OnFailure' ? 'task' : 'service';
  return 'service';
}

function podSysctls(securityContext: Fields, ctx: YamlCtx): Setting<string>[] {
  const out: Setting<string>[] = [];
  for (const it of items(securityContext.get('sysctls')?.value ?? null, ctx)) {
    const f = fields(it.value, ctx);
    const n = scalarString(f.get('name')?.value ?? null);
    if (n === undefined) continue;
    const v = scalarString(f.get('value')?.value ?? null) ?? '';
    out.push({
      value: `${n}=${v}`,
      raw: n,
      range: firstLine(rangeOfNode(it.written, ctx)),
      key: 'securityContext.sysctls',
      ...(PLACEHOLDER.test(n) ? { opaque: true } : {}),
    });
  }
  return out;
}

/** What one Kubernetes file yields: units, and the kinds seen (for a note when none is a workload). */
export interface KubernetesDocResult {
  units: TargetUnit[];
  kinds: string[];
  /** Documents that carry apiVersion and kind. */
  objects: number;
}

/** Whether a parsed document is a Kubernetes object (`apiVersion` and `kind`), or a JSON/YAML list of them. */
export function isKubernetesDocument(ctx: YamlCtx): boolean {
  const f = fields(ctx.doc.contents, ctx);
  return f.has('apiVersion') && f.has('kind');
}

/** The RuntimeSpecs of the containers of every workload in one YAML document. */
export function kubernetesUnits(ctx: YamlCtx, file: string): KubernetesDocResult {
  const result: KubernetesDocResult = { units: [], kinds: [], objects: 0 };
  visitObject(ctx.doc.contents, ctx, file, result, 0);
  return result;
}

function visitObject(
  node: unknown,
  ctx: YamlCtx,
  file: string,
  result: KubernetesDocResult,
  depth: number,
): void {
  const f = fields(node, ctx);
  const kind = scalarString(f.get('kind')?.value ?? null);
  if (kind === undefined || !f.has('apiVersion')) return;
  result.objects++;
  if (LIST_KIND.test(kind) && depth < MAX_LIST_DEPTH) {
    for (const it of items(f.get('items')?.value ?? null, ctx))
      visitObject(it.value, ctx, file, result, depth + 1);
    return;
  }
  result.kinds.push(kind);
  const path = POD_TEMPLATE_PATH[kind];
  if (!path) return;
  const meta = fields(f.get('metadata')?.value ?? null, ctx);
  const name =
    scalarString(meta.get('name')?.value ?? null) ??
    scalarString(meta.get('generateName')?.value ?? null) ??
    '(unnamed)';
  const template = path.length === 0 ? node : at(node, path, ctx);
  if (!isMap(template)) return;
  const t = fields(template, ctx);
  const podSpecNode = t.get('spec')?.value ?? null;
  if (!isMap(podSpecNode)) return;
  const spec = fields(podSpecNode, ctx);
  const volumes = new Map<string, { node: YamlNode; entry: Entry }>();
  for (const it of items(spec.get('volumes')?.value ?? null, ctx)) {
    const v = fields(it.value, ctx);
    const vName = scalarString(v.get('name')?.value ?? null);
    if (vName === undefined) continue;
    // The volume source is the one key besides `name`.
    const source = [...v.values()].find((e) => e.key !== 'name');
    if (source) volumes.set(vName, { node: it.value as YamlNode, entry: source });
  }
  const securityContext = fields(spec.get('securityContext')?.value ?? null, ctx);
  const pod: PodContext = {
    ctx,
    file,
    workload: `${kind} "${name}"`,
    label: `${kind} ${name}`,
    spec,
    securityContext,
    sysctls: podSysctls(securityContext, ctx),
    lifetime: lifetimeOf(kind, scalarString(spec.get('restartPolicy')?.value ?? null)),
    annotations: fields(fields(t.get('metadata')?.value ?? null, ctx).get('annotations')?.value ?? null, ctx),
    volumes,
  };
  const lists: [string, 'init' | 'ephemeral' | undefined][] = [
    ['initContainers', 'init'],
    ['containers', undefined],
    ['ephemeralContainers', 'ephemeral'],
  ];
  for (const [key, type] of lists) {
    for (const it of items(spec.get(key)?.value ?? null, ctx)) {
      if (!isMap(it.value)) continue;
      result.units.push(containerUnit(pod, it.value, it.written, type));
    }
  }
}

const HOST_NAMESPACES: [string, 'pid' | 'ipc' | 'network'][] = [
  ['hostPID', 'pid'],
  ['hostIPC', 'ipc'],
  ['hostNetwork', 'network'],
];

function containerUnit(
  pod: PodContext,
  node: YamlNode,
  written: unknown,
  type: 'init' | 'ephemeral' | undefined,
): TargetUnit {
  const { ctx } = pod;
  const c = fields(node, ctx);
  const nameEntry = c.get('name');
  const name = scalarString(nameEntry?.value ?? null) ?? '(unnamed)';
  const range = nameEntry ? rangeOfEntry(nameEntry, ctx) : firstLine(rangeOfNode(written, ctx));
  const spec = emptySpec(
    {
      file: pod.file,
      kind: 'kubernetes',
      syntax: 'kubernetes',
      name,
      range,
      workload: pod.workload,
      ...(type ? { containerType: type } : {}),
    },
    'kubernetes',
  );
  if (pod.lifetime) spec.lifetime = pod.lifetime;
  const image = setting(c.get('image'), 'image', ctx, text);
  if (image) spec.image = image;

  const resources = fields(c.get('resources')?.value ?? null, ctx);
  const limits = fields(resources.get('limits')?.value ?? null, ctx);
  const requests = fields(resources.get('requests')?.value ?? null, ctx);
  spec.memory = setting(limits.get('memory'), 'resources.limits.memory', ctx, quantity);
  spec.memoryReservation = setting(requests.get('memory'), 'resources.requests.memory', ctx, quantity);
  spec.cpus = setting(limits.get('cpu'), 'resources.limits.cpu', ctx, quantity);

  for (const [key, field] of HOST_NAMESPACES) {
    const s = setting(pod.spec.get(key), key, ctx, bool);
    if (s) spec[field] = as(s, s.value === undefined ? undefined : s.value ? 'host' : 'private');
  }
  const hostUsers = setting(pod.spec.get('hostUsers'), 'hostUsers', ctx, bool);
  if (hostUsers)
    spec.userns = as(hostUsers, hostUsers.value === undefined ? undefined : hostUsers.value ? 'host' : 'pod');

  const sc = fields(c.get('securityContext')?.value ?? null, ctx);
  const psc = pod.securityContext;
  /** The container's field, else the pod's (the fields Kubernetes inherits). */
  const inherited = (key: string) => sc.get(key) ?? psc.get(key);

  spec.privileged = setting(sc.get('privileged'), 'securityContext.privileged', ctx, bool);
  const hostProcess = fields(inherited('windowsOptions')?.value ?? null, ctx).get('hostProcess');
  const hp = setting(hostProcess, 'securityContext.windowsOptions.hostProcess', ctx, bool);
  if (hp && (!spec.privileged || spec.privileged.value !== true) && hp.value !== false) spec.privileged = hp;
  spec.readOnly = setting(
    sc.get('readOnlyRootFilesystem'),
    'securityContext.readOnlyRootFilesystem',
    ctx,
    bool,
  );
  const user = setting(inherited('runAsUser'), 'securityContext.runAsUser', ctx, integer);
  if (user) spec.user = as(user, user.value === undefined ? undefined : String(user.value));
  spec.runAsNonRoot = setting(inherited('runAsNonRoot'), 'securityContext.runAsNonRoot', ctx, bool);

  const caps = fields(sc.get('capabilities')?.value ?? null, ctx);
  spec.capAdd = capabilityList(caps.get('add'), 'securityContext.capabilities.add', ctx);
  spec.capDrop = capabilityList(caps.get('drop'), 'securityContext.capabilities.drop', ctx);

  const ape = setting(
    sc.get('allowPrivilegeEscalation'),
    'securityContext.allowPrivilegeEscalation',
    ctx,
    bool,
  );
  if (ape)
    spec.securityOpt.push(as(ape, ape.value === undefined ? undefined : `no-new-privileges:${!ape.value}`));
  const procMount = setting(sc.get('procMount'), 'securityContext.procMount', ctx, text);
  if (procMount?.value === 'Unmasked') spec.securityOpt.push(as(procMount, 'systempaths=unconfined'));
  for (const [kind, key] of [
    ['seccomp', 'seccompProfile'],
    ['apparmor', 'appArmorProfile'],
  ] as const) {
    const profile = profileSetting(kind, sc.get(key), psc.get(key), pod, name);
    if (profile) spec.securityOpt.push(profile);
  }
  const selinux = inherited('seLinuxOptions');
  for (const [key, e] of fields(selinux?.value ?? null, ctx)) {
    const s = setting(e, `securityContext.seLinuxOptions.${key}`, ctx, text);
    if (s) spec.securityOpt.push(as(s, s.value === undefined ? undefined : `label=${key}:${s.value}`));
  }

  // Shared by the pod's containers (rules only read settings): read once per pod, not per container.
  spec.sysctls = pod.sysctls;
  for (const it of items(c.get('ports')?.value ?? null, ctx)) {
    const s = setting(fields(it.value, ctx).get('hostPort'), 'hostPort', ctx, integer);
    if (s && s.value !== 0) spec.hostPorts.push(s);
  }
  spec.volumes = mounts(c.get('volumeMounts'), pod);
  spec.env = containerEnv(c.get('env'), ctx);

  for (const k of Object.keys(spec) as (keyof RuntimeSpec)[]) if (spec[k] === undefined) delete spec[k];
  const role =
    type === 'init' ? 'init container' : type === 'ephemeral' ? 'ephemeral container' : 'container';
  const context: FindingContext = {
    service: `${pod.label}, ${role} ${name}`,
    ...(spec.image?.value ? { image: spec.image.value } : {}),
  };
  return { model: spec, context };
}

/**
 * `env:` items: `value:` written out, or `valueFrom:` (a Secret's or ConfigMap's key, a field of the pod),
 * which the kubelet resolves. `envFrom:` imports whole Secrets and ConfigMaps: nothing is written here.
 */
function containerEnv(entry: Entry | undefined, ctx: YamlCtx): EnvSetting[] {
  const out: EnvSetting[] = [];
  for (const it of items(entry?.value ?? null, ctx)) {
    const f = fields(it.value, ctx);
    const nameEntry = f.get('name');
    const name = scalarString(nameEntry?.value ?? null);
    if (name === undefined || !nameEntry) continue;
    const nameRange = rangeOfNode(nameEntry.written, ctx);
    const valueEntry = f.get('value');
    const text = scalarString(valueEntry?.value ?? null);
    if (f.has('valueFrom')) {
      out.push({ name, source: 'valueFrom', range: nameRange, nameRange, key: 'env' });
    } else if (text !== undefined && valueEntry) {
      const range = rangeOfNode(valueEntry.written, ctx);
      out.push({ name, ...kubernetesEnvValue(text), range, nameRange, key: 'env' });
    }
  }
  return out;
}

function firstLine(r: Range): Range {
  return r.endLine === r.line
    ? r
    : { line: r.line, column: r.column, endLine: r.line, endColumn: r.column + 1 };
}

function capabilityList(entry: Entry | undefined, key: string, ctx: YamlCtx): Setting<string>[] {
  if (!entry) return [];
  const out: Setting<string>[] = [];
  for (const it of items(entry.value, ctx)) {
    const s = valueSetting(it.value, it.written, rangeOfNode(it.written, ctx), key, ctx, text);
    if (s) out.push(s.value === undefined ? s : { ...s, value: normaliseCapability(s.value) });
  }
  return out;
}

/**
 * The seccomp or AppArmor profile in effect: the container's field, its annotation, the pod's field,
 * the pod's annotation (seccomp only: AppArmor annotations were always per container), in that order.
 */
function profileSetting(
  kind: 'seccomp' | 'apparmor',
  containerField: Entry | undefined,
  podField: Entry | undefined,
  pod: PodContext,
  container: string,
): Setting<string> | undefined {
  const { ctx } = pod;
  const fieldName = kind === 'seccomp' ? 'seccompProfile' : 'appArmorProfile';
  const annotation = (key: string) => pod.annotations.get(key);
  const containerAnnotation = annotation(
    kind === 'seccomp'
      ? `container.seccomp.security.alpha.kubernetes.io/${container}`
      : `container.apparmor.security.beta.kubernetes.io/${container}`,
  );
  const podAnnotation =
    kind === 'seccomp' ? annotation('seccomp.security.alpha.kubernetes.io/pod') : undefined;
  const fromField = (field: Entry | undefined) => {
    const own = fields(field?.value ?? null, ctx);
    const s = setting(own.get('type'), `securityContext.${fieldName}.type`, ctx, text);
    if (!s || s.value === undefined) return s;
    const profile = scalarString(own.get('localhostProfile')?.value ?? null) ?? '';
    const value =
      s.value === 'Unconfined'
        ? 'unconfined'
        : s.value === 'RuntimeDefault'
          ? 'runtime/default'
          : s.value === 'Localhost'
            ? `localhost/${profile}`
            : s.value;
    return as(s, `${kind}=${value}`);
  };
  const fromAnnotation = (e: Entry | undefined) => {
    const s = setting(e, e?.key ?? '', ctx, text);
    if (!s || s.value === undefined) return s;
    const v = s.value.trim();
    return as(s, `${kind}=${v.toLowerCase() === 'unconfined' ? 'unconfined' : v}`);
  };
  return (
    fromField(containerField) ??
    fromAnnotation(containerAnnotation) ??
    fromField(podField) ??
    fromAnnotation(podAnnotation)
  );
}

/** The container's `volumeMounts`, each with the pod volume it mounts. */
function mounts(entry: Entry | undefined, pod: PodContext): MountSetting[] {
  const { ctx } = pod;
  const out: MountSetting[] = [];
  if (!entry) return out;
  for (const it of items(entry.value, ctx)) {
    const m = fields(it.value, ctx);
    const volumeName = scalarString(m.get('name')?.value ?? null);
    const target = scalarString(m.get('mountPath')?.value ?? null);
    const readOnly = scalarString(m.get('readOnly')?.value ?? null) === 'true';
    const volume = volumeName === undefined ? undefined : pod.volumes.get(volumeName);
    if (!volume) continue;
    const volumeType = volume.entry.key;
    const source = fields(volume.entry.value, ctx);
    let type: MountType = 'volume';
    let hostPath: string | undefined;
    let range = rangeOfEntry(volume.entry, ctx);
    let raw = volumeType;
    if (volumeType === 'hostPath') {
      type = 'bind';
      const pathEntry = source.get('path');
      hostPath = scalarString(pathEntry?.value ?? null);
      if (pathEntry) {
        range = rangeOfEntry(pathEntry, ctx);
        raw = sourceOf(pathEntry.written, ctx);
      }
    } else if (volumeType === 'emptyDir' && scalarString(source.get('medium')?.value ?? null) === 'Memory') {
      type = 'tmpfs';
    }
    const opaque = hostPath !== undefined && PLACEHOLDER.test(hostPath);
    out.push({
      type,
      ...(hostPath !== undefined ? { source: hostPath } : {}),
      ...(target !== undefined ? { target } : {}),
      readOnly,
      volumeType,
      ...(opaque ? { opaque: true } : {}),
      raw,
      range,
      key: volumeType === 'hostPath' ? 'hostPath.path' : `volumes.${volumeType}`,
    });
  }
  return out;
}
