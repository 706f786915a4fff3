/**
 * customRules: instruction (match / notMatch, stage any|final), order, required (min/max per stage)
 * and assert (path, operator, value, quantifier) over run-configuration and image models; findings are
 * `custom/<name>` like any rule (severity and mode from the policy, suppressible, in JSON and SARIF).
 */
import { evaluate } from '../../src/engine/check.js';
import { parsePath, resolvePath, runCustomRules } from '../../src/policy/custom.js';
import { dockerfileTarget } from '../../src/targets/dockerfile/index.js';
import type { LoadedTarget } from '../../src/targets/types.js';
import { toSarif } from '../../src/report/sarif.js';
import { loadTree } from './helpers.js';

const ctx = { cwd: '/nowhere', readSibling: async () => null };
const dockerfile = (text: string, file = 'Dockerfile') =>
  dockerfileTarget.load(file, text, ctx) as Promise<LoadedTarget>;

async function policyWith(customRules: string, rest = '') {
  return loadTree({ '.layerguard.yml': `extends: []\n${rest}customRules:\n${customRules}` });
}

const DF = [
  'FROM golang:1.22 AS build', // 1
  'RUN curl -sSL https://get.example.com | sh', // 2
  'COPY . .', // 3
  'RUN go build -o /app', // 4
  'FROM gcr.io/distroless/static', // 5
  'COPY --from=build /app /app', // 6
  'CMD ["/app"]', // 7
  'USER nonroot', // 8
].join('\n');

const custom = <T extends { ruleId: string }>(findings: T[]) =>
  findings.filter((f) => f.ruleId.startsWith('custom/'));

test('kind: instruction with match, and notMatch, in any stage or the final one', async () => {
  const policy = await policyWith(
    [
      '  - id: custom/no-curl-pipe-sh',
      '    kind: instruction',
      '    instruction: RUN',
      '    match: "curl[^|]*\\\\|\\\\s*(ba)?sh"',
      '    severity: error',
      '    message: "{instruction} pipes a download into a shell in stage {stage}: download, verify a checksum, then run it"',
      '  - id: custom/approved-base',
      '    kind: instruction',
      '    instruction: [from]',
      '    notMatch: "^(gcr\\\\.io/distroless/|ghcr\\\\.io/acme/)"',
      '    stage: final',
      '    message: the final stage must start from an approved base image',
    ].join('\n') + '\n',
  );
  const t = await dockerfile(DF);
  expect(runCustomRules(t, policy).map((f) => [f.ruleId, f.line, f.severity, f.message])).toEqual([
    [
      'custom/no-curl-pipe-sh',
      2,
      'error',
      'RUN pipes a download into a shell in stage build: download, verify a checksum, then run it',
    ],
  ]);
  const t2 = await dockerfile(DF.replace('gcr.io/distroless/static', 'ubuntu:24.04'));
  expect(runCustomRules(t2, policy).map((f) => [f.ruleId, f.line])).toEqual([
    ['custom/no-curl-pipe-sh', 2],
    ['custom/approved-base', 5],
  ]);
});

test('kind: order reports each `then` before the first `first` of its stage', async () => {
  const policy = await policyWith(
    [
      '  - id: custom/user-before-cmd',
      '    kind: order',
      '    first: USER',
      '    then: { instruction: CMD }',
      '    message: set USER before CMD so that the command does not run as root',
    ].join('\n') + '\n',
  );
  expect(runCustomRules(await dockerfile(DF), policy).map((f) => [f.ruleId, f.line])).toEqual([
    ['custom/user-before-cmd', 7],
  ]);
  expect(
    runCustomRules(
      await dockerfile(DF.replace('CMD ["/app"]\nUSER nonroot', 'USER nonroot\nCMD ["/app"]')),
      policy,
    ),
  ).toEqual([]);
});

test('kind: required counts per stage: min at the FROM, max at the first one too many', async () => {
  const policy = await policyWith(
    [
      '  - id: custom/one-user',
      '    kind: required',
      '    instruction: USER',
      '    stage: final',
      '    min: 1',
      '    max: 1',
      '    message: "stage {stage} has {count} USER instructions; it needs exactly one"',
      '  - id: custom/workdir',
      '    kind: required',
      '    instruction: WORKDIR',
      '    message: "stage {stage} sets no WORKDIR"',
    ].join('\n') + '\n',
  );
  expect(runCustomRules(await dockerfile(DF), policy).map((f) => [f.ruleId, f.line, f.message])).toEqual([
    ['custom/workdir', 1, 'stage build sets no WORKDIR'],
    ['custom/workdir', 5, 'stage 1 sets no WORKDIR'],
  ]);
  const twoUsers = await dockerfile(`${DF}\nUSER root`);
  expect(
    runCustomRules(twoUsers, policy)
      .filter((f) => f.ruleId === 'custom/one-user')
      .map((f) => [f.line, f.message]),
  ).toEqual([[9, 'stage 1 has 2 USER instructions; it needs exactly one']]);
});

describe('kind: assert', () => {
  const image = (config: Record<string, unknown>): LoadedTarget => ({
    kind: 'image',
    file: 'app.tar',
    units: [
      {
        model: { ref: 'app.tar', config, layers: [{ size: 10 }, { size: 900 }] },
        context: { platform: 'linux/amd64' },
      },
    ],
    problems: [],
  });
  const rules = [
    '  - id: custom/image-user',
    '    kind: assert',
    '    target: image',
    '    path: config.User',
    '    operator: notIn',
    '    value: ["", root, "0"]',
    '    message: "the image runs as {value}; set USER to a non-root user"',
    '  - id: custom/small-layers',
    '    kind: assert',
    '    target: image',
    '    path: layers[*].size',
    '    operator: lte',
    '    value: 500',
    '    quantifier: all',
    '    message: "a layer is {value} bytes"',
    '  - id: custom/has-env',
    '    kind: assert',
    '    target: image',
    '    path: config.Env[*]',
    '    operator: matches',
    '    value: "^TZ="',
    '    quantifier: any',
    '    message: set TZ',
    '  - id: custom/no-secrets',
    '    kind: assert',
    '    target: image',
    '    path: config.Env[*]',
    '    operator: contains',
    '    value: PASSWORD',
    '    quantifier: none',
    '    message: "{value} looks like a secret"',
  ].join('\n');

  test('path, operator, value and quantifier over the image model', async () => {
    const policy = await policyWith(rules + '\n');
    const out = runCustomRules(image({ User: 'root', Env: ['PATH=/bin', 'DB_PASSWORD=x'] }), policy);
    expect(out.map((f) => [f.ruleId, f.message, f.kind, f.context])).toEqual([
      [
        'custom/image-user',
        'the image runs as root; set USER to a non-root user',
        'image',
        { platform: 'linux/amd64' },
      ],
      ['custom/small-layers', 'a layer is 900 bytes', 'image', { platform: 'linux/amd64' }],
      ['custom/has-env', 'set TZ', 'image', { platform: 'linux/amd64' }],
      ['custom/no-secrets', 'DB_PASSWORD=x looks like a secret', 'image', { platform: 'linux/amd64' }],
    ]);
    expect(runCustomRules(image({ User: 'app', Env: ['TZ=UTC'] }), policy).map((f) => f.ruleId)).toEqual([
      'custom/small-layers',
    ]);
    // A missing field is "nothing": notIn holds for it unless "nothing" is listed.
    expect(runCustomRules(image({}), policy).map((f) => f.ruleId)).toEqual([
      'custom/small-layers',
      'custom/has-env',
    ]);
  });

  test('findings point at the nearest range the path passes, else the unit', async () => {
    const policy = await policyWith(
      [
        '  - id: custom/mem',
        '    kind: assert',
        '    path: memory.value',
        '    operator: exists',
        '    message: set a memory limit',
      ].join('\n') + '\n',
    );
    const range = { line: 4, column: 3, endLine: 4, endColumn: 10 };
    const runtime = (model: unknown): LoadedTarget => ({
      kind: 'runtime',
      file: 'compose.yml',
      units: [{ model }],
      problems: [],
    });
    expect(
      runCustomRules(runtime({ source: { range }, memory: null }), policy).map((f) => [f.line, f.column]),
    ).toEqual([[4, 3]]);
    expect(
      runCustomRules(
        runtime({ source: { range }, memory: { value: '1g', range: { ...range, line: 6 } } }),
        policy,
      ),
    ).toEqual([]);
  });

  test('paths: names, * for every value, [n] and [*]', () => {
    expect(parsePath('services.*.ports[0]')).toEqual([
      { key: 'services' },
      { key: '*' },
      { key: 'ports' },
      { index: 0 },
    ]);
    expect(parsePath('a..b')).toBeNull();
    expect(parsePath('a[x]')).toBeNull();
    const model = { services: { a: { ports: [80, 443] }, b: { ports: [] } } };
    expect(resolvePath(model, parsePath('services.*.ports[*]')!).map((v) => v.value)).toEqual([80, 443]);
    expect(resolvePath(model, parsePath('services.*.ports[0]')!).map((v) => v.value)).toEqual([
      80,
      undefined,
    ]);
  });
});

test('custom rules go through the policy like any rule: severity, overrides, suppressions, SARIF', async () => {
  const policy = await policyWith(
    [
      '  - id: custom/no-add',
      '    kind: instruction',
      '    instruction: ADD',
      '    message: use COPY instead of ADD for local files',
    ].join('\n') + '\n',
    'overrides:\n  - files: ["legacy/**"]\n    rules: { custom/no-add: off }\nrules:\n  custom/no-add: error\n',
  );
  const text = 'FROM alpine\nADD a /a\n# layerguard ignore=custom/no-add -- tarball\nADD b.tar /b\n';
  const result = evaluate([await dockerfile(text), await dockerfile(text, 'legacy/Dockerfile')], policy);
  expect(custom(result.findings).map((f) => [f.file, f.line, f.severity, !!f.suppressed])).toEqual([
    ['Dockerfile', 2, 'error', false],
    ['Dockerfile', 4, 'error', true],
  ]);
  expect(result.verdict).toBe('fail');
  expect(result.targets.find((t) => t.file === 'Dockerfile')!.findings).toBeGreaterThanOrEqual(2);
  const sarif = toSarif(result) as { runs: { results: { ruleId: string; level: string }[] }[] };
  expect(sarif.runs[0].results.filter((r) => r.ruleId === 'custom/no-add').map((r) => r.level)).toEqual([
    'error',
    'error',
  ]);
});

test('an absent field compares as null', async () => {
  const policy = await policyWith(
    [
      '  - id: custom/user-set',
      '    kind: assert',
      '    target: image',
      '    path: config.User',
      '    operator: notIn',
      '    value: [null, ""]',
      '    message: set a USER',
    ].join('\n') + '\n',
  );
  const image = (config: object): LoadedTarget => ({
    kind: 'image',
    file: 'i.tar',
    units: [{ model: { config } }],
    problems: [],
  });
  expect(runCustomRules(image({}), policy).map((f) => [f.ruleId, f.line])).toEqual([['custom/user-set', 1]]);
  expect(runCustomRules(image({ User: '' }), policy)).toHaveLength(1);
  expect(runCustomRules(image({ User: 'app' }), policy)).toEqual([]);
});
