import { runRule } from '../../helpers/rule-tester.js';
import { file, imageModel, layer } from '../../image/helpers.js';

const withLayers = (n: number) =>
  imageModel({ layers: Array.from({ length: n }, (_, i) => layer([file(`f${i}`, 1)])) });

describe('image/max-layers', () => {
  it('reports more layers than allowed', () => {
    const [f, ...rest] = runRule('image/max-layers', withLayers(5), { max: 4 });
    expect(rest).toEqual([]);
    expect(f.message).toMatch(/5 layers, more than the 4 allowed/);
    expect(f.range).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
  });
  it('accepts the limit itself and the default', () => {
    expect(runRule('image/max-layers', withLayers(4), { max: 4 })).toEqual([]);
    expect(runRule('image/max-layers', withLayers(40))).toEqual([]);
    expect(runRule('image/max-layers', withLayers(41))).toHaveLength(1);
  });
});
