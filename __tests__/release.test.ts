/**
 * What a release ships (docs/releasing.md): the package installs nothing besides the bundle, importing
 * it runs nothing, the release check refuses a tree that does not match its tag, and the
 * pre-commit hooks and the CLI's container recipe are usable as they are.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { cli } from './helpers/cli.js';
import { DOCS_BASE_URL } from '../src/rules/define.js';
import { SCHEMA_URL } from '../src/policy/schema.js';
import { VERSION } from '../src/version.js';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

function checkRelease(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'check-release.mjs'), ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('package.json', () => {
  it('has no runtime dependencies: the bin and the Action are bundles with everything inside', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin.layerguard).toBe('dist/cli.js');
  });

  it('offers no library entry that would run the Action when imported', () => {
    expect(pkg.main).toBeUndefined();
    expect(pkg.exports).toBeUndefined();
  });

  it('states the Node.js versions the bundle runs on, including the one running this test', () => {
    const min = Number(/^>=(\d+)$/.exec(pkg.engines.node)?.[1]);
    expect(min).toBeGreaterThanOrEqual(20);
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(min);
  });
});

describe('links name the running version, not main', () => {
  it('rule pages and the schema are read from the version tag', () => {
    expect(DOCS_BASE_URL).toBe(`https://github.com/layerguard/layerguard/blob/v${VERSION}/`);
    expect(SCHEMA_URL).toContain(`/v${VERSION}/policies/layerguard.schema.json`);
    const schema = JSON.parse(readFileSync(path.join(root, 'policies', 'layerguard.schema.json'), 'utf8'));
    expect(schema.$id).toBe(SCHEMA_URL);
  });
});

describe('scripts/check-release.mjs', () => {
  it('refuses a tag that is not semver', () => {
    const r = checkRelease('release-1', '--skip-dist');
    expect(r.code).toBe(1);
    expect(r.out).toContain('the tag "release-1" is not semver with a leading v');
  });

  it('refuses a tag that is not the version in package.json and src/version.ts', () => {
    const r = checkRelease('v99.0.0', '--skip-dist');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`package.json says version ${VERSION}, the tag says 99.0.0`);
    expect(r.out).toContain(`src/version.ts says ${VERSION}, the tag says 99.0.0`);
    expect(r.out).toContain('CHANGELOG.md has no section "## [99.0.0] - YYYY-MM-DD"');
  });

  it('accepts the current version except for what a release still has to write', () => {
    const r = checkRelease(`v${VERSION}`, '--skip-dist');
    const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
    const released = new RegExp(`^## \\[${VERSION.replace(/\./g, '\\.')}\\] - `, 'm').test(changelog);
    // Between releases the entries sit under Unreleased: that is the only thing the check may report.
    if (released) expect(r).toEqual({ code: 0, out: `ready to release v${VERSION}\n` });
    else {
      expect(r.code).toBe(1);
      expect(r.out.trim().split('\n').slice(1)).toEqual([
        `  - CHANGELOG.md has no section "## [${VERSION}] - YYYY-MM-DD": move the Unreleased entries under it`,
      ]);
    }
  });
});

describe('outside GitHub Actions', () => {
  const hooks = parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{
    id: string;
    entry: string;
    language: string;
    files: string;
  }>;

  it('the pre-commit hooks select Dockerfiles, Containerfiles and compose files, and nothing else', () => {
    expect(hooks.map((h) => h.id)).toEqual(['layerguard', 'layerguard-docker']);
    for (const hook of hooks) {
      const files = new RegExp(hook.files);
      for (const f of [
        'Dockerfile',
        'app/Dockerfile.prod',
        'Containerfile',
        'build/web.dockerfile',
        'compose.yaml',
        'deploy/docker-compose.prod.yml',
      ])
        expect([f, files.test(f)]).toEqual([f, true]);
      for (const f of ['README.md', 'src/Dockerfile.go/main.go', 'values.yaml'])
        expect([f, files.test(f)]).toEqual([f, false]);
    }
    expect(hooks[0]).toMatchObject({ entry: 'layerguard check', language: 'node' });
  });

  it('the CLI image recipe passes the recommended policy, and strict asks only for a digest', async () => {
    const r = await cli(root, 'check', 'Containerfile', '--no-color');
    expect(r.stdout).toContain('0 errors, 0 warnings, 0 info');
    expect(r.code).toBe(0);
    // The digest is written at release time (docs/releasing.md), when the base is pulled.
    const strict = await cli(
      root,
      'check',
      'Containerfile',
      '--policy',
      'builtin:strict',
      '--format',
      'json',
    );
    const ids = JSON.parse(strict.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toEqual(['dockerfile/base-image-digest']);
  });
});
