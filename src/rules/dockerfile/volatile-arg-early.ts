import { defineRule } from '../define.js';
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';
import { globMatch } from '../../targets/image-ref.js';
import { referencedVars } from '../../targets/dockerfile/vars.js';
import { memoByString } from '../../knowledge/memo.js';

interface Options {
  names: string[];
}

const DEFAULT_VOLATILE_NAMES = [
  '*BUILD_DATE*',
  '*BUILDDATE*',
  '*BUILD_TIME*',
  '*BUILDTIME*',
  '*TIMESTAMP*',
  '*COMMIT*',
  '*GIT_SHA',
  '*GIT_HASH',
  '*GIT_REF*',
  '*GIT_TAG*',
  '*GIT_BRANCH*',
  '*GIT_DESCRIBE*',
  '*REVISION*',
  'VCS_REF',
  '*_VCS_REF',
  'GITHUB_SHA',
  'GITHUB_REF*',
  'CI_*',
  '*BUILD_NUMBER*',
  '*BUILD_ID*',
  '*RUN_NUMBER*',
  '*RUN_ID*',
  '*PIPELINE_ID*',
  'VERSION',
  'APP_VERSION',
  'BUILD_VERSION',
  'RELEASE_VERSION',
  'IMAGE_VERSION',
  'IMAGE_TAG',
  'RELEASE',
  '*SEMVER*',
];

/**
 * Defaults that stand for "set by the build command": an ARG with such a default (or none) takes its value
 * from `--build-arg` on every build. Any other literal default pins the value in the Dockerfile (a
 * dependency's commit, a tool's version), which changes only when the file does.
 */
const UNPINNED_DEFAULT =
  /^(?:|unknown|unset|undefined|none|null|n\/?a|-|dev|devel|development|local|snapshot|latest|head|main|master|nightly|edge|dirty|manual|unreleased|v?0(?:\.0)*(?:[-+].*)?)$/i;

function volatileValue(value: string | undefined): boolean {
  return value === undefined || value.includes('$') || UNPINNED_DEFAULT.test(value.trim());
}

/** Whether `inst` refers to `$name` / `${name}` anywhere (arguments, flags, heredoc bodies). */
function uses(inst: DfInstruction, name: string, escapeChar: string): boolean {
  const texts = [inst.argsText, ...inst.flags.map((f) => f.value ?? ''), ...inst.heredocs.map((h) => h.body)];
  return texts.some((t) => t.includes(name) && referencedVars(t, escapeChar).some((r) => r.name === name));
}

/** Whether an ARG name matches, by the options' list of patterns (the same list object file after file). */
const matchersByPatterns = new WeakMap<object, (name: string) => boolean>();

export default defineRule({
  id: 'dockerfile/volatile-arg-early',
  severity: 'warning',
  summary: 'A build argument that changes every build is declared before expensive steps',
  options: {
    names: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Patterns (case-insensitive, `*` matches any text) of ARG names whose value changes on every build: build ' +
        'date, commit, CI run number, application version…',
      default: DEFAULT_VOLATILE_NAMES,
    },
  },
  check(model: DockerfileModel, options: Options, report) {
    const patterns = (Array.isArray(options.names) ? options.names : [])
      .filter((p) => typeof p === 'string' && p.trim())
      .map((p) => p.trim().toUpperCase());
    if (patterns.length === 0) return;
    // Stages and files redeclare the same ARGs: each name is matched against the patterns once per
    // list of patterns (the run's options), not once per file.
    let isVolatileName = matchersByPatterns.get(options.names);
    if (!isVolatileName) {
      isVolatileName = memoByString((name) => {
        const upper = name.toUpperCase();
        return patterns.some((pat) => globMatch(pat, upper));
      });
      matchersByPatterns.set(options.names, isVolatileName);
    }
    for (const stage of model.stages) {
      const list = stage.instructions;
      for (let i = 0; i < list.length; i++) {
        const arg = list[i];
        if (arg.keyword !== 'ARG') continue;
        for (const p of arg.properties) {
          if (!isVolatileName(p.name)) continue;
          if (!volatileValue(p.value)) continue;
          // RUN instructions between the ARG and its first use miss the cache for nothing.
          const wasted: DfInstruction[] = [];
          let firstUse: DfInstruction | undefined;
          for (const next of list.slice(i + 1)) {
            if (uses(next, p.name, model.escapeChar)) {
              firstUse = next;
              break;
            }
            if (next.keyword === 'ARG' && next.properties.some((q) => q.name === p.name)) break;
            if (next.keyword === 'RUN') wasted.push(next);
          }
          if (wasted.length === 0) continue;
          const runs =
            wasted.length === 1
              ? '1 RUN instruction that does not'
              : `${wasted.length} RUN instructions that do not`;
          const advice = firstUse
            ? `Declare it just before its first use (${firstUse.keyword} at line ${firstUse.range.line}), after the expensive steps.`
            : 'No later instruction of the stage uses it: declare it after the last RUN, or remove it.';
          report({
            range: p.nameRange,
            message:
              `ARG ${p.name} changes on every build and is declared before ${runs} use it (the first at ` +
              `line ${wasted[0].range.line}): every RUN after an ARG gets it in its environment, so each of them misses ` +
              `the cache. ${advice}`,
            context: stage.name ? { stage: stage.name } : undefined,
          });
        }
      }
    }
  },
});
