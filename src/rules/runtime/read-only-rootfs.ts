import { defineRule } from '../define.js';
import type { RuntimeSpec } from '../../targets/runtime/model.js';
import { describe, howToWrite, missingRange, written } from '../../knowledge/runtime-util.js';

export default defineRule({
  id: 'runtime/read-only-rootfs',
  aliases: ['CKV_K8S_22', 'no-read-only-root-fs'],
  severity: 'warning',
  summary: "The container's root filesystem is writable",
  securitySeverity: 4.0,
  check(spec: RuntimeSpec, _options, report) {
    const r = spec.readOnly;
    const example = howToWrite(
      spec,
      '--read-only',
      'read_only: true',
      'securityContext.readOnlyRootFilesystem: true',
    );
    if (r && (r.value === true || r.opaque)) return;
    if (r && r.value === false) {
      report({
        range: r.range,
        message: `${written(r)} leaves the root filesystem writable, so an intruder can change the container's programs; make it read-only with ${example} and mount volumes or tmpfs where it must write.`,
      });
      return;
    }
    if (r?.invalid) {
      report({ range: r.range, message: `${written(r)} cannot be read: ${r.invalid}.` });
      return;
    }
    if (spec.incomplete) return;
    report({
      range: missingRange(spec),
      message: `${describe(spec)} has a writable root filesystem, so an intruder can change its programs; make it read-only with ${example} and mount volumes or tmpfs where it must write.`,
    });
  },
});
