import { defineRule } from '../define.js';
import type { ImageModel } from '../../targets/image/model.js';
import { IMAGE_RANGE } from '../../knowledge/image-util.js';

const KNOWN: Record<string, string> = {
  '22': 'SSH',
  '23': 'telnet',
  '2375': 'the unencrypted Docker API',
  '2376': 'the Docker API',
  '3389': 'RDP',
  '5900': 'VNC',
};

export default defineRule({
  id: 'image/exposed-ports',
  severity: 'warning',
  summary: 'The built image exposes a port this policy denies (SSH, telnet, Docker API…)',
  options: {
    deny: {
      type: 'array',
      items: { type: ['string', 'integer'] },
      description: 'Ports the image must not expose: `22` (any protocol) or `53/udp`.',
      default: ['22', '23', '2375', '2376', '3389', '5900'],
    },
  },
  check(model: ImageModel, options: { deny: (string | number)[] }, report) {
    const deny = (options.deny ?? []).map((d) => String(d).toLowerCase());
    for (const exposed of model.config.exposedPorts) {
      const [port, proto = 'tcp'] = exposed.toLowerCase().split('/');
      if (!deny.some((d) => d === port || d === `${port}/${proto}`)) continue;
      const what = KNOWN[port] ? ` (${KNOWN[port]})` : '';
      report({
        range: IMAGE_RANGE,
        message:
          `The image exposes port ${exposed}${what}, which this policy denies: a container should run one service, and remote-access or management ports invite attacks. ` +
          `Remove \`EXPOSE ${port}\`, and use \`docker exec\` or \`kubectl exec\` to get into a container.`,
      });
    }
  },
});
