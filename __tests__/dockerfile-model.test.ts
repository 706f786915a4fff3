import { dedent, dockerfile } from './helpers/rule-tester.js';
import { expandVars } from '../src/targets/dockerfile/vars.js';
import { parseExecForm } from '../src/targets/dockerfile/parse.js';
import { imageMatches, parseImageRef } from '../src/targets/image-ref.js';

describe('Dockerfile model', () => {
  it('splits base images into registry, repository, tag and digest', () => {
    const m = dockerfile(
      dedent(`
        FROM --platform=linux/amd64 ghcr.io/acme/base:1.2@sha256:abc AS one
        FROM localhost:5000/app
        FROM node:20-alpine
        FROM scratch
      `),
    );
    const [a, b, c, d] = m.stages.map((s) => s.base);
    expect(a).toMatchObject({
      registry: 'ghcr.io',
      repository: 'acme/base',
      tag: '1.2',
      digest: 'sha256:abc',
      registryExplicit: true,
    });
    expect(m.stages[0]).toMatchObject({ name: 'one', platform: 'linux/amd64' });
    expect(b).toMatchObject({ registry: 'localhost:5000', repository: 'app', tag: undefined });
    expect(c).toMatchObject({
      registry: 'docker.io',
      name: 'node',
      tag: '20-alpine',
      registryExplicit: false,
    });
    expect(d.scratch).toBe(true);
  });

  it('resolves FROM ${VAR} through global ARG defaults and earlier stage names', () => {
    const m = dockerfile(
      dedent(`
        ARG VERSION=3.19
        ARG IMAGE=alpine:\${VERSION}
        ARG UNSET
        FROM \${IMAGE} AS Build
        FROM build
        FROM \${UNSET}
        FROM \${UNSET:-debian:12}
      `),
    );
    expect(m.globalArgs).toHaveLength(3);
    expect(m.stages[0].base).toMatchObject({
      text: 'alpine:3.19',
      tag: '3.19',
      tagFromVariable: true,
      unresolved: [],
    });
    expect(m.stages[0]).toMatchObject({ name: 'build', nameRaw: 'Build' });
    expect(m.stages[1].parent).toBe(0);
    expect(m.stages[2].base.unresolved).toEqual(['UNSET']);
    expect(m.stages[3].base).toMatchObject({ name: 'debian', tag: '12' });
  });

  it('tracks ARG and ENV scope per stage, with globals re-declared and ENV inherited by child stages', () => {
    const m = dockerfile(
      dedent(`
        ARG V=1
        FROM alpine:3 AS base
        ARG V
        ENV HOME_DIR=/srv/\${V}
        RUN echo
        FROM base
        RUN echo
        FROM alpine:3
        RUN echo
      `),
    );
    const runs = m.instructions.filter((i) => i.keyword === 'RUN');
    expect(runs[0].scope.get('V')).toMatchObject({ value: '1', kind: 'arg' });
    expect(runs[0].scope.get('HOME_DIR')).toMatchObject({ value: '/srv/1', kind: 'env' });
    expect(runs[1].scope.get('HOME_DIR')?.value).toBe('/srv/1');
    expect(runs[1].scope.has('V')).toBe(false); // ARGs are not inherited by child stages
    expect(runs[2].scope.has('HOME_DIR')).toBe(false);
    expect(runs[2].scope.has('V')).toBe(false);
  });

  it('parses RUN scripts into simple commands with 1-based ranges across continuations and inner comments', () => {
    const m = dockerfile(
      dedent(`
        FROM debian:12
        RUN set -eux; \\
            # refresh the index
            apt-get update && \\
            apt-get install -y --no-install-recommends curl \\
            && rm -rf /var/lib/apt/lists/*
      `),
    );
    const run = m.instructions[1];
    expect(run.form).toBe('shell');
    const cmds = run.script!.commands;
    expect(cmds.map((c) => c.name)).toEqual(['set', 'apt-get', 'apt-get', 'rm']);
    expect(cmds[2].args).toEqual(['install', '-y', '--no-install-recommends', 'curl']);
    const r = m.rangeOf(cmds[1].start, cmds[1].end);
    expect(r).toEqual({ line: 4, column: 5, endLine: 4, endColumn: 19 });
  });

  it('treats heredoc bodies as scripts when RUN runs them with a shell', () => {
    const m = dockerfile(
      dedent(`
        # syntax=docker/dockerfile:1
        FROM alpine:3
        RUN <<EOF
        apk add curl
        pip install x
        EOF
        RUN python3 <<EOF
        import os
        EOF
        RUN bash <<'EOT'
        npm ci
        EOT
      `),
    );
    const runs = m.instructions.filter((i) => i.keyword === 'RUN');
    expect(runs[0].heredocs[0]).toMatchObject({ name: 'EOF', isScript: true });
    expect(runs[0].script!.commands.map((c) => c.name)).toEqual(['apk', 'pip']);
    expect(m.rangeOf(runs[0].script!.commands[1].start, runs[0].script!.commands[1].end).line).toBe(5);
    expect(runs[1].heredocs[0].isScript).toBe(false);
    expect(runs[1].script!.commands.map((c) => c.name)).toEqual(['python3']);
    expect(runs[2].script!.commands.map((c) => c.name)).toEqual(['npm']);
    expect(m.directives).toEqual([expect.objectContaining({ name: 'syntax', value: 'docker/dockerfile:1' })]);
  });

  it('knows exec form, RUN flags, the SHELL in effect and ONBUILD triggers', () => {
    const m = dockerfile(
      dedent(`
        FROM alpine:3
        RUN --mount=type=cache,target=/root/.cache --network=none ["sh", "-c", "apk add git"]
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN curl x | sh
        CMD ["node", "app.js"]
        ONBUILD RUN npm ci
      `),
    );
    const [, run1, , run2, cmd, onbuild] = m.instructions;
    expect(run1.form).toBe('exec');
    expect(run1.flags.map((f) => [f.name, f.value])).toEqual([
      ['mount', 'type=cache,target=/root/.cache'],
      ['network', 'none'],
    ]);
    expect(run1.script!.commands[0]).toMatchObject({ name: 'apk', args: ['add', 'git'] });
    expect(run2.shell).toEqual(['/bin/bash', '-o', 'pipefail', '-c']);
    expect(run2.posixShell).toBe(true);
    expect(cmd.exec).toEqual(['node', 'app.js']);
    expect(onbuild.trigger).toMatchObject({ keyword: 'RUN' });
    expect(onbuild.trigger!.script!.commands[0].name).toBe('npm');
    expect(onbuild.trigger!.onbuild).toBe(onbuild);
  });

  it('honours the escape directive and Windows shells', () => {
    const m = dockerfile(
      dedent(`
        # escape=\`
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        RUN powershell -Command \`
            Write-Host hi
        COPY a C:\\app\\
      `),
    );
    expect(m.escapeChar).toBe('`');
    expect(m.instructions[1].posixShell).toBe(false);
    expect(m.instructions[1].script).toBeUndefined();
    expect(m.instructions[1].range).toMatchObject({ line: 3, endLine: 4 });
  });

  it('keeps POSIX shell parsing for a Linux base that uses the backtick escape', () => {
    const m = dockerfile(
      '# escape=`\nFROM debian:12\nRUN apt-get update && `\n    apt-get install -y curl\n',
    );
    expect(m.instructions[1].posixShell).toBe(true);
    expect(m.instructions[1].script!.commands.map((c) => c.args[0])).toEqual(['update', 'install']);
  });

  it('reads ENV/LABEL pairs, including the legacy form, and records syntax errors', () => {
    const m = dockerfile(
      'FROM alpine:3\nENV A=1 B="two words"\nENV LEGACY value here\nLABEL a=b\nFOO bar\nWORKDIR\n',
    );
    expect(m.instructions[1].properties.map((p) => [p.name, p.value, p.legacyForm])).toEqual([
      ['A', '1', false],
      ['B', 'two words', false],
    ]);
    expect(m.instructions[2].properties[0]).toMatchObject({
      name: 'LEGACY',
      value: 'value here',
      legacyForm: true,
    });
    expect(m.errors.map((e) => [e.range.line, e.message.split(' ')[0]])).toEqual([
      [5, 'Unknown'],
      [6, 'WORKDIR'],
    ]);
  });

  it('normalises CRLF line endings and a BOM', () => {
    const m = dockerfile('\ufeffFROM alpine:3\r\nRUN echo a \\\r\n  && echo b\r\n');
    expect(m.instructions[1].script!.commands.map((c) => c.name)).toEqual(['echo', 'echo']);
    expect(m.instructions[1].range).toMatchObject({ line: 2, endLine: 3 });
  });
});

describe('variable expansion', () => {
  const scope = new Map([
    ['A', { name: 'A', value: 'x', kind: 'arg' as const, declaredAt: 0 }],
    ['E', { name: 'E', value: '', kind: 'arg' as const, declaredAt: 0 }],
  ]);
  it.each([
    ['$A', 'x', []],
    ['${A}-y', 'x-y', []],
    ['${B:-d}', 'd', []],
    ['${E:-d}', 'd', []],
    ['${E-d}', '', []],
    ['${A:+alt}', 'alt', []],
    ['${B:+alt}', '', []],
    ['$B', '', ['B']],
    ['\\$A', '$A', []],
  ])('%s -> %s', (text, value, unresolved) => {
    expect(expandVars(text, scope)).toMatchObject({ value, unresolved });
  });
});

describe('image references', () => {
  it('matches policy patterns', () => {
    const ref = parseImageRef('docker.io/library/node:20');
    expect(imageMatches(ref, 'node')).toBe(true);
    expect(imageMatches(ref, 'node:2*')).toBe(true);
    expect(imageMatches(ref, 'node:18')).toBe(false);
    expect(imageMatches(ref, 'docker.io/*')).toBe(true);
    expect(imageMatches(parseImageRef('ghcr.io/acme/x:1'), 'ghcr.io/acme/*')).toBe(true);
    expect(imageMatches(parseImageRef('ghcr.io/acme/x:1'), 'node')).toBe(false);
  });

  it('reads the JSON form after a continued first line or a comment line, and shell form at once', () => {
    expect(parseExecForm('["sh", "-c", "x"]', '\\')).toEqual(['sh', '-c', 'x']);
    expect(parseExecForm('\\\n  ["a"]', '\\')).toEqual(['a']);
    expect(parseExecForm('`\n  ["a"]', '`')).toEqual(['a']);
    expect(parseExecForm('\\\n# a comment\n  ["a", \\\n "b"]', '\\')).toEqual(['a', 'b']);
    expect(parseExecForm('apt-get install -y [x]', '\\')).toBeUndefined();
    expect(parseExecForm('[ -f x ] && echo "[]"', '\\')).toBeUndefined();
    expect(parseExecForm('', '\\')).toBeUndefined();
  });
});

describe('scopes of stages built on stages', () => {
  const m = dockerfile(
    dedent(`
      FROM alpine:3.20 AS a
      ARG A1=1
      ENV E1=1
      ENV X=1
      FROM a AS b
      ARG A2=2
      ENV E2=2
      ENV X=2
      FROM b AS c
      RUN echo "$E1 $E2 $X"
    `),
  );
  const run = m.instructions[m.instructions.length - 1];

  it('inherit the ENVs of the stages below, never their ARGs, the latest value of each', () => {
    expect([...run.scope.keys()]).toEqual(['E1', 'X', 'E2']);
    expect([...run.scope.values()].map((b) => b.value)).toEqual(['1', '2', '2']);
    expect([run.scope.has('A1'), run.scope.has('A2'), run.scope.get('X')?.value]).toEqual([
      false,
      false,
      '2',
    ]);
    expect(run.scope.size).toBe(3);
    // The stage in the middle still sees its own ARG.
    const b = m.instructions.find((i) => i.keyword === 'ENV' && i.args[0]?.value === 'X=2')!;
    expect([b.scope.has('A2'), b.scope.get('X')?.value]).toEqual([true, '1']);
  });
});
