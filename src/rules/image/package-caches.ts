import { defineRule } from '../define.js';
import type { ImageModel } from '../../targets/image/model.js';
import {
  analyseImage,
  formatBytes,
  IMAGE_RANGE,
  layerContext,
  sizeOption,
} from '../../knowledge/image-util.js';

interface Cache {
  name: string;
  /** Matches the paths of the cache's files. */
  test: RegExp;
  cleanup: string;
}

/** Package-manager caches and indexes that nothing needs at run time. */
export const CACHES: Cache[] = [
  {
    name: 'apt package lists',
    test: /^var\/lib\/apt\/lists\/(?!lock$|partial(\/|$)|auxfiles(\/|$))/,
    cleanup: '`rm -rf /var/lib/apt/lists/*` in the RUN step that ran apt-get update',
  },
  {
    name: 'apt package archives',
    test: /^var\/cache\/apt\/(archives\/[^/]+\.deb$|[^/]+\.bin$)/,
    cleanup: '`apt-get clean` in the RUN step that installs',
  },
  { name: 'apk cache', test: /^(var\/cache\/apk|etc\/apk\/cache)\/./, cleanup: '`apk add --no-cache`' },
  { name: 'pip cache', test: /(^|\/)\.cache\/pip\//, cleanup: '`pip install --no-cache-dir`' },
  {
    name: 'npm cache',
    test: /(^|\/)\.npm\/(_cacache|_npx)\//,
    cleanup: '`npm cache clean --force` in the same step, or a cache mount',
  },
  {
    name: 'yarn cache',
    test: /(^usr\/local\/share\/\.cache\/yarn\/|(^|\/)\.cache\/yarn\/|(^|\/)\.yarn-cache\/)/,
    cleanup: '`yarn cache clean` in the same step, or a cache mount',
  },
  {
    name: 'dnf/yum cache',
    test: /^var\/cache\/(dnf|yum)\/./,
    cleanup: '`dnf clean all` / `yum clean all` in the same step',
  },
];

export default defineRule({
  id: 'image/package-caches',
  severity: 'warning',
  summary: 'The built image keeps package-manager caches (apt lists, apk, pip, npm, yarn)',
  options: {
    minBytes: {
      type: ['string', 'number'],
      description: 'Smallest cache worth reporting (a size such as `100kB`, or bytes).',
      default: '100kB',
    },
  },
  check(model: ImageModel, options: { minBytes: string | number }, report) {
    if (!model.layers.some((l) => l.files)) return;
    const min = sizeOption(options.minBytes, 'minBytes') ?? 0;
    const totals = CACHES.map(() => ({ bytes: 0, files: 0, byLayer: new Map<number, number>() }));
    const visible = analyseImage(model).visible;
    visible.visitFiles((node, files, entry, layer) => {
      if (files.typeAt(entry) !== 'file') return;
      const path = visible.pathOf(node);
      const i = CACHES.findIndex((c) => c.test.test(path));
      if (i < 0) return;
      const t = totals[i];
      const size = files.sizeAt(entry);
      t.bytes += size;
      t.files++;
      t.byLayer.set(layer, (t.byLayer.get(layer) ?? 0) + size);
    });
    CACHES.forEach((cache, i) => {
      const t = totals[i];
      if (t.files === 0 || t.bytes < min) return;
      let layer = -1;
      for (const [l, b] of t.byLayer) if (layer < 0 || b > t.byLayer.get(layer)!) layer = l;
      report({
        range: IMAGE_RANGE,
        message:
          `The image keeps the ${cache.name}: ${formatBytes(t.bytes)} in ${t.files} file${t.files === 1 ? '' : 's'}, mostly from layer ${layer + 1}. ` +
          `Nothing needs them at run time, yet every pull downloads them; use ${cache.cleanup}.`,
        context: layerContext(layer),
      });
    });
  },
});
