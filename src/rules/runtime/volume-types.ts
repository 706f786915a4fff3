import { defineRule } from '../define.js';
import type { RuntimeSpec } from '../../targets/runtime/model.js';
import { stringList } from '../../knowledge/runtime-util.js';

/** The volume types the Pod Security Standards (restricted) allow. */
const RESTRICTED_VOLUME_TYPES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
];

export default defineRule({
  id: 'runtime/volume-types',
  severity: 'off',
  summary: 'A Kubernetes container mounts a volume of a type outside the allowed list',
  options: {
    allow: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Volume types that may be mounted (default: those the restricted Pod Security Standard allows).',
      default: RESTRICTED_VOLUME_TYPES,
    },
  },
  check(spec: RuntimeSpec, options: { allow: string[] }, report) {
    const allow = new Set(stringList(options.allow));
    for (const m of spec.volumes) {
      if (m.volumeType === undefined || allow.has(m.volumeType)) continue;
      report({
        range: m.range,
        message: `The ${m.volumeType} volume${m.target ? ` mounted at ${m.target}` : ''} is not among the volume types the policy allows (${[...allow].join(', ')}); such volumes reach storage or host resources outside the cluster's control. Use a persistentVolumeClaim or one of the allowed types.`,
      });
    }
  },
});
