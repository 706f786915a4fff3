import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { checkLabelFormat } from '../../knowledge/labels.js';

/** An absolute URI (RFC 3986): a scheme, then characters a URI may hold, and parsable. */
function validUrl(v: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/.test(v)) return false;
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
}

export default defineRule({
  id: 'dockerfile/label-url',
  aliases: ['DL3052'],
  severity: 'warning',
  hadolintOptions: { labels: [] },
  summary: 'A URL label does not hold a valid absolute URL',
  options: {
    labels: {
      type: 'array',
      items: { type: 'string' },
      description: 'Label keys (or `*` patterns) whose value must be an absolute URL.',
      default: [
        'org.opencontainers.image.url',
        'org.opencontainers.image.source',
        'org.opencontainers.image.documentation',
      ],
    },
  },
  check(model: DockerfileModel, options: { labels: string[] }, report) {
    checkLabelFormat(
      model,
      options.labels,
      validUrl,
      (key, value) =>
        `Label "${key}" should hold an absolute URL, but "${value}" is not one, so tools that link to it break; ` +
        'write the full URL with its scheme, e.g. `https://github.com/org/repo`.',
      report,
    );
  },
});
