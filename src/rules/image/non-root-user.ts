import { defineRule } from '../define.js';
import type { ImageModel } from '../../targets/image/model.js';
import { IMAGE_RANGE } from '../../knowledge/image-util.js';

/** Whether a config User runs as root: empty (the default), `root`, or uid 0, with any group. */
export function isRootUser(user: string): boolean {
  const name = user.trim().split(':')[0];
  return name === '' || name === 'root' || /^0+$/.test(name);
}

export default defineRule({
  id: 'image/non-root-user',
  severity: 'warning',
  summary: 'The built image runs as root',
  securitySeverity: 6.0,
  check(model: ImageModel, _options, report) {
    const user = model.config.user;
    if (!isRootUser(user)) return;
    const what = user.trim() === '' ? 'sets no user, so it runs as root' : `runs as "${user}", which is root`;
    report({
      range: IMAGE_RANGE,
      message:
        `The image config ${what}: a process that breaks out of the application owns the whole container, and any mounted host files. ` +
        'Add `USER 10001` (or a named non-root user) at the end of the Dockerfile.',
    });
  },
});
