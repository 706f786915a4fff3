import { defineRule } from '../define.js';
import type { RuntimeSpec } from '../../targets/runtime/model.js';
import { capabilityList, describe, howToWrite, missingRange } from '../../knowledge/runtime-util.js';

const WHY: Record<string, string> = {
  ALL: 'is every capability, as good as --privileged',
  SYS_ADMIN: 'allows mounts, namespace changes and many other ways out of the container',
  NET_ADMIN:
    "allows changing the host's network configuration when the network is shared, and firewall rules",
  SYS_PTRACE: 'allows reading and changing the memory of other processes',
  SYS_MODULE: 'allows loading kernel modules, that is running code in the host kernel',
  DAC_READ_SEARCH: 'allows reading any file by handle, a known container escape (shocker)',
  SYS_RAWIO: 'allows raw access to devices and I/O ports',
  SYS_BOOT: 'allows rebooting the host',
  BPF: 'allows loading eBPF programs into the host kernel',
  PERFMON: 'allows observing the whole host',
};

export default defineRule({
  id: 'runtime/capabilities',
  aliases: ['CKV_K8S_25', 'CKV_K8S_37', 'CKV_K8S_39'],
  severity: 'error',
  summary: 'The container adds a dangerous Linux capability, or does not drop all capabilities',
  securitySeverity: 7.5,
  options: {
    forbid: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Capabilities that must not be added (with or without the CAP_ prefix; ALL is --cap-add=ALL).',
      default: ['ALL', 'SYS_ADMIN', 'NET_ADMIN', 'SYS_PTRACE', 'SYS_MODULE', 'DAC_READ_SEARCH'],
    },
    allow: {
      type: ['array', 'null'],
      items: { type: 'string' },
      description:
        'When set, the only capabilities that may be added (the Pod Security Standards allow AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT at baseline, only NET_BIND_SERVICE at restricted); null for no list.',
      default: null,
    },
    requireDropAll: {
      type: 'boolean',
      description:
        'Also require every container to drop all capabilities (cap_drop: [ALL]) and add back only what it needs.',
      default: false,
    },
  },
  check(
    spec: RuntimeSpec,
    options: { forbid: string[]; allow: string[] | null; requireDropAll: boolean },
    report,
  ) {
    const forbid = new Set(capabilityList(options.forbid));
    const allow = Array.isArray(options.allow) ? new Set(capabilityList(options.allow)) : undefined;
    for (const cap of spec.capAdd) {
      if (cap.value === undefined) continue;
      if (!forbid.has(cap.value)) {
        if (allow && !allow.has(cap.value)) {
          report({
            range: cap.range,
            message: `Adding the capability ${cap.value} goes beyond the policy's list of capabilities a container may add (${[...allow].join(', ') || 'none'}); remove it${WHY[cap.value] ? ` (it ${WHY[cap.value]})` : ''}.`,
          });
        }
        continue;
      }
      const why = WHY[cap.value] ?? 'is forbidden by the policy';
      report({
        range: cap.range,
        message: `Adding the capability ${cap.value} ${why}; remove it${cap.value === 'ALL' ? ' and add only the capabilities the container needs' : ' or grant a narrower capability'}.`,
      });
    }
    if (options.requireDropAll && !spec.incomplete) {
      const dropsAll = spec.capDrop.some((c) => c.value === 'ALL' || c.opaque);
      if (!dropsAll) {
        report({
          range: missingRange(spec),
          message: `${describe(spec)} keeps the engine's default capabilities (CHOWN, SETUID, NET_RAW…), which most services never use; drop them all with ${howToWrite(spec, '--cap-drop ALL', 'cap_drop: [ALL]', 'securityContext.capabilities.drop: [ALL]')} and add back only those needed.`,
        });
      }
    }
  },
});
