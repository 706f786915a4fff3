#!/usr/bin/env node
// Checks that the tree is what the tag it is about to be released as says it is (docs/releasing.md):
//   node scripts/check-release.mjs v1.2.3 [--skip-dist]
// The tag is semver with a leading "v" and equals package.json's and src/version.ts's version;
// CHANGELOG.md has a dated section for that version; the URLs users copy (policy schema, action
// reference) name released files; action.yml's entry exists; and dist/ is what the sources build
// (skipped with --skip-dist, which the test of this script uses to stay fast).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const tag = args.find((a) => !a.startsWith('--'));
const skipDist = args.includes('--skip-dist');
const read = (f) => readFileSync(path.join(root, f), 'utf8');

if (!tag) {
  console.error('usage: node scripts/check-release.mjs vMAJOR.MINOR.PATCH [--skip-dist]');
  process.exit(2);
}
const problems = [];
const m = /^v(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/.exec(tag);
if (!m) problems.push(`the tag "${tag}" is not semver with a leading v (e.g. v1.2.3)`);
const version = tag.replace(/^v/, '');

const pkg = JSON.parse(read('package.json'));
if (pkg.version !== version)
  problems.push(`package.json says version ${pkg.version}, the tag says ${version}`);
const source = /VERSION = '([^']+)'/.exec(read('src/version.ts'))?.[1];
if (source !== version) problems.push(`src/version.ts says ${source}, the tag says ${version}`);

const changelog = read('CHANGELOG.md');
const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm');
if (!heading.test(changelog))
  problems.push(
    `CHANGELOG.md has no section "## [${version}] - YYYY-MM-DD": move the Unreleased entries under it`,
  );

// Every schema URL users copy must name a released file, not main's moving one.
for (const file of ['README.md', 'docs/policy.md']) {
  for (const url of read(file).match(
    /layerguard\/layerguard\/[^/\s]+\/policies\/layerguard\.schema\.json/g,
  ) ?? []) {
    if (!url.includes(`/${tag}/`)) problems.push(`${file} links the schema as ${url}; the release is ${tag}`);
  }
}
const schemaId = JSON.parse(read('policies/layerguard.schema.json')).$id ?? '';
if (!schemaId.includes(`/${tag}/`)) problems.push(`policies/layerguard.schema.json's $id is ${schemaId}`);

const action = read('action.yml');
const main = /^\s+main:\s*['"]?([^'"\s]+)/m.exec(action)?.[1];
if (!main || !existsSync(path.join(root, main)))
  problems.push(`action.yml runs ${main ?? '(nothing)'}, which is missing`);
const major = m ? `v${m[1]}` : 'v?';
for (const file of ['README.md', 'docs/action.md']) {
  for (const ref of read(file).match(/uses: layerguard\/layerguard@[^\s]+/g) ?? []) {
    if (!ref.endsWith(`@${major}`) && !ref.endsWith(`@${tag}`))
      problems.push(`${file} shows "${ref}"; users of ${tag} should read @${major} (the moving major tag)`);
  }
}

if (!skipDist) {
  try {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'check-dist.mjs')], { stdio: 'inherit' });
  } catch {
    problems.push('dist/ is not what the sources build: run `npm run build` and commit dist/');
  }
}

if (problems.length) {
  console.error(`not ready to release ${tag}:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(`ready to release ${tag}`);
