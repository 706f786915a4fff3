import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { checkLabelFormat } from '../../knowledge/labels.js';

/** A full SHA-1 or SHA-256 object name, or an abbreviated one of at least 7 hex digits. */
const GIT_HASH = /^(?:[0-9a-f]{7,40}|[0-9a-f]{64})$/i;

export default defineRule({
  id: 'dockerfile/label-git-hash',
  aliases: ['DL3055'],
  severity: 'warning',
  summary: 'A commit label does not hold a git commit hash',
  options: {
    labels: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Label keys (or `*` patterns) whose value must be a git commit hash, e.g. `org.opencontainers.image.revision`. Empty: none is checked.',
      default: [],
    },
  },
  check(model: DockerfileModel, options: { labels: string[] }, report) {
    checkLabelFormat(
      model,
      options.labels,
      (v) => GIT_HASH.test(v),
      (key, value) =>
        `Label "${key}" should hold a git commit hash, but "${value}" is not one, so the image cannot be traced ` +
        'back to its commit; pass the hash at build time (`--build-arg REVISION=$(git rev-parse HEAD)`).',
      report,
    );
  },
});
