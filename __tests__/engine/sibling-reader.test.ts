/**
 * A folder's `.dockerignore` is read once a run however many Dockerfiles the folder holds; a
 * Dockerfile's own `<name>.dockerignore` is read when asked; both as `readIgnoreFile` reads them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { siblingReader } from '../../src/engine/discover.js';
import { check } from '../../src/engine/check.js';

describe('siblingReader', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-siblings-'));
  writeFileSync(path.join(dir, '.dockerignore'), 'secrets/\n');
  writeFileSync(path.join(dir, 'a.Dockerfile.dockerignore'), 'other/\n');

  it('reads a folder .dockerignore once and a Dockerfile-specific one each time', async () => {
    const read = siblingReader(dir);
    const first = read('.dockerignore');
    expect(read('.dockerignore')).toBe(first); // the same read, not a second one
    expect(await first).toBe('secrets/\n');
    expect(read('a.Dockerfile.dockerignore')).not.toBe(read('a.Dockerfile.dockerignore'));
    expect(await read('a.Dockerfile.dockerignore')).toBe('other/\n');
    expect(await read('missing.dockerignore')).toBeNull();
  });

  it('gives every Dockerfile of the folder its .dockerignore', async () => {
    for (const name of ['a.Dockerfile', 'b.Dockerfile', 'Dockerfile'])
      writeFileSync(path.join(dir, name), 'FROM alpine:3.19\nCOPY . /app\nUSER 1000\n');
    const result = await check({ cwd: dir, paths: ['.'], shellcheck: 'off' });
    expect(result.targets.map((t) => t.file).sort()).toEqual(['Dockerfile', 'a.Dockerfile', 'b.Dockerfile']);
    // `COPY .` with a .dockerignore in place: no finding about a missing one on any of them…
    expect(result.findings.filter((f) => f.ruleId === 'dockerfile/dockerignore')).toEqual([]);
    // …where the same files in a folder without one each get it.
    const bare = mkdtempSync(path.join(os.tmpdir(), 'lg-siblings-'));
    for (const name of ['a.Dockerfile', 'b.Dockerfile', 'Dockerfile'])
      writeFileSync(path.join(bare, name), 'FROM alpine:3.19\nCOPY . /app\nUSER 1000\n');
    const without = await check({ cwd: bare, paths: ['.'], shellcheck: 'off' });
    expect(without.findings.filter((f) => f.ruleId === 'dockerfile/dockerignore')).toHaveLength(3);
  });
});
