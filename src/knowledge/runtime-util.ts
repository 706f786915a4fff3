/**
 * Helpers shared by the `runtime/*` rules: how to say "write this instead" in the syntax of the source
 * (compose key, command-line flag, workflow `options:`), and option parsing.
 */
import type { Range } from '../engine/types.js';
import type { MountSetting, RuntimeSpec, Setting } from '../targets/runtime/model.js';
import { parseMemory } from '../targets/runtime/values.js';

export { formatBytes, normaliseCapability, normaliseHostPath } from '../targets/runtime/values.js';

/**
 * How to write a setting where this container is described: the compose key, the flag on a command line,
 * the flag in a workflow container's `options:`, the flag to recreate an inspected container with, or
 * the Kubernetes field (`kubernetes`, which every rule that suggests a setting gives).
 */
export function howToWrite(spec: RuntimeSpec, cli: string, compose: string, kubernetes?: string): string {
  switch (spec.source.syntax) {
    case 'compose':
      return `\`${compose}\``;
    case 'kubernetes':
      return `\`${kubernetes ?? compose}\``;
    case 'inspect':
      return `\`${cli}\` when the container is created`;
    default:
      return spec.source.kind === 'workflow' && !spec.command ? `\`${cli}\` in \`options:\`` : `\`${cli}\``;
  }
}

/** "Service "web"", "This docker run command", "Service container "db" of job "test"" — to start a message. */
export function describe(spec: RuntimeSpec): string {
  switch (spec.source.kind) {
    case 'compose':
      return `Service "${spec.source.name}"`;
    case 'inspect':
      return `Container "${spec.source.name}"`;
    case 'kubernetes': {
      const type = spec.source.containerType;
      const what =
        type === 'init' ? 'Init container' : type === 'ephemeral' ? 'Ephemeral container' : 'Container';
      return `${what} "${spec.source.name}" of ${spec.source.workload ?? 'the pod'}`;
    }
    default: {
      if (spec.command) return `This ${spec.engine} ${spec.command} command`;
      const service = /^job (.+): service (.+)$/.exec(spec.source.name);
      if (service) return `Service container "${service[2]}" of job "${service[1]}"`;
      return `The container of job "${spec.source.job ?? spec.source.name}"`;
    }
  }
}

/** The written form of a setting for a message: `--memory 4g`, `mem_limit: 4g`, `HostConfig.Memory: 0`. */
export function written(s: Setting<unknown>): string {
  if (s.text) return s.text;
  if (s.key.startsWith('-')) return s.raw && s.raw !== s.key ? `${s.key} ${s.raw}` : s.key;
  return `${s.key}: ${s.raw}`;
}

/** Where to report a missing setting: the service key, the command, the job's `container:`. */
export function missingRange(spec: RuntimeSpec): Range {
  return spec.source.range;
}

/** A size option of the policy (`2g`, `512m`, a number of bytes); undefined when unset or unreadable. */
export function sizeOption(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const r = parseMemory(value);
  return 'bytes' in r ? r.bytes : undefined;
}

/** A numeric option; undefined when unset or not a number. */
export function numberOption(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

/** Upper-cased capability names without `CAP_` from an option list. */
export function capabilityList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is string => typeof v === 'string')
    .map((v) => {
      const t = v.trim().toUpperCase();
      return t.startsWith('CAP_') ? t.slice(4) : t;
    });
}

/** A string-list option. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** True for the Docker engine and engines that run through it (compose, workflow containers, unknown). */
export function isDockerLike(spec: RuntimeSpec): boolean {
  return spec.engine !== 'podman' && spec.engine !== 'kubernetes';
}

/** File names of container-engine API sockets. */
export const ENGINE_SOCKETS = [
  'docker.sock',
  'podman.sock',
  'containerd.sock',
  'crio.sock',
  'cri-dockerd.sock',
  'dockershim.sock',
  'buildkitd.sock',
];

const basename = (p: string) =>
  p
    .replace(/[\\/]+$/, '')
    .split(/[\\/]/)
    .pop() ?? '';

/** The socket a mount exposes, from its host path (or its container path when the host path is a variable). */
export function mountedSocket(m: MountSetting, sockets: Set<string>): string | undefined {
  if (m.type !== 'bind' && m.type !== 'unknown') return undefined;
  if (m.source !== undefined && sockets.has(basename(m.source))) return m.source;
  if ((m.source === undefined || m.opaque) && m.target !== undefined && sockets.has(basename(m.target)))
    return m.target;
  return undefined;
}
