import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { checkLabelFormat } from '../../knowledge/labels.js';

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL = `(?:${ATOM}(?:\\.${ATOM})*|"(?:[^"\\\\\\r\\n]|\\\\.)*")`;
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const DOMAIN = `(?:${LABEL}(?:\\.${LABEL})+|\\[[^\\][\\\\\\s]+\\])`;
const ADDR = `${LOCAL}@${DOMAIN}`;
/** An RFC 5322 address: `addr-spec`, or `Display Name <addr-spec>`. */
const EMAIL = new RegExp(`^(?:${ADDR}|[^<>]*<${ADDR}>)$`);

export default defineRule({
  id: 'dockerfile/label-email',
  aliases: ['DL3058'],
  severity: 'warning',
  summary: 'An e-mail label does not hold a valid address',
  options: {
    labels: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Label keys (or `*` patterns) whose value must be an e-mail address (RFC 5322), e.g. `maintainer`. Empty: none is checked.',
      default: [],
    },
  },
  check(model: DockerfileModel, options: { labels: string[] }, report) {
    checkLabelFormat(
      model,
      options.labels,
      (v) => EMAIL.test(v),
      (key, value) =>
        `Label "${key}" should hold an e-mail address, but "${value}" is not one, so nobody can be reached ` +
        'through it; write `team@example.com` or `Team Name <team@example.com>`.',
      report,
    );
  },
});
