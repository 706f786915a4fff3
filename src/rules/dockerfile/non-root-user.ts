import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import {
  chainInstructions,
  finalStage,
  imageArgRange,
  lastInChain,
  rootStage,
} from '../../knowledge/stages.js';
import { knownNonRootImage, isWindowsImage, windowsDefaultUser } from '../../knowledge/image-users.js';

interface Options {
  requireUser: boolean;
}

/**
 * Tools an entrypoint uses to drop root after start-up (the official postgres, redis and mongo images
 * use gosu; Alpine ones su-exec; s6-overlay images s6-setuidgid): such an image deliberately starts as
 * root, and a missing USER is no oversight.
 */
const DROPS_PRIVILEGES = /\b(gosu|su-exec|setpriv|s6-setuidgid|chpst|setuidgid)\b/;

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
    const root = rootStage(model, stage);
    // A Windows stage (a Windows base, or cmd/PowerShell as the default shell) has no root account.
    const windows = isWindowsImage(root.base) || !root.from.posixShell;
    const user = lastInChain(model, stage, 'USER');
    if (user) {
      const arg = user.args[0];
      if (!arg) return;
      const expanded = expandVars(arg.value, user.scope, model.escapeChar);
      if (expanded.unresolved.length > 0) return;
      const name = expanded.value.split(':')[0].trim();
      const inherited =
        user.stage !== stage.index
          ? ` (inherited from stage ${model.stages[user.stage]?.nameRaw ?? user.stage})`
          : '';
      if (windows) {
        if (name.toLowerCase() !== 'containeradministrator') return;
        report({
          range: arg.range,
          message:
            `The final image runs as ContainerAdministrator: USER ${arg.value} at line ${user.range.line}${inherited} ` +
            `is its last USER. Switch to USER ContainerUser after the steps that need administrator rights.`,
          context,
        });
        return;
      }
      if (name !== 'root' && !/^0+$/.test(name)) return;
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
    const base = root.base;
    // A template's base (`FROM {{ .Image }}`) is not known until the template is rendered.
    if (knownNonRootImage(base) || base.templatePlaceholders) return;
    if (chainInstructions(model, stage).some((i) => DROPS_PRIVILEGES.test(i.argsText))) return;
    if (windows) {
      if (windowsDefaultUser(base) === 'ContainerUser') return;
      report({
        range: imageArgRange(stage),
        message:
          `The final image never sets a USER, so its processes run as ContainerAdministrator, the default of ` +
          `${base.text || 'its Windows base'}. Add USER ContainerUser after the steps that need administrator rights.`,
        context,
      });
      return;
    }
    report({
      range: imageArgRange(stage),
      message:
        `The final image never sets a USER, so its processes run as root unless the base image ${base.text || 'scratch'} ` +
        `chose otherwise. Create an unprivileged user and add USER <name or uid> after the steps that need root.`,
      context,
    });
  },
});
