/**
 * The policy side of the CLI: configuration errors (exit 2, one `file:line:col: message` line per
 * problem on stderr), `check --hadolint-config`, `print-policy [--explain]` and
 * `init [--from-hadolint [FILE]]`, and the hadolint conversion itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { convertHadolint } from '../../src/policy/hadolint.js';
import { loadPolicy } from '../../src/policy/load.js';
import { SCHEMA_COMMENT } from '../../src/policy/schema.js';
import type { PolicyProblem } from '../../src/policy/types.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { tempTree } from './helpers.js';
import { cli } from '../helpers/cli.js';

const HADOLINT = [
  'failure-threshold: warning', // 1
  'ignored:', // 2
  '  - DL3008', // 3
  '  - SC2086', // 4
  '  - DL9999', // 5
  'override:', // 6
  '  error:', // 7
  '    - DL3007', // 8
  '  style:', // 9
  '    - DL3015', // 10
  'trustedRegistries:', // 11
  '  - ghcr.io/acme', // 12
  '  - docker.io', // 13
  'label-schema:', // 14
  '  org.opencontainers.image.source: url', // 15
  '  org.opencontainers.image.created: rfc3339', // 16
  '  maintainer: text', // 17
  'strict-labels: true', // 18
  'format: tty', // 19
].join('\n');

test('a broken policy: exit 2, every problem as file:line:col: message on stderr, nothing checked', async () => {
  const cwd = tempTree({
    Dockerfile: 'FROM alpine:3.19\n',
    '.layerguard.yml': 'extends: []\nfailOn: sometimes\nrules:\n  dockerfile/base-image-lates: error\n',
  });
  const r = await cli(cwd, 'check');
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n')).toEqual([
    '.layerguard.yml:2:9: failOn must be one of error, warning, info, none (got "sometimes")',
    '.layerguard.yml:4:3: unknown rule "dockerfile/base-image-lates" (did you mean "dockerfile/base-image-latest"?); `layerguard rules` lists the rule ids',
    'layerguard: the policy has 2 problems; nothing was checked',
    '',
  ]);
});

describe('hadolint migration', () => {
  test('convertHadolint maps codes through aliases, options, labels and the threshold', () => {
    const problems: PolicyProblem[] = [];
    const conv = convertHadolint(HADOLINT, '.hadolint.yaml', RULES_BY_ID, problems);
    expect(problems).toEqual([]);
    expect(conv.data.failOn).toBe('warning');
    const rules = conv.data.rules as Record<string, unknown>;
    expect(rules['dockerfile/apt-pin-versions']).toBe('off');
    expect(rules['dockerfile/base-image-latest']).toBe('error');
    expect(rules['dockerfile/apt-no-install-recommends']).toBe('info');
    expect(rules['dockerfile/trusted-registries']).toEqual({
      severity: 'error',
      options: { registries: ['ghcr.io/acme', 'docker.io'] },
    });
    expect(rules['dockerfile/label-required']).toMatchObject({
      options: {
        labels: ['org.opencontainers.image.source', 'org.opencontainers.image.created', 'maintainer'],
      },
    });
    expect(rules['dockerfile/label-url']).toMatchObject({
      options: { labels: ['org.opencontainers.image.source'] },
    });
    expect(rules['dockerfile/label-rfc3339']).toMatchObject({
      options: { labels: ['org.opencontainers.image.created'] },
    });
    expect(rules['dockerfile/label-superfluous']).toMatchObject({
      options: { allowed: expect.arrayContaining(['maintainer']) },
    });
    // `format` is an output setting: left out without a note.
    // ShellCheck codes are kept: layerguard runs ShellCheck and reads per-code settings.
    expect(rules['shellcheck/SC2086']).toBe('off');
    expect(conv.notices).toEqual([
      'DL9999 (.hadolint.yaml:5) has no layerguard rule with that alias; nothing to carry over',
    ]);
    expect(conv.origins.get(JSON.stringify(['rules', 'dockerfile/apt-pin-versions']))).toMatchObject({
      line: 3,
      note: 'hadolint ignored',
    });
  });

  test('no-fail, disable-ignore-pragma and bad values', () => {
    const problems: PolicyProblem[] = [];
    const conv = convertHadolint(
      'no-fail: true\ndisable-ignore-pragma: true\n',
      'h.yaml',
      RULES_BY_ID,
      problems,
    );
    expect([conv.data.failOn, conv.data.suppressions]).toEqual(['none', { inline: false }]);
    convertHadolint(
      'failure-threshold: fatal\nignored: DL3008\nlabel-schema:\n  a: number\n',
      'h.yaml',
      RULES_BY_ID,
      problems,
    );
    expect(problems).toEqual([
      {
        message: 'failure-threshold must be one of error, warning, info, style, ignore, none (got "fatal")',
        file: 'h.yaml',
        line: 1,
        column: 20,
      },
      { message: 'ignored must be a list of strings (got string)', file: 'h.yaml', line: 2, column: 10 },
      {
        message: 'label type "number" is not one of text, url, rfc3339, spdx, hash, semver, email',
        file: 'h.yaml',
        line: 4,
        column: 6,
      },
    ]);
  });

  test('check --hadolint-config merges the hadolint settings over the policy, with notes on stderr', async () => {
    const cwd = tempTree({
      Dockerfile: 'FROM alpine:latest\nRUN apt-get install -y curl\n',
      '.hadolint.yaml':
        'ignored: [DL3007, DL3008, DL3015, DL3009, DL4006]\nfailure-threshold: error\nfoo: 1\n',
    });
    const plain = await cli(cwd, 'check', '--format', 'json');
    const ids = (out: string) => JSON.parse(out).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids(plain.stdout)).toContain('dockerfile/base-image-latest');
    const migrated = await cli(cwd, 'check', '--format', 'json', '--hadolint-config', '.hadolint.yaml');
    expect(ids(migrated.stdout)).not.toContain('dockerfile/base-image-latest');
    expect(ids(migrated.stdout)).not.toContain('dockerfile/apt-pin-versions');
    expect(JSON.parse(migrated.stdout).policy.sources).toEqual(['builtin:recommended', '.hadolint.yaml']);
    expect(migrated.stderr).toBe(
      'layerguard: note: the hadolint key "foo" (.hadolint.yaml:3) is not known; it was left out\n',
    );
  });

  test('init --from-hadolint writes a policy that loads and keeps the hadolint settings', async () => {
    const cwd = tempTree({ '.hadolint.yaml': HADOLINT });
    const r = await cli(cwd, 'init', '--from-hadolint');
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(cwd, '.layerguard.yml'), 'utf8');
    expect(text.split('\n')[0]).toBe(SCHEMA_COMMENT);
    expect(text).toContain('  dockerfile/apt-pin-versions: off  # hadolint ignored, .hadolint.yaml:3');
    expect(text).toContain('failOn: warning  # hadolint failure-threshold, .hadolint.yaml:1');
    expect(text).toContain(
      '# - DL9999 (.hadolint.yaml:5) has no layerguard rule with that alias; nothing to carry over',
    );
    const policy = await loadPolicy({ cwd, rules: RULES_BY_ID, env: {} });
    expect(policy.rules['dockerfile/trusted-registries'].options).toEqual({
      registries: ['ghcr.io/acme', 'docker.io'],
    });
    expect(policy.failOn).toBe('warning');
    // An explicit file, with = as well.
    const other = tempTree({ 'ci/hadolint.yml': 'ignored: [DL3007]\n' });
    expect((await cli(other, 'init', '--from-hadolint=ci/hadolint.yml', '--output', '-')).stdout).toContain(
      'dockerfile/base-image-latest: off',
    );
    expect((await cli(other, 'init', '--from-hadolint', 'ci/hadolint.yml', '-o', '-')).stdout).toContain(
      '# Converted from ci/hadolint.yml.',
    );
  });
});

describe('init', () => {
  test('writes a commented starter policy that loads, and will not overwrite without --force', async () => {
    const cwd = tempTree({});
    expect((await cli(cwd, 'init')).code).toBe(0);
    const file = path.join(cwd, '.layerguard.yml');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(`${SCHEMA_COMMENT}\n`)).toBe(true);
    const policy = await loadPolicy({ cwd, rules: RULES_BY_ID, env: {} });
    expect(policy.sources).toEqual(['builtin:recommended', '.layerguard.yml']);
    expect(policy.suppressions).toEqual({ inline: true, requireReason: true, reportUnused: true });
    const again = await cli(cwd, 'init');
    expect([again.code, again.stderr]).toEqual([
      2,
      'layerguard: .layerguard.yml already exists; use --force to replace it, or --output FILE (--output - prints it)\n',
    ]);
    expect((await cli(cwd, 'init', '--force')).code).toBe(0);
    expect((await cli(cwd, 'init', '--from-hadolint')).stderr).toContain(
      '--from-hadolint: no .hadolint.yaml',
    );
  });
});

describe('print-policy', () => {
  const files = {
    'org.yml': 'extends: [builtin:strict]\nlocked: [dockerfile/non-root-user]\n',
    '.layerguard.yml': [
      'extends: [./org.yml]',
      'failOn: error',
      'rules:',
      '  dockerfile/trusted-registries:',
      '    options: { registries: [ghcr.io/acme] }',
      'exceptions:',
      '  - rules: [dockerfile/base-image-latest]',
      '    reason: vendor',
      '    expires: 2099-01-01',
    ].join('\n'),
  };

  test('prints the merged effective policy; --explain adds where each value came from', async () => {
    const cwd = tempTree(files);
    const plain = await cli(cwd, 'print-policy');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(
      '# The effective layerguard policy, merged from: builtin:recommended + builtin:strict + org.yml + .layerguard.yml',
    );
    expect(plain.stdout).toMatch(/^failOn: error$/m);
    expect(plain.stdout).not.toContain('rule default');
    const explained = (await cli(cwd, 'print-policy', '--explain')).stdout;
    expect(explained).toMatch(/^failOn: error # \.layerguard\.yml:2$/m);
    expect(explained).toMatch(/^ {2}- dockerfile\/non-root-user # org\.yml:2$/m);
    expect(explained).toMatch(/^ {4}severity: error # builtin:strict:\d+; locked by org\.yml:2$/m);
    expect(explained).toMatch(/^ {6}registries: \[ ghcr\.io\/acme \] # \.layerguard\.yml:5$/m);
    expect(explained).toMatch(/^ {2}- rules: \[ dockerfile\/base-image-latest \] # \.layerguard\.yml:7$/m);
    expect(explained).toMatch(/^ {2}runtime\/privileged: error # rule default$/m);
    expect(explained).toMatch(/^ {2}requireReason: true # builtin:strict:\d+$/m);
  });

  test('--format json, with origins under --explain', async () => {
    const cwd = tempTree(files);
    const json = JSON.parse((await cli(cwd, 'print-policy', '--format', 'json', '--explain')).stdout);
    expect(json.sources).toEqual(['builtin:recommended', 'builtin:strict', 'org.yml', '.layerguard.yml']);
    expect(json.rules['dockerfile/trusted-registries'].options.registries).toEqual(['ghcr.io/acme']);
    expect(json.origins.failOn).toBe('.layerguard.yml:2');
    expect(json.ruleOrigins['dockerfile/trusted-registries']).toEqual({
      severity: 'rule default',
      options: '.layerguard.yml:5',
    });
  });
});
