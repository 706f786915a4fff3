import { defineRule } from '../define.js';
import type { ImageModel } from '../../targets/image/model.js';
import {
  analyseImage,
  globMatcher,
  IMAGE_RANGE,
  layerContext,
  listSome,
} from '../../knowledge/image-util.js';

export default defineRule({
  id: 'image/setuid-files',
  severity: 'info',
  summary: 'The built image has setuid or setgid executables',
  securitySeverity: 5.0,
  options: {
    allow: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Glob patterns of image paths that may keep their setuid/setgid bit (e.g. `usr/bin/sudo`).',
      default: [],
    },
  },
  check(model: ImageModel, options: { allow: string[] }, report) {
    if (!model.layers.some((l) => l.files)) return;
    const allowed = globMatcher(options.allow);
    const found: { path: string; layer: number; bits: string }[] = [];
    const visible = analyseImage(model).visible;
    visible.visitFiles((node, files, entry, layer) => {
      const mode = files.modeAt(entry);
      if ((mode & 0o6000) === 0 || files.typeAt(entry) !== 'file') return;
      const path = visible.pathOf(node);
      if (allowed(path)) return;
      const bits = [mode & 0o4000 ? 'setuid' : '', mode & 0o2000 ? 'setgid' : ''].filter(Boolean).join('+');
      found.push({ path, layer, bits });
    });
    if (found.length === 0) return;
    found.sort((a, b) => (a.path < b.path ? -1 : 1));
    report({
      range: IMAGE_RANGE,
      message:
        `The image has ${found.length} setuid/setgid file${found.length === 1 ? '' : 's'}: ${listSome(
          found.map((f) => `/${f.path} (${f.bits}, layer ${f.layer + 1})`),
          8,
        )}. ` +
        'Each lets an unprivileged process gain the owner’s rights, the usual step from a foothold to root; remove the bits (`RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +`) or list the ones you need in `allow`.',
      context: layerContext(found[0].layer),
    });
  },
});
