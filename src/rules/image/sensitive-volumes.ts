import { defineRule } from '../define.js';
import type { ImageModel } from '../../targets/image/model.js';
import { IMAGE_RANGE } from '../../knowledge/image-util.js';

function normalise(p: string): string {
  const t = p.trim().replace(/\/+$/, '');
  return t === '' ? '/' : t;
}

export default defineRule({
  id: 'image/sensitive-volumes',
  severity: 'warning',
  summary: 'The built image declares a VOLUME over a system folder',
  securitySeverity: 6.0,
  options: {
    paths: {
      type: 'array',
      items: { type: 'string' },
      description: 'Folders (and everything under them) that must not be volumes.',
      default: [
        '/',
        '/etc',
        '/root',
        '/home',
        '/usr',
        '/bin',
        '/sbin',
        '/lib',
        '/lib64',
        '/boot',
        '/proc',
        '/sys',
        '/dev',
        '/run',
        '/var/run',
        '/var/lib/docker',
      ],
    },
  },
  check(model: ImageModel, options: { paths: string[] }, report) {
    const denied = (options.paths ?? []).map(normalise);
    for (const raw of model.config.volumes) {
      const vol = normalise(raw);
      const hit = denied.find(
        (d) => vol === d || (d !== '/' && vol.startsWith(d + '/')) || vol.endsWith('/docker.sock'),
      );
      if (hit === undefined) continue;
      report({
        range: IMAGE_RANGE,
        message:
          `The image declares VOLUME ${raw}: every container gets an anonymous volume there, so the folder's content outlives the container, can be shared with others, and later build steps' changes to it are lost. ` +
          'Declare volumes only for data folders (e.g. VOLUME /data) and mount anything else explicitly at run time.',
      });
    }
  },
});
