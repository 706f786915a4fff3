import { defineRule } from '../define.js';
import type { RuntimeSpec, Setting } from '../../targets/runtime/model.js';
import { describe, howToWrite, missingRange, written } from '../runtime-util.js';

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
  },
  check(spec: RuntimeSpec, options: { requireNoNewPrivileges: boolean }, report) {
    for (const s of spec.securityOpt) {
      if (s.value === undefined) continue;
      const [key, value] = split(s.value);
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
          message: `${written(s)} lets setuid binaries raise privileges in the container; the policy requires no-new-privileges, so write ${howToWrite(spec, '--security-opt no-new-privileges', 'no-new-privileges:true')}.`,
        });
      }
    }
    if (!options.requireNoNewPrivileges || spec.incomplete) return;
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
      message: `${describe(spec)} does not set no-new-privileges, so setuid binaries in it can raise privileges; add ${howToWrite(spec, '--security-opt no-new-privileges', 'security_opt: [no-new-privileges:true]')}.`,
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
