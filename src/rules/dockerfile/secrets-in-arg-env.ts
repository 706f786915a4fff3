import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { instructionsOf } from '../../knowledge/instructions.js';
import {
  isPlaceholderValue,
  isStrongPlaceholder,
  secretLike,
  secretValueKind,
} from '../../knowledge/secrets.js';

export default defineRule({
  id: 'dockerfile/secrets-in-arg-env',
  aliases: ['DL3064', 'SecretsUsedInArgOrEnv'],
  severity: 'error',
  summary: 'ARG or ENV holds what looks like a credential',
  securitySeverity: 8.0,
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'ARG', 'ENV')) {
      for (const p of inst.properties) {
        // A placeholder default (`ARG AWS_SECRET_ACCESS_KEY=FAKE…`, `ENV SA_PASSWORD=<password>`) says the
        // real value comes later through the same variable: the name is judged alone, as hadolint and
        // BuildKit do.
        const placeholder =
          p.value !== undefined &&
          (isStrongPlaceholder(p.value) || (inst.keyword === 'ARG' && isPlaceholderValue(p.value)));
        const hit = secretLike(p.name, placeholder ? undefined : p.value);
        if (!hit) continue;
        const byValue = p.value !== undefined && p.valueRange !== null && secretValueKind(p.value) !== null;
        const where =
          inst.keyword === 'ENV'
            ? 'ENV values are stored in the image config, visible to `docker inspect` and to every process in the container'
            : 'build arguments are recorded in the image history (`docker history`) and build provenance';
        const id = p.name.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
        const stage = model.stages[inst.stage];
        report({
          range: byValue ? p.valueRange! : p.nameRange,
          // The text report's source line must not show the value, whatever the finding points at.
          redact: !placeholder && p.valueRange ? p.valueRange : undefined,
          message:
            `${inst.keyword} ${p.name}: ${hit.reason}. ${where[0].toUpperCase()}${where.slice(1)}. Pass it as a build ` +
            `secret instead: RUN --mount=type=secret,id=${id},env=${p.name} … with \`docker build --secret id=${id}\`` +
            `${inst.keyword === 'ENV' ? ', or give it to the container at run time' : ''}.`,
          context: stage?.name ? { stage: stage.name } : undefined,
        });
      }
    }
  },
});
