/**
 * `customRules`: declarative rules without code, reported as `custom/<name>` findings.
 *
 * - `kind: instruction` — each instruction of the given keyword(s) whose text matches `match` and does
 *   not match `notMatch` (either may be left out) is a finding; `stage: any|final`.
 * - `kind: order` — within a stage, an instruction matching `then` that comes before the first one
 *   matching `first` is a finding (a stage without `first` is left to `kind: required`).
 * - `kind: required` — per stage (`stage: any`, every stage, the default; `final`, the last), the
 *   number of matching instructions must be within `min` (default 1 when neither is given) and `max`.
 * - `kind: assert` — a path into the model of a target kind (`target: runtime` by default, `image`,
 *   `dockerfile`), an operator, a value and a quantifier over the values the path reaches.
 *
 * Regexes run on RE2 (linear time); nothing is evaluated as code.
 */
import type { Finding, Range, Severity } from '../engine/types.js';
import { WHOLE_FILE } from '../engine/types.js';
import type { DfInstruction, DockerfileModel } from '../targets/dockerfile/model.js';
import type { LoadedTarget } from '../targets/types.js';
import { effectiveRule } from './effective.js';
import { compileRegex } from './regex.js';
import type { PolicyRegex } from './regex.js';
import { INSTRUCTIONS } from './schema.js';
import { suggest } from './suggest.js';
import { ASSERT_OPERATORS } from './types.js';
import type { CustomRuleSpec, InstructionSelector, ResolvedPolicy } from './types.js';
import type { PathSegment } from './yaml.js';

const COMMON_KEYS = ['id', 'kind', 'severity', 'message', 'summary'];
export const KIND_KEYS: Record<CustomRuleSpec['kind'], string[]> = {
  instruction: ['instruction', 'match', 'notMatch', 'stage'],
  order: ['first', 'then', 'stage'],
  required: ['instruction', 'match', 'min', 'max', 'stage'],
  assert: ['target', 'path', 'operator', 'value', 'quantifier'],
};

type Raw = Record<string, unknown>;

/** One step of an assert path: a key (`*` for every value of a mapping) or an index (`*` for all). */
export type PathStep = { key: string } | { index: number | '*' };

const PATH_SEGMENT = /^([A-Za-z_$][\w$-]*|\*)((?:\[(?:\*|\d+)\])*)$/;

/** Parses `config.User`, `layers[*].size`, `services.*.memory`; null when malformed. */
export function parsePath(text: string): PathStep[] | null {
  const steps: PathStep[] = [];
  for (const part of text.split('.')) {
    const m = PATH_SEGMENT.exec(part);
    if (!m) return null;
    steps.push({ key: m[1] });
    for (const idx of m[2].matchAll(/\[(\*|\d+)\]/g))
      steps.push({ index: idx[1] === '*' ? '*' : Number(idx[1]) });
  }
  return steps;
}

function selector(v: unknown): InstructionSelector {
  if (typeof v === 'string') return { instruction: v.toUpperCase() };
  const o = v as { instruction: string; match?: string };
  return { instruction: o.instruction.toUpperCase(), ...(o.match !== undefined ? { match: o.match } : {}) };
}

/**
 * Checks what the schema cannot (regexes, keywords, keys that belong to another kind, operator and
 * value) and returns the normalised rule; problems go to `problems` at `at(path)`.
 */
export function normaliseCustomRule(
  raw: Raw,
  index: number,
  source: string,
  layer: number,
  report: (path: PathSegment[], message: string, key?: boolean) => void,
): CustomRuleSpec | undefined {
  const base: PathSegment[] = ['customRules', index];
  const kind = raw.kind as CustomRuleSpec['kind'];
  let errors = 0;
  const fail = (key: string, message: string, isKey = false) => {
    errors++;
    report([...base, key], message, isKey);
  };
  const allowed = new Set([...COMMON_KEYS, ...KIND_KEYS[kind]]);
  for (const key of Object.keys(raw)) {
    if (!allowed.has(key)) {
      const owner = (Object.keys(KIND_KEYS) as CustomRuleSpec['kind'][]).filter((k) =>
        KIND_KEYS[k].includes(key),
      );
      fail(
        key,
        `"${key}" is not used by a custom rule of kind ${kind}${owner.length ? ` (it belongs to kind ${owner.join(' and ')})` : ''}; the keys of kind ${kind} are ${[...KIND_KEYS[kind]].join(', ')}`,
        true,
      );
    }
  }
  const checkRegex = (key: string, value: unknown, path: PathSegment[] = [key]) => {
    if (typeof value !== 'string') return;
    try {
      compileRegex(value);
    } catch (e) {
      errors++;
      report([...base, ...path], `the regex ${JSON.stringify(value)} is not valid: ${(e as Error).message}`);
    }
  };
  const checkKeyword = (value: string, path: PathSegment[]) => {
    if (!INSTRUCTIONS.includes(value.toUpperCase())) {
      errors++;
      report(
        [...base, ...path],
        `"${value}" is not a Dockerfile instruction${suggest(value.toUpperCase(), INSTRUCTIONS)}`,
      );
    }
  };
  const spec: CustomRuleSpec = {
    id: String(raw.id),
    kind,
    severity: (raw.severity as CustomRuleSpec['severity']) ?? 'warning',
    message: String(raw.message),
    ...(raw.summary !== undefined ? { summary: String(raw.summary) } : {}),
    source,
    layer,
  };
  if (kind === 'instruction' || kind === 'required') {
    const list = Array.isArray(raw.instruction) ? (raw.instruction as string[]) : [raw.instruction as string];
    list.forEach((k, i) =>
      checkKeyword(k, Array.isArray(raw.instruction) ? ['instruction', i] : ['instruction']),
    );
    spec.instruction = list.map((k) => k.toUpperCase());
    checkRegex('match', raw.match);
    if (raw.match !== undefined) spec.match = raw.match as string;
    spec.stage = (raw.stage as 'any' | 'final') ?? 'any';
  }
  if (kind === 'instruction') {
    checkRegex('notMatch', raw.notMatch);
    if (raw.notMatch !== undefined) spec.notMatch = raw.notMatch as string;
  }
  if (kind === 'required') {
    if (raw.min !== undefined) spec.min = raw.min as number;
    if (raw.max !== undefined) spec.max = raw.max as number;
    if (spec.min === undefined && spec.max === undefined) spec.min = 1;
    if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max) {
      fail('max', `max (${spec.max}) is less than min (${spec.min}); no stage could satisfy both`);
    }
  }
  if (kind === 'order') {
    for (const key of ['first', 'then'] as const) {
      const v = raw[key];
      const kw = typeof v === 'string' ? v : (v as { instruction: string }).instruction;
      checkKeyword(kw, typeof v === 'string' ? [key] : [key, 'instruction']);
      if (typeof v === 'object' && v) checkRegex('match', (v as { match?: unknown }).match, [key, 'match']);
      spec[key] = selector(v);
    }
    spec.stage = (raw.stage as 'any' | 'final') ?? 'any';
  }
  if (kind === 'assert') {
    spec.target = (raw.target as CustomRuleSpec['target']) ?? 'runtime';
    spec.path = String(raw.path);
    if (!parsePath(spec.path)) {
      fail(
        'path',
        `the path "${spec.path}" is not of the form a.b[*].c (names, * for every value, [n] or [*] for list items)`,
      );
    }
    const op = raw.operator as CustomRuleSpec['operator'];
    spec.operator = op;
    spec.quantifier = (raw.quantifier as CustomRuleSpec['quantifier']) ?? 'all';
    const has = Object.prototype.hasOwnProperty.call(raw, 'value');
    const v = raw.value;
    if (op === 'exists' || op === 'notExists') {
      if (has) fail('value', `operator ${op} takes no value; remove value`, true);
    } else if (!has) {
      fail('operator', `operator ${op} compares with a value: add value`);
    } else if ((op === 'in' || op === 'notIn') && !Array.isArray(v)) {
      fail('value', `operator ${op} needs a list as its value, e.g. value: [a, b]`);
    } else if ((op === 'lt' || op === 'lte' || op === 'gt' || op === 'gte') && typeof v !== 'number') {
      fail('value', `operator ${op} compares numbers: value must be a number`);
    } else if (op === 'matches' || op === 'notMatches') {
      if (typeof v !== 'string') fail('value', `operator ${op} needs a regex string as its value`);
      else checkRegex('value', v);
    }
    if (has) spec.value = v;
    if (op && !(ASSERT_OPERATORS as readonly string[]).includes(op)) return undefined;
  }
  return errors > 0 ? undefined : spec;
}

/** The shape effectiveRule needs, for a custom rule. */
export function customAsRule(spec: CustomRuleSpec) {
  return { id: spec.id, severity: spec.severity, defaultOptions: {} as Record<string, unknown> };
}

interface Hit {
  range: Range;
  message: string;
}

function fill(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

function instructionText(ins: DfInstruction, model: DockerfileModel): string {
  const esc = model.escapeChar === '`' ? '`' : '\\\\';
  const args = ins.argsText.replace(new RegExp(`${esc}\\r?\\n[ \\t]*`, 'g'), ' ');
  const flags = ins.flags.map((f) => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`));
  const bodies = ins.heredocs.map((h) => h.body);
  return [[...flags, args].filter((s) => s !== '').join(' '), ...bodies].join('\n');
}

const regexOf = (s: string | undefined): PolicyRegex | undefined =>
  s === undefined ? undefined : compileRegex(s);

function selects(sel: InstructionSelector, ins: DfInstruction, model: DockerfileModel): boolean {
  return (
    ins.keyword === sel.instruction &&
    (!sel.match || compileRegex(sel.match).test(instructionText(ins, model)))
  );
}

function stageLabel(model: DockerfileModel, index: number): string {
  const s = model.stages[index];
  return s?.nameRaw ?? String(index);
}

function stagesOf(model: DockerfileModel, which: 'any' | 'final' | undefined) {
  if (model.stages.length === 0) return [];
  return which === 'final' ? [model.stages[model.stages.length - 1]] : model.stages;
}

function runDockerfile(spec: CustomRuleSpec, model: DockerfileModel): Hit[] {
  const hits: Hit[] = [];
  if (spec.kind === 'instruction') {
    const match = regexOf(spec.match);
    const notMatch = regexOf(spec.notMatch);
    const pool =
      spec.stage === 'final'
        ? stagesOf(model, 'final').flatMap((s) => [s.from, ...s.instructions])
        : model.instructions;
    for (const ins of pool) {
      if (!spec.instruction!.includes(ins.keyword)) continue;
      const text = instructionText(ins, model);
      if (match && !match.test(text)) continue;
      if (notMatch && notMatch.test(text)) continue;
      hits.push({
        range: ins.range,
        message: fill(spec.message, { instruction: ins.keyword, stage: stageLabel(model, ins.stage) }),
      });
    }
  } else if (spec.kind === 'order') {
    for (const stage of stagesOf(model, spec.stage)) {
      const list = [stage.from, ...stage.instructions];
      const firstAt = list.findIndex((i) => selects(spec.first!, i, model));
      if (firstAt < 0) continue;
      for (const ins of list.slice(0, firstAt)) {
        if (selects(spec.then!, ins, model)) {
          hits.push({
            range: ins.range,
            message: fill(spec.message, {
              instruction: ins.keyword,
              stage: stageLabel(model, stage.index),
              first: spec.first!.instruction,
              then: spec.then!.instruction,
            }),
          });
        }
      }
    }
  } else if (spec.kind === 'required') {
    const match = regexOf(spec.match);
    for (const stage of stagesOf(model, spec.stage)) {
      const found = [stage.from, ...stage.instructions].filter(
        (i) => spec.instruction!.includes(i.keyword) && (!match || match.test(instructionText(i, model))),
      );
      const values = {
        instruction: spec.instruction!.join('/'),
        stage: stageLabel(model, stage.index),
        count: found.length,
        min: spec.min ?? 0,
        max: spec.max ?? '',
      };
      if (spec.min !== undefined && found.length < spec.min) {
        hits.push({ range: stage.from.range, message: fill(spec.message, values) });
      } else if (spec.max !== undefined && found.length > spec.max) {
        hits.push({ range: found[spec.max].range, message: fill(spec.message, values) });
      }
    }
  }
  return hits;
}

function isRange(v: unknown): v is Range {
  const r = v as Range;
  return !!r && typeof r === 'object' && typeof r.line === 'number' && typeof r.column === 'number';
}

function rangeOfValue(v: unknown): Range | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as { range?: unknown; source?: { range?: unknown } };
  if (isRange(o.range)) return o.range;
  if (o.source && isRange(o.source.range)) return o.source.range;
  return undefined;
}

function child(v: unknown, key: string): unknown {
  if (v instanceof Map) return v.get(key);
  if (v && typeof v === 'object') return (v as Record<string, unknown>)[key];
  return undefined;
}

/** Every value the path reaches, each with the range of the nearest object on its way that has one. */
export function resolvePath(root: unknown, steps: PathStep[]): { value: unknown; range?: Range }[] {
  let current: { value: unknown; range?: Range }[] = [{ value: root, range: rangeOfValue(root) }];
  for (const step of steps) {
    const next: { value: unknown; range?: Range }[] = [];
    for (const { value, range } of current) {
      const push = (v: unknown) => next.push({ value: v, range: rangeOfValue(v) ?? range });
      if ('key' in step) {
        if (step.key === '*') {
          if (value instanceof Map) for (const v of value.values()) push(v);
          else if (value && typeof value === 'object' && !Array.isArray(value))
            for (const v of Object.values(value)) push(v);
        } else {
          push(child(value, step.key));
        }
      } else if (Array.isArray(value)) {
        if (step.index === '*') for (const v of value) push(v);
        else push(value[step.index]);
      } else if (step.index !== '*') {
        push(undefined);
      }
    }
    current = next;
  }
  return current;
}

/**
 * Structural equality of JSON-like values. The recursion follows both values but stops at a fixed
 * depth, because one side may be a model (whose instructions and stages point at each other) that a
 * `path: "*"` assertion reaches: a cycle or a very deep model is "not equal", never a stack overflow.
 */
export function deepEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (depth > MAX_COMPARE_DEPTH) return false;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i], depth + 1));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return kb.every((k) => Object.prototype.hasOwnProperty.call(ra, k) && deepEqual(ra[k], rb[k], depth + 1));
}

const MAX_COMPARE_DEPTH = 64;

function holds(op: CustomRuleSpec['operator'], value: unknown, expected: unknown): boolean {
  // An absent field is "nothing", the same as null.
  const actual = value === undefined ? null : value;
  const present = actual !== null;
  switch (op) {
    case 'exists':
      return present;
    case 'notExists':
      return !present;
    case 'equals':
      return deepEqual(actual, expected);
    case 'notEquals':
      return !deepEqual(actual, expected);
    case 'in':
      return (expected as unknown[]).some((e) => deepEqual(actual, e));
    case 'notIn':
      return !(expected as unknown[]).some((e) => deepEqual(actual, e));
    case 'matches':
      return typeof actual === 'string' && compileRegex(String(expected)).test(actual);
    case 'notMatches':
      return !(typeof actual === 'string' && compileRegex(String(expected)).test(actual));
    case 'contains':
      return Array.isArray(actual)
        ? actual.some((e) => deepEqual(e, expected))
        : typeof actual === 'string' && actual.includes(String(expected));
    case 'notContains':
      return !(Array.isArray(actual)
        ? actual.some((e) => deepEqual(e, expected))
        : typeof actual === 'string' && actual.includes(String(expected)));
    case 'lt':
      return typeof actual === 'number' && actual < (expected as number);
    case 'lte':
      return typeof actual === 'number' && actual <= (expected as number);
    case 'gt':
      return typeof actual === 'number' && actual > (expected as number);
    case 'gte':
      return typeof actual === 'number' && actual >= (expected as number);
    default:
      return false;
  }
}

function runAssert(spec: CustomRuleSpec, model: unknown): Hit[] {
  const steps = parsePath(spec.path!);
  if (!steps) return [];
  const values = resolvePath(model, steps);
  const unitRange = rangeOfValue(model) ?? WHOLE_FILE;
  const msg = (v: unknown) =>
    fill(spec.message, {
      path: spec.path,
      value: v === undefined ? 'nothing' : typeof v === 'string' ? v : JSON.stringify(v),
    });
  const results = values.map((v) => ({ ...v, ok: holds(spec.operator, v.value, spec.value) }));
  switch (spec.quantifier ?? 'all') {
    case 'all': {
      const bad = results.find((r) => !r.ok);
      return bad ? [{ range: bad.range ?? unitRange, message: msg(bad.value) }] : [];
    }
    case 'any':
      return results.some((r) => r.ok)
        ? []
        : [{ range: results[0]?.range ?? unitRange, message: msg(results[0]?.value) }];
    case 'none': {
      const hit = results.find((r) => r.ok);
      return hit ? [{ range: hit.range ?? unitRange, message: msg(hit.value) }] : [];
    }
  }
  return [];
}

/** Runs the policy's custom rules on one target. Pure. */
export function runCustomRules(target: LoadedTarget, policy: ResolvedPolicy): Finding[] {
  const out: Finding[] = [];
  for (const spec of policy.customRules ?? []) {
    const applies =
      spec.kind === 'assert' ? target.kind === (spec.target ?? 'runtime') : target.kind === 'dockerfile';
    if (!applies) continue;
    const setting = effectiveRule(policy, customAsRule(spec), target.file);
    if (setting.severity === 'off') continue;
    for (const unit of target.units) {
      // A workflow `env:` block is a runtime unit but not a container: only asserts about `env` see it.
      if (spec.kind === 'assert' && isEnvBlock(unit.model) && !/^env(?:$|[.[])/.test(spec.path ?? ''))
        continue;
      const hits =
        spec.kind === 'assert'
          ? runAssert(spec, unit.model)
          : runDockerfile(spec, unit.model as DockerfileModel);
      for (const h of hits) {
        out.push({
          ruleId: spec.id,
          severity: setting.severity as Severity,
          message: h.message,
          file: target.file,
          kind: target.kind,
          ...h.range,
          ...(unit.context ? { context: { ...unit.context } } : {}),
          ...(setting.mode === 'audit' ? { mode: 'audit' as const } : {}),
        });
      }
    }
  }
  return out;
}

function isEnvBlock(model: unknown): boolean {
  return !!(model as { source?: { envScope?: string } } | null)?.source?.envScope;
}
