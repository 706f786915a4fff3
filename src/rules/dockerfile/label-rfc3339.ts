import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { checkLabelFormat } from '../../knowledge/labels.js';

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

function validTime(v: string): boolean {
  const m = RFC3339.exec(v);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  const oh = m[7] === undefined ? 0 : Number(m[7]);
  const om = m[8] === undefined ? 0 : Number(m[8]);
  return (
    mo >= 1 &&
    mo <= 12 &&
    d >= 1 &&
    d <= days[mo - 1] &&
    h <= 23 &&
    mi <= 59 &&
    s <= 60 &&
    oh <= 23 &&
    om <= 59
  );
}

export default defineRule({
  id: 'dockerfile/label-rfc3339',
  aliases: ['DL3053'],
  severity: 'warning',
  hadolintOptions: { labels: [] },
  summary: 'A date label is not an RFC 3339 timestamp',
  options: {
    labels: {
      type: 'array',
      items: { type: 'string' },
      description: 'Label keys (or `*` patterns) whose value must be an RFC 3339 date-time.',
      default: ['org.opencontainers.image.created', 'org.label-schema.build-date'],
    },
  },
  check(model: DockerfileModel, options: { labels: string[] }, report) {
    checkLabelFormat(
      model,
      options.labels,
      validTime,
      (key, value) =>
        `Label "${key}" should hold an RFC 3339 date-time, but "${value}" is not one, so tools cannot sort or ` +
        'compare it; write e.g. `2024-05-01T12:00:00Z` (usually from an ARG set at build time).',
      report,
    );
  },
});
