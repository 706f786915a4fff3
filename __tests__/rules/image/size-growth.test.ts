import { runRule } from '../../helpers/rule-tester.js';
import { file, imageModel, layer } from '../../image/helpers.js';

describe('image/size-growth', () => {
  const baseLayer = layer([file('bin/sh', 100_000)], 'ADD rootfs /', { diffId: 'sha256:1' });
  const before = imageModel({ layers: [baseLayer] });

  it('reports growth over maxPercent with the biggest added paths', () => {
    const after = imageModel({
      layers: [
        baseLayer,
        layer([file('app/bundle.js', 30_000), file('app/map.js.map', 12_000)], 'COPY dist /app', {
          diffId: 'sha256:2',
        }),
      ],
    });
    after.baseline = { ref: 'app:previous', model: before };
    const [f] = runRule('image/size-growth', after);
    expect(f.message).toMatch(
      /grew \+42.0 kB \(42.0 %\) against app:previous, 100 kB -> 142 kB with \+1 layers, over the 10 % allowed/,
    );
    expect(f.message).toMatch(
      /Biggest added: \/app\/bundle.js \(30.0 kB, layer 2\), \/app\/map.js.map \(12.0 kB, layer 2\)/,
    );
    expect(f.context).toEqual({ layer: 2 });
    expect(runRule('image/size-growth', after, { maxPercent: 50 })).toEqual([]);
  });

  it('is silent without a baseline and when the image shrank', () => {
    expect(runRule('image/size-growth', before)).toEqual([]);
    const smaller = imageModel({ layers: [layer([file('bin/sh', 50_000)])] });
    smaller.baseline = { ref: 'old', model: before };
    expect(runRule('image/size-growth', smaller)).toEqual([]);
  });
});
