import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RULES } from '../src/rules/index.js';
import { cli } from './helpers/cli.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

// USER keeps the other rules quiet, so that the one finding is the syntax error on line 3.
const BROKEN = 'FROM alpine:3.19\nUSER app\nFROOM nothing\n';
const CLEAN = 'FROM alpine:3.19\nUSER app\n';

describe('layerguard check', () => {
  it('finds Dockerfiles by name, skipping node_modules, .git and .gitignored paths', async () => {
    const dir = workspace({
      Dockerfile: BROKEN,
      'svc/Containerfile': BROKEN,
      'svc/api.Dockerfile': BROKEN,
      'svc/Dockerfile.dev': BROKEN,
      'web/app.containerfile': BROKEN,
      'node_modules/x/Dockerfile': BROKEN,
      '.git/Dockerfile': BROKEN,
      'build/Dockerfile': BROKEN,
      '.gitignore': 'build/\n',
      'notes.txt': BROKEN,
      'svc/Dockerfile.dockerignore': 'node_modules\n',
    });
    const { code, stdout } = await cli(dir, 'check', '--format', 'json');
    expect(code).toBe(1);
    const files = [...new Set(JSON.parse(stdout).findings.map((f: { file: string }) => f.file))].sort();
    expect(files).toEqual([
      'Dockerfile',
      'svc/Containerfile',
      'svc/Dockerfile.dev',
      'svc/api.Dockerfile',
      'web/app.containerfile',
    ]);
  });

  it('takes a file named explicitly whatever its name, and globs', async () => {
    const dir = workspace({ 'images/base.txt': BROKEN, 'a/Dockerfile': BROKEN, 'b/Dockerfile': CLEAN });
    const explicit = await cli(dir, 'check', 'images/base.txt', '--format', 'json');
    expect(JSON.parse(explicit.stdout).findings[0]).toMatchObject({ file: 'images/base.txt', line: 3 });
    const glob = await cli(dir, 'check', 'a/*', '--format', 'json');
    expect(JSON.parse(glob.stdout).summary.targets).toBe(1);
  });

  it('prints the JSON shape with 1-based ranges and file relative to the working directory', async () => {
    const dir = workspace({ 'app/Dockerfile': BROKEN });
    const { code, stdout } = await cli(path.join(dir, 'app'), 'check', '--format', 'json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.version).toBe(1);
    expect(json.findings[0]).toEqual({
      ruleId: 'dockerfile/syntax',
      severity: 'error',
      message: expect.stringContaining('FROOM'),
      file: 'Dockerfile',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 6,
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(json.summary).toMatchObject({ verdict: 'fail', errors: 1, targets: 1 });
  });

  it('text format groups by file and marks the range under the source line', async () => {
    const dir = workspace({ Dockerfile: BROKEN });
    const { stdout } = await cli(dir, 'check', '--no-color');
    expect(stdout).toContain('Dockerfile\n');
    expect(stdout).toContain('      3 | FROOM nothing\n');
    expect(stdout).toMatch(/\| \^{5}\n/);
    expect(stdout).toContain('fail: 1 error');
    expect(stdout).not.toContain('\u001b[');
  });

  it('colours text output only when asked or on a terminal', async () => {
    const dir = workspace({ Dockerfile: BROKEN });
    const { stdout } = await cli(dir, 'check', '--color');
    expect(stdout).toContain('\u001b[31m');
  });

  it('SARIF output is 2.1.0 with rules and 1-based regions', async () => {
    const dir = workspace({ Dockerfile: BROKEN });
    const { stdout } = await cli(dir, 'check', '--format', 'sarif');
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    const run0 = sarif.runs[0];
    expect(run0.tool.driver.name).toBe('layerguard');
    expect(run0.tool.driver.rules.length).toBeGreaterThanOrEqual(
      RULES.filter((r) => r.kind !== 'policy').length,
    );
    expect(run0.results[0]).toMatchObject({
      ruleId: 'dockerfile/syntax',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'Dockerfile' },
            region: { startLine: 3, startColumn: 1 },
          },
        },
      ],
    });
    expect(run0.tool.driver.rules[run0.results[0].ruleIndex].id).toBe('dockerfile/syntax');
  });

  it('github format prints workflow commands with escaped properties', async () => {
    const dir = workspace({ 'a,b/Dockerfile': BROKEN });
    const { stdout } = await cli(dir, 'check', '--format', 'github');
    expect(stdout).toMatch(
      /^::error file=a%2Cb\/Dockerfile,line=3,endLine=3,col=1,endColumn=6,title=dockerfile\/syntax::Unknown/,
    );
  });

  it('exit codes: 0 pass, 1 policy failure, 2 usage or configuration error', async () => {
    const dir = workspace({ Dockerfile: BROKEN, 'ok/Dockerfile': CLEAN, 'bad-policy.yml': 'rules: [\n' });
    expect((await cli(path.join(dir, 'ok'), 'check')).code).toBe(0);
    expect((await cli(dir, 'check')).code).toBe(1);
    expect((await cli(dir, 'check', '--fail-on', 'none')).code).toBe(0);
    const badFlag = await cli(dir, 'check', '--format', 'xml');
    expect(badFlag).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be one of') });
    expect((await cli(dir, 'check', '--bogus')).code).toBe(2);
    expect((await cli(dir, 'frobnicate')).code).toBe(2);
    const missing = await cli(dir, 'check', 'nope/');
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('"nope/" matched no file') });
    const badPolicy = await cli(dir, 'check', '--policy', 'bad-policy.yml');
    expect(badPolicy.code).toBe(2);
    expect(badPolicy.stderr).toMatch(/bad-policy\.yml:\d+:\d+: /);
  });

  it('a --policy can turn a rule off or change its severity', async () => {
    const dir = workspace({
      Dockerfile: BROKEN,
      'off.yml': 'rules:\n  dockerfile/syntax: off\n',
      'info.yml': 'rules:\n  dockerfile/syntax: { severity: info }\n',
    });
    expect((await cli(dir, 'check', '--policy', 'off.yml')).code).toBe(0);
    const info = await cli(dir, 'check', '--policy', 'info.yml', '--format', 'json');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout).findings[0].severity).toBe('info');
  });

  it('a file it cannot read is reported and the others are still checked', async () => {
    const dir = workspace({ 'a/Dockerfile': BROKEN, 'b/Dockerfile': 'x'.repeat(9 * 1024 * 1024) });
    const { stdout } = await cli(dir, 'check', '--format', 'json');
    const findings = JSON.parse(stdout).findings;
    expect(findings.map((f: { ruleId: string; file: string }) => `${f.file} ${f.ruleId}`)).toEqual(
      expect.arrayContaining(['a/Dockerfile dockerfile/syntax', 'b/Dockerfile policy/unparsable']),
    );
  });
});

describe('layerguard rules', () => {
  it('lists every rule in text, json and markdown', async () => {
    const dir = workspace({});
    const json = JSON.parse((await cli(dir, 'rules', '--format', 'json')).stdout);
    expect(json.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(json[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        aliases: expect.any(Array),
        severity: expect.any(String),
        summary: expect.any(String),
      }),
    );
    const text = (await cli(dir, 'rules')).stdout;
    for (const r of RULES) expect(text).toContain(r.id);
    const md = (await cli(dir, 'rules', '--format', 'markdown')).stdout;
    expect(md.split('\n')[0]).toBe('| Rule | Aliases | Severity | Summary |');
  });

  it('shows the severity under the active policy: recommended, a named preset, the discovered file', async () => {
    const dir = workspace({});
    const line = (text: string, id: string) => text.split('\n').find((l) => l.startsWith(id + ' '));
    const recommended = (await cli(dir, 'rules')).stdout;
    expect(recommended.split('\n')[0]).toBe('severity under builtin:recommended');
    // apt-pin-versions is a warning of its own, turned off by recommended.
    expect(line(recommended, 'dockerfile/apt-pin-versions')).toMatch(/\s+off\s+/);
    const strict = (await cli(dir, 'rules', '--policy', 'builtin:strict')).stdout;
    expect(line(strict, 'dockerfile/non-root-user')).toMatch(/\s+error\s+/);
    const own = workspace({ '.layerguard.yml': 'rules:\n  dockerfile/apt-pin-versions: error\n' });
    const json = JSON.parse((await cli(own, 'rules', '--format', 'json')).stdout);
    expect(json.find((r: { id: string }) => r.id === 'dockerfile/apt-pin-versions')).toMatchObject({
      severity: 'error',
      defaultSeverity: 'warning',
    });
  });

  it('--version and --help', async () => {
    const dir = workspace({});
    expect((await cli(dir, '--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await cli(dir, '--help')).stdout).toContain('layerguard check');
  });
});

describe('typos get "did you mean"', () => {
  const dir = () => workspace({ Dockerfile: 'FROM alpine:3.19\nUSER app\n' });

  it('a mistyped policy key, preset name, option, command or value', async () => {
    const policyKey = await cli(
      workspace({ Dockerfile: 'FROM alpine:3.19\n', 'p.yml': 'failon: warning\n' }),
      'check',
      '--policy',
      'p.yml',
    );
    expect(policyKey.code).toBe(2);
    expect(policyKey.stderr).toContain('p.yml:1:1: unknown key "failon" (did you mean "failOn"?)');
    const preset = await cli(dir(), 'check', '--policy', 'builtin:strikt');
    expect(preset.stderr).toContain('there is no preset builtin:strikt (did you mean "builtin:strict"?)');
    const extended = await cli(
      workspace({ Dockerfile: 'FROM alpine:3.19\n', 'p.yml': 'extends: builtin:strikt\n' }),
      'check',
      '--policy',
      'p.yml',
    );
    expect(extended.stderr).toContain('p.yml:1:10: ');
    expect(extended.stderr).toContain('(did you mean "builtin:strict"?)');
    const option = await cli(dir(), 'check', '--polcy', 'builtin:strict');
    expect([option.code, option.stderr]).toEqual([
      2,
      'layerguard: unknown option --polcy (did you mean "--policy"?) for check; see layerguard --help\n',
    ]);
    expect((await cli(dir(), 'chek')).stderr).toContain('unknown command "chek" (did you mean "check"?)');
    expect((await cli(dir(), 'check', '--format', 'jsn')).stderr).toContain('(did you mean "json"?)');
    expect((await cli(dir(), 'init', '--from-hadolin')).stderr).toContain(
      '(did you mean "--from-hadolint"?)',
    );
  });
});

describe('symbolic links found while walking a folder', () => {
  it('checks a linked Dockerfile inside the repository, refuses one leading outside, never follows folders', async () => {
    const outside = workspace({ 'secret.Dockerfile': 'FROM secret-registry.example/SECRET_VALUE:1\n' });
    const dir = workspace({ 'docker/Dockerfile.prod': 'FROM alpine:3.20\nUSER root\n' });
    symlinkSync('docker/Dockerfile.prod', path.join(dir, 'Dockerfile'));
    symlinkSync(path.join(outside, 'secret.Dockerfile'), path.join(dir, 'Dockerfile.outside'));
    symlinkSync('missing', path.join(dir, 'Dockerfile.dangling'));
    symlinkSync(dir, path.join(dir, 'loop'));
    const r = await cli(dir, 'check', '--format', 'json', '--shellcheck', 'off', '--fail-on', 'none');
    const out = JSON.parse(r.stdout);
    const files = out.targets.map((t: { file: string }) => t.file);
    expect(files).toEqual(['docker/Dockerfile.prod', 'Dockerfile', 'Dockerfile.outside'].sort());
    const rules = (file: string) =>
      out.findings.filter((f: { file: string }) => f.file === file).map((f: { ruleId: string }) => f.ruleId);
    expect(rules('Dockerfile')).toEqual(rules('docker/Dockerfile.prod'));
    expect(rules('Dockerfile')).toContain('dockerfile/non-root-user');
    expect(rules('Dockerfile.outside')).toEqual(['policy/unparsable']);
    expect(r.stdout).not.toContain('SECRET_VALUE');
  });
});
