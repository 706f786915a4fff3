/**
 * The built-in presets as a run reads them: from the snapshot taken at build time
 * (`generated/presets.ts`, see preset-snapshot.ts), with the same data and the same `line:col` for
 * every path as reading the YAML gives, without loading a YAML parser.
 */
import type { Range } from '../engine/types.js';
import { PRESET_SNAPSHOTS } from './generated/presets.js';
import type { PathSegment, YamlSource } from './yaml.js';

/** Where a value sits (`r`), and its key when that differs (`k`), with its entries (`m`) or items (`s`). */
export interface PresetSpot {
  r: [number, number, number, number];
  k?: [number, number, number, number];
  m?: Record<string, PresetSpot>;
  s?: PresetSpot[];
}

export interface PresetSnapshot {
  /** The data, as JSON: parsed again for each load, so that no caller shares or changes another's. */
  json: string;
  /** The `PresetSpot` tree, as JSON: parsed only when a message or `--explain` asks where something is. */
  spots: string;
}

/**
 * The range readYaml's `rangeOf(path, { key })` gives: the node at `path`, or at its longest prefix
 * that exists (a key with nothing after it stands for its value).
 */
function spotAt(root: PresetSpot, at: readonly PathSegment[], key: boolean): Range {
  let spot = root;
  for (let i = 0; i < at.length; i++) {
    const seg = at[i];
    const child = spot.m
      ? Object.hasOwn(spot.m, String(seg))
        ? spot.m[String(seg)]
        : undefined
      : spot.s && typeof seg === 'number'
        ? spot.s[seg]
        : undefined;
    if (!child) break;
    spot = child;
    if (i === at.length - 1 && key && spot.k) {
      const [line, column, endLine, endColumn] = spot.k;
      return { line, column, endLine, endColumn };
    }
  }
  const [line, column, endLine, endColumn] = spot.r;
  return { line, column, endLine, endColumn };
}

/** The names of the presets (`recommended`…). */
export function presetNames(): string[] {
  return Object.keys(PRESET_SNAPSHOTS);
}

/** The preset `name` (`recommended` for builtin:recommended) as a policy source, or undefined. */
export function presetSource(
  name: string,
): (Pick<YamlSource, 'display' | 'locate' | 'rangeOf'> & { data: unknown }) | undefined {
  const snapshot = Object.hasOwn(PRESET_SNAPSHOTS, name) ? PRESET_SNAPSHOTS[name] : undefined;
  if (!snapshot) return undefined;
  let spots: PresetSpot | undefined;
  const rangeOf = (at: readonly PathSegment[], opts?: { key?: boolean }) =>
    spotAt((spots ??= JSON.parse(snapshot.spots) as PresetSpot), at, opts?.key ?? false);
  return {
    display: `builtin:${name}`,
    data: JSON.parse(snapshot.json) as unknown,
    rangeOf,
    locate: (at, opts) => {
      const r = rangeOf(at, opts);
      return { line: r.line, column: r.column };
    },
  };
}
