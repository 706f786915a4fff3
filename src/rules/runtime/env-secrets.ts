import { defineRule } from '../define.js';
import type { Severity } from '../../engine/types.js';
import type { EnvSetting, RuntimeSpec } from '../../targets/runtime/model.js';
import {
  isPlaceholderText,
  looksGenerated,
  secretLike,
  secretValueKind,
  urlPassword,
} from '../../knowledge/secrets.js';

type WeakValues = Severity | 'off';

/** Compose's list form keeps quotes (`- KEY='<token>'`): judge what is inside them. */
function unquoted(v: string): string {
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1) : v;
}

/** What to write instead, in the syntax of the source. */
function instead(spec: RuntimeSpec, e: EnvSetting): string {
  const n = e.name;
  switch (spec.source.syntax) {
    case 'compose':
      return `refer to a variable instead (\`\${${n}}\`, set in an untracked \`.env\` file or by the deployment) or use compose \`secrets:\``;
    case 'kubernetes':
      return `read it from a Secret (\`valueFrom: { secretKeyRef: { name: …, key: … } }\`)`;
    case 'inspect':
      return 'give it from a secret store or a mounted secret file when the container is created';
    default:
      if (spec.source.kind === 'workflow' && !spec.command)
        return `store it as an encrypted secret and write \`${n}: \${{ secrets.${n} }}\``;
      return spec.source.kind === 'workflow'
        ? `pass it through from the step's env (\`-e ${n}\`, with \`${n}: \${{ secrets.${n} }}\` under the step's \`env:\`)`
        : `pass it through from the environment (\`-e ${n}\`) or use \`--env-file\` with an untracked file`;
  }
}

export default defineRule({
  id: 'runtime/env-secrets',
  aliases: ['env-var-secret'],
  severity: 'error',
  summary: 'An environment variable of a run configuration holds a credential written out',
  securitySeverity: 8.0,
  options: {
    weakValues: {
      type: 'string',
      enum: ['error', 'warning', 'info', 'off'],
      description:
        "Severity (at most the rule's) for a credential variable whose literal value reads like a typed demo or " +
        'default password (`postgres`, `secret`, `P@ssw0rd`: shorter than 16 characters or mixing fewer than ' +
        'three kinds of character) rather than a generated secret or a known token format, which are always ' +
        "reported at the rule's severity.",
      default: 'warning',
    },
  },
  check(spec: RuntimeSpec, options: { weakValues?: WeakValues }, report) {
    const weak = options.weakValues ?? 'warning';
    for (const e of spec.env) {
      // References (`${VAR}`, `${{ secrets.X }}`, `valueFrom`), pass-through names and empty values hold nothing.
      if (e.value === undefined) continue;
      const v = unquoted(e.value.trim());
      if (v === '' || isPlaceholderText(v)) continue;
      const kind = secretValueKind(v);
      const hit = kind ? { reason: `its value looks like ${kind}` } : secretLike(e.name, v);
      if (!hit) continue;
      // The part that is the secret: a URL's password, else the whole value.
      const secret = kind === 'a URL with an embedded password' ? (urlPassword(v) ?? v) : v;
      const generated =
        (kind !== null && kind !== 'a URL with an embedded password') || looksGenerated(secret);
      // A typed fallback of a variable (`${DB_PASSWORD:-admin}`) is the author's local default: the file
      // already asks for the real value. A generated-looking default still ships a working secret.
      if (!generated && (weak === 'off' || e.source === 'default')) continue;
      const what = e.source === 'default' ? 'Its default value' : 'Its value';
      report({
        range: e.range,
        redact: e.range,
        ...(generated ? {} : { severity: weak as Severity }),
        message:
          // No container name in the message (the finding's context has it): services that merge one
          // anchored `environment:` then share one finding on the anchor's line.
          `${e.name}: ${hit.reason}. ${what} is written out in this file ` +
          `(${v.length} characters, not shown${generated ? '' : '; it reads like a demo or default password'}), ` +
          `so everyone who can read the repository has it; ${instead(spec, e)}.`,
      });
    }
  },
});
