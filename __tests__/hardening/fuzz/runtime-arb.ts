/**
 * Run-configuration inputs: compose files (generated from the settings layerguard reads, and corpus
 * files with YAML-aware mutations), GitHub workflows (job containers, services, `run:` steps), and
 * shell scripts and Makefiles with `docker`/`podman` command lines.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { applyEdits, editArb, fragmentArb } from './mutate.js';
import type { TextEdit } from './mutate.js';

export const YAML_SPECIAL = [
  '&a ',
  '*a',
  '<<: *a',
  '<<: [*a, *b]',
  '- ',
  ': ',
  ':',
  '{',
  '}',
  '[',
  ']',
  ',',
  '!!binary ',
  '!!str ',
  '!!int ',
  '!custom ',
  '? ',
  '|',
  '|-',
  '>-',
  '\t',
  '  ',
  '\n',
  '\r\n',
  '---\n',
  '...\n',
  '%YAML 1.1\n',
  '%TAG ! tag:x,2000:\n',
  '#',
  '"',
  "'",
  '\\',
  '${',
  '${MEM:-1g}',
  '${{ matrix.x }}',
  '$$',
  '~',
  'null',
  '.inf',
  '-.nan',
  '0x1F',
  '1e309',
  '-1',
  '9007199254740993',
  'yes',
  'on',
  '\0',
  '\uFEFF',
  '😀',
  '\uD800',
];

const FLAG_VALUES = [
  '',
  'host',
  'private',
  'keep-id:uid=1000,gid=1000',
  'auto:size=65536',
  'nomap',
  'ns:/proc/1/ns/user',
  'container:abc',
  'SYS_ADMIN',
  'ALL',
  'cap_sys_admin',
  'seccomp=unconfined',
  'seccomp:unconfined',
  'apparmor=unconfined',
  'no-new-privileges',
  'label=disable',
  '512m',
  '6m',
  '1g',
  '0',
  '-1',
  '1.5',
  '1e3',
  '99999999999999999999g',
  'abc',
  '1000:1000',
  'root',
  '/var/run/docker.sock:/var/run/docker.sock',
  '/:/host:ro',
  'type=bind,source=/proc,target=/p',
  '${MEM}',
  '${MEM:-1g}',
  '${MEM:?required}',
  '$(cat x)',
  '`id`',
  '"quoted value"',
  "'single'",
];

const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: fc.constantFrom(...FLAG_VALUES) },
    {
      weight: 2,
      arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null)),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 2, arbitrary: fc.array(tie('v'), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), tie('v'), { maxKeys: 3 }) },
  ),
})).v;

const COMPOSE_KEYS = [
  'image',
  'privileged',
  'cap_add',
  'cap_drop',
  'security_opt',
  'mem_limit',
  'memswap_limit',
  'mem_reservation',
  'cpus',
  'cpu_count',
  'pids_limit',
  'userns_mode',
  'pid',
  'ipc',
  'uts',
  'network_mode',
  'read_only',
  'user',
  'volumes',
  'devices',
  'tmpfs',
  'environment',
  'command',
  'entrypoint',
  'extends',
  'profiles',
  'deploy',
  'build',
  'healthcheck',
  'group_add',
  'sysctls',
  'ulimits',
  'x-custom',
];

const deploy = fc.record(
  {
    resources: fc.record(
      {
        limits: fc.record({ memory: value, cpus: value, pids: value }, { requiredKeys: [] }),
        reservations: fc.record({ memory: value, cpus: value }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const longVolume = fc.record(
  {
    type: fc.constantFrom('bind', 'volume', 'tmpfs', 'npipe', 'x'),
    source: value,
    target: value,
    read_only: value,
    bind: fc.record({ propagation: value }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

const service = fc
  .array(
    fc.tuple(
      fc.constantFrom(...COMPOSE_KEYS),
      fc.oneof(
        { weight: 4, arbitrary: value },
        { weight: 1, arbitrary: deploy },
        { weight: 1, arbitrary: fc.array(fc.oneof(value, longVolume), { maxLength: 3 }) },
      ),
    ),
    { maxLength: 10 },
  )
  .map((kvs) => Object.fromEntries(kvs));

export const generatedCompose = fc
  .tuple(
    fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/), service, { minKeys: 1, maxKeys: 4 }),
    fc.option(service),
    fc.boolean(),
    fc.option(fc.constantFrom('3', '3.9', 2, null)),
  )
  .map(([services, shared, aliasIt, version]) => {
    const doc: Record<string, unknown> = {};
    if (version !== null) doc.version = version;
    doc.services = services;
    let text = stringify(doc, { lineWidth: 0 });
    if (shared) {
      // Anchors and merge keys, written by hand (stringify would inline them): the first service that
      // is a block mapping merges the shared settings.
      const anchor = stringify({ 'x-shared': shared }, { lineWidth: 0 }).replace(
        /^x-shared:/,
        'x-shared: &shared',
      );
      if (aliasIt) text = text.replace(/^( {2}[a-z][a-z0-9_-]*:)\n(?= {4}[^ -])/m, '$1\n    <<: *shared\n');
      text = anchor + text;
    }
    return text;
  });

// ------------------------------------------------------------------------------------------------
// docker / podman command lines

const RUN_FLAGS = [
  '--privileged',
  '--privileged=false',
  '--cap-add',
  '--cap-add=',
  '--cap-drop=ALL',
  '--security-opt',
  '--security-opt=',
  '-m',
  '--memory',
  '--memory=',
  '--memory-swap=',
  '--cpus',
  '--pids-limit',
  '--userns',
  '--userns=',
  '--pid',
  '--pid=',
  '--ipc=',
  '--uts=',
  '--network',
  '--net=',
  '--read-only',
  '-u',
  '--user=',
  '-v',
  '--volume=',
  '--mount',
  '--device',
  '-e',
  '--env-file',
  '-p',
  '--name',
  '--rm',
  '-it',
  '-d',
  '--',
  '-',
  '--unknown',
  '-xyz',
  '--health-cmd',
];

const cliWord = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...RUN_FLAGS) },
  { weight: 4, arbitrary: fc.constantFrom(...FLAG_VALUES) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '$IMAGE',
      '"$@"',
      '${{ env.IMG }}',
      '\\\n  ',
      '&&',
      '|',
      ';',
      '$(',
      ')',
      '"',
      "'",
      '#',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

export const commandLine = fc
  .tuple(
    fc.constantFrom(
      'docker',
      'podman',
      'sudo docker',
      'docker container',
      'DOCKER_HOST=x docker',
      '/usr/bin/podman',
      'docker  --context x',
    ),
    fc.constantFrom('run', 'create', 'exec', 'build', 'container run', 'run'),
    fc.array(cliWord, { maxLength: 14 }),
    fc.option(fc.constantFrom('alpine', 'busybox:1', '"$IMG"', 'img sh -c "a; b"', '')),
  )
  .map(([engine, sub, words, img]) => `${engine} ${sub} ${words.join(' ')}${img !== null ? ` ${img}` : ''}`);

const noise = fc.constantFrom(
  'set -euo pipefail',
  'echo "docker run --privileged in a string"',
  "cat <<'EOF'\ndocker run --privileged heredoc\nEOF",
  'if [ -n "$X" ]; then',
  'fi',
  'for i in 1 2; do',
  'done',
  'export MEM=1g',
  '# docker run --privileged in a comment',
  'make build',
  '$(docker run --rm x)',
  '`docker run y`',
  'f() { docker run --pid=host "$@"; }',
);

export const script = fc
  .array(fc.oneof({ weight: 3, arbitrary: commandLine }, { weight: 2, arbitrary: noise }), { maxLength: 8 })
  .map((ls) => ls.join('\n'));

const step = fc.oneof(
  { weight: 4, arbitrary: fc.record({ run: script }, { requiredKeys: ['run'] }) },
  {
    weight: 1,
    arbitrary: fc.record({
      run: script,
      shell: fc.constantFrom('bash', 'sh', 'pwsh', 'python', 'bash -e {0}'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        uses: fc.constantFrom('docker://alpine:3', 'docker://', 'actions/checkout@v4', './local'),
        with: fc.record({ args: script, entrypoint: value, options: commandLine }, { requiredKeys: [] }),
      },
      { requiredKeys: ['uses'] },
    ),
  },
  { weight: 1, arbitrary: value },
);

const containerDef = fc.oneof(
  fc.constantFrom('node:20', '${{ matrix.image }}', ''),
  fc.record(
    {
      image: fc.oneof(fc.constantFrom('node:20', '${{ matrix.image }}', ''), value),
      options: fc.oneof(
        fc.array(cliWord, { maxLength: 10 }).map((ws) => ws.join(' ')),
        value,
      ),
      volumes: fc.array(value, { maxLength: 3 }),
      env: fc.dictionary(fc.string({ maxLength: 5 }), value, { maxKeys: 2 }),
      ports: value,
      credentials: value,
    },
    { requiredKeys: [] },
  ),
);

const job = fc.record(
  {
    'runs-on': fc.constantFrom('ubuntu-latest', '${{ matrix.os }}'),
    container: containerDef,
    services: fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), containerDef, { maxKeys: 3 }),
    steps: fc.array(step, { maxLength: 5 }),
    defaults: fc.record({ run: fc.record({ shell: fc.constantFrom('bash', 'pwsh', 'sh -e {0}') }) }),
    strategy: fc.record({
      matrix: fc.dictionary(fc.stringMatching(/^[a-z]{1,5}$/), fc.array(value, { maxLength: 3 }), {
        maxKeys: 2,
      }),
    }),
  },
  { requiredKeys: [] },
);

export const generatedWorkflow = fc
  .tuple(
    fc.constantFrom<unknown>('push', ['push', 'pull_request'], { pull_request_target: null }, null),
    fc.dictionary(
      fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/),
      fc.oneof({ weight: 6, arbitrary: job }, { weight: 1, arbitrary: value }),
      { maxKeys: 4 },
    ),
  )
  .map(([on, jobs]) => stringify({ name: 'ci', on, jobs }, { lineWidth: 0 }));

export type RuntimeFileKind = 'compose' | 'workflow' | 'script' | 'makefile';

export type RuntimeCase =
  | { kind: 'compose-corpus'; seed: number; edits: TextEdit[] }
  | { kind: 'compose-generated'; text: string; edits: TextEdit[] }
  | { kind: 'workflow-generated'; text: string; edits: TextEdit[] }
  | { kind: 'workflow-builtin'; seed: number; edits: TextEdit[] }
  | { kind: 'script'; text: string; edits: TextEdit[] }
  | { kind: 'makefile'; text: string; edits: TextEdit[] };

const yamlLine = fc.oneof(
  fc.constantFrom(
    '  x: &a { privileged: true }',
    '    <<: *a',
    '    <<: [*a, *a]',
    'services: *a',
    '  - *a',
    'a: &a [*a]',
    '    mem_limit: ${MEM:-1g}',
    '    cap_add: ALL',
    '      options: --privileged',
    '      - run: docker run --pid=host x',
    '    volumes: [/var/run/docker.sock:/var/run/docker.sock]',
    '? [a, b]',
    ': x',
    '- - - -',
  ),
  fc
    .tuple(fc.stringMatching(/^ {0,8}$/), fc.constantFrom(...COMPOSE_KEYS), fc.constantFrom(...FLAG_VALUES))
    .map(([i, k, v]) => `${i}${k}: ${v}`),
);

const yamlEdits = (max: number) => fc.array(editArb(fragmentArb(YAML_SPECIAL), yamlLine), { maxLength: max });
const shellEdits = (max: number) =>
  fc.array(
    editArb(fragmentArb([...YAML_SPECIAL, '\\\n', '$(', '`', '"', "'", '<<EOF\n', 'EOF\n']), commandLine),
    { maxLength: max },
  );

export function composeCaseArb(): fc.Arbitrary<RuntimeCase> {
  return fc.oneof(
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('compose-corpus' as const),
        seed: fc.nat(),
        edits: yamlEdits(6),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('compose-generated' as const),
        text: generatedCompose,
        edits: yamlEdits(2),
      }),
    },
  );
}

export function workflowCaseArb(): fc.Arbitrary<RuntimeCase> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('workflow-generated' as const),
        text: generatedWorkflow,
        edits: yamlEdits(2),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('workflow-builtin' as const),
        seed: fc.nat(),
        edits: yamlEdits(6),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('script' as const), text: script, edits: shellEdits(3) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('makefile' as const),
        text: fc
          .array(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.array(commandLine, { maxLength: 3 })), {
            maxLength: 4,
          })
          .map((rs) => rs.map(([t, cs]) => `${t}:\n${cs.map((c) => `\t@${c}`).join('\n')}`).join('\n')),
        edits: shellEdits(3),
      }),
    },
  );
}

export function runtimeFile(
  c: RuntimeCase,
  compose: readonly string[],
  workflows: readonly string[],
): { path: string; text: string; type: RuntimeFileKind } {
  switch (c.kind) {
    case 'compose-corpus':
      return {
        path: 'compose.yml',
        text: applyEdits(compose[c.seed % compose.length], c.edits),
        type: 'compose',
      };
    case 'compose-generated':
      return { path: 'docker-compose.yml', text: applyEdits(c.text, c.edits), type: 'compose' };
    case 'workflow-generated':
      return { path: '.github/workflows/ci.yml', text: applyEdits(c.text, c.edits), type: 'workflow' };
    case 'workflow-builtin':
      return {
        path: '.github/workflows/ci.yml',
        text: applyEdits(workflows[c.seed % workflows.length], c.edits),
        type: 'workflow',
      };
    case 'script':
      return { path: 'run.sh', text: applyEdits(`#!/bin/sh\n${c.text}\n`, c.edits), type: 'script' };
    case 'makefile':
      return { path: 'Makefile', text: applyEdits(c.text, c.edits), type: 'makefile' };
  }
}
