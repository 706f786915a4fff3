import { defineRule } from '../define.js';
import type { RuntimeSpec } from '../../targets/runtime/model.js';
import { stringList } from '../../knowledge/runtime-util.js';

/** The sysctls the Pod Security Standards (baseline) call safe: namespaced, and isolated between pods. */
const SAFE_SYSCTLS = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
];

export default defineRule({
  id: 'runtime/sysctls',
  aliases: ['unsafe-sysctls'],
  severity: 'off',
  summary: 'The container sets a kernel parameter (sysctl) outside the safe set',
  options: {
    allow: {
      type: 'array',
      items: { type: 'string' },
      description: 'Sysctls that may be set (default: the safe set of the Pod Security Standards).',
      default: SAFE_SYSCTLS,
    },
  },
  check(spec: RuntimeSpec, options: { allow: string[] }, report) {
    const allow = new Set(stringList(options.allow));
    for (const s of spec.sysctls) {
      if (s.value === undefined) continue;
      const name = s.value.split('=')[0].trim().replace(/\//g, '.');
      if (allow.has(name)) continue;
      report({
        range: s.range,
        message: `Setting the sysctl ${name} changes a kernel parameter that is not known to be isolated per container, so it may affect the whole host or let the container weaken it; remove it or ask the policy to allow it.`,
      });
    }
  },
});
