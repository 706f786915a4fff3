import { defineRule } from '../define.js';
import type { RuntimeSpec, Setting } from '../../targets/runtime/model.js';
import { describe, howToWrite, missingRange, written } from '../../knowledge/runtime-util.js';

/** `seccomp=unconfined`, `seccomp:unconfined` (the old form) -> ['seccomp', 'unconfined']. */
function split(opt: string): [string, string | undefined] {
  const m = /^([^=:]+)(?:[=:](.*))?$/s.exec(opt.trim());
  return m ? [m[1].trim().toLowerCase(), m[2]?.trim()] : [opt, undefined];
}

const WEAKENING: { key: string; value: (v: string) => boolean; why: string }[] = [
  {
    key: 'seccomp',
    value: (v) => v.toLowerCase() === 'unconfined',
    why: 'turns off the seccomp filter, exposing every system call of the host kernel',
  },
  { key: 'apparmor', value: (v) => v.toLowerCase() === 'unconfined', why: 'turns off the AppArmor profile' },
  {
    key: 'label',
    value: (v) => v.toLowerCase() === 'disable',
    why: 'turns off SELinux separation for the container',
  },
  {
    key: 'systempaths',
    value: (v) => v.toLowerCase() === 'unconfined',
    why: 'unmasks /proc and /sys paths that let a container reach the host kernel',
  },
  {
    key: 'unmask',
    value: (v) => v.toUpperCase() === 'ALL',
    why: 'unmasks every /proc and /sys path that keeps a container away from the host kernel',
  },
];

/** The SELinux types the Pod Security Standards allow (the container types of container-selinux). */
const CONTAINER_SELINUX_TYPES = ['container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'];

/** `label=type:spc_t` -> ['type', 'spc_t']; undefined for other options. */
function selinuxLabel(key: string, value: string | undefined): [string, string] | undefined {
  if (key !== 'label' || value === undefined) return undefined;
  const colon = value.indexOf(':');
  return colon < 0 ? undefined : [value.slice(0, colon).trim().toLowerCase(), value.slice(colon + 1).trim()];
}

function grantsNoNewPrivileges(s: Setting<string>): boolean {
  if (s.opaque) return true;
  if (s.value === undefined) return false;
  const [key, value] = split(s.value);
  return (
    key === 'no-new-privileges' && (value === undefined || value === '' || value.toLowerCase() === 'true')
  );
}

export default defineRule({
  id: 'runtime/security-opt',
  aliases: ['CKV_K8S_20', 'CKV_K8S_31', 'privilege-escalation-container', 'unsafe-proc-mount'],
  severity: 'error',
  summary: 'A security option turns off seccomp, AppArmor or SELinux confinement',
  securitySeverity: 7.5,
  fixable: true,
  options: {
    requireNoNewPrivileges: {
      type: 'boolean',
      description:
        'Also require no-new-privileges, so setuid binaries cannot raise privileges in the container.',
      default: false,
    },
    requireSeccompProfile: {
      type: 'boolean',
      description:
        'Kubernetes: also require a seccomp profile (securityContext.seccompProfile.type RuntimeDefault or Localhost), since the kubelet runs containers Unconfined unless told otherwise. Docker and podman apply their default profile, so this asks nothing of them.',
      default: false,
    },
    restrictSelinux: {
      type: 'boolean',
      description:
        'Also report SELinux labels outside the container types (container_t, container_init_t, container_kvm_t, container_engine_t) and any custom SELinux user or role, as the Pod Security Standards do.',
      default: false,
    },
  },
  check(
    spec: RuntimeSpec,
    options: { requireNoNewPrivileges: boolean; requireSeccompProfile: boolean; restrictSelinux: boolean },
    report,
  ) {
    for (const s of spec.securityOpt) {
      if (s.value === undefined) continue;
      const [key, value] = split(s.value);
      const label = options.restrictSelinux ? selinuxLabel(key, value) : undefined;
      if (label && label[0] === 'type' && !CONTAINER_SELINUX_TYPES.includes(label[1])) {
        report({
          range: s.range,
          message: `${written(s)} runs the container in the SELinux type ${label[1]}, outside the confined container types (${CONTAINER_SELINUX_TYPES.join(', ')}); remove it or use one of those.`,
        });
        continue;
      }
      if (label && (label[0] === 'user' || label[0] === 'role')) {
        report({
          range: s.range,
          message: `${written(s)} sets a custom SELinux ${label[0]}, which can lift the confinement of the container types; remove it.`,
        });
        continue;
      }
      const weak = value !== undefined ? WEAKENING.find((w) => w.key === key && w.value(value)) : undefined;
      if (weak) {
        report({
          range: s.range,
          message: `${written(s)} ${weak.why}; remove it, and if the default profile blocks something the container needs, write a custom profile that allows just that.`,
        });
      } else if (
        options.requireNoNewPrivileges &&
        key === 'no-new-privileges' &&
        value !== undefined &&
        value.toLowerCase() === 'false'
      ) {
        report({
          range: s.range,
          message: `${written(s)} lets setuid binaries raise privileges in the container; the policy requires no-new-privileges, so write ${howToWrite(spec, '--security-opt no-new-privileges', 'no-new-privileges:true', 'securityContext.allowPrivilegeEscalation: false')}.`,
        });
      }
    }
    if (spec.incomplete) return;
    if (
      options.requireSeccompProfile &&
      spec.engine === 'kubernetes' &&
      !spec.securityOpt.some((s) => s.opaque || (s.value !== undefined && split(s.value)[0] === 'seccomp'))
    ) {
      report({
        range: missingRange(spec),
        message: `${describe(spec)} has no seccomp profile, and Kubernetes runs containers Unconfined by default, exposing every system call of the node's kernel; set \`securityContext.seccompProfile.type: RuntimeDefault\` (in the pod's or the container's securityContext).`,
      });
    }
    if (!options.requireNoNewPrivileges) return;
    if (
      spec.securityOpt.some(
        (s) =>
          grantsNoNewPrivileges(s) || (s.value !== undefined && split(s.value)[0] === 'no-new-privileges'),
      )
    )
      return;
    const range = missingRange(spec);
    const canFix = spec.source.syntax === 'cli' && spec.command !== undefined;
    report({
      range,
      message: `${describe(spec)} does not set no-new-privileges, so setuid binaries in it can raise privileges; add ${howToWrite(spec, '--security-opt no-new-privileges', 'security_opt: [no-new-privileges:true]', 'securityContext.allowPrivilegeEscalation: false')}.`,
      ...(canFix
        ? {
            fix: {
              description: 'Add --security-opt no-new-privileges',
              edits: [
                {
                  range: {
                    line: range.endLine,
                    column: range.endColumn,
                    endLine: range.endLine,
                    endColumn: range.endColumn,
                  },
                  text: ' --security-opt no-new-privileges',
                },
              ],
            },
          }
        : {}),
    });
  },
});
