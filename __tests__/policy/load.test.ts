/**
 * Loading and merging: discovery, implicit builtin:recommended, YAML 1.2, merge rules (severity-only
 * keeps options, options replace, objects deep-merged, arrays replaced, custom rules by id, locks
 * accumulate), diamonds, overrides by glob with the last match winning, mode precedence, and the
 * presets against the real registry.
 */
import { loadPolicy, effectiveRule } from '../../src/policy/load.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { TEST_REGISTRY, loadTree, problemsOf, tempTree } from './helpers.js';

const rule = (id: string) => TEST_REGISTRY.get(id)!;

describe('discovery', () => {
  test('.github/layerguard.yml comes first, then .layerguard.yml, then layerguard.yml', async () => {
    const files = {
      '.github/layerguard.yml': 'extends: []\nfailOn: info\n',
      '.layerguard.yml': 'extends: []\nfailOn: warning\n',
      'layerguard.yml': 'extends: []\nfailOn: none\n',
    };
    const load = (cwd: string) => loadPolicy({ cwd, rules: TEST_REGISTRY, env: {} });
    expect((await load(tempTree(files))).sources).toEqual(['.github/layerguard.yml']);
    const { ['.github/layerguard.yml']: _a, ...two } = files;
    expect((await load(tempTree(two))).sources).toEqual(['.layerguard.yml']);
    const { ['.layerguard.yml']: _b, ...one } = two;
    expect((await load(tempTree(one))).failOn).toBe('none');
  });

  test('without a policy file, builtin:recommended', async () => {
    const policy = await loadPolicy({ cwd: tempTree({ 'README.md': 'x' }), rules: RULES_BY_ID, env: {} });
    expect(policy.sources).toEqual(['builtin:recommended']);
  });

  test('--policy wins over discovery; a missing one is an error', async () => {
    const cwd = tempTree({
      '.layerguard.yml': 'extends: []\n',
      'ci/policy.yml': 'extends: []\nmode: audit\n',
    });
    expect((await loadPolicy({ cwd, policy: 'ci/policy.yml', rules: TEST_REGISTRY, env: {} })).mode).toBe(
      'audit',
    );
    expect(
      await problemsOf(loadPolicy({ cwd, policy: 'ci/nope.yml', rules: TEST_REGISTRY, env: {} })),
    ).toEqual(['cannot read the policy ci/nope.yml: no such file']);
  });

  test('a policy without extends builds on builtin:recommended; extends: [] starts from the defaults', async () => {
    const implicit = await loadTree({ '.layerguard.yml': 'failOn: warning\n' }, '.layerguard.yml', {
      rules: RULES_BY_ID,
    });
    expect(implicit.sources).toEqual(['builtin:recommended', '.layerguard.yml']);
    const bare = await loadTree({ '.layerguard.yml': 'extends: []\n' });
    expect(bare.sources).toEqual(['.layerguard.yml']);
    expect(bare.rules).toEqual({});
  });
});

test('the presets load against the real registry, strict on top of recommended', async () => {
  const strict = await loadPolicy({
    cwd: tempTree({}),
    policy: 'builtin:strict',
    rules: RULES_BY_ID,
    env: {},
  });
  expect(strict.sources).toEqual(['builtin:recommended', 'builtin:strict']);
  expect(strict.failOn).toBe('warning');
  expect(strict.origins?.failOn).toMatch(/^builtin:strict:\d+$/);
  expect(strict.suppressions).toEqual({ inline: true, requireReason: true, reportUnused: true });
  for (const id of ['dockerfile/base-image-digest', 'dockerfile/non-root-user', 'runtime/memory-limit']) {
    expect(strict.rules[id].severity).toBe('error');
  }
});

test('YAML 1.2: off, yes and dates stay strings', async () => {
  const policy = await loadTree({
    '.layerguard.yml': [
      'extends: []',
      'rules:',
      '  dockerfile/non-root-user: off',
      'exceptions:',
      '  - rules: [dockerfile/base-image-latest]',
      '    reason: yes',
      '    expires: 2030-01-31',
    ].join('\n'),
  });
  expect(policy.rules['dockerfile/non-root-user'].severity).toBe('off');
  expect(policy.exceptions?.[0]).toMatchObject({ reason: 'yes', expires: '2030-01-31' });
});

describe('merging', () => {
  const base = [
    'extends: []',
    'rules:',
    '  dockerfile/max-layers:',
    '    severity: error',
    '    options: { max: 10, countCopy: false }',
    '    mode: audit',
    '  dockerfile/trusted-registries:',
    '    options: { registries: [ghcr.io/acme] }',
    'suppressions:',
    '  requireReason: true',
    'overrides:',
    '  - files: ["legacy/**"]',
    '    mode: audit',
    'exceptions:',
    '  - rules: [dockerfile/non-root-user]',
    '    reason: base',
    '    expires: 2030-01-01',
    'customRules:',
    '  - id: custom/no-add',
    '    kind: instruction',
    '    instruction: ADD',
    '    message: use COPY',
    '  - id: custom/user',
    '    kind: required',
    '    instruction: USER',
    '    message: set USER',
    'locked: [runtime/privileged]',
  ].join('\n');

  test('later wins per key; severity-only keeps options and mode; options replace; deep and shallow merges', async () => {
    const policy = await loadTree({
      'base.yml': base,
      '.layerguard.yml': [
        'extends: [./base.yml]',
        'rules:',
        '  dockerfile/max-layers: warning',
        '  dockerfile/trusted-registries:',
        '    options: { registries: [docker.io] }',
        'suppressions:',
        '  reportUnused: true',
        'overrides:',
        '  - files: ["test/**"]',
        '    rules: { dockerfile/non-root-user: off }',
        'customRules:',
        '  - id: custom/no-add',
        '    kind: instruction',
        '    instruction: ADD',
        '    severity: error',
        '    message: use COPY, not ADD',
        'locked: [dockerfile/base-image-latest]',
      ].join('\n'),
    });
    expect(policy.rules['dockerfile/max-layers']).toEqual({
      severity: 'warning',
      source: '.layerguard.yml:3',
      options: { max: 10, countCopy: false },
      optionsSource: 'base.yml:5',
      mode: 'audit',
      modeSource: 'base.yml:6',
    });
    // options replace the inherited ones (merged over the rule's defaults when it runs).
    expect(policy.rules['dockerfile/trusted-registries'].options).toEqual({ registries: ['docker.io'] });
    // objects deep-merged
    expect(policy.suppressions).toEqual({ inline: true, requireReason: true, reportUnused: true });
    expect(policy.origins?.['suppressions.requireReason']).toBe('base.yml:10');
    expect(policy.origins?.['suppressions.reportUnused']).toBe('.layerguard.yml:7');
    // arrays replaced
    expect(policy.overrides?.map((o) => o.files)).toEqual([['test/**']]);
    // not given here: inherited as a whole
    expect(policy.exceptions?.map((e) => e.reason)).toEqual(['base']);
    // custom rules merge by id
    expect(policy.customRules?.map((c) => [c.id, c.severity, c.message])).toEqual([
      ['custom/no-add', 'error', 'use COPY, not ADD'],
      ['custom/user', 'warning', 'set USER'],
    ]);
    // locks accumulate
    expect(Object.keys(policy.locked ?? {}).sort()).toEqual([
      'dockerfile/base-image-latest',
      'runtime/privileged',
    ]);
  });

  test('a policy reached twice (a diamond) is merged once, where first met', async () => {
    const policy = await loadTree({
      'common.yml': 'extends: []\nfailOn: info\n',
      'a.yml': 'extends: [./common.yml]\nfailOn: warning\n',
      'b.yml': 'extends: [./common.yml]\nmode: audit\n',
      '.layerguard.yml': 'extends: [./a.yml, ./b.yml]\n',
    });
    expect(policy.sources).toEqual(['common.yml', 'a.yml', 'b.yml', '.layerguard.yml']);
    expect(policy.failOn).toBe('warning');
  });
});

describe('overrides and effectiveRule', () => {
  const text = [
    'extends: []',
    'rules:',
    '  dockerfile/max-layers: { severity: error, options: { max: 10 } }',
    'overrides:',
    '  - files: ["services/**/Dockerfile*"]',
    '    excludeFiles: ["services/legacy/**"]',
    '    rules:',
    '      dockerfile/max-layers: warning',
    '  - files: "services/api/**"',
    '    rules:',
    '      dockerfile/max-layers: { options: { max: 30 } }',
    '  - files: ["**/*.test.Dockerfile"]',
    '    mode: audit',
    '    rules:',
    '      dockerfile/base-image-latest: { mode: enforce }',
  ].join('\n');

  test('globs relative to the root, excludeFiles, in order, the last match winning', async () => {
    const policy = await loadTree({ '.layerguard.yml': text });
    const max = rule('dockerfile/max-layers');
    expect(effectiveRule(policy, max, 'Dockerfile')).toEqual({
      severity: 'error',
      options: { max: 10, countCopy: true },
      mode: 'enforce',
    });
    expect(effectiveRule(policy, max, 'services/web/Dockerfile').severity).toBe('warning');
    expect(effectiveRule(policy, max, './services/web/Dockerfile.prod').severity).toBe('warning');
    expect(effectiveRule(policy, max, 'services/legacy/Dockerfile').severity).toBe('error');
    // The second override sets options only: the first's severity stays, its options are replaced.
    expect(effectiveRule(policy, max, 'services/api/Dockerfile')).toEqual({
      severity: 'warning',
      options: { max: 30, countCopy: true },
      mode: 'enforce',
    });
  });

  test('mode: policy < rule < override < override rule', async () => {
    const policy = await loadTree({ '.layerguard.yml': text });
    const f = 'x/y.test.Dockerfile';
    expect(effectiveRule(policy, rule('dockerfile/max-layers'), f).mode).toBe('audit');
    expect(effectiveRule(policy, rule('dockerfile/base-image-latest'), f).mode).toBe('enforce');
    expect(effectiveRule(policy, rule('dockerfile/base-image-latest'), 'Dockerfile').mode).toBe('enforce');
  });
});

describe('locked rules', () => {
  const org = [
    'extends: []',
    'rules:',
    '  dockerfile/non-root-user: error',
    '  dockerfile/trusted-registries: { options: { registries: [ghcr.io/acme] } }',
    'locked: [dockerfile/non-root-user, dockerfile/trusted-registries]',
  ].join('\n');

  test('a later layer may raise a locked rule and set the same options', async () => {
    const policy = await loadTree({
      'org.yml': org.replace('non-root-user: error', 'non-root-user: warning'),
      '.layerguard.yml': [
        'extends: [./org.yml]',
        'rules:',
        '  dockerfile/non-root-user: error',
        '  dockerfile/trusted-registries: { severity: error, options: { registries: [ghcr.io/acme] } }',
      ].join('\n'),
    });
    expect(policy.rules['dockerfile/non-root-user'].severity).toBe('error');
  });

  test('blanket audit modes of later layers do not reach locked rules', async () => {
    const policy = await loadTree({
      'org.yml': org,
      '.layerguard.yml': [
        'extends: [./org.yml]',
        'mode: audit',
        'overrides:',
        '  - files: ["**"]',
        '    mode: audit',
      ].join('\n'),
    });
    expect(effectiveRule(policy, rule('dockerfile/non-root-user'), 'Dockerfile').mode).toBe('enforce');
    expect(effectiveRule(policy, rule('dockerfile/base-image-latest'), 'Dockerfile').mode).toBe('audit');
  });

  test('the layer that locks may do anything to it, including earlier in the same file', async () => {
    const policy = await loadTree({
      '.layerguard.yml': org.replace('non-root-user: error', 'non-root-user: off'),
    });
    expect(policy.locked?.['dockerfile/non-root-user']).toMatchObject({
      severity: 'off',
      source: '.layerguard.yml:5',
      layer: 0,
    });
  });

  test('a later layer cannot redefine a locked custom rule', async () => {
    const custom = [
      '  - id: custom/user',
      '    kind: required',
      '    instruction: USER',
      '    message: set USER',
    ];
    expect(
      await problemsOf(
        loadTree({
          'org.yml': ['extends: []', 'customRules:', ...custom, 'locked: [custom/user]'].join('\n'),
          '.layerguard.yml': ['extends: [./org.yml]', 'customRules:', ...custom, '    max: 0'].join('\n'),
        }),
      ),
    ).toEqual([
      '.layerguard.yml:3:9: cannot redefine custom/user: it is locked by org.yml:7; a locked custom rule keeps its definition',
    ]);
  });
});

test('globs: dotfiles included, a pattern without a slash matches at the root only', async () => {
  const policy = await loadTree({
    '.layerguard.yml': [
      'extends: []',
      'overrides:',
      '  - files: [Dockerfile.dev, ".devcontainer/**"]',
      '    rules: { dockerfile/non-root-user: off }',
    ].join('\n'),
  });
  const sev = (file: string) => effectiveRule(policy, rule('dockerfile/non-root-user'), file).severity;
  expect([sev('Dockerfile.dev'), sev('svc/Dockerfile.dev'), sev('.devcontainer/Dockerfile')]).toEqual([
    'off',
    'warning',
    'off',
  ]);
});

test('an exception may name one ShellCheck code; other unknown ids are still rejected', async () => {
  const text = (id: string) =>
    `extends: []\nexceptions:\n  - rules: [${id}]\n    reason: r\n    expires: 2099-01-01\n`;
  const ok = await loadTree({ '.layerguard.yml': text('shellcheck/SC2086') }, '.layerguard.yml', {
    rules: RULES_BY_ID,
  });
  expect(ok.exceptions?.[0].rules).toEqual(['shellcheck/SC2086']);
  expect(await problemsOf(loadTree({ '.layerguard.yml': text('shellcheck/SC2086') }))).toEqual([
    '.layerguard.yml:3:13: unknown rule "shellcheck/SC2086"; `layerguard rules` lists the rule ids',
  ]);
});

test('rules: keys may be aliases (DL3007, CKV_DOCKER_2) and ShellCheck codes, with a note naming the rule', async () => {
  const policy = await loadTree(
    {
      '.layerguard.yml': [
        'extends: []',
        'rules:',
        '  DL3007: off',
        '  CKV_DOCKER_2: error',
        '  SC2046: error',
        '  shellcheck/SC2086: off',
        'overrides:',
        '  - files: ["legacy/**"]',
        '    rules:',
        '      DL3006: info',
        '',
      ].join('\n'),
    },
    '.layerguard.yml',
    { rules: RULES_BY_ID },
  );
  expect(policy.rules['dockerfile/base-image-latest']).toMatchObject({ severity: 'off' });
  expect(policy.rules['dockerfile/healthcheck']).toMatchObject({ severity: 'error' });
  expect(policy.rules['shellcheck/SC2046']).toMatchObject({ severity: 'error' });
  expect(policy.rules['shellcheck/SC2086']).toMatchObject({ severity: 'off' });
  expect(
    effectiveRule(policy, RULES_BY_ID.get('dockerfile/base-image-untagged')!, 'legacy/Dockerfile').severity,
  ).toBe('info');
  expect(policy.notices).toEqual([
    '.layerguard.yml: "DL3007" in rules is read as dockerfile/base-image-latest; write the rule id to silence this note',
    '.layerguard.yml: "CKV_DOCKER_2" in rules is read as dockerfile/healthcheck; write the rule id to silence this note',
    '.layerguard.yml: "SC2046" in rules is read as shellcheck/SC2046; write the rule id to silence this note',
    '.layerguard.yml: "DL3006" in overrides[0].rules is read as dockerfile/base-image-untagged; write the rule id to silence this note',
  ]);
  // An alias shared by several rules is not guessed: it stays an unknown rule, with its problem.
  const shared = [...RULES_BY_ID.values()]
    .flatMap((r) => r.aliases)
    .find((a, i, all) => all.indexOf(a) !== i);
  if (shared) {
    expect(
      await problemsOf(
        loadTree({ '.layerguard.yml': `extends: []\nrules:\n  ${shared}: off\n` }, '.layerguard.yml', {
          rules: RULES_BY_ID,
        }),
      ),
    ).toEqual([expect.stringContaining(`unknown rule "${shared}"`)]);
  }
});
