import { defineRule } from '../define.js';
import type { Range } from '../../engine/types.js';
import type { DfInstruction, DfStage, DockerfileModel } from '../../targets/dockerfile/model.js';
import { ALWAYS_DEFINED, baseImageEnv } from '../../knowledge/base-image-env.js';
import { argsTextBeforeHeredocs, offsetAt } from '../../knowledge/instructions.js';
import { didYouMean, SuggestionBudget, suggestNameWithin } from '../../knowledge/suggestions.js';
import { scanVarRefs } from '../../knowledge/variables.js';
import { rootBase } from '../../knowledge/stages.js';
import { parseImageRef } from '../../targets/image-ref.js';
import type { ImageRef } from '../../targets/image-ref.js';

/** Build arguments the builder handles itself and never puts in the environment. */
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

/**
 * Names that images commonly set in their config (`HOME` by most language images, `LD_LIBRARY_PATH`
 * by CUDA and JDK images…): on a base whose ENV is unknown they are assumed defined, even when they
 * happen to be close to a name of the file (`$HOME` is no typo of `$ROLE`).
 */
const COMMON_IMAGE_ENV = new Set([
  'HOME',
  'USER',
  'HOSTNAME',
  'LANG',
  'LC_ALL',
  'TZ',
  'SHELL',
  'LD_LIBRARY_PATH',
  'JAVA_HOME',
  'GOPATH',
  'CARGO_HOME',
  'NODE_PATH',
  'PYTHONPATH',
]);

/**
 * True when the image's name comes from a build argument (`FROM $BASE`, `FROM ${REGISTRY}/app`): the
 * default is only one of the images the stage may be built on, so its ENV is not known.
 */
function nameFromVariable(ref: ImageRef): boolean {
  return ref.raw !== ref.text && parseImageRef(ref.raw).name.includes('$');
}

/**
 * `${X:-word}`, `${X-word}`, `${X:+word}` and `${X+word}` are written for the case where X is unset:
 * the reference itself is no mistake (the names inside `word` are still looked up).
 */
function handlesUnset(text: string, start: number, name: string): boolean {
  if (text[start + 1] !== '{') return false;
  let i = start + 2 + name.length;
  if (text[i] === ':') i++;
  return text[i] === '-' || text[i] === '+';
}

/** Instructions whose arguments the builder expands with the stage's variables (ARG defaults aside). */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'LABEL', 'USER', 'VOLUME', 'WORKDIR', 'STOPSIGNAL']);

/** A stretch of the file the builder expands: its text and the document offset where it starts. */
interface Piece {
  text: string;
  offset: number;
}

interface Options {
  baseImageEnv: Record<string, string[]>;
  unknownBaseImages: 'lenient' | 'strict';
}

function pieces(model: DockerfileModel, inst: DfInstruction): Piece[] {
  const out: Piece[] = [];
  if (inst.keyword === 'COPY' || inst.keyword === 'ADD') {
    for (const f of inst.flags) {
      const n = f.name.toLowerCase();
      if ((n === 'chown' || n === 'chmod') && f.value !== null && f.valueRange) {
        out.push({ text: f.value, offset: offsetAt(model, f.valueRange.line, f.valueRange.column) });
      }
    }
  }
  // Heredoc bodies of COPY/ADD are not looked at.
  out.push({ text: argsTextBeforeHeredocs(model, inst), offset: inst.argsOffset });
  return out;
}

/**
 * The names a stage starts with: those its parent declares, and its parent's own (linked). `has` walks
 * the links (a stage declaring nothing adds none); iterating gives each name once, oldest first, the
 * order a copied set had.
 */
class InheritedNames implements Iterable<string> {
  constructor(
    private readonly own: ReadonlySet<string>,
    private readonly parent: InheritedNames | null,
  ) {}

  has(name: string): boolean {
    if (this.own.has(name)) return true;
    for (let n = this.parent; n; n = n.parent) if (n.own.has(name)) return true;
    return false;
  }

  *[Symbol.iterator](): Iterator<string> {
    const chain: InheritedNames[] = [this];
    for (let n = this.parent; n; n = n.parent) chain.push(n);
    const seen = new Set<string>();
    for (let k = chain.length - 1; k >= 0; k--)
      for (const name of chain[k].own)
        if (!seen.has(name)) {
          seen.add(name);
          yield name;
        }
  }
}

export default defineRule({
  id: 'dockerfile/undefined-var',
  aliases: ['UndefinedVar', 'UndefinedArg'],
  severity: 'warning',
  summary: 'An instruction uses a variable that is not defined at that point',
  options: {
    baseImageEnv: {
      type: 'object',
      description:
        'ENV names your own base images define, by image name (`registry/repo` without tag), e.g. ' +
        '`{"ghcr.io/acme/base": ["APP_HOME"]}`. Official images such as python, node and golang are known.',
      additionalProperties: { type: 'array', items: { type: 'string' } },
      default: {},
    },
    unknownBaseImages: {
      type: 'string',
      enum: ['lenient', 'strict'],
      description:
        'For stages built on an image whose ENV is not known: `lenient` assumes it may define any UPPER_CASE ' +
        'variable (and still reports likely typos of known names), `strict` reports every name not defined in the file.',
      default: 'lenient',
    },
  },
  check(model: DockerfileModel, options: Options, report) {
    // The names each stage starts with, computed in stage order: a stage built on an earlier stage
    // inherits its ARGs and ENVs, so it starts from its parent's names and what its parent declares.
    // Linked, not copied: a copy of the parent's set per stage was quadratic in memory in a chain of
    // stages that each declare an ENV (4,000 of them: 3 GB).
    const stageNames: { names: InheritedNames; knownBase: boolean }[] = [];
    for (const stage of model.stages) {
      const parent = stage.parent !== undefined && stage.parent < stage.index ? stage.parent : undefined;
      if (parent === undefined) {
        const root = rootBase(model, stage);
        const base = nameFromVariable(root) ? undefined : baseImageEnv(root, options.baseImageEnv);
        stageNames[stage.index] = {
          names: new InheritedNames(new Set([...ALWAYS_DEFINED, ...(base ?? [])]), null),
          knownBase: base !== undefined,
        };
        continue;
      }
      const declared = new Set<string>();
      for (const i of model.stages[parent].instructions) {
        if (i.keyword === 'ARG' || i.keyword === 'ENV') for (const p of i.properties) declared.add(p.name);
      }
      const from = stageNames[parent];
      stageNames[stage.index] = {
        names: declared.size > 0 ? new InheritedNames(declared, from.names) : from.names,
        knownBase: from.knownBase,
      };
    }
    const namesOfStage = (stage: DfStage) => stageNames[stage.index];
    const budget = new SuggestionBudget();

    for (const inst of model.instructions) {
      const stage = model.stages[inst.stage];
      if (!stage || (!EXPANDED.has(inst.keyword) && inst.keyword !== 'ARG')) continue;
      // Only `$` makes a reference: most instructions have none, and need none of what follows. (An
      // ARG's defaults are checked one by one below, each seeing the names declared before it.)
      const isArg = inst.keyword === 'ARG';
      const texts = isArg ? [] : pieces(model, inst).filter((piece) => piece.text.includes('$'));
      if (isArg ? !inst.properties.some((p) => p.value?.includes('$')) : texts.length === 0) continue;
      const { names: inherited, knownBase } = namesOfStage(stage);
      // Looked up in place, never copied: copying the scope per instruction is quadratic in ARG lines.
      const declaredHere = new Set<string>();
      const isKnown = (name: string) => inherited.has(name) || inst.scope.has(name) || declaredHere.has(name);
      function* known(): Generator<string> {
        yield* inherited;
        yield* inst.scope.keys();
        yield* declaredHere;
      }
      const check = (piece: Piece) => {
        const seen = new Set<string>();
        // `${X:+…}` whose word is being scanned: inside it, X is known to be set.
        const guards: { name: string; end: number }[] = [];
        for (const ref of scanVarRefs(piece.text, model.escapeChar, true)) {
          if (isKnown(ref.name) || NON_ENV_ARGS.has(ref.name) || seen.has(ref.name)) continue;
          if (guards.some((g) => g.name === ref.name && ref.start < g.end)) continue;
          if (handlesUnset(piece.text, ref.start, ref.name)) {
            guards.push({ name: ref.name, end: ref.end });
            continue;
          }
          seen.add(ref.name);
          const lenient = !knownBase && options.unknownBaseImages !== 'strict';
          if (lenient && COMMON_IMAGE_ENV.has(ref.name)) continue;
          const hint = suggestNameWithin(ref.name, known(), budget);
          if (lenient && !hint && /^[A-Z][A-Z0-9_]*$/.test(ref.name)) continue;
          const range: Range = model.rangeOf(piece.offset + ref.start, piece.offset + ref.end);
          report({
            range,
            message:
              `Usage of undefined variable '$${ref.name}'${didYouMean(hint, '$')}: nothing declares it before this ` +
              `${inst.keyword}, so it expands to an empty string. ` +
              (hint ? `Write $${hint}, or declare` : 'Declare') +
              ` it first with ARG ${ref.name} (or ENV ${ref.name}=…).`,
          });
        }
      };
      if (isArg) {
        // Each default sees the ARGs declared before it, in this instruction too.
        for (const p of inst.properties) {
          if (p.value !== undefined && p.valueRange) {
            const start = offsetAt(model, p.valueRange.line, p.valueRange.column);
            const end = offsetAt(model, p.valueRange.endLine, p.valueRange.endColumn);
            check({ text: model.text.slice(start, end), offset: start });
          }
          declaredHere.add(p.name);
        }
        continue;
      }
      for (const piece of texts) check(piece);
    }
  },
});
