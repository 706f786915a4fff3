/**
 * Every broken policy under __tests__/fixtures/policies/broken/NN-*.yml must fail to load with
 * exactly the problems its `# expect: file:line:col: message` lines give (all of them, in order).
 * Files without a number are helpers that the numbered ones extend.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPolicy } from '../../src/policy/load.js';
import { PolicyError } from '../../src/policy/types.js';
import { TEST_REGISTRY } from './helpers.js';

const DIR = path.join(process.cwd(), '__tests__', 'fixtures', 'policies', 'broken');
const FILES = readdirSync(DIR)
  .filter((f) => /^\d\d-.*\.yml$/.test(f))
  .sort();

function expectations(file: string): string[] {
  return readFileSync(path.join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('# expect: '))
    .map((l) => l.slice('# expect: '.length));
}

test('there are at least 40 broken policies, each with its expected problems', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(40);
  for (const f of FILES)
    expect({ file: f, count: expectations(f).length }).toEqual({ file: f, count: expect.any(Number) });
  expect(FILES.filter((f) => expectations(f).length === 0)).toEqual([]);
});

describe.each(FILES)('%s', (file) => {
  test('fails with exactly the expected file:line:col messages', async () => {
    let error: unknown;
    try {
      await loadPolicy({ cwd: DIR, policy: file, rules: TEST_REGISTRY, env: {} });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    const err = error as PolicyError;
    expect(err.message.split('\n')).toEqual(expectations(file));
    // Every problem is located: a file, a line and a column.
    for (const p of err.problems) {
      expect(p.file).toBeTruthy();
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
    }
  });
});
