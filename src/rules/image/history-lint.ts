/**
 * History analysis (issue 6, item 4): the Dockerfile rules that make sense on `history[].created_by`
 * run on the image history, so that an image built elsewhere, whose Dockerfile is not at hand, is
 * checked as if it were; findings name the layer.
 *
 * How: this rule rebuilds Dockerfile text from the history (src/targets/image/history.ts), parses it
 * with parseDockerfile, and calls the check functions of a chosen list of `dockerfile/*` rules on
 * that model — rules are pure, so calling another rule's check is allowed — then maps each finding's
 * line back to its history entry and layer. It is a rule of its own (rather than a dockerfile-model
 * unit of the image target) so that (1) only the rules that make sense on a history run, whatever
 * the policy turns on for real Dockerfiles, (2) findings carry image context (platform, layer) and
 * no meaningless Dockerfile line, and (3) one policy entry turns the whole replay off or narrows it
 * (`rules` option). The rules below are imported statically so that the bundle holds them and the
 * registry has no import cycle.
 *
 * Left out on purpose: rules about things a history cannot show or that only make noise there —
 * base image pinning (history has no FROM), `COPY` vs `ADD` (the classic builder records every base
 * image's root file system as `ADD file:… in /`), layer counts and label formats (other image rules
 * see the real config), package version pinning (most official base images would fail it).
 */
import { defineRule } from '../define.js';
import type { Rule } from '../define.js';
import type { Range } from '../../engine/types.js';
import type { ImageModel } from '../../targets/image/model.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { parseDockerfile } from '../../targets/dockerfile/parse.js';
import { historyToDockerfile, parseCreatedBy } from '../../targets/image/history.js';
import { describeStep, IMAGE_RANGE, layerContext } from '../../knowledge/image-util.js';
import updateWithoutInstall from '../dockerfile/update-without-install.js';
import cacheOrder from '../dockerfile/cache-order.js';
import aptListsCleanup from '../dockerfile/apt-lists-cleanup.js';
import aptNoInstallRecommends from '../dockerfile/apt-no-install-recommends.js';
import apkNoCache from '../dockerfile/apk-no-cache.js';
import pipNoCacheDir from '../dockerfile/pip-no-cache-dir.js';
import yarnCacheClean from '../dockerfile/yarn-cache-clean.js';
import dnfCleanAll from '../dockerfile/dnf-clean-all.js';
import yumCleanAll from '../dockerfile/yum-clean-all.js';
import zypperClean from '../dockerfile/zypper-clean.js';
import secretsInArgEnv from '../dockerfile/secrets-in-arg-env.js';
import noSudo from '../dockerfile/no-sudo.js';

/** The Dockerfile rules replayed on image histories, by id. */
export const HISTORY_RULES: ReadonlyMap<string, Rule> = new Map(
  (
    [
      updateWithoutInstall,
      cacheOrder,
      aptListsCleanup,
      aptNoInstallRecommends,
      apkNoCache,
      pipNoCacheDir,
      yarnCacheClean,
      dnfCleanAll,
      yumCleanAll,
      zypperClean,
      secretsInArgEnv,
      noSudo,
    ] as Rule[]
  ).map((r) => [r.id, r]),
);

/** Built in: `ADD <url>` without `--checksum` (BuildKit records the URL; the classic builder does not). */
export const ADD_URL = 'add-url';

interface Options {
  rules: string[];
}

const modelCache = new WeakMap<ImageModel, { df: DockerfileModel; lineHistory: number[] }>();

function historyModel(model: ImageModel) {
  let hit = modelCache.get(model);
  if (!hit) {
    const { text, lineHistory } = historyToDockerfile(model.history);
    hit = { df: parseDockerfile(text, `${model.ref}#history`, { dockerignore: null }), lineHistory };
    modelCache.set(model, hit);
  }
  return hit;
}

/**
 * An ENV step whose variable is still in the image config with the same value: `image/env-secrets`
 * reports that one already, so the replay does not report it twice.
 */
function reportedByEnvSecrets(df: DockerfileModel, model: ImageModel, range: Range): boolean {
  const inst = df.instructions.find((i) => i.range.line <= range.line && range.line <= i.range.endLine);
  if (!inst || inst.keyword !== 'ENV') return false;
  const prop = inst.properties.find((p) =>
    [p.nameRange, p.valueRange].some((r) => r && r.line === range.line && r.column === range.column),
  );
  return !!prop && model.config.env.some((e) => e.name === prop.name && e.value === (prop.value ?? ''));
}

export default defineRule({
  id: 'image/history-lint',
  severity: 'warning',
  summary:
    'Dockerfile rules replayed on the image history (update without install, caches, secrets in ARG/ENV, sudo, ADD of URLs…)',
  options: {
    rules: {
      type: 'array',
      items: { type: 'string' },
      description: `Which checks to replay: any of ${[...HISTORY_RULES.keys()].join(', ')}, and \`${ADD_URL}\`.`,
      default: [...HISTORY_RULES.keys(), ADD_URL],
    },
  },
  check(model: ImageModel, options: Options, report) {
    if (model.history.length === 0) return;
    const wanted = new Set(options.rules ?? []);
    const { df, lineHistory } = historyModel(model);
    const label = (hi: number) => {
      const h = model.history[hi];
      const step = describeStep(h.createdBy, 60);
      return h.layerIndex !== undefined
        ? `Layer ${h.layerIndex + 1} (${step})`
        : `History step ${hi + 1} (${step})`;
    };
    let failure: Error | undefined;
    for (const [id, rule] of HISTORY_RULES) {
      if (!wanted.has(id)) continue;
      try {
        rule.check(df as never, rule.defaultOptions, (d) => {
          const hi = lineHistory[d.range.line - 1] ?? -1;
          if (hi < 0) return; // the FROM line this rule adds
          if (id === secretsInArgEnv.id && reportedByEnvSecrets(df, model, d.range)) return;
          // "line N" of the rebuilt Dockerfile means nothing to the reader: name the step instead.
          const message = d.message.replace(/\bline (\d+)\b/g, (text, n: string) => {
            const other = lineHistory[Number(n) - 1] ?? -1;
            if (other < 0) return text;
            const li = model.history[other].layerIndex;
            return li !== undefined ? `layer ${li + 1}` : `history step ${other + 1}`;
          });
          report({
            range: IMAGE_RANGE,
            message: `${label(hi)}: ${message} [${id}, on the image history]`,
            // Never louder than the Dockerfile rule itself (the engine caps at this rule's setting).
            ...(rule.severity !== 'off' ? { severity: rule.severity } : {}),
            context: layerContext(model.history[hi].layerIndex),
          });
        });
      } catch (e) {
        failure ??= new Error(`${id} failed on the rebuilt history: ${(e as Error).message}`);
      }
    }
    if (wanted.has(ADD_URL)) {
      model.history.forEach((h, hi) => {
        const ins = parseCreatedBy(h.createdBy);
        if (ins.keyword !== 'ADD' || /(^|\s)--checksum=/.test(ins.body)) return;
        const url = ins.body.split(/\s+/).find((w) => /^https?:\/\//i.test(w));
        if (!url) return;
        report({
          range: IMAGE_RANGE,
          message:
            `${label(hi)}: ADD downloads ${url.slice(0, 100)} at build time without verifying it, so the image holds whatever the server sent that day. ` +
            `Use \`ADD --checksum=sha256:… ${url.slice(0, 60)} …\`, or download with curl and check the hash in the same RUN. [${ADD_URL}, on the image history]`,
          context: layerContext(h.layerIndex),
        });
      });
    }
    if (failure) throw failure;
  },
});
