import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { runInvocations } from '../../knowledge/invocations.js';

/** By program name (a Map: an object would answer `constructor` from Object.prototype). */
const WHY = new Map<string, string>(
  Object.entries({
    ssh: 'a build has no interactive session and should not reach other hosts with credentials',
    vim: 'a build has no terminal to edit in; write the file with COPY or a heredoc instead',
    shutdown: 'a build container cannot shut a machine down',
    service:
      'services started during a build do not survive into the container; start them from the ENTRYPOINT',
    ps: 'the process list of a build step says nothing about the running container',
    free: 'memory figures of the build host say nothing about the running container',
    top: 'an interactive monitor never ends in a build',
    kill: 'processes of a build step end with it anyway; start long-running processes from the ENTRYPOINT',
    mount: 'mounts made in a build step do not persist; use RUN --mount or a volume at run time',
    ifconfig: 'the network of a build step is not the network of the running container',
  }),
);

export default defineRule({
  id: 'dockerfile/pointless-command',
  aliases: ['DL3001'],
  severity: 'info',
  summary: 'RUN uses a command that makes no sense while building an image (ssh, vim, service, ps…)',
  options: {
    commands: {
      type: 'array',
      items: { type: 'string' },
      description: 'Command names to report when a RUN executes them.',
      default: ['free', 'ifconfig', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim'],
    },
  },
  check(model: DockerfileModel, options: { commands: string[] }, report) {
    const names = new Set(options.commands);
    for (const inv of runInvocations(model)) {
      if (!names.has(inv.name)) continue;
      const why = WHY.get(inv.name) ?? 'it has no useful effect while building an image';
      report({
        range: model.rangeOf(inv.nameWord.start, inv.nameWord.end),
        message: `RUN executes \`${inv.name}\`, but ${why}. Remove it from the build.`,
      });
    }
  },
});
