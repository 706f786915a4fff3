#!/usr/bin/env node
// Fails when the committed dist/ is not exactly what `npm run build` produces from the sources.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'layerguard-dist-'));
try {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--outdir', tmp], {
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [path.join(root, 'scripts', 'gen-registry.mjs'), '--check'], {
    stdio: 'inherit',
  });
  const dist = path.join(root, 'dist');
  const want = readdirSync(tmp).sort();
  const have = readdirSync(dist).sort();
  const problems = [];
  for (const f of new Set([...want, ...have])) {
    if (!want.includes(f)) problems.push(`dist/${f} is not produced by the build`);
    else if (!have.includes(f)) problems.push(`dist/${f} is missing`);
    else if (!readFileSync(path.join(tmp, f)).equals(readFileSync(path.join(dist, f))))
      problems.push(`dist/${f} differs`);
  }
  if (problems.length) {
    console.error(
      `dist/ is not what the sources build (run \`npm run build\` and commit dist/):\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log('dist/ matches the sources');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
