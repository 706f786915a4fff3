import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { instructionsOf } from '../../knowledge/instructions.js';

const MAX_PORT = 65535;

/** Why `spec` (`80`, `80/tcp`, `8000-8010/udp`) is not a valid EXPOSE entry, or undefined when it is. */
function problem(spec: string): string | undefined {
  const slash = spec.indexOf('/');
  const ports = slash < 0 ? spec : spec.slice(0, slash);
  const proto = slash < 0 ? undefined : spec.slice(slash + 1);
  if (proto !== undefined && !/^(tcp|udp|sctp)$/i.test(proto))
    return `"${proto}" is not a protocol (tcp, udp or sctp)`;
  const m = /^(\d+)(?:-(\d+))?$/.exec(ports);
  if (!m) return `"${ports}" is not a port number`;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (lo > MAX_PORT || hi > MAX_PORT) return `ports range from 0 to ${MAX_PORT}`;
  if (hi < lo) return `the range ${ports} ends before it starts`;
  return undefined;
}

export default defineRule({
  id: 'dockerfile/expose-valid-port',
  aliases: ['DL3011', 'DS008', 'AVD-DS-0008'],
  severity: 'error',
  summary: 'EXPOSE names a port outside 0–65535',
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'EXPOSE')) {
      for (const arg of inst.args) {
        const expanded = expandVars(arg.value, inst.scope, model.escapeChar);
        if (expanded.unresolved.length > 0) continue; // a port given with --build-arg
        for (const spec of expanded.value.split(/\s+/).filter(Boolean)) {
          const why = problem(spec.replace(/^(["'])(.*)\1$/, '$2'));
          if (!why) continue;
          report({
            range: arg.range,
            message:
              `EXPOSE ${spec} is not a valid port: ${why}. The builder rejects it; write a port or range such as ` +
              '`8080`, `8080/tcp` or `8000-8010/udp`.',
          });
        }
      }
    }
  },
});
