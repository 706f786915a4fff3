import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { hasVariableRef } from '../../knowledge/variables.js';
import { keyMatches, labelPairs } from '../../knowledge/labels.js';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** What is wrong with a label key, or null. */
function problem(key: string, strict: boolean): string | null {
  const lower = key.toLowerCase();
  const reserved = RESERVED.find((r) => lower.startsWith(r));
  if (reserved) return `uses the namespace "${reserved}" that Docker reserves for its own labels`;
  const allowed = strict ? /^[a-z0-9.-]+$/ : /^[a-z0-9._/-]+$/;
  if (/[A-Z]/.test(key)) return 'contains upper-case letters';
  if (!allowed.test(key))
    return `contains characters other than lower-case letters, digits, "." and "-"${strict ? '' : ' (and "_", "/")'}`;
  if (!/^[a-z0-9]/.test(key) || !/[a-z0-9]$/.test(key))
    return 'does not begin and end with a letter or digit';
  if (/[.-]{2}/.test(key)) return 'has consecutive separators (".." or "--")';
  return null;
}

export default defineRule({
  id: 'dockerfile/label-key-format',
  aliases: ['DL3048'],
  severity: 'info',
  summary: 'LABEL key does not follow Docker’s key format',
  options: {
    strict: {
      type: 'boolean',
      description:
        'Also reject "_" and "/" in keys, as the Docker key-format recommendation (and hadolint) do; by default they are accepted, since Docker documents them as valid key characters.',
      default: false,
    },
    allow: {
      type: 'array',
      items: { type: 'string' },
      description: 'Keys (or `*` patterns) accepted as they are, e.g. keys another tool requires.',
      default: [],
    },
  },
  check(model: DockerfileModel, options: { strict: boolean; allow: string[] }, report) {
    for (const pair of labelPairs(model)) {
      if (hasVariableRef(pair.key, model.escapeChar)) continue;
      if (options.allow.some((p) => keyMatches(p, pair.key))) continue;
      const why = problem(pair.key, options.strict);
      if (!why) continue;
      report({
        range: pair.prop.nameRange,
        message:
          `Label key "${pair.key}" ${why}; tools that read labels expect reverse-DNS, lower-case keys such as ` +
          '`org.opencontainers.image.title` or `com.example.team`.',
      });
    }
  },
});
