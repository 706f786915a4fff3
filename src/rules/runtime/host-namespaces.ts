import { defineRule } from '../define.js';
import type { RuntimeSpec, Setting } from '../../targets/runtime/model.js';
import { stringList, written } from '../../knowledge/runtime-util.js';

type Namespace = 'pid' | 'ipc' | 'uts' | 'network' | 'cgroup';

const WHY: Record<Namespace, string> = {
  pid: 'it sees every process of the host and can signal them (and read their environment with enough privilege)',
  ipc: "it shares the host's shared memory and semaphores",
  uts: "it shares the host's hostname and can change it",
  network:
    "it shares the host's network stack: it can bind host ports, reach services listening on localhost and see all traffic",
  cgroup: "it sees the host's whole cgroup hierarchy",
};

export default defineRule({
  id: 'runtime/host-namespaces',
  aliases: ['CKV_K8S_17', 'CKV_K8S_18', 'CKV_K8S_19', 'host-pid', 'host-ipc', 'host-network'],
  severity: 'error',
  summary: 'The container shares a host namespace (pid, ipc, uts, network or cgroup)',
  securitySeverity: 7.5,
  options: {
    allow: {
      type: 'array',
      items: { enum: ['pid', 'ipc', 'uts', 'network', 'cgroup'] },
      description: 'Host namespaces that may be shared.',
      default: [],
    },
  },
  check(spec: RuntimeSpec, options: { allow: string[] }, report) {
    const allow = new Set(stringList(options.allow));
    const settings: [Namespace, Setting<string> | undefined][] = [
      ['pid', spec.pid],
      ['ipc', spec.ipc],
      ['uts', spec.uts],
      ['network', spec.network],
      ['cgroup', spec.cgroupns],
    ];
    for (const [ns, s] of settings) {
      if (!s || s.value === undefined || allow.has(ns)) continue;
      if (s.value.trim().toLowerCase() !== 'host') continue;
      report({
        range: s.range,
        message: `${written(s)} puts the container in the host's ${ns} namespace, so ${WHY[ns]}; remove it${ns === 'network' ? (spec.source.syntax === 'kubernetes' ? ' and reach the pod through a Service' : ' and publish the ports the service needs') : ''}.`,
      });
    }
  },
});
