import { defineRule } from '../define.js';
import type { RuntimeSpec } from '../../targets/runtime/model.js';
import { describe, howToWrite, written } from '../../knowledge/runtime-util.js';
import { knownRootImage } from '../../knowledge/image-users.js';
import { runImage } from '../../knowledge/run-image.js';

interface Options {
  rootImages: boolean;
}

/** `root`, `0`, `root:wheel`, `0:0`. */
function isRoot(user: string): boolean {
  const name = user.trim().split(':')[0];
  return name === 'root' || /^0+$/.test(name);
}

export default defineRule({
  id: 'runtime/non-root-user',
  severity: 'warning',
  summary: 'The container runs as root: user: root, --user 0, or no user with an image that runs as root',
  options: {
    rootImages: {
      type: 'boolean',
      description:
        'Also report a long-running container with no user whose image is an official image known to run as ' +
        'root (alpine, debian, ubuntu, python, node, golang…; see the rule page).',
      default: true,
    },
  },
  check(spec: RuntimeSpec, options: Options, report) {
    const u = spec.user;
    if (u) {
      if (u.opaque || u.value === undefined || !isRoot(u.value)) return;
      report({
        range: u.range,
        message:
          `${written(u)} runs the container as root: a process that breaks out of it has root in the container, and ` +
          `on the host too without user namespaces. Run as an unprivileged user, e.g. ${howToWrite(spec, '--user 10001:10001', 'user: "10001:10001"', 'securityContext: {runAsUser: 10001, runAsNonRoot: true}')}.`,
      });
      return;
    }
    // CI containers (GitHub's job and service containers) run as root by design: actions need it.
    if (!options.rootImages || spec.incomplete || spec.lifetime === 'task') return;
    // Kubernetes `runAsNonRoot: true`: the kubelet refuses to start the container as root.
    if (spec.runAsNonRoot?.value === true) return;
    const run = runImage(spec);
    if (!run || !knownRootImage(run.ref)) return;
    report({
      range: run.range,
      message:
        `${describe(spec)} sets no user, and ${run.ref.name} runs as root unless told otherwise. Set an unprivileged ` +
        `user with ${howToWrite(spec, '--user 10001:10001', 'user: "10001:10001"', 'securityContext: {runAsUser: 10001, runAsNonRoot: true}')}, or use an image that creates one.`,
    });
  },
});
