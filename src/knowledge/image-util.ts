/**
 * Helpers shared by the `image/*` rules: where image findings point (images have no source lines:
 * line 1, column 1, with the layer in `context.layer`), how to name a layer in a message, size and
 * glob options.
 */
import picomatch from 'picomatch';
import type { FindingContext, Range } from '../engine/types.js';
import type { ImageModel } from '../targets/image/model.js';
import { parseCreatedBy } from '../targets/image/history.js';
import { parseSize } from '../targets/image/units.js';

export { formatBytes, formatDelta, parseSize } from '../targets/image/units.js';
export { analyseImage, compareImages } from '../targets/image/analysis.js';

/** The range of every image finding: images have no source lines. */
export const IMAGE_RANGE: Range = { line: 1, column: 1, endLine: 1, endColumn: 2 };

/** Context naming a layer (0-based index in, 1-based number out). */
export function layerContext(layerIndex: number | undefined): FindingContext | undefined {
  return layerIndex === undefined || layerIndex < 0 ? undefined : { layer: layerIndex + 1 };
}

/**
 * `RUN apt-get update && apt-get install …` — a history step in a few words for messages. Values of
 * ENV, ARG and LABEL are left out (they may be the very secret a finding is about), and so are the
 * build arguments a RUN recorded.
 */
export function describeStep(createdBy: string, max = 60): string {
  const ins = parseCreatedBy(createdBy);
  if (!ins.keyword) return createdBy.trim() ? createdBy.trim().slice(0, max) : 'no created_by';
  let body = ins.body.replace(/\s+/g, ' ').trim();
  if (ins.keyword === 'ENV' || ins.keyword === 'ARG' || ins.keyword === 'LABEL') {
    const names = [...body.matchAll(/(?:^|\s)([A-Za-z_][\w.-]*)=/g)].map((m) => m[1]);
    body = names.length > 0 ? names.map((n) => `${n}=…`).join(' ') : (body.split(/\s/)[0] ?? '');
  }
  body = body.replace(/\b((?:file|dir|multi):[0-9a-f]{12})[0-9a-f]{52}\b/g, '$1…');
  const text = `${ins.keyword} ${body}`.trim();
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** `layer 3 (RUN apt-get update …)` */
export function layerLabel(model: ImageModel, layerIndex: number): string {
  const l = model.layers[layerIndex];
  const step = l && l.createdBy ? describeStep(l.createdBy, 50) : '';
  return step ? `layer ${layerIndex + 1} (${step})` : `layer ${layerIndex + 1}`;
}

/** A size option (`500MB`, a number of bytes); null/undefined/'' mean "no limit". */
export function sizeOption(value: unknown, name: string): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = parseSize(value);
  if (n === null)
    throw new Error(
      `option ${name} must be a size such as 500MB or a number of bytes (got ${JSON.stringify(value)})`,
    );
  return n;
}

/** A matcher for glob patterns over image paths (written with or without a leading `/`). */
export function globMatcher(patterns: unknown): (path: string) => boolean {
  const list = Array.isArray(patterns)
    ? patterns.filter((p): p is string => typeof p === 'string' && p !== '')
    : [];
  if (list.length === 0) return () => false;
  const isMatch = picomatch(
    list.map((p) => p.replace(/^\/+/, '')),
    { dot: true },
  );
  return (path) => isMatch(path.replace(/^\/+/, ''));
}

/** Lists up to `max` items, then "and N more". */
export function listSome(items: string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
