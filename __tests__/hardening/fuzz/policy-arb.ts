/**
 * Policy inputs: policy documents generated from the policy language (rules, overrides, exceptions,
 * locked rules, custom rules with hostile regexes and assert paths, extends chains between sibling
 * files that may form cycles, remote extends served by a fake fetch that answers, fails, hangs or
 * floods), then serialised and optionally mutated as text; plus YAML alias bombs.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { applyEdits, editArb, fragmentArb } from './mutate.js';
import type { TextEdit } from './mutate.js';
import { YAML_SPECIAL } from './runtime-arb.js';
import { ASSERT_OPERATORS } from '../../../src/policy/types.js';

export const HOSTILE_REGEXES = [
  '(a+)+$',
  '(a|aa)+$',
  '(a|a?)+b',
  '(.*a){25}',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '(x+x+)+y',
  '(?=a)',
  '(?!a)b',
  '(?<=a)b',
  '(a)\\1',
  '\\k<n>',
  '[',
  '(',
  ')',
  '*',
  'a**',
  'a{1001}',
  'a{1000}{1000}',
  '((((((((((a))))))))))',
  '(?i)apt-get',
  '\\p{L}+',
  '[[:alpha:]]',
  '(?P<n>x)',
  '(?<n>x)',
  '\\Qa.b\\E',
  '\\C',
  '\\',
  '',
  '.*',
  '^$',
  '\\x{110000}',
  '[z-a]',
  'a{2,1}',
  '(?m)^RUN',
  '\\bcurl\\b.*\\|\\s*(ba)?sh',
];

export const GLOBS = [
  '**',
  '*',
  '**/Dockerfile*',
  '{a,b}',
  '[',
  '!x',
  '../x',
  '/abs',
  '',
  '**/*.{yml,yaml}',
  'a/**/b/**/c/**',
  '\\',
];
const SEVERITIES = ['off', 'info', 'warning', 'error', 'warn', 'Error', '', 'none'];
const REFS = [
  'builtin:recommended',
  'builtin:strict',
  'builtin:nope',
  'builtin:',
  './a.yml',
  './b.yml',
  'a.yml',
  '../outside.yml',
  '/etc/passwd',
  'missing.yml',
  '.layerguard.yml',
  'github:acme/policies/base.yml@v1',
  'github:acme/policies/base.yml@main',
  'github:acme/policies/../../x.yml@v1',
  'github:acme/policies/slow.yml@v1',
  'github:acme/policies/big.yml@v1',
  'github:acme/policies/loop.yml@v1',
  'github:acme',
  'https://policies.example/p.yml',
  'https://policies.example/p.yml#sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
  'https://policies.example/p.yml#sha256-bad',
  'https://user:pw@policies.example/p.yml',
  'http://policies.example/p.yml',
  'file:///etc/passwd',
  'ftp://x/y',
  'javascript:alert(1)',
  '',
];

const scalar = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    Infinity,
    '',
    'x',
    '2025-01-01',
    '9999-12-31',
    '2024-02-30',
  ),
  fc.string({ maxLength: 10 }),
  fc.integer(),
);
const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    { weight: 4, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(tie('v'), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), tie('v'), { maxKeys: 3 }) },
  ),
})).v;

/** A value of the expected shape most of the time, anything now and then. */
function mostly<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight: 8, arbitrary: arb }, { weight: 1, arbitrary: anyValue });
}

export function policyDocArb(ruleIds: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const ruleId = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...ruleIds) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('dockerfile/nope', 'custom/x', 'DL3008', 'policy/unparsable', '', '*'),
    },
  );
  const setting = fc.oneof(
    fc.constantFrom(...SEVERITIES),
    fc.record(
      {
        severity: fc.constantFrom(...SEVERITIES),
        options: mostly(
          fc.dictionary(
            fc.constantFrom(
              'max',
              'min',
              'allow',
              'deny',
              'registries',
              'images',
              'labels',
              'required',
              'pattern',
              'x',
            ),
            anyValue,
            { maxKeys: 3 },
          ),
        ),
        mode: fc.constantFrom('audit', 'enforce', 'x'),
      },
      { requiredKeys: [] },
    ),
    anyValue,
  );
  const rules = fc.dictionary(ruleId, setting, { maxKeys: 8 });
  const regex = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_REGEXES) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  const instruction = fc.constantFrom(
    'RUN',
    'FROM',
    'COPY',
    'run',
    'USER',
    'HEALTHCHECK',
    'RUNN',
    'ONBUILD',
    '',
  );
  const custom = fc.record(
    {
      id: fc.oneof(
        fc.stringMatching(/^custom\/[a-z][a-z0-9-]{0,10}$/),
        fc.constantFrom('custom/', 'custom/X', 'dockerfile/apt-yes', 'x'),
      ),
      kind: fc.constantFrom('instruction', 'order', 'required', 'assert', 'x'),
      severity: fc.constantFrom(...SEVERITIES),
      message: fc.oneof(
        fc.constant('{instruction} {stage} {count} {min} {max} {path} {value} {nope}'),
        fc.string({ maxLength: 20 }),
      ),
      instruction: fc.oneof(instruction, fc.array(instruction, { maxLength: 3 })),
      match: regex,
      notMatch: regex,
      stage: fc.constantFrom('any', 'final', 'first'),
      first: fc.oneof(instruction, fc.record({ instruction, match: regex }, { requiredKeys: [] })),
      then: fc.oneof(instruction, fc.record({ instruction, match: regex }, { requiredKeys: [] })),
      min: fc.oneof(fc.integer({ min: -2, max: 5 }), anyValue),
      max: fc.oneof(fc.integer({ min: -2, max: 5 }), anyValue),
      target: fc.constantFrom('runtime', 'image', 'dockerfile', 'x'),
      path: fc.constantFrom(
        'config.user',
        'layers[*].size',
        'services.*.ports[0]',
        'memory.value',
        'privileged.value',
        'stages[*].base.tag',
        '*',
        '*.*.*.*',
        '[',
        'a..b',
        '',
        'x[99999999999]',
        '__proto__.polluted',
        'constructor.prototype',
      ),
      // Every operator the schema knows, plus one it does not.
      operator: fc.constantFrom<string>(...ASSERT_OPERATORS, 'eval'),
      value: fc.oneof(regex, anyValue),
      quantifier: fc.constantFrom('all', 'any', 'none', 'some'),
    },
    { requiredKeys: ['id', 'kind', 'message'] },
  );
  return fc
    .record(
      {
        extends: mostly(
          fc.oneof(fc.constantFrom(...REFS), fc.array(fc.constantFrom(...REFS), { maxLength: 4 })),
        ),
        rules: mostly(rules),
        failOn: mostly(fc.constantFrom('error', 'warning', 'info', 'none', 'x')),
        mode: mostly(fc.constantFrom('enforce', 'audit')),
        maxWarnings: mostly(fc.integer({ min: -1, max: 10 })),
        warnBeforeDays: mostly(fc.integer({ min: -1, max: 400 })),
        locked: mostly(fc.array(ruleId, { maxLength: 3 })),
        suppressions: mostly(
          fc.record(
            { inline: fc.boolean(), requireReason: fc.boolean(), reportUnused: fc.boolean() },
            { requiredKeys: [] },
          ),
        ),
        overrides: mostly(
          fc.array(
            fc.record(
              {
                files: mostly(fc.array(fc.constantFrom(...GLOBS), { maxLength: 3 })),
                excludeFiles: fc.array(fc.constantFrom(...GLOBS), { maxLength: 2 }),
                rules,
                mode: fc.constantFrom('audit', 'enforce'),
              },
              { requiredKeys: ['files'] },
            ),
            { maxLength: 3 },
          ),
        ),
        exceptions: mostly(
          fc.array(
            fc.record(
              {
                rules: mostly(fc.array(ruleId, { maxLength: 2 })),
                files: fc.array(fc.constantFrom(...GLOBS), { maxLength: 2 }),
                reason: fc.string({ maxLength: 10 }),
                expires: fc.constantFrom('2000-01-01', '2999-12-31', '2024-02-30', 'never', '', '20250101'),
                ticket: fc.string({ maxLength: 5 }),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 3 },
          ),
        ),
        customRules: mostly(fc.array(custom, { maxLength: 4 })),
      },
      { requiredKeys: [] },
    )
    .chain((d) =>
      fc
        .option(
          fc.dictionary(
            fc.constantFrom('extend', 'rule', 'Rules', '__proto__', 'constructor', 'x'),
            anyValue,
            { maxKeys: 2 },
          ),
          { freq: 6 },
        )
        .map((extra) => ({ ...d, ...(extra ?? {}) }) as Record<string, unknown>),
    );
}

/** Policies that are valid, or nearly: they load, and their custom rules run on real targets. */
export function cleanPolicyDocArb(ruleIds: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const ruleId = fc.constantFrom(...ruleIds);
  const severity = fc.constantFrom('off', 'info', 'warning', 'error');
  const rules = fc.dictionary(
    ruleId,
    fc.oneof(
      severity,
      fc.record({ severity, mode: fc.constantFrom('audit', 'enforce') }, { requiredKeys: ['severity'] }),
    ),
    { maxKeys: 10 },
  );
  const validRegex = fc.constantFrom(
    '(a+)+$',
    '(a|aa)+$',
    '(a|a?)+b',
    '(.*a){25}',
    '^(([a-z])+.)+[A-Z]([a-z])+$',
    '(x+x+)+y',
    '(?i)apt-get',
    '\\p{L}+',
    '(?P<n>x)',
    '.*',
    '^$',
    'a{1000}',
    '(?m)^RUN',
    '\\bcurl\\b.*\\|\\s*(ba)?sh',
    '[[:alpha:]]+',
  );
  const id = fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4}){0,2}$/).map((n) => `custom/${n}`);
  const instruction = fc.constantFrom('RUN', 'FROM', 'COPY', 'USER', 'ENV', 'HEALTHCHECK');
  const message = fc.constantFrom(
    '{instruction} in {stage}: {count} ({min}..{max})',
    'value {value} at {path}',
    'no',
  );
  const custom = fc.oneof(
    fc.record(
      {
        id,
        kind: fc.constant('instruction'),
        message,
        instruction,
        match: validRegex,
        notMatch: validRegex,
        stage: fc.constantFrom('any', 'final'),
      },
      { requiredKeys: ['id', 'kind', 'message', 'instruction'] },
    ),
    fc.record({
      id,
      kind: fc.constant('order'),
      message,
      first: instruction,
      then: fc.record({ instruction, match: validRegex }),
    }),
    fc.record({
      id,
      kind: fc.constant('required'),
      message,
      instruction,
      min: fc.integer({ min: 0, max: 3 }),
      stage: fc.constantFrom('any', 'final'),
    }),
    fc
      .record(
        {
          id,
          kind: fc.constant('assert'),
          message,
          target: fc.constantFrom('runtime', 'image', 'dockerfile'),
          path: fc.constantFrom(
            'privileged.value',
            'memory.value',
            'image.value',
            'config.user',
            'layers[*].size',
            'stages[*].name',
            'instructions[*].keyword',
            '*',
            '*.*',
          ),
          quantifier: fc.constantFrom('all', 'any', 'none'),
        },
        { requiredKeys: ['id', 'kind', 'message', 'path'] },
      )
      .chain((r) =>
        fc
          .oneof(
            fc.record({ operator: fc.constantFrom('matches', 'notMatches'), value: validRegex }),
            fc.record({ operator: fc.constantFrom('lt', 'lte', 'gt', 'gte'), value: fc.integer() }),
            fc.record({ operator: fc.constantFrom('exists', 'notExists') }),
            fc.record({
              operator: fc.constantFrom('equals', 'notEquals', 'contains', 'notContains'),
              value: fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean()),
            }),
            fc.record({
              operator: fc.constantFrom('in', 'notIn'),
              value: fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.constant(null)), { maxLength: 3 }),
            }),
          )
          .map((op) => ({ ...r, ...op })),
      ),
  );
  return fc
    .record(
      {
        extends: fc.constantFrom<unknown>(
          [],
          'builtin:recommended',
          ['builtin:strict'],
          './a.yml',
          ['./b.yml', './a.yml'],
          'github:acme/policies/base.yml@v1',
        ),
        rules,
        failOn: fc.constantFrom('error', 'warning', 'info', 'none'),
        mode: fc.constantFrom('enforce', 'audit'),
        overrides: fc.array(
          fc.record({
            files: fc.array(fc.constantFrom('**', '**/Dockerfile*', 'compose.yml', '{a,b}/**'), {
              minLength: 1,
              maxLength: 2,
            }),
            rules,
          }),
          { maxLength: 2 },
        ),
        exceptions: fc.array(
          fc.record({
            rules: fc.array(ruleId, { minLength: 1, maxLength: 2 }),
            reason: fc.constant('accepted'),
            expires: fc.constantFrom('2025-06-10', '2020-01-01', '2999-12-31'),
          }),
          { maxLength: 2 },
        ),
        suppressions: fc.record({
          inline: fc.boolean(),
          requireReason: fc.boolean(),
          reportUnused: fc.boolean(),
        }),
        customRules: fc.array(custom, { maxLength: 4 }),
      },
      { requiredKeys: [] },
    )
    .map((d) => {
      // Custom rules must have distinct ids.
      const seen = new Set<string>();
      const out: Record<string, unknown> = { ...d };
      if (d.customRules) out.customRules = d.customRules.filter((c) => !seen.has(c.id) && seen.add(c.id));
      return out;
    });
}

/** How the fake remote answers a URL. */
export type RemoteBehaviour =
  | 'policy'
  | 'garbage'
  | '404'
  | '500'
  | 'hang'
  | 'stall-body'
  | 'oversize'
  | 'oversize-declared'
  | 'redirect-http'
  | 'network-error';
export const REMOTE_BEHAVIOURS: RemoteBehaviour[] = [
  'policy',
  'garbage',
  '404',
  '500',
  'hang',
  'stall-body',
  'oversize',
  'oversize-declared',
  'redirect-http',
  'network-error',
];

export const ALIAS_BOMB = (levels: number, width: number) => {
  const lines = ['a0: &a0 ["x"]'];
  for (let i = 1; i <= levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(width)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  lines.push(`rules: *a${levels}`);
  return lines.join('\n') + '\n';
};

export type PolicyCase = {
  kind: 'clean' | 'generated' | 'alias-bomb';
  main: Record<string, unknown>;
  siblings: { a: Record<string, unknown>; b: Record<string, unknown> };
  remote: RemoteBehaviour[];
  remoteDoc: Record<string, unknown>;
  edits: TextEdit[];
  bomb: { levels: number; width: number };
};

const policyLine = fc.oneof(
  fc.constantFrom(
    'extends: ./a.yml',
    'extends: [./b.yml, ./a.yml]',
    'rules: *x',
    'x: &x {}',
    '  <<: *x',
    'customRules:',
    '  - id: custom/x',
    'failOn: error',
    'rules:',
    '  dockerfile/apt-yes: off',
  ),
  fc
    .tuple(fc.constantFrom('  ', '    ', ''), fc.constantFrom(...HOSTILE_REGEXES))
    .map(([i, r]) => `${i}match: ${JSON.stringify(r)}`),
);

export function policyCaseArb(ruleIds: readonly string[]): fc.Arbitrary<PolicyCase> {
  const hostile = policyDocArb(ruleIds);
  const clean = cleanPolicyDocArb(ruleIds);
  const sibling = fc.oneof({ weight: 3, arbitrary: clean }, { weight: 1, arbitrary: hostile });
  const common = {
    siblings: fc.record({ a: sibling, b: sibling }),
    remote: fc.array(fc.constantFrom(...REMOTE_BEHAVIOURS), { minLength: 1, maxLength: 4 }),
    remoteDoc: fc.oneof(clean, hostile),
    bomb: fc.record({ levels: fc.integer({ min: 1, max: 12 }), width: fc.integer({ min: 2, max: 12 }) }),
  };
  const edits = fc.array(editArb(fragmentArb(YAML_SPECIAL), policyLine), { minLength: 1, maxLength: 4 });
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('clean' as const),
        main: clean,
        edits: fc.constant([] as TextEdit[]),
        ...common,
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('generated' as const),
        main: hostile,
        edits: fc.constant([] as TextEdit[]),
        ...common,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('generated' as const),
        main: fc.oneof(clean, hostile),
        edits,
        ...common,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('alias-bomb' as const),
        main: fc.constant({}),
        edits: fc.constant([] as TextEdit[]),
        ...common,
      }),
    },
  );
}

export function policyText(doc: Record<string, unknown>, edits: readonly TextEdit[] = []): string {
  let text: string;
  try {
    text = stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
  } catch {
    text = JSON.stringify(doc);
  }
  return applyEdits(text, edits);
}
