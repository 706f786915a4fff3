import { analyseLayers, compareImages } from '../../src/targets/image/analysis.js';
import { dir, file, imageModel, layer, whiteout } from './helpers.js';

describe('analyseLayers (final file system, dive efficiency, hidden bytes)', () => {
  it('gives efficiency 1 and no waste when no path is touched twice', () => {
    const a = analyseLayers([layer([dir('bin'), file('bin/a', 100)]), layer([file('etc/b', 50)])]);
    expect(a.efficiency).toBe(1);
    expect(a.wastedBytes).toBe(0);
    expect(a.inefficiencies).toEqual([]);
    expect([...a.visible.keys()].sort()).toEqual(['bin', 'bin/a', 'etc', 'etc/b']);
  });

  it('counts an overwritten file as dive does: every copy is wasted, the score is min/cumulative', () => {
    const a = analyseLayers([
      layer([file('app/big', 1000), file('keep', 1000)]),
      layer([file('app/big', 200)]),
    ]);
    // Paths: app/big seen 1000 + 200 (min 200), keep 1000 => score (200 + 1000) / (1200 + 1000).
    expect(a.efficiency).toBeCloseTo(1200 / 2200, 10);
    expect(a.wastedBytes).toBe(1200);
    expect(a.inefficiencies).toEqual([{ path: 'app/big', cumulativeSize: 1200, layers: [0, 1] }]);
    expect(a.hiddenBytes).toEqual([1000, 0]);
    expect(a.userBytes).toBe(200);
    expect(a.userWastedRatio).toBe(6);
    expect(a.visible.get('app/big')).toMatchObject({ layer: 1 });
  });

  it('counts a deleted file (whiteout) as the path seen again with 0 bytes', () => {
    const a = analyseLayers([
      layer([file('tmp/x.tgz', 500), file('a', 500)]),
      layer([whiteout('tmp/x.tgz')]),
    ]);
    expect(a.wastedBytes).toBe(500);
    expect(a.efficiency).toBeCloseTo(500 / 1000, 10);
    expect(a.visible.has('tmp/x.tgz')).toBe(false);
    expect(a.hiddenBytes).toEqual([500, 0]);
  });

  it('counts every file under a deleted folder (unlike dive, which sees the folder once)', () => {
    const a = analyseLayers([
      layer([dir('var/lib/apt/lists'), file('var/lib/apt/lists/a', 300), file('var/lib/apt/lists/b', 200)]),
      layer([whiteout('var/lib/apt/lists')]),
    ]);
    expect(a.wastedBytes).toBe(500);
    expect(a.inefficiencies.map((i) => i.path)).toEqual(['var/lib/apt/lists/a', 'var/lib/apt/lists/b']);
    expect(a.visible.has('var/lib/apt/lists/a')).toBe(false);
    expect(a.visible.has('var/lib/apt')).toBe(true);
  });

  it('applies opaque whiteouts to the layers below only', () => {
    const a = analyseLayers([
      layer([dir('cache'), file('cache/old', 400)]),
      layer([file('cache/new', 10), whiteout('cache', 'opaque')]), // whiteout listed after the new file
    ]);
    expect(a.visible.has('cache/old')).toBe(false);
    expect(a.visible.has('cache/new')).toBe(true);
    expect(a.hiddenBytes).toEqual([400, 0]);
    expect(a.wastedBytes).toBe(400);
  });

  it('replaces a folder by a file and a file by a folder', () => {
    const a = analyseLayers([
      layer([dir('x'), file('x/inner', 10), file('y', 5)]),
      layer([file('x', 1), dir('y'), file('y/z', 2)]),
    ]);
    expect(a.visible.has('x/inner')).toBe(false);
    expect(a.visible.get('x')!.file.type).toBe('file');
    expect(a.visible.get('y')!.file.type).toBe('dir');
    expect(a.visible.has('y/z')).toBe(true);
    expect(a.hiddenBytes).toEqual([15, 0]);
  });

  it('treats layers without a file index as empty', () => {
    const a = analyseLayers([layer(undefined), layer([file('a', 1)])]);
    expect(a.visible.size).toBe(1);
  });
});

describe('compareImages', () => {
  it('finds shared layers, size and layer deltas, and the biggest added or changed paths', () => {
    const shared = layer([file('bin/sh', 100)], 'ADD rootfs /', { diffId: 'sha256:1' });
    const before = imageModel({
      layers: [shared, layer([file('app/main.js', 10)], 'COPY . /app', { diffId: 'sha256:2' })],
    });
    const after = imageModel({
      layers: [
        shared,
        layer([file('app/main.js', 20), file('app/node_modules/big.node', 5000)], 'COPY . /app', {
          diffId: 'sha256:3',
        }),
        layer([file('tmp/cache', 700)], 'RUN build', { diffId: 'sha256:4' }),
      ],
    });
    const c = compareImages(after, before);
    expect(c.sharedLayers).toBe(1);
    expect(c.layerShared).toEqual([true, false, false]);
    expect(c.layerDelta).toBe(1);
    expect(c.sizeDelta).toBe(5820 - 110 + 100 - 100);
    expect(c.addedPaths!.map((p) => [p.path, p.changed, p.layer])).toEqual([
      ['app/node_modules/big.node', false, 1],
      ['tmp/cache', false, 2],
      ['app/main.js', true, 1],
    ]);
    expect(c.addedBytes).toBe(5720);
  });

  it('leaves out paths when either side has no file index', () => {
    const before = imageModel({ layers: [layer(undefined, 'x', { size: 10 })] });
    const after = imageModel({ layers: [layer([file('a', 20)])] });
    expect(compareImages(after, before).addedPaths).toBeUndefined();
  });
});
