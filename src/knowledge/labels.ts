/**
 * LABEL pairs with their raw values: every `key=value` of the file, the labels of the final image
 * (the final stage chain's, later ones winning), `*`-globs over label keys, and the shared body of the
 * label-format rules.
 */
import type { Range } from '../engine/types.js';
import type { DfInstruction, DfProperty, DockerfileModel } from '../targets/dockerfile/model.js';
import { shippedStages } from './stages.js';
import { hasVariableRef } from './variables.js';

export interface LabelPair {
  inst: DfInstruction;
  prop: DfProperty;
  key: string;
  /** The value with quotes removed ('' when empty). */
  value: string;
  /** True when the value holds a `$VAR` reference, so its build-time value is not the text. */
  hasVariable: boolean;
  /** Range of the value, or of the pair when the value is empty. */
  valueRange: Range;
}

/** Every `key=value` of every LABEL instruction (ONBUILD LABEL excluded), optionally of some stages only. */
export function labelPairs(model: DockerfileModel, stages?: ReadonlySet<number>): LabelPair[] {
  const out: LabelPair[] = [];
  for (const inst of model.instructions) {
    if (inst.keyword !== 'LABEL' || (stages && !stages.has(inst.stage))) continue;
    for (const prop of inst.properties) {
      const value = prop.value ?? '';
      out.push({
        inst,
        prop,
        key: prop.name,
        value,
        hasVariable: hasVariableRef(value, model.escapeChar),
        valueRange: prop.valueRange ?? prop.range,
      });
    }
  }
  return out;
}

/** The labels of the final image set by this Dockerfile: the final stage chain's LABELs, later ones winning. */
export function finalLabels(model: DockerfileModel): Map<string, LabelPair> {
  const out = new Map<string, LabelPair>();
  for (const pair of labelPairs(model, shippedStages(model))) out.set(pair.key, pair);
  return out;
}

/** A `*`-glob match for label keys (`org.opencontainers.image.*`). */
export function keyMatches(pattern: string, key: string): boolean {
  if (!pattern.includes('*')) return pattern === key;
  const parts = pattern.split('*');
  if (!key.startsWith(parts[0]) || !key.endsWith(parts[parts.length - 1])) return false;
  let pos = parts[0].length;
  for (let i = 1; i < parts.length - 1; i++) {
    const at = key.indexOf(parts[i], pos);
    if (at < 0) return false;
    pos = at + parts[i].length;
  }
  return pos <= key.length - parts[parts.length - 1].length;
}

/**
 * Shared body of the label-format rules (DL3052–DL3058): every LABEL whose key matches one of
 * `options.labels` and whose value is literal (no variable) and non-empty must pass `valid`.
 */
export function checkLabelFormat(
  model: DockerfileModel,
  labels: readonly string[],
  valid: (value: string) => boolean,
  message: (key: string, value: string) => string,
  report: (f: { range: Range; message: string }) => void,
): void {
  if (labels.length === 0) return;
  for (const pair of labelPairs(model)) {
    if (!labels.some((p) => keyMatches(p, pair.key))) continue;
    if (pair.hasVariable || pair.value.trim() === '') continue;
    if (!valid(pair.value.trim())) report({ range: pair.valueRange, message: message(pair.key, pair.value) });
  }
}
