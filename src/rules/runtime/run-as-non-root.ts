import { defineRule } from '../define.js';
import type { RuntimeSpec } from '../../targets/runtime/model.js';
import { describe, howToWrite, missingRange, written } from '../../knowledge/runtime-util.js';

/** `0`, `root`, `0:0`, `root:wheel`: the user part names root. */
function isRoot(user: string): boolean {
  const name = user.split(':')[0].trim();
  return name === '0' || name === 'root';
}

export default defineRule({
  id: 'runtime/run-as-non-root',
  aliases: ['CKV_K8S_23', 'run-as-non-root'],
  severity: 'off',
  summary:
    'The run configuration does not make sure the container runs as a non-root user (runAsNonRoot, a non-root user)',
  check(spec: RuntimeSpec, _options, report) {
    const user = spec.user;
    const nonRoot = spec.runAsNonRoot;
    const example = howToWrite(
      spec,
      '--user 1000:1000',
      'user: "1000:1000"',
      'securityContext.runAsNonRoot: true',
    );
    if (user?.value !== undefined && isRoot(user.value)) {
      report({
        range: user.range,
        message: `${written(user)} runs the container as root, so a process that escapes it is root on the host; run it as an unprivileged user with ${example}${spec.engine === 'kubernetes' ? ' and a non-zero runAsUser' : ''}.`,
      });
      return;
    }
    if (nonRoot?.value === false) {
      report({
        range: nonRoot.range,
        message: `${written(nonRoot)} lets the container run as root whenever its image says so; set \`securityContext.runAsNonRoot: true\` so the kubelet refuses to start it as root.`,
      });
      return;
    }
    if (nonRoot?.value === true || nonRoot?.opaque) return;
    // A user other than root, set where the container is run, also keeps it off root.
    if (user && (user.opaque || user.value !== undefined || user.invalid)) return;
    if (spec.incomplete) return;
    report({
      range: missingRange(spec),
      message: `${describe(spec)} runs as whatever user its image names, often root, since nothing where it is run says otherwise; set ${example}.`,
    });
  },
});
