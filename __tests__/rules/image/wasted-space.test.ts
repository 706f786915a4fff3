import { runRule } from '../../helpers/rule-tester.js';
import { file, imageModel, layer, whiteout } from '../../image/helpers.js';

describe('image/wasted-space', () => {
  const wasteful = imageModel({
    layers: [
      layer([file('bin/app', 10_000)], 'ADD rootfs /'),
      layer([file('tmp/src.tgz', 50_000), file('opt/tool', 5_000)], '/bin/sh -c curl -o /tmp/src.tgz x'),
      layer([whiteout('tmp/src.tgz'), file('opt/tool', 6_000)], '/bin/sh -c rm /tmp/src.tgz'),
    ],
  });

  it('reports low efficiency with the largest wasted paths and the layer holding them', () => {
    const [f, ...rest] = runRule('image/wasted-space', wasteful);
    expect(rest).toEqual([]);
    expect(f.message).toMatch(/wastes 55.0 kB \(efficiency \d+\.\d % is below 95.0 %\)/);
    expect(f.message).toMatch(
      /Largest: \/tmp\/src.tgz \(50.0 kB, written in layer 2, hidden by layer 3\), \/opt\/tool \(5.00 kB, written in layer 2, hidden by layer 3\)\./,
    );
    expect(f.context).toEqual({ layer: 2 });
  });

  it('applies maxWastedBytes and maxWastedPercent when set', () => {
    const lenient = { minEfficiency: 0 };
    expect(runRule('image/wasted-space', wasteful, lenient)).toEqual([]);
    expect(
      runRule('image/wasted-space', wasteful, { ...lenient, maxWastedBytes: '54kB' })[0].message,
    ).toMatch(/55.0 kB wasted is over 54.0 kB/);
    expect(runRule('image/wasted-space', wasteful, { ...lenient, maxWastedBytes: '55kB' })).toEqual([]);
    expect(runRule('image/wasted-space', wasteful, { ...lenient, maxWastedPercent: 50 })[0].message).toMatch(
      /% of the added bytes wasted is over 50 %/,
    );
  });

  it('is silent for an efficient image and when file indexes are missing', () => {
    expect(
      runRule('image/wasted-space', imageModel({ layers: [layer([file('a', 10)]), layer([file('b', 10)])] })),
    ).toEqual([]);
    const partial = imageModel({ layers: [layer([file('a', 10)]), layer(undefined, 'x', { size: 10 })] });
    partial.filesIndexed = false;
    expect(runRule('image/wasted-space', partial)).toEqual([]);
  });
});
