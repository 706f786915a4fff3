import { defineRule } from '../define.js';
import type { RuntimeSpec } from '../../targets/runtime/model.js';
import { normaliseHostPath, stringList } from '../../knowledge/runtime-util.js';

export default defineRule({
  id: 'runtime/host-path',
  severity: 'off',
  summary: 'The container mounts a folder or file of the host (a bind mount, a Kubernetes hostPath volume)',
  options: {
    allow: {
      type: 'array',
      items: { type: 'string' },
      description: 'Absolute host paths that may be mounted, with everything below them.',
      default: [],
    },
    allowReadOnly: {
      type: 'boolean',
      description: 'Allow host paths mounted read-only.',
      default: false,
    },
  },
  check(spec: RuntimeSpec, options: { allow: string[]; allowReadOnly: boolean }, report) {
    let allow: string[] | undefined;
    for (const m of spec.volumes) {
      if (m.type !== 'bind' || m.source === undefined || m.opaque) continue;
      if (m.readOnly && options.allowReadOnly) continue;
      allow ??= stringList(options.allow).map((p) => normaliseHostPath(p) ?? p);
      const path = normaliseHostPath(m.source) ?? m.source;
      if (allow.some((a) => path === a || path.startsWith(a === '/' ? '/' : `${a}/`))) continue;
      const k8s = m.volumeType === 'hostPath';
      report({
        range: m.range,
        message: `${k8s ? 'The hostPath volume' : 'The bind mount of'} ${path} ties the container to the files of one host and lets it ${m.readOnly ? 'read' : 'read and change'} them; ${k8s ? 'use a persistentVolumeClaim, configMap, secret or emptyDir volume instead' : 'use a named volume instead'}, or allow the path in the policy if the container really needs it.`,
      });
    }
  },
});
