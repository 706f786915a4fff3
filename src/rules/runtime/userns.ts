import { defineRule } from '../define.js';
import type { Report } from '../define.js';
import type { RuntimeSpec, Setting } from '../../targets/runtime/model.js';
import { describe, missingRange, written } from '../../knowledge/runtime-util.js';

const KEEP_ID_OPTIONS = new Set(['uid', 'gid', 'size']);
const AUTO_OPTIONS = new Set(['uidmapping', 'gidmapping', 'size']);

/** Why podman rejects a `--userns` value, or undefined when it accepts it. */
function podmanProblem(value: string): string | undefined {
  if (value === 'host' || value === 'nomap' || value === 'auto' || value === 'keep-id') return undefined;
  const colon = value.indexOf(':');
  const mode = colon < 0 ? value : value.slice(0, colon);
  const rest = colon < 0 ? '' : value.slice(colon + 1);
  if (mode === 'ns' || mode === 'container') {
    return rest === ''
      ? `${mode}: needs ${mode === 'ns' ? 'a namespace path' : 'a container name or id'}`
      : undefined;
  }
  if (mode === 'auto' || mode === 'keep-id') {
    const allowed = mode === 'auto' ? AUTO_OPTIONS : KEEP_ID_OPTIONS;
    for (const opt of rest.split(',')) {
      const key = opt.split('=')[0];
      if (!allowed.has(key) || !opt.includes('=')) {
        return `"${opt}" is not a ${mode} option (${[...allowed].map((o) => `${o}=…`).join(', ')})`;
      }
    }
    return undefined;
  }
  return 'podman accepts auto[:…], host, keep-id[:…], nomap, ns:PATH and container:ID';
}

function reportHost(s: Setting<string>, spec: RuntimeSpec, report: Report) {
  const podman = spec.engine === 'podman';
  report({
    range: s.range,
    message: podman
      ? `${written(s)} runs the container in the host's user namespace, so root in the container is root on the host; use --userns=auto (or keep-id) instead.`
      : `${written(s)} turns off user-namespace remapping for this container, so root in the container is root on the host; remove it (Docker remaps users for every container through the daemon's userns-remap setting in daemon.json).`,
  });
}

export default defineRule({
  id: 'runtime/userns',
  severity: 'warning',
  summary:
    'The user namespace is disabled (--userns=host, hostUsers: true) or set to a value the engine rejects',
  securitySeverity: 7.0,
  options: {
    requireKubernetesUserNamespace: {
      type: 'boolean',
      description:
        "Kubernetes: also require `hostUsers: false`, since pods share the node's user namespace unless they ask for their own (Kubernetes 1.30+ with a runtime that supports it).",
      default: false,
    },
  },
  check(spec: RuntimeSpec, options: { requireKubernetesUserNamespace: boolean }, report) {
    const s = spec.userns;
    if (spec.engine === 'kubernetes') {
      if (s?.value === 'host') {
        report({
          range: s.range,
          message: `${written(s)} runs the pod in the node's user namespace, so root in the container is root on the node; set \`hostUsers: false\` to give the pod its own user namespace.`,
        });
      } else if (!s && options.requireKubernetesUserNamespace) {
        report({
          range: missingRange(spec),
          message: `${describe(spec)} shares the node's user namespace (pods do unless they set hostUsers: false), so root in the container is root on the node; set \`hostUsers: false\` in the pod spec.`,
        });
      }
      return;
    }
    if (!s || s.opaque || s.value === undefined) return;
    const value = s.value.trim();
    if (value === 'host' || (spec.engine === 'podman' && value === '')) {
      reportHost(s, spec, report);
      return;
    }
    if (spec.engine === 'podman') {
      const problem = podmanProblem(value);
      if (problem) report({ range: s.range, message: `podman rejects ${written(s)}: ${problem}.` });
      return;
    }
    if (value === '') return;
    const mode = value.split(':')[0];
    if (['keep-id', 'auto', 'nomap', 'ns'].includes(mode)) {
      const problem = podmanProblem(value);
      report({
        range: s.range,
        message:
          `${written(s)} is a podman-only value: ${spec.source.kind === 'compose' ? 'Docker Compose' : 'Docker'} rejects it` +
          (problem ? `, and podman would too (${problem})` : '') +
          `. If this file is meant for ${spec.source.kind === 'compose' ? 'podman-compose, say so with an `x-podman:` key' : 'podman, run it with podman'}; ` +
          `for Docker remove it and enable the daemon's userns-remap setting in daemon.json instead.`,
      });
      return;
    }
    report({
      range: s.range,
      message: `Docker rejects ${written(s)}: the only value it accepts is "host" (which disables remapping). Per-container user namespaces are not a docker run option: enable the daemon's userns-remap setting in daemon.json and remove this setting.`,
    });
  },
});
