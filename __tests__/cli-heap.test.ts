/**
 * The CLI's heap settings for a large run (src/cli/heap.ts): the young generation stops growing at
 * SEMI_SPACE_CAP_MB per semi-space (give or take a doubling: see below), unless the user sized it on
 * node's command line. Each case is a child process (V8 flags are the whole process's) that keeps
 * much of what it allocates, as a run's models do, and yields between chunks, as a run does between
 * files; it reports the largest new space V8 had. Sizes, not times.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEMI_SPACE_CAP_MB } from '../src/cli/heap.js';
import { REPO_ROOT } from './helpers/paths.js';

const MB = 1024 * 1024;
const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-heap-'));
const child = path.join(dir, 'grow.mts');
writeFileSync(
  child,
  [
    "import { getHeapSpaceStatistics } from 'node:v8';",
    `const { tuneHeap } = await import(${JSON.stringify(path.join(REPO_ROOT, 'src', 'cli', 'heap.ts'))});`,
    "if (process.argv[2] === 'tune') tuneHeap();",
    "const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size;",
    'let largest = 0;',
    'let kept: object[] = [];',
    'for (let chunk = 0; chunk < 120; chunk++) {',
    '  for (let i = 0; i < 20_000; i++) kept.push({ chunk, i, text: `v${i}` });',
    '  if (kept.length > 400_000) kept = kept.slice(200_000);',
    '  largest = Math.max(largest, newSpace());',
    '  await new Promise((resolve) => setImmediate(resolve));',
    '}',
    'console.log(largest);',
  ].join('\n'),
);

/** The largest new space (both semi-spaces, bytes) of a child run with `nodeArgs`. */
function largestNewSpace(nodeArgs: string[], mode: 'tune' | 'untouched'): number {
  const out = execFileSync(process.execPath, [...nodeArgs, '--import', 'tsx', child, mode], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  return Number(out.trim());
}

test('a large run stops the young generation short of where V8 alone grows it', () => {
  const untouched = largestNewSpace([], 'untouched');
  // Without the cap the same allocations grow the new space past it: the case does test the cap.
  expect(untouched).toBeGreaterThan(2 * SEMI_SPACE_CAP_MB * MB);
  // The observer hears of a collection a turn of the event loop after it (and loading the module
  // through tsx allocates before the cap is set), so on a busy machine the space may be one doubling
  // past the cap: it must stop below V8's own size all the same.
  const tuned = largestNewSpace([], 'tune');
  expect(tuned).toBeLessThan(untouched);
  expect(tuned).toBeLessThanOrEqual(4 * SEMI_SPACE_CAP_MB * MB);
}, 60_000);

test("a young generation sized on node's command line is the user's", () => {
  const size = largestNewSpace(['--max-semi-space-size=16'], 'tune');
  expect(size).toBeGreaterThan(4 * SEMI_SPACE_CAP_MB * MB);
}, 60_000);
