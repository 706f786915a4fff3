import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { checkLabelFormat } from '../../knowledge/labels.js';

const NUM = '(?:0|[1-9]\\d*)';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const BUILD_ID = '[0-9A-Za-z-]+';
/** Semantic Versioning 2.0.0: MAJOR.MINOR.PATCH[-prerelease][+build], no leading zeros. */
const SEMVER = new RegExp(
  `^${NUM}\\.${NUM}\\.${NUM}(?:-${PRE_ID}(?:\\.${PRE_ID})*)?(?:\\+${BUILD_ID}(?:\\.${BUILD_ID})*)?$`,
);

export default defineRule({
  id: 'dockerfile/label-semver',
  aliases: ['DL3056'],
  severity: 'warning',
  summary: 'A version label is not a semantic version',
  options: {
    labels: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Label keys (or `*` patterns) whose value must be a semantic version, e.g. `org.opencontainers.image.version`. Empty: none is checked.',
      default: [],
    },
    allowPrefixV: {
      type: 'boolean',
      description: 'Accept a leading "v" (`v1.2.3`), as git tags often have.',
      default: false,
    },
  },
  check(model: DockerfileModel, options: { labels: string[]; allowPrefixV: boolean }, report) {
    checkLabelFormat(
      model,
      options.labels,
      (v) => SEMVER.test(options.allowPrefixV ? v.replace(/^v/, '') : v),
      (key, value) =>
        `Label "${key}" should hold a semantic version, but "${value}" is not one, so tools cannot order ` +
        'releases by it; write MAJOR.MINOR.PATCH, e.g. `1.4.2` or `2.0.0-rc.1`.',
      report,
    );
  },
});
