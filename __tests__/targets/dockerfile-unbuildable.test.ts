/**
 * A Dockerfile that does not build is still linted (issue 14, item 1): a template fragment without
 * FROM, a file with an unknown instruction or a heredoc the builder rejects gets its syntax finding
 * AND every other rule's findings on what parses.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../helpers/cli.js';
import { dedent, dockerfile, lint } from '../helpers/rule-tester.js';

interface JsonFinding {
  ruleId: string;
  line: number;
}

async function check(name: string, text: string, policy = 'builtin:recommended'): Promise<JsonFinding[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-unbuildable-'));
  writeFileSync(path.join(dir, name), text);
  const { stdout } = await cli(
    dir,
    'check',
    name,
    '--format',
    'json',
    '--policy',
    policy,
    '--shellcheck',
    'off',
  );
  return JSON.parse(stdout).findings as JsonFinding[];
}

// The shape of a `Dockerfile.template` fragment that a build script appends to a generated FROM line.
const FRAGMENT = dedent(`
  # Appended by build.sh after the generated FROM line.
  ARG APP_VERSION=1.4.2
  RUN apt-get update && apt-get install -y curl
  RUN cd /opt && curl -fsSL https://example.com/app-\${APP_VERSION}.tgz | tar xz
  ADD config.yml /etc/app/
  USER root
  ENV AWS_SECRET_ACCESS_KEY=changeme
`);

describe('a Dockerfile without FROM', () => {
  it('is reported as unbuildable and linted as an implicit stage', async () => {
    const findings = await check('Dockerfile.template', FRAGMENT);
    const rules = new Set(findings.map((f) => f.ruleId));
    // What makes it unbuildable…
    expect(rules).toContain('dockerfile/syntax');
    expect(rules).toContain('dockerfile/from-first');
    // …and what every other rule sees in the instructions that parse.
    for (const id of [
      'dockerfile/apt-lists-cleanup',
      'dockerfile/apt-no-install-recommends',
      'dockerfile/pipefail',
      'dockerfile/copy-instead-of-add',
      'dockerfile/non-root-user',
      'dockerfile/secrets-in-arg-env',
    ]) {
      expect(rules).toContain(id);
    }
    // No FROM means no base image: the base-image rules have nothing to say about it.
    expect([...rules].filter((r) => /base-image|trusted-registries/.test(r))).toEqual([]);
  });

  it('lints the hadolint rules too under builtin:hadolint (use-workdir, pin versions)', async () => {
    const findings = await check('Dockerfile.template', FRAGMENT, 'builtin:hadolint');
    const rules = new Set(findings.map((f) => f.ruleId));
    expect(rules).toContain('dockerfile/use-workdir');
    expect(rules).toContain('dockerfile/apt-pin-versions');
  });

  it('keeps global ARGs global and puts the rest in a stage marked implicit', () => {
    const model = dockerfile(FRAGMENT);
    expect(model.globalArgs.map((i) => i.range.line)).toEqual([2]);
    expect(model.stages).toHaveLength(1);
    expect(model.stages[0].implicit).toBe(true);
    expect(model.stages[0].instructions.map((i) => i.keyword)).toEqual(['RUN', 'RUN', 'ADD', 'USER', 'ENV']);
    // The global ARG's default reaches the implicit stage, as it would after a FROM that redeclares it.
    expect(model.stages[0].instructions[1].scope.get('APP_VERSION')?.value).toBe('1.4.2');
  });

  it('does not ask a fragment for a USER or a WORKDIR that the including file may set', () => {
    const text = 'RUN make install\nCOPY app.conf conf/\n';
    expect(lint('dockerfile/non-root-user', text)).toEqual([]);
    expect(lint('dockerfile/copy-relative-without-workdir', text)).toEqual([]);
    // An explicit USER root is still the fragment's own doing.
    expect(lint('dockerfile/non-root-user', 'RUN make\nUSER root\n')).toHaveLength(1);
  });

  it('still lints the real stages when instructions precede the first FROM', async () => {
    const findings = await check(
      'Dockerfile',
      dedent(`
        RUN echo misplaced
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends curl
        USER 10001
      `),
    );
    const byRule = (id: string) => findings.filter((f) => f.ruleId === id).map((f) => f.line);
    expect(byRule('dockerfile/from-first')).toEqual([1]);
    // The file has a FROM: not the "no FROM" error.
    expect(byRule('dockerfile/syntax')).toEqual([]);
    expect(byRule('dockerfile/apt-lists-cleanup')).toEqual([3]);
  });
});

describe('a Dockerfile with an instruction the builder rejects', () => {
  it('reports the unknown instruction and lints the instructions around it', async () => {
    const findings = await check(
      'Dockerfile',
      dedent(`
        FROM node:20-bookworm
        RUN npm install -g yarn
        COPYY package.json /app/
        RUN sudo npm run build
        USER node
      `),
    );
    const rules = findings.map((f) => `${f.line} ${f.ruleId}`);
    expect(rules).toContain('3 dockerfile/syntax');
    expect(rules).toContain('4 dockerfile/no-sudo');
    expect(rules).toContain('2 dockerfile/npm-pin-versions');
  });
});

describe('heredocs whose last body line holds a backslash (docker/buildx has such a file)', () => {
  it('end at their delimiter: no "Unterminated heredoc", and the following instructions are linted', () => {
    const text = dedent(`
      FROM alpine:3.20
      RUN <<EOT
      set -e
      printf 'a\\tb\\n' > /etc/motd
      EOT
      COPY <<EOF /usr/local/bin/hello
      #!/bin/sh
      echo hello \\
      EOF
      RUN sudo true
    `);
    expect(lint('dockerfile/syntax', text)).toEqual([]);
    const model = dockerfile(text);
    const [run, copy] = model.instructions.filter((i) => i.heredocs.length > 0);
    expect(run.heredocs[0].body).toBe("set -e\nprintf 'a\\tb\\n' > /etc/motd");
    expect(run.heredocs[0].bodyRange).toMatchObject({ line: 3, endLine: 4 });
    expect(copy.heredocs[0].body).toBe('#!/bin/sh\necho hello \\');
    expect(lint('dockerfile/no-sudo', text).map((f) => f.line)).toEqual([10]);
  });

  it('still reports a heredoc that really has no delimiter', () => {
    const out = lint('dockerfile/syntax', 'FROM alpine:3.20\nRUN <<EOT\necho a\\b\n');
    expect(out.map((f) => f.message)).toEqual([expect.stringContaining('Unterminated heredoc <<EOT')]);
  });
});

describe('a heredoc that dockerfile-ast cannot read', () => {
  // Found by the generated scripts of ast-arguments.test.ts: dockerfile-ast's getHeredocs throws on
  // this text ("Cannot read properties of undefined"), which made the whole file unparsable.
  const text = 'FROM alpine:3.20\nRUN sudo true\nRUN \\ \n\\#<<\nRUN done\n';

  it('is a syntax finding on its instruction, and the rest of the file is linted', () => {
    const syntax = lint('dockerfile/syntax', text);
    expect(syntax).toEqual([
      expect.objectContaining({
        line: 3,
        message: expect.stringContaining('The heredoc of this RUN cannot be read'),
      }),
    ]);
    expect(lint('dockerfile/no-sudo', text).map((f) => f.line)).toEqual([2]);
  });
});
