import {
  COLUMN_BLOCK,
  Int32Blocks,
  LayerFiles,
  PathTable,
  PathTableFullError,
} from '../../src/targets/image/file-index.js';
import { analyseLayers } from '../../src/targets/image/analysis.js';
import { DEFAULT_LIMITS, TarIndexer } from '../../src/targets/image/layer-index.js';
import type { ImageLimits } from '../../src/targets/image/layer-index.js';
import { WASTED_FILES_KEPT } from '../../src/targets/image/model.js';
import type { LayerFile } from '../../src/targets/image/model.js';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleChild } from '../helpers/bundle.js';
import { dir, file, layer, tarEntry, whiteout } from './helpers.js';

/** A header and content block of a small file named `name` (ASCII, at most 100 bytes). */
function quickEntry(name: string, content = 'x'): Buffer {
  return tarEntry({ name, content });
}

/** Feeds a layer tar of `count` entries (from `entryAt`) to a TarIndexer. */
function indexTar(
  count: number,
  entryAt: (i: number) => Buffer,
  limits: Partial<ImageLimits> = {},
): TarIndexer {
  const indexer = new TarIndexer({ ...DEFAULT_LIMITS, ...limits }, { files: 0 }, Infinity);
  for (let i = 0; i < count; i++) indexer.write(entryAt(i));
  indexer.write(Buffer.alloc(1024));
  indexer.end();
  return indexer;
}

/** Runs the bundled file-index child on a job (`wide`, `deep`) and returns what it counted. */
function inChild(job: string): any {
  const r = spawnSync(process.execPath, [child, job], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0)
    throw new Error(`the child failed (${r.status}, ${r.signal}): ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout);
}

let tmp: string;
let child: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'lg-file-index-'));
  child = path.join(tmp, 'file-index-child.mjs');
  await bundleChild('__tests__/image/file-index-child.ts', child);
}, 60_000);
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

describe('PathTable', () => {
  it('interns a path once, shares folders between paths, and gives the path back', () => {
    const t = new PathTable();
    const a = t.intern('usr/lib/libc.so');
    const b = t.intern('usr/lib/libm.so');
    expect(t.intern('usr/lib/libc.so')).toBe(a);
    expect(t.count).toBe(5); // root, usr, lib, libc.so, libm.so
    expect(t.nameBytes).toBe('usr'.length + 'lib'.length + 'libc.so'.length + 'libm.so'.length);
    expect(t.pathOf(a)).toBe('usr/lib/libc.so');
    expect(t.pathOf(b)).toBe('usr/lib/libm.so');
    expect(t.parentOf(a)).toBe(t.lookup('usr/lib'));
    expect(t.lookup('usr/lib/libz.so')).toBe(-1);
    expect(t.lookup('')).toBe(0);
    expect(t.count).toBe(5); // lookups add nothing
  });

  it('keeps names outside latin1 (stored as UTF-16) and latin1 ones apart from look-alikes', () => {
    const t = new PathTable();
    const names = [
      'usr/share/日本語/ファイル',
      'opt/café/naïve',
      'opt/cafe/naive',
      'x/\u0100\u00ff',
      'x/\u00ff',
    ];
    const ids = names.map((n) => t.intern(n));
    expect(new Set(ids).size).toBe(names.length);
    expect(ids.map((id) => t.pathOf(id))).toEqual(names);
    expect(names.map((n) => t.lookup(n))).toEqual(ids);
  });

  it('stops at maxNodes with an error naming the limit', () => {
    const t = new PathTable(10);
    for (let i = 0; i < 9; i++) t.intern(`f${i}`);
    expect(() => t.intern('one-too-many')).toThrow(/more than 10 distinct paths/);
    expect(t.count).toBe(10);
  });

  it('costs a node per segment of a deep path, and the deep path comes back whole', () => {
    const t = new PathTable();
    const deep = Array.from({ length: 2000 }, (_, i) => `d${i % 10}`).join('/');
    const ids = Array.from({ length: 100 }, (_, i) => t.intern(`${deep}/file${i}`));
    expect(t.count).toBe(1 + 2000 + 100);
    expect(t.pathOf(ids[99])).toBe(`${deep}/file99`);
    expect(t.lookup(`${deep}/file42`)).toBe(ids[42]);
  });
});

describe('PathTable.internBytes', () => {
  it('gives the nodes intern gives, whatever the previous path shares with the next', () => {
    const paths = [
      'a/b/c',
      'a/b/d',
      'a/bc/e',
      'a/b',
      'a',
      'x/y',
      'a/b/c/d/e',
      'a/b/c',
      'ab/b/c',
      'a/b/cd/e',
      'a/b/c/d/e/f',
      'b',
      'a/b/c/d/e/f',
    ];
    const byText = new PathTable();
    const byBytes = new PathTable();
    const mixed = new PathTable();
    paths.forEach((p, i) => {
      const bytes = Buffer.from(`##${p}#`, 'latin1');
      const id = byText.intern(p);
      expect(byBytes.internBytes(bytes, 2, bytes.length - 1)).toBe(id);
      expect(i % 2 ? mixed.intern(p) : mixed.internBytes(bytes, 2, bytes.length - 1)).toBe(id);
      expect(byBytes.pathOf(id)).toBe(p);
    });
    expect(byBytes.count).toBe(byText.count);
    expect(byBytes.nameBytes).toBe(byText.nameBytes);
  });

  it('takes a path longer than PATH_BYTES_MAX through intern', () => {
    const p = `a/${'b'.repeat(300)}/c`;
    const t = new PathTable();
    const id = t.internBytes(Buffer.from(p, 'latin1'), 0, p.length);
    expect(t.pathOf(id)).toBe(p);
    expect(t.intern(p)).toBe(id);
  });

  it('keeps its folders right when a path over the limit throws', () => {
    const t = new PathTable(4);
    const bytes = (p: string) => Buffer.from(p, 'latin1');
    expect(t.internBytes(bytes('a/b'), 0, 3)).toBe(2);
    expect(() => t.internBytes(bytes('a/c/d'), 0, 5)).toThrow(PathTableFullError);
    expect(t.internBytes(bytes('a/b'), 0, 3)).toBe(2);
    expect(t.pathOf(3)).toBe('a/c');
    expect(t.internBytes(bytes('a/c'), 0, 3)).toBe(3);
  });
});

describe('Int32Blocks', () => {
  it('grows one block at a time (never a copy of what it holds) and trims its last block', () => {
    const c = new Int32Blocks();
    const n = 10 * COLUMN_BLOCK + 123;
    let over = 0;
    for (let i = 0; i < n; i++) {
      c.set(i, i * 7 - 5);
      // Never more than the blocks the values need: no doubling slack, no old copy.
      if (i % 97 === 0) over = Math.max(over, c.bytes - 4 * COLUMN_BLOCK * Math.ceil((i + 1) / COLUMN_BLOCK));
    }
    expect(over).toBe(0);
    c.trim(n);
    expect(c.bytes).toBe(4 * n);
    c.set(n, 42); // after a trim the last block is made whole again
    expect(c.bytes).toBe(4 * 11 * COLUMN_BLOCK);
    for (let i = 0; i < n; i++) if (c.get(i) !== i * 7 - 5) throw new Error(`value ${i}`);
    expect(c.get(n)).toBe(42);
  });
});

describe('PathTable names', () => {
  it('stores a name once however many folders have it, and still tells the paths apart', () => {
    const t = new PathTable();
    const ids = ['a/index.js', 'b/index.js', 'a/b/index.js', 'index.js'].map((p) => t.intern(p));
    expect(new Set(ids).size).toBe(4);
    expect(t.nameCountStored).toBe(3); // a, b, index.js
    expect(t.nameBytes).toBe('a'.length + 'b'.length + 'index.js'.length);
    expect(ids.map((id) => t.pathOf(id))).toEqual(['a/index.js', 'b/index.js', 'a/b/index.js', 'index.js']);
    expect(t.lookup('b/b/index.js')).toBe(-1);
    expect(t.lookup('c/index.js')).toBe(-1);
  });

  it('keeps interning after a trim, and names of 64 characters and more (long prefix) come back whole', () => {
    const t = new PathTable();
    const long = 'x'.repeat(63);
    const a = t.intern(`d/${long}`);
    t.trim();
    const b = t.intern(`d/${long}y`);
    const c = t.intern(`d/${'\u4e00'.repeat(40)}`); // 80 bytes as UTF-16
    expect([t.pathOf(a), t.pathOf(b), t.pathOf(c)]).toEqual([
      `d/${long}`,
      `d/${long}y`,
      `d/${'\u4e00'.repeat(40)}`,
    ]);
    expect(t.lookup(`d/${long}y`)).toBe(b);
    expect(t.intern(`d/${long}`)).toBe(a);
  });
});

describe('LayerFiles', () => {
  it('gives back every field it was given, without keeping objects', () => {
    const files: LayerFile[] = [
      dir('etc'),
      file('etc/passwd', 27, { uid: 0, gid: 0, mode: 0o644 }),
      file('usr/bin/sudo', 5, { mode: 0o4755, uid: 70000, gid: 4294967295 }),
      { path: 'bin/sh', type: 'symlink', size: 0, mode: 0o777, uid: 0, gid: 0, linkTarget: '/bin/busybox' },
      file('root/.ssh/id_rsa', 100, { keyHeader: 'OPENSSH PRIVATE KEY' }),
      file('var/lib/dpkg/status', 20, { content: 'Package: a\nVersion: 1\n' }),
      file('big.img', 5 * 2 ** 40),
      whiteout('tmp/x'),
      whiteout('', 'opaque'),
    ];
    const l = LayerFiles.from(files);
    expect(l.length).toBe(files.length);
    expect(l.toArray()).toEqual(files);
    expect(l.bytes).toBe(12 * files.length); // path id, size, type/mode/whiteout/owner bits
    expect(l.typeAt(3)).toBe('symlink');
    expect(l.modeAt(2)).toBe(0o4755);
    expect(l.whiteoutAt(8)).toBe('opaque');
    expect(l.pathAt(8)).toBe('');
  });

  it('keeps owners past the 32,766th of a layer and sizes of 4 GiB and more (spilled to sparse maps)', () => {
    const files: LayerFile[] = [];
    for (let i = 0; i < 33_000; i++)
      files.push(file(`f${i}`, i === 32_999 ? 2 ** 32 - 1 : i, { uid: i, gid: i % 7 }));
    files.push(file('huge', 2 ** 32 + 5, { uid: 40_000, gid: 1 }));
    const l = LayerFiles.from(files);
    expect(l.bytes).toBe(12 * files.length);
    for (const i of [0, 1, 32_765, 32_766, 32_767, 32_999, 33_000]) {
      expect(l.get(i)).toEqual(files[i]);
    }
  });
});

describe('the file index of a hostile layer', () => {
  it('indexes 150,000 entries in 12 bytes each plus a path table smaller than the paths, and analyses them', () => {
    const n = 150_000;
    const r = inChild('wide');
    expect(r.entries).toEqual([n, n / 10]);
    expect(r.problems).toEqual([]);
    expect(r.budgetFiles).toBe(n + n / 10);
    // Paths: root, usr, share, 1500 folders, 150,000 files; stored once for both layers.
    expect(r.paths).toBe(1 + 2 + n / 100 + n);
    let segmentBytes = 'usr'.length + 'share'.length;
    for (let p = 0; p < n / 100; p++) segmentBytes += `pkg${p}`.length;
    for (let i = 0; i < n; i++) segmentBytes += `file-${i}.txt`.length;
    expect(r.nameBytes).toBe(segmentBytes);
    // Columns trimmed to their length when the layer ended: path id, size, type/mode/whiteout/owner.
    expect(r.columnBytes).toEqual([12 * n, 12 * (n / 10)]);
    // Whole paths have 32 characters (64 bytes as JS strings, before any object). Every name is
    // distinct here (the worst case for name interning): a name costs its bytes and at most 18 more
    // (record of hash, offset and chain link, length prefix, bucket head), a node 17 (record of parent,
    // name and chain link, bucket head), all in fixed-size blocks.
    expect(r.names).toBe(r.paths - 1);
    expect(r.tableBytes).toBeLessThanOrEqual(segmentBytes + 18 * r.names + 17 * r.paths);
    expect((r.tableBytes + r.columnBytes[0]) / n).toBeLessThan(60);
    // Growing never held more than one unfilled block a column (4 of 16 KiB) and 64 KiB of names.
    expect(r.tableBytesBeforeTrim - r.tableBytes).toBeLessThanOrEqual(4 * 4 * COLUMN_BLOCK + 65536);
    expect(r.columnBytesBeforeTrim - r.columnBytes[0]).toBeLessThanOrEqual(3 * 4 * COLUMN_BLOCK);
    // Every tenth file is hidden (1 byte each): 15,000 paths, 1,500 of them deleted.
    expect(r.wastedBytes).toBe(n / 10);
    expect(r.hiddenBytes).toEqual([n / 10, 0]);
    expect(r.wastedFiles).toBe(WASTED_FILES_KEPT);
    expect(r.wastedFilesOmitted).toEqual({
      count: n / 10 - WASTED_FILES_KEPT,
      bytes: n / 10 - WASTED_FILES_KEPT,
    });
    expect(r.firstWasted).toEqual({ path: 'usr/share/pkg0/file-0.txt', size: 1, layers: [0], hiddenBy: 1 });
    expect(r.visible).toBe(2 + n / 100 + n - n / 100);
    expect(r.overwritten).toMatchObject({ layer: 1, file: { size: 2 } });
    expect(r.deleted).toBe(false);
  });

  it('shares the folders of deep paths and keeps long names whole', () => {
    const r = inChild('deep');
    expect(r.entries).toBe(1000);
    expect(r.problems).toEqual([]);
    expect(r.paths).toBe(1 + 1500 + 500 + 1 + 500);
    expect(r.first).toBe(true);
    expect(r.second).toBe(true);
    // The 500 deep paths cost their last segment, not 3,000 characters each.
    const long = 'n'.repeat(4000);
    let segmentBytes = 'a'.length + 'long'.length; // 1500 folders named `a`: one name
    for (let i = 0; i < 1000; i++) segmentBytes += i % 2 === 0 ? `f${i}`.length : `${long}${i}`.length;
    expect(r.nameBytes).toBe(segmentBytes);
    expect(r.deepVisible).toBe(1);
    expect(r.visible).toBe(1500 + 500 + 1 + 500);
  });

  it('stops the index at maxPaths with a problem and keeps what it read', () => {
    const t = indexTar(1000, (i) => quickEntry(`d${i}/f`, ''), { maxPaths: 101 });
    expect(t.truncated).toBe(true);
    expect(t.problems).toEqual([
      'the image has more than 101 distinct paths (the limit); the file index stops here',
    ]);
    expect(t.files.length).toBe(50);
    expect(t.files.paths.count).toBe(101);
  });
});

// ------------------------------------------------------------------------------------------------
// The analysis against a plain reference: the final file system as a Map from path to entry.

interface RefEntry {
  file?: LayerFile;
  layer: number;
}

function reference(layers: LayerFile[][]) {
  const files = new Map<string, RefEntry>();
  const hiddenBytes = layers.map(() => 0);
  const wasted = new Map<string, { size: number; layers: number[]; hiddenBy: number }>();
  const hide = (path: string, e: RefEntry, by: number) => {
    if (!e.file || e.file.type !== 'file') return;
    hiddenBytes[e.layer] += e.file.size;
    const w = wasted.get(path) ?? { size: 0, layers: [], hiddenBy: by };
    wasted.set(path, w);
    w.size += e.file.size;
    if (w.layers[w.layers.length - 1] !== e.layer) w.layers.push(e.layer);
    w.hiddenBy = by;
  };
  const dropUnder = (path: string, by: number) => {
    for (const [p, e] of [...files]) {
      if (path === '' || p.startsWith(path + '/')) {
        hide(p, e, by);
        files.delete(p);
      }
    }
  };
  layers.forEach((entries, li) => {
    for (const f of entries) {
      if (f.whiteout === 'file' && files.has(f.path)) {
        hide(f.path, files.get(f.path)!, li);
        files.delete(f.path);
        dropUnder(f.path, li);
      } else if (f.whiteout === 'opaque' && (f.path === '' || files.has(f.path))) dropUnder(f.path, li);
    }
    for (const f of entries) {
      if (f.whiteout || f.path === '') continue;
      const parts = f.path.split('/');
      for (let i = 1; i < parts.length; i++) {
        const p = parts.slice(0, i).join('/');
        const e = files.get(p);
        if (!e) files.set(p, { layer: li });
        else if (e.file && e.file.type !== 'dir') {
          hide(p, e, li);
          e.file = undefined;
        }
      }
      const old = files.get(f.path);
      if (old) hide(f.path, old, li);
      if (f.type !== 'dir') dropUnder(f.path, li);
      files.set(f.path, { file: f, layer: li });
    }
  });
  return { tree: files, hiddenBytes, wasted };
}

function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

describe('analyseLayers against a plain reference', () => {
  it('gives the same final file system, hidden bytes and wasted paths on 400 random histories', () => {
    const segs = ['a', 'b', 'c'];
    const paths: string[] = [];
    for (const x of segs) {
      paths.push(x);
      for (const y of segs) {
        paths.push(`${x}/${y}`);
        for (const z of segs) paths.push(`${x}/${y}/${z}`);
      }
    }
    for (let seed = 1; seed <= 400; seed++) {
      const r = random(seed);
      const layerFiles: LayerFile[][] = [];
      for (let l = 0, n = 1 + r(5); l < n; l++) {
        const files: LayerFile[] = [];
        for (let k = 0, m = 1 + r(8); k < m; k++) {
          const p = paths[r(paths.length)];
          const kind = r(10);
          if (kind < 5) files.push(file(p, r(100)));
          else if (kind < 7) files.push(dir(p));
          else if (kind < 8) files.push({ ...file(p), type: 'symlink', linkTarget: '/x' });
          else if (kind < 9 || l === 0) files.push(whiteout(p));
          else files.push(whiteout(r(4) === 0 ? '' : p, 'opaque'));
        }
        layerFiles.push(files);
      }
      const a = analyseLayers(layerFiles.map((f) => layer(f)));
      const ref = reference(layerFiles);
      const label = `seed ${seed}`;
      expect({ label, visible: [...a.visible.keys()].sort() }).toEqual({
        label,
        visible: [...ref.tree.keys()].sort(),
      });
      for (const [p, e] of ref.tree) {
        const v = a.visible.get(p)!;
        expect({ label, p, layer: v.layer, file: e.file ? v.file : v.file.type }).toEqual({
          label,
          p,
          layer: e.layer,
          file: e.file ?? 'dir',
        });
      }
      expect({ label, hidden: a.hiddenBytes }).toEqual({ label, hidden: ref.hiddenBytes });
      const refWasted = [...ref.wasted]
        .filter(([, w]) => w.size > 0)
        .map(([path, w]) => ({ path, ...w }))
        .sort((x, y) => y.size - x.size || (x.path < y.path ? -1 : 1));
      expect({ label, wasted: a.wastedFiles }).toEqual({ label, wasted: refWasted });
    }
  });
});
