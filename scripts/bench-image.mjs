#!/usr/bin/env node
// Image bench (issue 6, item 8; issue 15, item 4), run by `npm run bench` or alone:
//
//   node scripts/bench-image.mjs                      the rows below, one after the other, then a table
//   node scripts/bench-image.mjs [--size 1GB] [--entries N] [--gzip] [--keep]      one image
//   node scripts/bench-image.mjs --entries 100000 --jit       also counts V8's optimisations and deopts
//
// Rows: a docker save archive of 200 MB and of 2 GB, images of 100,000 and 300,000 small files
// (memory per file-index entry: RSS must stay flat as entries grow), and gzip OCI layouts of 200 MB and
// 2 GB. Peak RSS target: <= 100 MB on every row.
//
// Generates an image in a temp folder, streamed to disk (never held in memory): by default a
// multi-layer docker save archive of at least --size with content that does not compress, many small
// and some large files, and a later layer deleting files of an earlier one; with --entries N, an image
// of N small files; with --gzip, an OCI layout of gzip (level 6) layers with compressible content.
// Then, on the same (page-cached) files, each measured 3 times (medians printed):
//   - the references: `tar -tf FILE` and `cat FILE | tar -tf -` of the archive, or `gzip -dc` and
//     `gzip -dc | tar -tf -` of every layer blob (--gzip);
//   - layerguard reading it in a child process that does only that: every byte hashed, every layer's
//     file index built, the image analysed and every image rule run.
// Which comparison is fair: `tar -tf FILE` seeks past the contents of an uncompressed archive (it
// reads the headers only), while layerguard must read and hash every byte to verify the layer digests;
// `cat FILE | tar -tf -` reads every byte, as layerguard does. Both are printed; the target (>= 50 %)
// is against the pipe. Also printed: the floor, a Node process that only reads the file and hashes it
// with sha256, at the cheapest of a few read sizes (what verifying the digests costs, with no parsing
// or index at all), and the same process walking every tar header as well (checksums verified, sizes
// read; no names, no index: on images of many small files, the least a reader that checks digests and
// headers spends, which says how much of the target is left for the index). Throughput ratios are by CPU time (user + system: the machine may be shared),
// wall time alongside. The files are deleted afterwards (unless --keep).
import { bundleForNode } from './bench/bundle.mjs';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const parseSize = (s) => {
  const m = /^(\d+(?:\.\d+)?)\s*(gb|mb|gib|mib)?$/i.exec(String(s));
  if (!m) throw new Error(`--size: not a size: ${s}`);
  const f = { gb: 1e9, mb: 1e6, gib: 1024 ** 3, mib: 1024 ** 2 }[(m[2] ?? 'mb').toLowerCase()];
  return Math.round(parseFloat(m[1]) * f);
};
const TARGET = parseSize(opt('--size', '1GB'));
// No image chosen: run every row in a child process and print a table.
const ROWS = !['--size', '--entries', '--gzip'].some((a) => args.includes(a));
const KEEP = args.includes('--keep');
// --entries N: an image of N small files instead (memory per file-index entry).
const ENTRIES = opt('--entries', null) === null ? null : Number(opt('--entries', '0'));
// --gzip: an OCI layout with gzip-compressed layers, compared with `gzip -dc` of the same blobs.
const GZIP = args.includes('--gzip');
// --jit: one more reader run under --trace-opt --trace-deopt, whose optimisations and deoptimisations
// are counted (a hot function deoptimised is compiled again: on small images that is much of the CPU).
const JIT = args.includes('--jit');
const RSS_LIMIT_MB = 100;

// ---------------------------------------------------------------- a tar writer (ustar, streamed)

function header(name, size, { type = '0', mode = 0o644 } = {}) {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'utf8');
  h.write(mode.toString(8).padStart(7, '0'), 100, 'latin1');
  h.write('0000000', 108, 'latin1');
  h.write('0000000', 116, 'latin1');
  h.write(size.toString(8).padStart(11, '0'), 124, 'latin1');
  h.write('14640000000', 136, 'latin1');
  h.write(type, 156, 'latin1');
  h.write('ustar\u000000', 257, 'latin1');
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\u0000 ', 148, 'latin1');
  return h;
}
const pad = (n) => (512 - (n % 512)) % 512;

// A pool of random bytes; file content is slices of it at shifting offsets, which deflate cannot
// compress (its window is 32 KiB) and which costs no CPU to produce.
const POOL = randomBytes(8 * 1024 * 1024);
let poolAt = 0;
function* content(size) {
  let left = size;
  while (left > 0) {
    const n = Math.min(left, 1024 * 1024, POOL.length - poolAt);
    yield POOL.subarray(poolAt, poolAt + n);
    poolAt = (poolAt + n + 4099) % (POOL.length - 1024 * 1024);
    left -= n;
  }
}

/** --entries: N/4 files of 100 bytes per layer, in folders of 100, with long-ish real paths. */
function entryFiles(i, count) {
  const files = [{ name: `usr/share/layer${i}/`, type: '5', size: 0 }];
  for (let k = 0; k < count; k++) {
    if (k % 100 === 0) files.push({ name: `usr/share/layer${i}/pkg${k / 100}/`, type: '5', size: 0 });
    files.push({ name: `usr/share/layer${i}/pkg${Math.floor(k / 100)}/file-${k}.txt`, size: 100 });
  }
  return files;
}

/** The files of layer i: small files (64 KiB) and a few large ones; later layers delete some. */
function layerFiles(i, perLayer) {
  if (ENTRIES !== null) return entryFiles(i, Math.ceil(ENTRIES / 4));
  const files = [{ name: `layer${i}/`, type: '5', size: 0 }];
  const small = 800;
  for (let k = 0; k < small; k++) files.push({ name: `layer${i}/small/f${k}.bin`, size: 64 * 1024 });
  let left = perLayer - small * 64 * 1024;
  let big = 0;
  while (left > 0) {
    const size = Math.min(left, 48 * 1024 * 1024);
    files.push({ name: `layer${i}/big/blob${big++}.bin`, size });
    left -= size;
  }
  if (i > 0) files.push({ name: `layer${i - 1}/big/.wh.blob0.bin`, size: 0 }); // waste: deletes a file below
  return files;
}

/** Writes one layer tar (headers, content, padding, end blocks) through `emit`; returns its entries. */
async function writeLayerTar(files, emit) {
  for (const f of files) {
    await emit(header(f.name, f.size, { type: f.type ?? '0', mode: f.type === '5' ? 0o755 : 0o644 }));
    for (const c of content(f.size)) await emit(c);
    if (pad(f.size)) await emit(Buffer.alloc(pad(f.size)));
  }
  await emit(Buffer.alloc(1024));
  return files.length;
}

function tarSize(files) {
  return files.reduce((s, f) => s + 512 + f.size + pad(f.size), 0) + 1024;
}

async function generate(file) {
  const out = createWriteStream(file, { highWaterMark: 4 * 1024 * 1024 });
  const write = async (buf) => {
    if (!out.write(buf)) await once(out, 'drain');
  };
  const layerCount = ENTRIES !== null ? 4 : Math.max(4, Math.ceil(TARGET / (128 * 1024 * 1024)));
  const perLayer = Math.ceil(TARGET / layerCount);
  const diffIds = [];
  const layerNames = [];
  let entries = 0;
  for (let i = 0; i < layerCount; i++) {
    const files = layerFiles(i, perLayer);
    const size = tarSize(files);
    const id = createHash('sha256').update(`layer-${i}`).digest('hex');
    const name = `${id}/layer.tar`;
    await write(header(`${id}/`, 0, { type: '5', mode: 0o755 }));
    await write(header(name, size));
    const hash = createHash('sha256');
    const emit = async (b) => {
      hash.update(b);
      await write(b);
    };
    entries += await writeLayerTar(files, emit);
    await write(Buffer.alloc(pad(size)));
    diffIds.push(`sha256:${hash.digest('hex')}`);
    layerNames.push(name);
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { User: 'app', Env: ['PATH=/usr/bin'] },
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: diffIds.map((_, i) => ({ created_by: `/bin/sh -c generate layer ${i + 1}` })),
    }),
  );
  const configName = `${createHash('sha256').update(config).digest('hex')}.json`;
  for (const [name, data] of [
    [configName, config],
    [
      'manifest.json',
      Buffer.from(JSON.stringify([{ Config: configName, RepoTags: ['bench:latest'], Layers: layerNames }])),
    ],
  ]) {
    await write(header(name, data.length));
    await write(data);
    await write(Buffer.alloc(pad(data.length)));
  }
  await write(Buffer.alloc(1024));
  out.end();
  await once(out, 'finish');
  return { layers: layerCount, files: entries };
}

/**
 * --gzip: the same layers as an OCI image layout with gzip-compressed blobs (level 6, what docker and
 * buildah push), their content made compressible (base64 text of random bytes, ~4:3) so that inflating
 * costs what it costs on real layers.
 */
async function generateOci(dir) {
  const { createGzip } = await import('node:zlib');
  const { mkdirSync, renameSync, writeFileSync } = await import('node:fs');
  const blobs = path.join(dir, 'blobs', 'sha256');
  mkdirSync(blobs, { recursive: true });
  const text = Buffer.from(POOL.toString('base64').slice(0, POOL.length), 'latin1');
  text.copy(POOL);
  const layerCount = ENTRIES !== null ? 4 : Math.max(4, Math.ceil(TARGET / (128 * 1024 * 1024)));
  const perLayer = Math.ceil(TARGET / layerCount);
  const layers = [];
  const diffIds = [];
  let entries = 0;
  for (let i = 0; i < layerCount; i++) {
    const files = layerFiles(i, perLayer);
    const tmpFile = path.join(dir, `layer-${i}.tmp`);
    const out = createWriteStream(tmpFile, { highWaterMark: 4 * 1024 * 1024 });
    const gz = createGzip({ level: 6, chunkSize: 256 * 1024 });
    const stored = createHash('sha256');
    let storedSize = 0;
    gz.on('data', (c) => {
      stored.update(c);
      storedSize += c.length;
      if (!out.write(c)) gz.pause();
    });
    out.on('drain', () => gz.resume());
    const done = new Promise((r) => gz.on('end', r));
    const diff = createHash('sha256');
    const emit = async (b) => {
      diff.update(b);
      if (!gz.write(b)) await once(gz, 'drain');
    };
    entries += await writeLayerTar(files, emit);
    gz.end();
    await done;
    out.end();
    await once(out, 'finish');
    const hex = stored.digest('hex');
    renameSync(tmpFile, path.join(blobs, hex));
    layers.push({
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: `sha256:${hex}`,
      size: storedSize,
    });
    diffIds.push(`sha256:${diff.digest('hex')}`);
  }
  const put = (obj) => {
    const data = Buffer.from(JSON.stringify(obj));
    const hex = createHash('sha256').update(data).digest('hex');
    writeFileSync(path.join(blobs, hex), data);
    return { digest: `sha256:${hex}`, size: data.length };
  };
  const config = put({
    architecture: 'amd64',
    os: 'linux',
    config: { User: 'app', Env: ['PATH=/usr/bin'] },
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: diffIds.map((_, i) => ({ created_by: `/bin/sh -c generate layer ${i + 1}` })),
  });
  const manifest = put({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
    layers,
  });
  writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(
    path.join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest }],
    }),
  );
  return {
    layers: layerCount,
    files: entries,
    blobs: layers.map((l) => path.join(blobs, l.digest.slice(7))),
  };
}

// ---------------------------------------------------------------- the reader (child process)

const READER = `
import { readFileSync } from 'node:fs';
import { loadImageTargets } from './src/targets/image/load.ts';
import { RULES } from './src/rules/index.ts';
const file = process.argv[2];
const t0 = performance.now();
const c0 = process.cpuUsage();
const targets = await loadImageTargets(file, { cwd: process.cwd() });
const readMs = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const readCpuMs = (cpu.user + cpu.system) / 1000;
let findings = 0;
for (const t of targets) for (const u of t.units) for (const r of RULES) {
  if (r.kind !== 'image') continue;
  r.check(u.model, r.defaultOptions, () => findings++);
}
const totalMs = performance.now() - t0;
const m = targets[0].units[0]?.model;
console.log(JSON.stringify({
  readMs, readCpuMs, totalMs, findings,
  problems: targets.flatMap((t) => t.problems.map((p) => p.message)),
  layers: m?.layers.length ?? 0,
  files: m?.layers.reduce((s, l) => s + (l.files?.length ?? 0), 0) ?? 0,
  wasted: targets[0].stats?.image?.wastedBytes,
  maxRssMB: peakRssMB(),
}));

// The reader's own peak RSS. On Linux, VmHWM of /proc/self/status: getrusage's maxRSS (what
// process.resourceUsage() gives) survives exec and includes the RSS the process had as a fork of its
// parent, so a bench parent larger than the reader (after generating 300,000 entries: ~110 MB) was
// reported instead of the reader.
function peakRssMB() {
  try {
    const m = /VmHWM:\\s*(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {}
  return process.resourceUsage().maxRSS / 1024;
}
`;

async function bundleReader(dir) {
  const out = path.join(dir, 'reader.mjs');
  await bundleForNode({ contents: READER, sourcefile: 'bench-reader.ts' }, out);
  return out;
}

/** CPU time (user + system, ms) of a shell command, from bash's `time` (wall time lies on a busy machine). */
function cpuOf(script, ...argv) {
  const r = spawnSync(
    'bash',
    ['-c', `TIMEFORMAT='%3U %3S %3R'; time { ${script} ; } 2>/dev/null`, 'bash', ...argv],
    { encoding: 'utf8' },
  );
  const [u, sy, real] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { cpu: (u + sy) * 1000, wall: real * 1000 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Medians of 3 runs of a shell command (after one warm-up run for the page cache). */
function reference(script, ...argv) {
  cpuOf(script, ...argv);
  const runs = [0, 1, 2].map(() => cpuOf(script, ...argv));
  return { cpu: median(runs.map((r) => r.cpu)), wall: median(runs.map((r) => r.wall)) };
}

/**
 * The floor of an uncompressed archive: CPU time (ms) of a Node process that only reads the file into
 * one reused buffer and hashes it with sha256, as layerguard's reader must (every layer digest is
 * verified) — no parsing, no index. No reader that checks digests spends less; how far layerguard is
 * above it is what its parsing and indexing cost. The cheapest honest read is measured: the read size
 * matters (on the bench machine, 1 MiB L2 cache, reading and hashing in 128 KiB reads ran at ~1,150 MB/s
 * and in 1 MiB reads at ~800 MB/s, mostly more system time: probably the copy from the page cache
 * outgrowing the cache), so each of a few sizes is timed (median of 3) and the least is the floor.
 */
function readHashFloor(file) {
  const script = `
    const { openSync, readSync } = require('node:fs');
    const { createHash } = require('node:crypto');
    const size = Number(process.argv[2]);
    const walk = process.argv[3] === 'walk' ? headerWalker() : null;
    const c0 = process.cpuUsage();
    const fd = openSync(process.argv[1], 'r');
    const buf = Buffer.allocUnsafeSlow(size);
    const h = createHash('sha256');
    for (let n; (n = readSync(fd, buf, 0, size, null)) > 0; ) {
      h.update(buf.subarray(0, n));
      if (walk) walk(buf, n);
    }
    h.digest('hex');
    const c = process.cpuUsage(c0);
    console.log((c.user + c.system) / 1000);
    ${headerWalker.toString()}`;
  const run = (size, mode = 'hash') =>
    +spawnSync(process.execPath, ['-e', script, file, String(size), mode], {
      encoding: 'utf8',
    }).stdout.trim();
  run(1 << 20); // warms the page cache
  let best = { cpu: Infinity, chunk: 0 };
  for (const chunk of [64 << 10, 128 << 10, 256 << 10, 1 << 20]) {
    const cpu = median([0, 1, 2].map(() => run(chunk)));
    if (cpu < best.cpu) best = { cpu, chunk };
  }
  best.walkCpu = median([0, 1, 2].map(() => run(best.chunk, 'walk')));
  return best;
}

/**
 * The least a reader that also checks every tar header spends over reading and hashing (issue 15,
 * item 4: on images of many small files, the reference `cat | tar -tf -` is mostly tar's per-entry
 * work): a walker over the archive's 512-byte blocks that verifies the checksum of every header, of
 * the archive and of the layer tars in it, and reads each entry's size to skip its content. No name
 * is read and nothing is kept, so no reader that indexes the files spends less. Runs in the floor's
 * child process (its source is copied there): the archive's headers are at multiples of 512 bytes
 * and the read size is one too, so no header spans two reads.
 */
function headerWalker() {
  let outerSkip = 0; // blocks of an entry's content the archive walk skips
  let layerLeft = 0; // blocks of a layer tar still to walk
  let innerSkip = 0; // blocks of a layer entry's content to skip
  let innerDone = false; // the layer's end blocks were read, or it is not a tar
  const octal = (b, at, len) => {
    let v = 0;
    for (let i = at; i < at + len; i++) {
      const c = b[i];
      if (c >= 0x30 && c <= 0x37) v = v * 8 + (c - 0x30);
      else if (v > 0 || c === 0) break;
    }
    return v;
  };
  // The header at `at` (a multiple of 512): its checksum verified, its content size in blocks, or -1.
  const header = (b, w32, at) => {
    let even = 0;
    let odd = 0;
    const w0 = at >>> 2;
    for (let i = w0; i < w0 + 128; i++) {
      const w = w32[i];
      even += w & 0x00ff00ff;
      odd += (w >>> 8) & 0x00ff00ff;
    }
    let field = 0;
    for (let i = at + 148; i < at + 156; i++) field += b[i];
    const sum = (even & 0xffff) + (even >>> 16) + (odd & 0xffff) + (odd >>> 16) - field + 8 * 0x20;
    if (sum !== octal(b, at + 148, 8)) return -1;
    const type = b[at + 156];
    return type === 0x30 || type === 0 ? Math.ceil(octal(b, at + 124, 12) / 512) : 0;
  };
  return (b, n) => {
    const w32 = new Uint32Array(b.buffer, b.byteOffset, n >>> 2);
    for (let at = 0; at + 512 <= n; at += 512) {
      if (layerLeft > 0) {
        layerLeft--;
        if (innerSkip > 0) innerSkip--;
        else if (!innerDone) {
          if (b[at + 148] === 0) innerDone = true;
          else {
            const blocks = header(b, w32, at);
            if (blocks < 0) innerDone = true;
            else innerSkip = blocks;
          }
        }
      } else if (outerSkip > 0) outerSkip--;
      else if (b[at + 148] !== 0) {
        const blocks = header(b, w32, at);
        if (blocks < 0) throw new Error('a bad checksum in the archive');
        // Entries of a few blocks or more are walked as layer tars (the JSON ones stop at once).
        if (blocks >= 2) {
          layerLeft = blocks;
          innerSkip = 0;
          innerDone = false;
        } else outerSkip = blocks;
      }
    }
  };
}

/** Medians of 3 runs of the reader on `input` (each field on its own). */
function readerRuns(reader, input) {
  const runs = [0, 1, 2].map(() => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [reader, input], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`the reader failed: ${r.stderr}`);
    return { ...JSON.parse(r.stdout.trim().split('\n').pop()), childMs: ms };
  });
  const m = { ...runs[0] };
  for (const k of ['readMs', 'readCpuMs', 'totalMs', 'childMs', 'maxRssMB'])
    m[k] = median(runs.map((r) => r[k]));
  m.rssRuns = runs.map((r) => r.maxRssMB);
  return m;
}

/** Optimisations and deoptimisations (by function and reason) of one reader run on `input`. */
function jitCounts(reader, input) {
  const r = spawnSync(process.execPath, ['--trace-opt', '--trace-deopt', reader, input], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines = `${r.stdout}\n${r.stderr}`.split('\n');
  const compiled = lines.filter((l) => l.startsWith('[completed compiling')).length;
  const osr = lines.filter((l) => l.startsWith('[completed compiling') && l.includes(' OSR ')).length;
  const deopts = new Map();
  for (const l of lines) {
    const m = /^\[bailout \(kind: ([^,]+), reason: ([^)]*)\).*?<JSFunction ([^ >]*)/.exec(l);
    if (!m) continue;
    const key = `${m[3] || '(anonymous)'} (${m[2]})`;
    deopts.set(key, (deopts.get(key) ?? 0) + 1);
  }
  return { compiled, osr, deopts };
}

const pct = (x) => `${(x * 100).toFixed(0)} %`;
const mbps = (mb, ms) => `${(mb / (ms / 1000)).toFixed(0)} MB/s`;

function jitLine(reader, input) {
  const j = jitCounts(reader, input);
  const n = [...j.deopts.values()].reduce((s, x) => s + x, 0);
  console.log(
    `  JIT              ${j.compiled} functions optimised (${j.osr} on stack), ${n} deoptimised (one run, reading and every image rule)${n ? ': ' : ''}${[...j.deopts].map(([k, x]) => (x > 1 ? `${x} x ${k}` : k)).join('; ')}`,
  );
}

function rssLine(r, what) {
  const ok = r.maxRssMB <= RSS_LIMIT_MB;
  const perEntry =
    r.files > 0 ? `, ${((r.maxRssMB * 1024) / r.files).toFixed(2)} KB per indexed entry (whole process)` : '';
  console.log(
    `  peak RSS         ${r.maxRssMB.toFixed(0)} MB (reader process, median of ${r.rssRuns.map((x) => x.toFixed(0)).join(' / ')} MB)${perEntry} — ${ok ? 'within' : 'NOT within'} ${RSS_LIMIT_MB} MB for ${what}`,
  );
  if (!ok) process.exitCode = 1;
}

/** The line the rows table is made from (the parent reads it back): throughput by CPU time. */
function summary(mb, r, refName, ref, target) {
  const row = {
    mb,
    files: r.files,
    lgMBps: mb / (r.readCpuMs / 1000),
    refName,
    refMBps: mb / (ref.cpu / 1000),
    ratio: ref.cpu / r.readCpuMs,
    target,
    maxRssMB: r.maxRssMB,
    rssTarget: true,
    floorMBps: r.floorCpuMs ? mb / (r.floorCpuMs / 1000) : undefined,
    walkFloorMBps: r.walkFloorCpuMs ? mb / (r.walkFloorCpuMs / 1000) : undefined,
  };
  console.log(`summary ${JSON.stringify(row)}`);
}

if (ROWS) {
  const rows = [
    ['200 MB archive', ['--size', '200MB']],
    ['2 GB archive', ['--size', '2GB']],
    ['100k entries', ['--entries', '100000']],
    ['300k entries', ['--entries', '300000']],
    ['200 MB gzip OCI', ['--gzip', '--size', '200MB']],
    ['2 GB gzip OCI', ['--gzip', '--size', '2GB']],
  ];
  const done = [];
  for (const [label, rowArgs] of rows) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...rowArgs], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const lines = r.stdout.split('\n');
    process.stdout.write(lines.filter((l) => !l.startsWith('summary ')).join('\n'));
    if (r.stderr) process.stderr.write(r.stderr);
    const sum = lines.find((l) => l.startsWith('summary '));
    if (r.status !== 0) process.exitCode = 1;
    if (sum) done.push({ label, ...JSON.parse(sum.slice('summary '.length)) });
  }
  console.log('\nimage bench rows (medians of 3; throughput ratios by CPU time, target in brackets)');
  console.log(
    '  row               input      entries   layerguard   reference                          ratio          peak RSS',
  );
  for (const d of done) {
    console.log(
      `  ${d.label.padEnd(17)} ${`${d.mb.toFixed(0)} MB`.padStart(8)} ${String(d.files).padStart(10)}   ${`${d.lgMBps.toFixed(0)} MB/s`.padStart(10)}   ${`${d.refName} ${d.refMBps.toFixed(0)} MB/s`.padEnd(32)} ${`${pct(d.ratio)} [>= ${pct(d.target)}]`.padEnd(14)} ${d.maxRssMB.toFixed(0)} MB${d.rssTarget ? ` [<= ${RSS_LIMIT_MB} MB]` : ''}${d.floorMBps ? `   (read + sha256 alone: ${d.floorMBps.toFixed(0)} MB/s; with every header walked: ${d.walkFloorMBps.toFixed(0)} MB/s, ${pct(d.walkFloorMBps / d.refMBps)} of the reference)` : ''}`,
    );
  }
  const e = done.filter((d) => d.label.endsWith('entries'));
  if (e.length === 2) {
    const perEntry = ((e[1].maxRssMB - e[0].maxRssMB) * 1024 * 1024) / (e[1].files - e[0].files);
    console.log(
      `  memory per entry  ${perEntry.toFixed(0)} bytes of peak RSS per extra file-index entry (${e[0].files} -> ${e[1].files} entries: ${e[0].maxRssMB.toFixed(0)} -> ${e[1].maxRssMB.toFixed(0)} MB)`,
    );
  }
} else {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-image-'));
  try {
    if (GZIP) await gzipBench(tmp);
    else await tarBench(tmp);
  } finally {
    if (!KEEP) rmSync(tmp, { recursive: true, force: true });
    else console.log(`  kept ${tmp}`);
  }
}

async function gzipBench(tmp) {
  const layout = path.join(tmp, 'layout');
  const g0 = performance.now();
  const gen = await generateOci(layout);
  const stored = gen.blobs.reduce((s, b) => s + statSync(b).size, 0);
  console.log(
    `image bench (gzip OCI layout): ${gen.layers} layers, ${gen.files} entries, ${(stored / 1e6).toFixed(0)} MB of gzip blobs, generated in ${((performance.now() - g0) / 1000).toFixed(1)} s`,
  );
  const reader = await bundleReader(tmp);
  const gz = reference('for b in "$@"; do gzip -dc "$b"; done > /dev/null', ...gen.blobs);
  const gzTar = reference('for b in "$@"; do gzip -dc "$b" | tar -tf - ; done > /dev/null', ...gen.blobs);
  const r = readerRuns(reader, layout);
  if (r.problems.length) console.log(`  problems         ${r.problems.join('; ')}`);
  const mb = stored / 1e6;
  console.log(`  layers / files   ${r.layers} layers, ${r.files} files indexed, ${r.findings} findings`);
  console.log(
    `  gzip -dc         CPU ${gz.cpu.toFixed(0)} ms (${mbps(mb, gz.cpu)} of blobs), wall ${gz.wall.toFixed(0)} ms: decompresses only`,
  );
  console.log(
    `  gzip -dc | tar -tf -  CPU ${gzTar.cpu.toFixed(0)} ms (${mbps(mb, gzTar.cpu)}), wall ${gzTar.wall.toFixed(0)} ms: decompresses and lists`,
  );
  console.log(
    `  layerguard       CPU ${r.readCpuMs.toFixed(0)} ms (${mbps(mb, r.readCpuMs)} of blobs), wall ${r.readMs.toFixed(0)} ms reading (inflated, both digests, file index), ${r.totalMs.toFixed(0)} ms with analysis and every image rule`,
  );
  const ratio = gz.cpu / r.readCpuMs;
  console.log(
    `  vs gzip -dc      ${pct(ratio)} of gzip -dc throughput by CPU time, ${pct(gz.wall / r.readMs)} by wall time (target >= 80 %); ${pct(gzTar.cpu / r.readCpuMs)} of gzip -dc | tar -tf - by CPU time`,
  );
  if (ratio < 0.8) process.exitCode = 1;
  rssLine(r, `${mb.toFixed(0)} MB of gzip layers`);
  if (JIT) jitLine(reader, layout);
  summary(mb, r, 'gzip -dc', gz, 0.8);
}

async function tarBench(tmp) {
  const archive = path.join(tmp, 'image.tar');
  const g0 = performance.now();
  const gen = await generate(archive);
  const bytes = statSync(archive).size;
  const mb = bytes / 1e6;
  console.log(
    `image bench: a docker save archive of ${mb.toFixed(0)} MB, ${gen.layers} layers, ${gen.files} entries, generated in ${((performance.now() - g0) / 1000).toFixed(1)} s`,
  );
  const reader = await bundleReader(tmp);
  const seek = reference('tar -tf "$1" > /dev/null', archive);
  const pipe = reference('cat "$1" | tar -tf - > /dev/null', archive);
  const { cpu: floor, chunk: floorChunk, walkCpu: walkFloor } = readHashFloor(archive);
  const r = { ...readerRuns(reader, archive), floorCpuMs: floor, walkFloorCpuMs: walkFloor };
  if (r.problems.length) console.log(`  problems         ${r.problems.join('; ')}`);
  console.log(
    `  layers / files   ${r.layers} layers, ${r.files} files indexed, ${r.findings} findings, ${(r.wasted / 1e6).toFixed(0)} MB wasted found`,
  );
  console.log(
    `  tar -tf FILE     CPU ${seek.cpu.toFixed(0)} ms, wall ${seek.wall.toFixed(0)} ms (${mbps(mb, Math.max(seek.wall, 1))}): seeks past the contents, reads the headers only`,
  );
  console.log(
    `  cat | tar -tf -  CPU ${pipe.cpu.toFixed(0)} ms (${mbps(mb, pipe.cpu)}), wall ${pipe.wall.toFixed(0)} ms: reads every byte, as layerguard must`,
  );
  console.log(
    `  layerguard       CPU ${r.readCpuMs.toFixed(0)} ms (${mbps(mb, r.readCpuMs)}), wall ${r.readMs.toFixed(0)} ms reading (every byte hashed, every layer indexed), ${r.totalMs.toFixed(0)} ms with analysis and every image rule`,
  );
  console.log(
    `  read + sha256    CPU ${floor.toFixed(0)} ms (${mbps(mb, floor)}): a Node process that only reads (${floorChunk >> 10} KiB reads, the cheapest of those tried) and hashes the file (the least a reader verifying digests spends; ${pct(floor / pipe.cpu)} of cat | tar -tf -'s CPU); layerguard spends ${pct(r.readCpuMs / floor - 1)} more`,
  );
  console.log(
    `  + headers        CPU ${walkFloor.toFixed(0)} ms (${mbps(mb, walkFloor)}): the same, and every tar header walked (checksum verified, size read to skip the content; no name read, nothing kept): the least a reader verifying digests and headers spends, ${pct(pipe.cpu / walkFloor)} of cat | tar -tf - throughput by CPU time at best`,
  );
  const ratio = pipe.cpu / r.readCpuMs;
  console.log(
    `  vs tar -tf       ${pct(ratio)} of cat FILE | tar -tf - throughput by CPU time, ${pct(pipe.wall / r.readMs)} by wall time (target >= 50 %: the fair comparison, both read every byte); ${pct(seek.cpu / r.readCpuMs)} of tar -tf FILE by CPU time (not comparable: it reads only the 512-byte headers, about ${pct(Math.min(1, (gen.files * 512) / bytes))} of the bytes)`,
  );
  rssLine(r, ENTRIES !== null ? `${r.files} entries` : `a ${mb.toFixed(0)} MB image`);
  if (JIT) jitLine(reader, archive);
  summary(mb, r, 'cat | tar -tf -', pipe, 0.5);
}
