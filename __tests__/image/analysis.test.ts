import { analyseLayers, compareImages } from '../../src/targets/image/analysis.js';
import { dir, file, imageModel, layer, whiteout } from './helpers.js';

describe('analyseLayers (final file system, exact wasted bytes, dive efficiency)', () => {
  it('gives efficiency 1 and no waste when no path is touched twice', () => {
    const a = analyseLayers([layer([dir('bin'), file('bin/a', 100)]), layer([file('etc/b', 50)])]);
    expect(a.efficiency).toBe(1);
    expect(a.wastedBytes).toBe(0);
    expect(a.wastedFiles).toEqual([]);
    expect([...a.visible.keys()].sort()).toEqual(['bin', 'bin/a', 'etc', 'etc/b']);
  });

  it("counts only the hidden copy of an overwritten file as wasted; the score stays dive's min/cumulative", () => {
    const a = analyseLayers([
      layer([file('app/big', 1000), file('keep', 1000)]),
      layer([file('app/big', 200)]),
    ]);
    // Paths: app/big seen 1000 + 200 (min 200), keep 1000 => score (200 + 1000) / (1200 + 1000).
    expect(a.efficiency).toBeCloseTo(1200 / 2200, 10);
    expect(a.wastedBytes).toBe(1000); // the 200-byte copy is kept: only the 1000 bytes are never seen
    expect(a.wastedFiles).toEqual([{ path: 'app/big', size: 1000, layers: [0], hiddenBy: 1 }]);
    expect(a.hiddenBytes).toEqual([1000, 0]);
    expect(a.userBytes).toBe(200);
    expect(a.userWastedRatio).toBe(5);
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
    expect(a.wastedFiles).toEqual([
      { path: 'var/lib/apt/lists/a', size: 300, layers: [0], hiddenBy: 1 },
      { path: 'var/lib/apt/lists/b', size: 200, layers: [0], hiddenBy: 1 },
    ]);
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
    expect(a.wastedFiles.map((w) => [w.path, w.size, w.hiddenBy])).toEqual([
      ['x/inner', 10, 1],
      ['y', 5, 1],
    ]);
  });

  it('lists a path written in several layers once, with every layer that wrote a hidden copy', () => {
    const a = analyseLayers([
      layer([file('etc/conf', 100), file('etc/conf', 40)]), // written twice in one layer
      layer([file('etc/conf', 300)]),
      layer([file('etc/conf', 7)]),
      layer([whiteout('etc', 'opaque'), file('etc/new', 1)]),
    ]);
    expect(a.wastedFiles).toEqual([{ path: 'etc/conf', size: 447, layers: [0, 1, 2], hiddenBy: 3 }]);
    expect(a.hiddenBytes).toEqual([140, 300, 7, 0]);
    expect(a.wastedBytes).toBe(447);
  });

  it('makes wasted bytes exactly the bytes shipped minus the bytes visible, whatever the history', () => {
    const layers = [
      layer([dir('a'), file('a/1', 11), file('a/2', 13), dir('b'), file('b/1', 17), file('c', 19)]),
      layer([whiteout('a/1'), file('b', 23), file('a/3', 29), dir('c'), file('c/x', 31)]),
      layer([whiteout('', 'opaque'), file('d', 37)]),
      layer([file('d', 41), file('a/4', 43)]),
    ];
    const a = analyseLayers(layers);
    const shipped = layers.flatMap((l) => [...l.files!]).reduce((s, f) => s + (f.whiteout ? 0 : f.size), 0);
    const seen = [...a.visible.values()].reduce((s, v) => s + (v.file.type === 'file' ? v.file.size : 0), 0);
    expect(seen).toBe(41 + 43);
    expect(a.wastedBytes).toBe(shipped - seen);
    expect(a.wastedFiles.reduce((s, w) => s + w.size, 0)).toBe(a.wastedBytes);
    expect(a.hiddenBytes.reduce((s, b) => s + b, 0)).toBe(a.wastedBytes);
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
