import { defineRule } from '../define.js';
import type { RuntimeSpec } from '../../targets/runtime/model.js';
import { ENGINE_SOCKETS, mountedSocket, stringList } from '../../knowledge/runtime-util.js';

export default defineRule({
  id: 'runtime/docker-socket',
  aliases: ['CKV_K8S_27', 'docker-sock'],
  severity: 'error',
  summary: 'The container mounts the Docker, Podman or containerd API socket',
  securitySeverity: 9.0,
  options: {
    sockets: {
      type: 'array',
      items: { type: 'string' },
      description: 'File names of container-engine API sockets.',
      default: ENGINE_SOCKETS,
    },
  },
  check(spec: RuntimeSpec, options: { sockets: string[] }, report) {
    const sockets = new Set(stringList(options.sockets));
    for (const m of spec.volumes) {
      const socket = mountedSocket(m, sockets);
      if (!socket) continue;
      report({
        range: m.range,
        message: `Mounting ${socket} gives the container the container engine's API, with which it can start a privileged container and take over the host${m.readOnly ? ' (read-only does not help: the API is used through the socket, not by writing the file)' : ''}; remove the mount, or put a filtering proxy in front of the socket if the API is really needed.`,
      });
    }
  },
});
