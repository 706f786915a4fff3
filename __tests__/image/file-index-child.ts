/**
 * Child-process entry of the file-index tests on hostile layers (150,000 entries, deep paths, long
 * names): builds the layer tars, indexes them with the real TarIndexer, analyses them, and prints one
 * JSON line of what it counted. Bundled by the test with esbuild and run in plain Node, where it takes
 * a second (inside Jest's module sandbox the same loops run an order of magnitude slower).
 */
import { PathTable } from '../../src/targets/image/file-index.js';
import { analyseLayers } from '../../src/targets/image/analysis.js';
import { DEFAULT_LIMITS, TarIndexer } from '../../src/targets/image/layer-index.js';
import type { ImageLimits } from '../../src/targets/image/layer-index.js';
import { paxEntry, tarEntry } from './helpers.js';

/** A blank ustar header (regular file, mode 644, checksum field blank) to stamp names on. */
const BLANK = (() => {
  const h = Buffer.from(tarEntry({ name: '' }).subarray(0, 512));
  h.fill(0x20, 148, 156);
  return h;
})();

/** A header and content block of a small file named `name` (ASCII, at most 100 bytes). */
function quickEntry(name: string, content = 'x'): Buffer {
  const out = Buffer.alloc(content ? 1024 : 512);
  BLANK.copy(out);
  out.write(name, 0, 100, 'latin1');
  out.write(content.length.toString(8).padStart(11, '0'), 124, 'latin1');
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += out[i];
  out.write(sum.toString(8).padStart(6, '0') + '\u0000 ', 148, 'latin1');
  if (content) out.write(content, 512, 'latin1');
  return out;
}

/** Feeds a layer tar of `count` entries (from `entryAt`) to a TarIndexer, 1000 entries at a time. */
function indexTar(
  count: number,
  entryAt: (i: number) => Buffer,
  limits: Partial<ImageLimits> = {},
  budget: { files: number; paths?: PathTable } = { files: 0 },
  beforeEnd?: (indexer: TarIndexer) => void,
): TarIndexer {
  const indexer = new TarIndexer({ ...DEFAULT_LIMITS, ...limits }, budget, Infinity);
  for (let i = 0; i < count; i += 1000) {
    const batch: Buffer[] = [];
    for (let k = i; k < Math.min(count, i + 1000); k++) batch.push(entryAt(k));
    indexer.write(Buffer.concat(batch));
  }
  indexer.write(Buffer.alloc(1024));
  beforeEnd?.(indexer);
  indexer.end();
  return indexer;
}

/** 150,000 files in folders of 100; a second layer overwrites every tenth and deletes every hundredth. */
function wide() {
  const n = 150_000;
  const name = (i: number) => `usr/share/pkg${Math.floor(i / 100)}/file-${i}.txt`;
  const budget: { files: number; paths?: PathTable } = { files: 0 };
  let columnBytesBeforeTrim = 0;
  const first = indexTar(
    n,
    (i) => quickEntry(name(i)),
    {},
    budget,
    (t) => (columnBytesBeforeTrim = t.files.bytes),
  );
  const second = indexTar(
    n / 10,
    (k) =>
      k % 10 === 0
        ? quickEntry(`usr/share/pkg${k / 10}/.wh.file-${k * 10}.txt`, '')
        : quickEntry(name(k * 10), 'yy'),
    {},
    budget,
  );
  const table = budget.paths!;
  const beforeTrim = table.bytes;
  table.trim(); // as when an input has been read
  const a = analyseLayers([
    { createdBy: 'a', files: first.files, contentSize: first.contentSize },
    { createdBy: 'b', files: second.files, contentSize: second.contentSize },
  ]);
  return {
    entries: [first.files.length, second.files.length],
    problems: [...first.problems, ...second.problems],
    budgetFiles: budget.files,
    paths: table.count,
    names: table.nameCountStored,
    nameBytes: table.nameBytes,
    tableBytes: table.bytes,
    tableBytesBeforeTrim: beforeTrim,
    columnBytes: [first.files.bytes, second.files.bytes],
    columnBytesBeforeTrim,
    wastedBytes: a.wastedBytes,
    hiddenBytes: a.hiddenBytes,
    wastedFiles: a.wastedFiles.length,
    firstWasted: a.wastedFiles[0],
    wastedFilesOmitted: a.wastedFilesOmitted,
    visible: a.visible.size,
    overwritten: a.visible.get(name(10)),
    deleted: a.visible.has(name(100)),
  };
}

/** 1000 entries: half under one path 1500 folders deep, half with 4000-character names. */
function deep() {
  const deepDir = Array.from({ length: 1500 }, () => 'a').join('/');
  const long = 'n'.repeat(4000);
  const t = indexTar(1000, (i) =>
    Buffer.concat([
      paxEntry({ path: i % 2 === 0 ? `${deepDir}/f${i}` : `long/${long}${i}` }),
      quickEntry('placeholder', 'z'),
    ]),
  );
  const a = analyseLayers([{ createdBy: '', files: t.files }]);
  return {
    entries: t.files.length,
    problems: t.problems,
    paths: t.files.paths.count,
    nameBytes: t.files.paths.nameBytes,
    first: t.files.pathAt(0) === `${deepDir}/f0`,
    second: t.files.pathAt(1) === `long/${long}1`,
    deepVisible: a.visible.get(`${deepDir}/f998`)?.file.size,
    visible: a.visible.size,
  };
}

const job = process.argv[2];
process.stdout.write(JSON.stringify(job === 'wide' ? wide() : deep()) + '\n');
