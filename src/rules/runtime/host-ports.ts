import { defineRule } from '../define.js';
import type { RuntimeSpec } from '../../targets/runtime/model.js';
import { written } from '../../knowledge/runtime-util.js';

export default defineRule({
  id: 'runtime/host-ports',
  aliases: ['CKV_K8S_26'],
  severity: 'warning',
  summary: 'A Kubernetes container binds a port of the node (hostPort)',
  options: {
    allow: {
      type: 'array',
      items: { type: 'integer' },
      description: 'Host ports that may be used.',
      default: [],
    },
  },
  check(spec: RuntimeSpec, options: { allow: number[] }, report) {
    const allow = new Set(Array.isArray(options.allow) ? options.allow.map(Number) : []);
    for (const p of spec.hostPorts) {
      if (p.value === undefined || allow.has(p.value)) continue;
      report({
        range: p.range,
        message: `${written(p)} binds port ${p.value} on the node's own addresses, which bypasses network policies, exposes the container on the node's network and lets only one such pod run per node; reach it through a Service instead.`,
      });
    }
  },
});
