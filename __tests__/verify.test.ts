/**
 * `layerguard verify`: policy unit tests. Each test writes a policy and its test file to a temporary
 * folder and runs the CLI in-process.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from './helpers/cli.js';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'lg-verify-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

let n = 0;
function folder(files: Record<string, string>): string {
  const dir = path.join(TMP, `t${n++}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const POLICY = 'extends: builtin:recommended\nrules:\n  dockerfile/base-image-latest: error\n';

describe('layerguard verify', () => {
  it('passes when every expectation holds, matching rules by id or alias', async () => {
    const dir = folder({
      'policy.yml': POLICY,
      'layerguard.test.yml': [
        'policy: policy.yml',
        'cases:',
        '  - name: latest fails',
        '    files:',
        '      Dockerfile: "FROM node:latest\\n"',
        '    expect:',
        '      verdict: fail',
        '      findings:',
        '        - { rule: DL3007, line: 1, severity: error, message: mutable }',
        '  - name: pinned passes',
        '    files:',
        '      app/Dockerfile: { path: fixtures/pinned.Dockerfile }',
        '    expect: { verdict: pass }',
        '    expect-none: [dockerfile/base-image-latest]',
      ].join('\n'),
      'fixtures/pinned.Dockerfile': 'FROM node:22.11\nUSER node\n',
    });
    const r = await cli(dir, 'verify');
    expect(r.stdout).toContain('ok   latest fails (line 3)');
    expect(r.stdout).toContain('ok   pinned passes (line 10)');
    expect(r.stdout).toContain('2 cases: 2 passed, 0 failed');
    expect(r.code).toBe(0);
  });

  it('prints what is missing, the nearest miss, what is unexpected and a wrong verdict; exit 1', async () => {
    const dir = folder({
      'policy.yml': POLICY,
      'team.layerguard.test.yml': [
        'policy: policy.yml',
        'cases:',
        '  - name: wrong on purpose',
        '    files:',
        '      Dockerfile: "FROM node:latest\\n"',
        '    expect:',
        '      verdict: pass',
        '      findings:',
        '        - { rule: dockerfile/base-image-latest, line: 2 }',
        '    expect-none: [DL3007]',
      ].join('\n'),
    });
    const r = await cli(dir, 'verify', '.');
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').map((l) => l.trim());
    expect(lines).toContain('FAIL wrong on purpose (line 3)');
    expect(lines).toContain('missing    dockerfile/base-image-latest at *:2');
    expect(
      lines.some((l) => l.startsWith('found    dockerfile/base-image-latest at Dockerfile:1 error')),
    ).toBe(true);
    expect(
      lines.some((l) => l.startsWith('unexpected dockerfile/base-image-latest at Dockerfile:1 error')),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('verdict    expected pass, got fail'))).toBe(true);
    expect(r.stdout).toContain('1 case: 0 passed, 1 failed');

    const json = JSON.parse((await cli(dir, 'verify', '--format', 'json')).stdout);
    expect(json).toMatchObject({
      passed: 0,
      failed: 1,
      cases: [{ name: 'wrong on purpose', line: 3, ok: false }],
    });
    expect(json.cases[0].differences.length).toBe(4);

    const gh = await cli(dir, 'verify', '--format', 'github');
    expect(gh.stdout).toMatch(
      /^::error file=team\.layerguard\.test\.yml,line=3,title=policy test%3A wrong on purpose::missing {4}dockerfile\/base-image-latest at \*:2%0A/,
    );
    expect(gh.stdout.split('\n').filter((l) => l.startsWith('::')).length).toBe(1);
  });

  it('`only: true` fails on any finding not listed', async () => {
    const dir = folder({
      'layerguard.test.yml': [
        'policy: builtin:recommended',
        'cases:',
        '  - name: exactly',
        '    files: { Dockerfile: "FROM node:latest\\n" }',
        '    expect: { only: true, findings: [] }',
      ].join('\n'),
    });
    const r = await cli(dir, 'verify');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('unexpected dockerfile/base-image-latest at Dockerfile:1');
  });

  it('checks image inspect JSON named in `images`', async () => {
    const inspect = JSON.stringify([
      {
        Id: 'sha256:' + 'a'.repeat(64),
        RepoTags: ['app:1'],
        Config: { User: '', Labels: {} },
        RootFS: { Layers: [] },
      },
    ]);
    const dir = folder({
      'layerguard.test.yml': [
        'policy: builtin:recommended',
        'cases:',
        '  - name: the image runs as root',
        `    files: { inspect.json: '${inspect}' }`,
        '    images: [inspect.json]',
        '    expect:',
        '      findings: [{ rule: image/non-root-user }]',
      ].join('\n'),
    });
    const r = await cli(dir, 'verify');
    expect(r.stdout).toContain('ok   the image runs as root');
    expect(r.code).toBe(0);
  });

  it('a broken test file is exit 2 with every problem at file:line:col, and nothing runs', async () => {
    const dir = folder({
      'layerguard.test.yml': [
        'policy: builtin:recommended',
        'cases:',
        '  - name: typos',
        '    files: { Dockerfile: "FROM a\\n", ../escape: x }',
        '    expect:',
        '      findngs: []',
        '      verdict: maybe',
        '  - name: unknown rule',
        '    files: { Dockerfile: "FROM a\\n" }',
        '    expect: { findings: [{ rule: dockerfile/base-image-latests }] }',
      ].join('\n'),
    });
    const r = await cli(dir, 'verify');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual(
      expect.arrayContaining([
        'layerguard.test.yml:4:38: the input name "../escape" must be a relative path inside the case (no "..")',
        'layerguard.test.yml:6:7: unknown key "findngs" (did you mean "findings"?); expect has findings, verdict and only',
        'layerguard.test.yml:7:16: `verdict` must be pass or fail',
        'layerguard.test.yml:10:34: unknown rule "dockerfile/base-image-latests" (did you mean "dockerfile/base-image-latest"?)',
      ]),
    );
  });

  it('a policy that does not load fails its cases with the policy problem', async () => {
    const dir = folder({
      'policy.yml': 'rules:\n  dockerfile/nope: error\n',
      'layerguard.test.yml':
        'policy: policy.yml\ncases:\n  - files: { Dockerfile: "FROM a\\n" }\n    expect: { verdict: pass }\n',
    });
    const r = await cli(dir, 'verify');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /FAIL case 1 \(line 3\)\n\s+error\s+policy\.yml:2:3: unknown rule "dockerfile\/nope"/,
    );
  });

  it('says where to start when there are no tests', async () => {
    const r = await cli(folder({ 'README.md': 'x' }), 'verify');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no policy tests found in .: write a layerguard.test.yml beside the policy');
  });
});
