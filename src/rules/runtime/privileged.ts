import { defineRule } from '../define.js';
import type { RuntimeSpec } from '../../targets/runtime/model.js';
import { howToWrite, written } from '../../knowledge/runtime-util.js';

export default defineRule({
  id: 'runtime/privileged',
  aliases: ['CKV_K8S_16', 'privileged-container'],
  severity: 'error',
  summary: 'The container runs privileged',
  securitySeverity: 9.0,
  check(spec: RuntimeSpec, _options, report) {
    const p = spec.privileged;
    if (!p || p.value !== true) return;
    const instead =
      spec.source.syntax === 'inspect'
        ? 'recreate the container without it, granting only what is needed with --cap-add or --device'
        : spec.source.syntax === 'kubernetes'
          ? `remove it and grant only what is needed with ${howToWrite(spec, '', '', 'securityContext.capabilities.add')}`
          : `remove it and grant only what is needed with ${howToWrite(spec, '--cap-add NAME', 'cap_add')} or ${howToWrite(spec, '--device PATH', 'devices')}`;
    report({
      range: p.range,
      message: `${written(p)} gives the container every capability and every host device without seccomp or AppArmor confinement, so it can take over the host; ${instead}.`,
    });
  },
});
