/**
 * Dockerfile inputs: corpus files with mutation plans, and Dockerfiles generated from a small grammar
 * that leans on the parts parsers get wrong (escapes, continuations, heredocs, variables, exec-form
 * JSON, flags, directives, inline suppressions).
 */
import fc from 'fast-check';
import { applyEdits, editArb, fragmentArb } from './mutate.js';
import type { TextEdit } from './mutate.js';

export const DOCKERFILE_SPECIAL = [
  '\\',
  '\\\n',
  '\\ \n',
  '`',
  '`\n',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '"',
  "'",
  '$',
  '${',
  '}',
  '${A:-${B:+x}}',
  '$(',
  ')',
  '$((1+',
  '<<EOF\n',
  '<<-EOT\n',
  // A bare `<<` after an escaped `#` made dockerfile-ast's getHeredocs throw (`RUN \ ` + `\#<<`).
  '<<',
  '\\#',
  "<<'X'\n",
  'EOF\n',
  '#',
  '# escape=`\n',
  '# escape=\\\n',
  '# syntax=docker/dockerfile:1\n',
  '# check=skip=all\n',
  '# layerguard ignore=dockerfile/apt-yes -- ok\n',
  '# hadolint ignore=DL3008,SC2086\n',
  '# hadolint global ignore=DL3006\n',
  '=',
  '--',
  '--mount=type=cache,target=',
  '--from=',
  '--platform=$BUILDPLATFORM',
  '&&',
  '||',
  '|',
  ';',
  '&',
  '>',
  '2>&1',
  '[',
  ']',
  '["',
  '", "',
  '"]',
  '{',
  ':',
  '@sha256:',
  '\0',
  '\u2028',
  '\uFEFF',
  'é',
  '😀',
  '\uD800',
  'FROM ',
  'RUN ',
  'ONBUILD ',
  'AS ',
  'apt-get install -y ',
  'sudo ',
  'cd /tmp && ',
  'case $x in a) ;; esac',
  'if [ -f x ]; then ',
  'fi',
  'for i in 1 2; do ',
  'done',
  '(',
  '((',
  '!',
];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z][a-z0-9._/-]{0,10}$/) },
  { weight: 3, arbitrary: fc.constantFrom(...DOCKERFILE_SPECIAL) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

const image = fc.oneof(
  fc.constantFrom(
    'debian:12',
    'alpine',
    'alpine:latest',
    'scratch',
    'build',
    '$BASE',
    '${BASE:-debian}',
    '${REG}/app:${TAG}',
    `ubuntu@sha256:${'0'.repeat(64)}`,
    'ghcr.io/acme/app:1.2',
    'localhost:5000/x',
    'mcr.microsoft.com/windows/nanoserver:ltsc2022',
    '',
    ':',
    '@',
    'a:b:c@d',
  ),
  fc
    .tuple(word, fc.option(word), fc.option(fc.stringMatching(/^[0-9a-f]{0,70}$/)))
    .map(([n, t, d]) => `${n}${t ? `:${t}` : ''}${d !== null ? `@sha256:${d}` : ''}`),
);

const shellScript = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: word },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          'apt-get update',
          'apt-get install -y --no-install-recommends curl=7.88',
          'apk add --no-cache git',
          'pip install -r requirements.txt',
          'npm ci',
          'yarn install && yarn cache clean',
          'curl -fsSL https://x | sh',
          'wget -q -O- https://x',
          'rm -rf /var/lib/apt/lists/*',
          'useradd -m app',
          'dnf install -y x && dnf clean all',
          'yum install x',
          'zypper in x',
          'go install x@latest',
          'gem install rails',
          'set -o pipefail',
          'chmod 777 /',
          'echo "$(date)" > /x',
          "sh -c 'a && b'",
          'ln -sf /bin/bash /bin/sh',
        ),
      },
      { weight: 2, arbitrary: fc.constantFrom('&&', '||', ';', '|', '\\\n   ', '&', '\n') },
    ),
    { maxLength: 16 },
  )
  .map((ws) => ws.join(' '));

const flag = fc.constantFrom(
  '--mount=type=cache,target=/root/.cache',
  '--mount=type=secret,id=npm',
  '--mount=type=bind,from=build,source=/x,target=/y',
  '--network=none',
  '--network=host',
  '--security=insecure',
  '--from=build',
  '--from=0',
  '--from=$STAGE',
  '--chown=app:app',
  '--chmod=755',
  '--link',
  '--platform=linux/amd64',
  '--platform=$TARGETPLATFORM',
  '--interval=5s',
  '--timeout=0s',
  '--retries=-1',
  '--start-period=x',
  '--',
  '--unknown-flag',
  '--mount=',
);

function execForm(items: fc.Arbitrary<string[]>): fc.Arbitrary<string> {
  return fc.oneof(
    items.map((xs) => JSON.stringify(xs)),
    items.map((xs) => `[${xs.map((x) => `"${x}"`).join(', ')}`),
    items.map((xs) => `[${xs.map((x) => `'${x}'`).join(',')}]`),
  );
}

const instruction: fc.Arbitrary<string> = fc.letrec<{ inst: string }>((tie) => ({
  inst: fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.option(flag), image, fc.option(word))
        .map(([f, i, n]) => `FROM ${f ? f + ' ' : ''}${i}${n !== null ? ` AS ${n}` : ''}`),
    },
    {
      weight: 5,
      arbitrary: fc
        .tuple(fc.array(flag, { maxLength: 2 }), shellScript)
        .map(([fs, s]) => `RUN ${fs.join(' ')} ${s}`),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.array(word, { maxLength: 4 })).map(([ws]) => `RUN ${JSON.stringify(ws)}`),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('EOF', 'EOT', '"END"', "'X'", '-EOF'),
          fc.option(fc.constantFrom('bash', 'python3', '/bin/sh -e', 'cat > /x')),
          shellScript,
          fc.boolean(),
        )
        .map(([tag, cmd, body, closed]) => {
          const bare = tag.replace(/^-/, '').replace(/["']/g, '');
          return `RUN ${cmd ? cmd + ' ' : ''}<<${tag}\n#!/bin/sh\n${body}\n${closed ? bare : ''}`;
        }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom('ARG', 'ENV'), word, fc.option(word))
        .map(([k, n, v]) => `${k} ${n}${v !== null ? `=${v}` : ''}`),
    },
    { weight: 1, arbitrary: fc.tuple(word, word).map(([n, v]) => `ENV ${n} ${v} more words`) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('COPY', 'ADD'),
          fc.array(flag, { maxLength: 2 }),
          fc.array(word, { minLength: 0, maxLength: 4 }),
        )
        .map(([k, fs, ws]) => `${k} ${fs.join(' ')} ${ws.join(' ')}`),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.array(word, { maxLength: 3 })).map(([ws]) => `COPY ${JSON.stringify(ws)}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(word, word), { maxLength: 3 })
        .map((kv) => `LABEL ${kv.map(([k, v]) => `${k}="${v}"`).join(' ')}`),
    },
    { weight: 1, arbitrary: word.map((w) => `USER ${w}`) },
    { weight: 1, arbitrary: word.map((w) => `WORKDIR ${w}`) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.oneof(word, fc.integer().map(String)), { maxLength: 3 })
        .map((ws) => `EXPOSE ${ws.join(' ')}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.array(flag, { maxLength: 3 }),
          fc.oneof(
            fc.constant('NONE'),
            shellScript.map((s) => `CMD ${s}`),
            execForm(fc.array(word, { maxLength: 3 })).map((e) => `CMD ${e}`),
          ),
        )
        .map(([fs, c]) => `HEALTHCHECK ${fs.join(' ')} ${c}`),
    },
    { weight: 1, arbitrary: execForm(fc.array(word, { maxLength: 3 })).map((e) => `SHELL ${e}`) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('CMD', 'ENTRYPOINT'),
          fc.oneof(shellScript, execForm(fc.array(word, { maxLength: 3 }))),
        )
        .map(([k, a]) => `${k} ${a}`),
    },
    { weight: 1, arbitrary: tie('inst').map((i) => `ONBUILD ${i}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'ONBUILD ONBUILD RUN x',
        'ONBUILD FROM x',
        'ONBUILD',
        'ONBUILD MAINTAINER x',
      ),
    },
    { weight: 1, arbitrary: word.map((w) => `STOPSIGNAL ${w}`) },
    { weight: 1, arbitrary: word.map((w) => `VOLUME ${w}`) },
    { weight: 1, arbitrary: word.map((w) => `MAINTAINER ${w}`) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.stringMatching(/^[A-Za-z]{1,8}$/), word).map(([k, w]) => `${k} ${w}`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'FROM',
        'RUN',
        'COPY',
        'ENV',
        'ARG',
        'LABEL',
        'ENV =',
        'ARG =x',
        'COPY --from=',
        'USER :',
        'EXPOSE -1',
        '',
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            'layerguard ignore=',
            'layerguard ignore-file=',
            'hadolint ignore=',
            'check=skip=',
            'shellcheck disable=',
          ),
          fc.array(word, { maxLength: 3 }),
          fc.option(word),
        )
        .map(([d, ids, why]) => `# ${d}${ids.join(',')}${why !== null ? ` -- ${why}` : ''}`),
    },
  ),
})).inst;

export const generatedDockerfile = fc
  .tuple(
    fc.array(
      fc.constantFrom(
        '# escape=`',
        '# escape=\\',
        '# syntax=docker/dockerfile:1',
        '# check=skip=JSONArgsRecommended',
        '# escape=x',
        '# syntax=',
      ),
      { maxLength: 2 },
    ),
    fc.array(instruction, { minLength: 0, maxLength: 25 }),
    fc.constantFrom('\n', '\r\n', '\n\n', ' \\\n'),
  )
  .map(([directives, insts, sep]) => [...directives, ...insts].join(sep) + '\n');

export type DockerfileCase =
  | { kind: 'corpus-mutation'; seed: number; edits: TextEdit[] }
  | { kind: 'generated'; text: string; edits: TextEdit[] };

export function dockerfileCaseArb(): fc.Arbitrary<DockerfileCase> {
  const edits = fc.array(editArb(fragmentArb(DOCKERFILE_SPECIAL), instruction), { maxLength: 6 });
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({ kind: fc.constant('corpus-mutation' as const), seed: fc.nat(), edits }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('generated' as const),
        text: generatedDockerfile,
        edits: fc.array(editArb(fragmentArb(DOCKERFILE_SPECIAL), instruction), { maxLength: 2 }),
      }),
    },
  );
}

export function dockerfileText(c: DockerfileCase, seedTexts: readonly string[]): string {
  const base = c.kind === 'corpus-mutation' ? seedTexts[c.seed % seedTexts.length] : c.text;
  return applyEdits(base, c.edits);
}
