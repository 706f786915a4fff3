import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { finalStage, imageArgRange, lastInChain, rootBase } from '../stages.js';

interface Options {
  requireUser: boolean;
}

/** Base images documented to run as a non-root user by default (distroless `:nonroot`, `*-rootless`…). */
function nonRootBase(name: string, tag: string | undefined): boolean {
  return /non-?root|rootless/i.test(tag ?? '') || /non-?root|rootless/i.test(name);
}

export default defineRule({
  id: 'dockerfile/non-root-user',
  aliases: ['DL3002', 'DS002', 'AVD-DS-0002', 'CKV_DOCKER_3', 'CKV_DOCKER_8'],
  severity: 'warning',
  hadolintOptions: { requireUser: false },
  summary: 'The final image runs as root',
  securitySeverity: 6.0,
  options: {
    requireUser: {
      type: 'boolean',
      description:
        'Also report a final image that never sets a non-root USER (itself or through the stages it is built on).',
      default: true,
    },
  },
  check(model: DockerfileModel, options: Options, report) {
    const stage = finalStage(model);
    if (!stage) return;
    const context = stage.name ? { stage: stage.name } : undefined;
    const user = lastInChain(model, stage, 'USER');
    if (user) {
      const arg = user.args[0];
      if (!arg) return;
      const expanded = expandVars(arg.value, user.scope, model.escapeChar);
      if (expanded.unresolved.length > 0) return;
      const name = expanded.value.split(':')[0].trim();
      if (name !== 'root' && !/^0+$/.test(name)) return;
      const inherited =
        user.stage !== stage.index
          ? ` (inherited from stage ${model.stages[user.stage]?.nameRaw ?? user.stage})`
          : '';
      report({
        range: arg.range,
        message:
          `The final image runs as root: USER ${arg.value} at line ${user.range.line}${inherited} is its last USER. ` +
          `A process that breaks out of the application then has root in the container, and on the host too without ` +
          `user namespaces. Switch to an unprivileged user after the steps that need root, e.g. USER 10001.`,
        context,
      });
      return;
    }
    if (options.requireUser === false) return;
    // A fragment without FROM: the USER may well be set by the file it is included in.
    if (stage.implicit) return;
    const base = rootBase(model, stage);
    if (nonRootBase(base.name, base.tag)) return;
    report({
      range: imageArgRange(stage),
      message:
        `The final image never sets a USER, so its processes run as root unless the base image ${base.text || 'scratch'} ` +
        `chose otherwise. Create an unprivileged user and add USER <name or uid> after the steps that need root.`,
      context,
    });
  },
});
