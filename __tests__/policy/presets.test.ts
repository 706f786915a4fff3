/**
 * A run reads the built-in presets from the snapshot taken at build time (src/policy/generated/presets.ts)
 * instead of parsing their YAML. The snapshot must be what `npm run gen` writes from policies/*.yml today,
 * and must answer exactly as reading the YAML does: the same data, and the same place for every key and
 * value a message or `print-policy --explain` may point at, including paths that are not there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPresetSnapshots, renderPresetSnapshots } from '../../src/policy/preset-snapshot.js';
import { presetSource } from '../../src/policy/presets.js';
import type { PresetSpot } from '../../src/policy/presets.js';
import { readYaml } from '../../src/policy/yaml.js';
import type { PathSegment } from '../../src/policy/yaml.js';

const DIR = path.join(process.cwd(), 'policies');
const NAMES = Object.keys(readPresetSnapshots(DIR));

test('the snapshot is what npm run gen writes from policies/ today', () => {
  const generated = readFileSync(
    path.join(process.cwd(), 'src', 'policy', 'generated', 'presets.ts'),
    'utf8',
  );
  expect(generated === renderPresetSnapshots(DIR)).toBe(true);
  expect(NAMES).toEqual([
    'hadolint',
    'pod-security-baseline',
    'pod-security-restricted',
    'recommended',
    'strict',
  ]);
});

/** Every path the snapshot holds, and beside each some that are not there (a missing key, an index on a
 * mapping, a key on a list, a step below a scalar). */
function pathsOf(spot: PresetSpot, at: PathSegment[] = []): PathSegment[][] {
  const out: PathSegment[][] = [at, [...at, 'no-such-key'], [...at, 0], [...at, 'x', 'y']];
  for (const [k, child] of Object.entries(spot.m ?? {})) out.push(...pathsOf(child, [...at, k]));
  (spot.s ?? []).forEach((child, i) => out.push(...pathsOf(child, [...at, i]), [...at, String(i)]));
  return out;
}

test.each(NAMES)('builtin:%s answers as its YAML does', (name) => {
  const yaml = readYaml(readFileSync(path.join(DIR, `${name}.yml`), 'utf8'), `builtin:${name}`, []);
  const preset = presetSource(name)!;
  expect(preset.display).toBe(`builtin:${name}`);
  expect(preset.data).toEqual(yaml.data);
  const paths = pathsOf(readPresetSnapshots(DIR)[name].spots);
  expect(paths.length).toBeGreaterThan(20);
  for (const p of paths) {
    for (const key of [false, true]) {
      expect({ p, key, at: preset.rangeOf(p, { key }) }).toEqual({ p, key, at: yaml.rangeOf(p, { key }) });
      expect({ p, key, at: preset.locate(p, { key }) }).toEqual({ p, key, at: yaml.locate(p, { key }) });
    }
  }
});

test('each load gets its own data, and an unknown preset none', () => {
  const a = presetSource('recommended')!;
  (a.data as Record<string, unknown>).failOn = 'changed';
  expect((presetSource('recommended')!.data as Record<string, unknown>).failOn).toBe('error');
  expect(presetSource('nope')).toBeUndefined();
  expect(presetSource('constructor')).toBeUndefined();
});
