/**
 * Environment variables of run configurations (`RuntimeSpec.env`), read from YAML `environment:`/`env:`
 * blocks (map and `KEY=value` list forms) and from `-e`/`--env` values, each with the range of its value
 * so that a finding lands on the value's line and columns.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { Range } from '../../engine/types.js';
import { scalarText } from './mapped.js';
import type { EnvSetting, EnvValueSource } from './model.js';
import { interpolateCompose } from './values.js';
import { entries, items, rangeOfNode, scalarString } from './yaml.js';
import type { Entry, YamlCtx } from './yaml.js';

/** How the value of a variable is read where it is written: what it is and, when written out, the value. */
export type EnvValueReader = (text: string) => { source: EnvValueSource; value?: string };

/** Compose interpolation: `${VAR}`/`$VAR` come from the shell or `.env`; `${VAR:-x}` falls back to `x`. */
export const composeEnvValue: EnvValueReader = (text) => {
  if (!text.includes('$')) return { source: 'literal', value: text };
  const interp = interpolateCompose(text);
  if (interp.opaque) return { source: 'reference' };
  // Only `$$` escapes: a literal; otherwise a `${VAR:-default}` whose default is what runs when unset.
  return { source: /\$\{/.test(text) ? 'default' : 'literal', value: interp.text };
};

/**
 * GitHub workflow `env:` values: `${{ secrets.X }}`, `${{ env.X }}` and any other expression are
 * evaluated by the runner; a value that is a shell variable (`$HOME`, `${TOKEN}`) is expanded where it is used.
 */
export const workflowEnvValue: EnvValueReader = (text) =>
  text.includes('${{') || /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(text.trim())
    ? { source: 'reference' }
    : { source: 'literal', value: text };

/**
 * Kubernetes `value:`: `$(OTHER)` expands another variable of the container; `{{ }}` and `${VAR}` are
 * template placeholders of a manifest that was not rendered.
 */
export const kubernetesEnvValue: EnvValueReader = (text) =>
  /\$\([A-Za-z_][A-Za-z0-9_]*\)|\{\{|\$\{|\{%/.test(text)
    ? { source: 'reference' }
    : { source: 'literal', value: text };

/** `KEY=value` as one string, with where the value starts; `KEY` alone passes the variable through. */
function splitAssignment(text: string): { name: string; valueAt: number } | { name: string } {
  const eq = text.indexOf('=');
  return eq < 0 ? { name: text.trim() } : { name: text.slice(0, eq).trim(), valueAt: eq + 1 };
}

/**
 * The variables of an `environment:`/`env:` node: a mapping (`KEY: value`, `KEY:` with no value passes
 * it through) or a list of `KEY=value` strings (`- KEY` passes it through). Anything else is ignored.
 */
export function yamlEnv(
  node: YamlNode | null,
  key: string,
  ctx: YamlCtx,
  read: EnvValueReader,
): EnvSetting[] {
  const out: EnvSetting[] = [];
  if (isMap(node)) {
    for (const e of entries(node, ctx)) out.push(mapEntry(e, key, ctx, read));
  } else if (isSeq(node)) {
    for (const it of items(node, ctx)) {
      const item = listItem(it.value, it.written, key, ctx, read);
      if (item) out.push(item);
    }
  }
  return out;
}

function mapEntry(e: Entry, key: string, ctx: YamlCtx, read: EnvValueReader): EnvSetting {
  const nameRange = rangeOfNode(e.keyNode, ctx);
  const text = scalarString(e.value);
  if (text === undefined) {
    // `KEY:` (null) passes the variable through; a nested map or list is no value compose accepts.
    return { name: e.key, source: 'passthrough', range: nameRange, nameRange, key };
  }
  const r = read(text);
  // The range of the value as written where the pair is (an alias's own range, not its anchor's).
  const range = rangeOfNode(e.written ?? e.value, ctx);
  return { name: e.key, ...r, range, nameRange, key };
}

function listItem(
  value: YamlNode | null,
  written: unknown,
  key: string,
  ctx: YamlCtx,
  read: EnvValueReader,
): EnvSetting | undefined {
  if (!isScalar(value) || typeof value.value !== 'string') return undefined;
  const span = (value as { range?: [number, number, number] }).range;
  const itemRange = rangeOfNode(written, ctx);
  if (!span || written !== value) {
    // An alias item: its text is elsewhere; point at the item.
    const split = splitAssignment(value.value);
    if (!split.name) return undefined;
    const r =
      'valueAt' in split ? read(value.value.slice(split.valueAt)) : { source: 'passthrough' as const };
    return { name: split.name, ...r, range: itemRange, nameRange: itemRange, key };
  }
  const mapped = scalarText(ctx.text, span, value.type);
  const text = mapped.text;
  const split = splitAssignment(text);
  if (!split.name) return undefined;
  const nameStart = text.search(/\S/);
  const nameRange = mapped.rangeOf(ctx.index, nameStart, nameStart + split.name.length);
  if (!('valueAt' in split))
    return { name: split.name, source: 'passthrough', range: nameRange, nameRange, key };
  const r = read(text.slice(split.valueAt));
  const range =
    split.valueAt < text.length ? mapped.rangeOf(ctx.index, split.valueAt, text.length) : nameRange;
  return { name: split.name, ...r, range, nameRange, key };
}

/**
 * The variable of a `-e`/`--env` value (`KEY=value`, or `KEY` to pass it through), given the value's
 * text as the shell reads it, its text as written and where that starts in the script.
 */
export function cliEnv(
  value: string,
  raw: string,
  rawStart: number,
  opaque: boolean,
  key: string,
  rangeOf: (start: number, end: number) => Range,
): EnvSetting | undefined {
  const split = splitAssignment(value);
  if (!split.name) return undefined;
  // Offsets into the written text: quotes before the name shift it; the value ends before a closing quote.
  const lead = raw.search(/[^"'\s]/);
  const nameStart = rawStart + Math.max(0, lead);
  const nameRange = rangeOf(nameStart, nameStart + split.name.length);
  if (!('valueAt' in split))
    return { name: split.name, source: 'passthrough', range: nameRange, nameRange, key };
  const rawEq = raw.indexOf('=');
  const valueText = value.slice(split.valueAt);
  let end = raw.length;
  while (end > rawEq + 1 && /["']/.test(raw[end - 1])) end--;
  const range = rawEq >= 0 && end > rawEq + 1 ? rangeOf(rawStart + rawEq + 1, rawStart + end) : nameRange;
  // `-e TOKEN=$TOKEN`, `-e "URL=${{ secrets.URL }}"`: the shell or the runner fills it in.
  if (opaque && /\$/.test(raw.slice(rawEq + 1)))
    return { name: split.name, source: 'reference', range, nameRange, key };
  return { name: split.name, source: 'literal', value: valueText, range, nameRange, key };
}
