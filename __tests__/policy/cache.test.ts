/**
 * The content-addressed policy cache (src/policy/cache.ts): where it lives by default, that a copy is
 * used only when its bytes hash to its name, that no key reaches outside the folder and no planted link
 * is followed, atomic writes that leave no temporary file, the bound on its size (least recently used
 * first), and that a cache that cannot be written costs nothing but speed.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultCacheDir, PolicyCache, sha256Hex } from '../../src/policy/cache.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'lg-cache-unit-'));
const bytes = (s: string) => Buffer.from(s);

test('the default folder: LAYERGUARD_CACHE_DIR, the runner tool cache, XDG_CACHE_HOME, ~/.cache; none without them', () => {
  const all = { LAYERGUARD_CACHE_DIR: '/c', RUNNER_TOOL_CACHE: '/t', XDG_CACHE_HOME: '/x', HOME: '/h' };
  expect(defaultCacheDir(all)).toBe('/c');
  expect(defaultCacheDir({ ...all, LAYERGUARD_CACHE_DIR: '' })).toBe('/t/layerguard');
  expect(defaultCacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/x/layerguard');
  // The XDG specification ignores a relative XDG_CACHE_HOME.
  expect(defaultCacheDir({ XDG_CACHE_HOME: 'rel', HOME: '/h' })).toBe('/h/.cache/layerguard');
  expect(defaultCacheDir({})).toBeUndefined();
});

test('a copy is returned only while its bytes hash to its name; writes leave no temporary file', async () => {
  const dir = tmp();
  const cache = new PolicyCache(dir);
  const text = bytes('extends: []\n');
  const digest = sha256Hex(text);
  expect(await cache.get(digest)).toBeUndefined();
  await cache.put(text);
  await cache.put(text); // already there: not written again
  expect(cache.stats.writes).toBe(1);
  expect(readdirSync(path.join(dir, 'policies'))).toEqual([digest]);
  expect((await cache.get(digest))?.toString()).toBe('extends: []\n');
  writeFileSync(path.join(dir, 'policies', digest), 'extends: []\nfailOn: none\n');
  expect(await cache.get(digest)).toBeUndefined();
  // A later put repairs it.
  await cache.put(text);
  expect((await cache.get(digest))?.toString()).toBe('extends: []\n');
});

test('keys are hex digests only, and a link planted in the folder is not followed', async () => {
  const dir = tmp();
  const cache = new PolicyCache(dir);
  await expect(cache.get('../../etc/passwd')).rejects.toThrow('not a sha256 hex digest');
  await expect(cache.get('A'.repeat(64))).rejects.toThrow('not a sha256 hex digest');
  const outside = path.join(tmp(), 'target');
  writeFileSync(outside, 'extends: []\n');
  mkdirSync(path.join(dir, 'policies'));
  symlinkSync(outside, path.join(dir, 'policies', sha256Hex(bytes('extends: []\n'))));
  expect(await cache.get(sha256Hex(bytes('extends: []\n')))).toBeUndefined();
});

test('the folder keeps at most maxEntries copies, the least recently used going first', async () => {
  const dir = tmp();
  const cache = new PolicyCache(dir, 1024, 3);
  const texts = ['a', 'b', 'c'].map((c) => bytes(`# ${c}\n`));
  for (const t of texts) await cache.put(t);
  // Make the ages explicit (file times, not the clock of the test): a is oldest, then b, then c.
  texts.forEach((t, i) => {
    const when = new Date(Date.UTC(2020, 0, 1 + i));
    utimesSync(path.join(dir, 'policies', sha256Hex(t)), when, when);
  });
  await cache.get(sha256Hex(texts[0])); // a is used: now the most recent
  await cache.put(bytes('# d\n'));
  expect(cache.stats.evicted).toBe(1);
  expect(existsSync(path.join(dir, 'policies', sha256Hex(texts[1])))).toBe(false);
  expect(readdirSync(path.join(dir, 'policies'))).toHaveLength(3);
  // Larger than the cap: not kept.
  await cache.put(Buffer.alloc(2048, 'x'));
  expect(readdirSync(path.join(dir, 'policies'))).toHaveLength(3);
});

test('a folder that cannot be written is not an error', async () => {
  // A file where the folder should be: nothing can be written below it, for root too.
  const dir = tmp();
  writeFileSync(path.join(dir, 'policies'), 'not a folder');
  const cache = new PolicyCache(dir);
  await expect(cache.put(bytes('extends: []\n'))).resolves.toBeUndefined();
  expect(cache.stats.writes).toBe(0);
  expect(await cache.get(sha256Hex(bytes('extends: []\n')))).toBeUndefined();
});
