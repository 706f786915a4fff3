import { defineRule } from '../define.js';
import type { RuntimeSpec } from '../../targets/runtime/model.js';
import {
  ENGINE_SOCKETS,
  mountedSocket,
  normaliseHostPath,
  stringList,
} from '../../knowledge/runtime-util.js';

const DEFAULT_PATHS = [
  '/',
  '/etc',
  '/proc',
  '/sys',
  '/dev',
  '/var/run',
  '/run',
  '/root',
  '/home',
  '/boot',
  '/usr',
  '/lib',
  '/bin',
  '/sbin',
  '/var',
  '/var/lib',
];
const DEFAULT_PREFIXES = [
  '/etc/shadow',
  '/etc/gshadow',
  '/etc/sudoers',
  '/etc/sudoers.d',
  '/etc/ssh',
  '/etc/kubernetes',
  '/etc/docker',
  '/root',
  '/proc/sys',
  '/proc/sysrq-trigger',
  '/proc/kcore',
  '/sys/kernel',
  '/sys/firmware',
  '/dev/mem',
  '/dev/kmem',
  '/boot',
  '/lib/modules',
  '/var/lib/docker',
  '/var/lib/containerd',
  '/var/lib/containers',
  '/var/lib/kubelet',
];
const SOCKETS = new Set(ENGINE_SOCKETS);

export default defineRule({
  id: 'runtime/sensitive-mounts',
  aliases: ['sensitive-host-mounts'],
  severity: 'warning',
  summary: 'The container bind-mounts a sensitive host path (/, /etc, /proc, /sys, /dev, /var/run, /root…)',
  securitySeverity: 8.0,
  options: {
    paths: {
      type: 'array',
      items: { type: 'string' },
      description: 'Host paths that must not be bind-mounted themselves (their subfolders may be).',
      default: DEFAULT_PATHS,
    },
    prefixes: {
      type: 'array',
      items: { type: 'string' },
      description: 'Host paths that must not be bind-mounted, nor anything below them.',
      default: DEFAULT_PREFIXES,
    },
    allowReadOnly: {
      type: 'boolean',
      description: 'Allow these paths when mounted read-only.',
      default: false,
    },
  },
  check(spec: RuntimeSpec, options: { paths: string[]; prefixes: string[]; allowReadOnly: boolean }, report) {
    let lists: { exact: Set<string>; prefixes: string[] } | undefined;
    for (const m of spec.volumes) {
      if (m.type !== 'bind') continue;
      const path = normaliseHostPath(m.source);
      if (!path || (m.readOnly && options.allowReadOnly)) continue;
      // The option lists normalised when a unit first needs them, once per options (a compose file of
      // thousands of services, most without mounts, made them for each).
      const { exact, prefixes } = (lists ??= hostPathLists(options));
      // The engine API sockets are runtime/docker-socket's.
      if (mountedSocket(m, SOCKETS)) continue;
      const under = prefixes.find((p) => path === p || path.startsWith(p === '/' ? '/' : `${p}/`));
      if (!exact.has(path) && !under) continue;
      report({
        range: m.range,
        message: `Bind-mounting the host's ${path}${m.readOnly ? ' (even read-only)' : ''} exposes host ${under && under !== path ? `files under ${under}` : 'system files'} to the container, a step towards taking over the host; mount only the specific files or a dedicated folder the container needs.`,
      });
    }
  },
});

const LISTS = new WeakMap<object, { exact: Set<string>; prefixes: string[] }>();

function hostPathLists(options: { paths: string[]; prefixes: string[] }): {
  exact: Set<string>;
  prefixes: string[];
} {
  let lists = LISTS.get(options);
  if (!lists) {
    lists = {
      exact: new Set(stringList(options.paths).map((p) => normaliseHostPath(p) ?? p)),
      prefixes: stringList(options.prefixes).map((p) => normaliseHostPath(p) ?? p),
    };
    LISTS.set(options, lists);
  }
  return lists;
}
