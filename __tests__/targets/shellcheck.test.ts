/**
 * ShellCheck in the Dockerfile loader, with the real binary (Debian/Ubuntu package `shellcheck`; GitHub's
 * Ubuntu runners have it). The tests that need it are skipped, with a message, when it is not on PATH.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check } from '../../src/engine/check.js';
import { parseDockerfile } from '../../src/targets/dockerfile/parse.js';
import {
  buildShellcheckInput,
  mapShellcheckOutput,
  shellcheckDockerfile,
  shellcheckProblems,
} from '../../src/targets/dockerfile/shellcheck.js';
import type { DockerfileModel } from '../../src/targets/dockerfile/model.js';

const HAVE_SHELLCHECK = spawnSync('shellcheck', ['--version']).status === 0;
if (!HAVE_SHELLCHECK) {
  console.warn('shellcheck is not on PATH: the tests that run it are skipped (apt-get install shellcheck).');
}
const withBinary = HAVE_SHELLCHECK ? it : it.skip;

const model = (text: string) => parseDockerfile(text, 'Dockerfile');

async function checked(text: string): Promise<DockerfileModel> {
  const m = model(text);
  await shellcheckDockerfile(m, { mode: 'on' });
  return m;
}

const codesAt = (m: DockerfileModel) =>
  m
    .shellcheck!.comments.map(
      (c) => [`SC${c.code}`, c.range.line, c.range.column] as [string, number, number],
    )
    .sort((a, b) => a[1] - b[1] || a[2] - b[2] || (a[0] < b[0] ? -1 : 1));

describe('buildShellcheckInput', () => {
  it('wraps each RUN in a function, exports the ARG/ENV names in scope, and maps lines back', () => {
    const m = model(
      'FROM alpine\nARG version=1\nENV HOME_DIR=/x\nRUN echo $version \\\n    # comment\n\n  && ls\n',
    );
    const input = buildShellcheckInput(m)!;
    expect(input.dialect).toBe('sh');
    expect(input.excludes).toEqual(['SC1090', 'SC1091', 'SC2187']);
    // The continuation is joined as the builder joins it; each piece keeps its Dockerfile line.
    expect(input.script).toBe('__lg_1() {\nexport version HOME_DIR\necho $version   && ls\n}\n');
    expect(input.origins[2]).toEqual({
      line: 4,
      columnOffset: 4,
      length: 21,
      pieces: [
        { at: 1, line: 4, columnOffset: 4, length: 14 },
        { at: 15, line: 7, columnOffset: 0, length: 7 },
      ],
    });
  });

  it('uses heredoc bodies as scripts, with the dialect of their shebang or command', () => {
    const m = model(
      'FROM alpine\nRUN <<EOF\necho a\nEOF\nRUN bash <<EOF\necho b\nEOF\nRUN <<EOF\n#!/usr/bin/env bash\necho c\nEOF\n',
    );
    const input = buildShellcheckInput(m)!;
    expect(input.dialect).toBe('bash');
    expect(input.script.split('\n').filter((l) => l.startsWith('echo'))).toEqual([
      'echo a',
      'echo b',
      'echo c',
    ]);
  });

  it('passes hadolint/shellcheck pragmas above a RUN to its function and global ignores to --exclude', () => {
    const m = model(
      '# hadolint global ignore=SC2010\nFROM alpine\n# hadolint ignore=DL3003,SC2164\n# shellcheck disable=SC2086\nRUN cd /x\n',
    );
    const input = buildShellcheckInput(m)!;
    expect(input.script.startsWith('# shellcheck disable=SC2086,SC2164\n__lg_1() {\n')).toBe(true);
    // A `# hadolint ignore` that is not right above the RUN does not apply to it.
    expect(
      buildShellcheckInput(model('FROM alpine\n# hadolint ignore=SC2164\n\nRUN cd /x\n'))!.script.startsWith(
        '__lg_1',
      ),
    ).toBe(true);
    expect(input.excludes).toContain('SC2010');
  });

  it('has nothing to check without shell-form RUNs, with a non-POSIX shell, or with the backtick escape', () => {
    expect(buildShellcheckInput(model('FROM alpine\nRUN ["echo", "a"]\nCMD echo $x\n'))).toBeNull();
    expect(buildShellcheckInput(model('FROM mcr.microsoft.com/windows/servercore\nRUN dir\n'))).toBeNull();
    expect(buildShellcheckInput(model('# escape=`\nFROM alpine\nRUN echo a\n'))).toBeNull();
  });

  it('maps json1 output, fixes included, and points comments on wrapper lines at the keyword', () => {
    const m = model('FROM alpine\nRUN echo $x\n');
    const input = buildShellcheckInput(m)!;
    const json = JSON.stringify({
      comments: [
        {
          line: 2,
          endLine: 2,
          column: 6,
          endColumn: 8,
          level: 'info',
          code: 2086,
          message: 'Quote.',
          fix: {
            replacements: [
              { line: 2, endLine: 2, column: 6, endColumn: 6, replacement: '"' },
              { line: 2, endLine: 2, column: 8, endColumn: 8, replacement: '"' },
            ],
          },
        },
        {
          line: 3,
          endLine: 3,
          column: 1,
          endColumn: 2,
          level: 'error',
          code: 1089,
          message: 'Parsing stopped.',
          fix: null,
        },
      ],
    });
    const out = mapShellcheckOutput(input, json);
    expect(out[0]).toMatchObject({
      code: 2086,
      level: 'info',
      range: { line: 2, column: 10, endLine: 2, endColumn: 12 },
    });
    expect(out[0].fix!.map((e) => e.range.column)).toEqual([10, 12]);
    expect(out[1].range).toEqual(m.instructions[1].keywordRange);
  });
});

describe('shellcheckDockerfile with the real binary', () => {
  withBinary(
    'reports at the Dockerfile lines and columns, with the SHELL dialect and pragmas applied',
    async () => {
      const m = await checked(
        [
          'FROM alpine:3.19',
          'ARG version=1',
          '# hadolint ignore=SC2164',
          'RUN cd /tmp && \\',
          '    # a comment',
          '    echo $version $unset_lower && \\',
          '    ls | grep x',
          'RUN <<EOF',
          'echo $HOME',
          '[[ -n "$x" ]] && echo y',
          'EOF',
          'SHELL ["/bin/bash", "-c"]',
          'RUN [[ -n "$version" ]] && echo "$a"',
          '',
        ].join('\n'),
      );
      expect(m.shellcheck!.status).toBe('ran');
      expect(codesAt(m)).toEqual([
        ['SC2086', 6, 10],
        ['SC2086', 6, 19],
        ['SC2154', 6, 19],
        ['SC2010', 7, 5],
        ['SC2086', 9, 6],
        ['SC3010', 10, 1],
        ['SC2154', 13, 34],
      ]);
      const fix = m.shellcheck!.comments[0].fix!;
      expect(fix.map((e) => [e.range.line, e.range.column, e.text])).toEqual([
        [6, 10, '"'],
        [6, 18, '"'],
      ]);
    },
  );

  withBinary('checks a RUN that feeds a heredoc to a command as one script', async () => {
    const m = await checked('FROM alpine\nRUN cat <<X > /etc/app.conf\nvalue $z\nX\n');
    expect(codesAt(m)).toEqual([['SC2154', 3, 7]]);
  });

  withBinary('marks a file without scripts as skipped', async () => {
    const m = await checked('FROM alpine\nCOPY a /b\n');
    expect(m.shellcheck).toMatchObject({ status: 'skipped', comments: [] });
  });

  withBinary('joins continuation lines as the builder does: `;fi\\` + newline + `;fi` parses', async () => {
    // The shape of a nested `if` written with leading semicolons on the continuation lines.
    const m = await checked(
      [
        'FROM debian:12',
        'RUN if [ -n "$TARGETARCH" ]; then \\',
        '      if [ -f /etc/os-release ]; then echo ok ;fi\\',
        ';fi',
        'RUN echo $unquoted',
        '',
      ].join('\n'),
    );
    expect(codesAt(m).filter(([c]) => /^SC1/.test(c))).toEqual([]);
    expect(codesAt(m)).toEqual([
      ['SC2086', 5, 10],
      ['SC2154', 5, 10],
    ]);
  });

  withBinary('maps a comment on a joined line to the Dockerfile line of its piece', async () => {
    const m = await checked('FROM alpine\nRUN set -e \\\n    && echo $a \\\n    && echo "$b"\n');
    const sc2086 = m.shellcheck!.comments.find((c) => c.code === 2086)!;
    expect(sc2086.range).toEqual({ line: 3, column: 13, endLine: 3, endColumn: 15 });
    expect(sc2086.fix!.map((e) => [e.range.line, e.range.column])).toEqual([
      [3, 13],
      [3, 15],
    ]);
  });

  withBinary('checks each RUN on its own: a RUN that does not parse silences no other RUN', async () => {
    const m = await checked(
      [
        'FROM alpine:3.20',
        'RUN echo $first',
        'RUN echo "never closed',
        'RUN echo $second',
        'RUN <<EOF',
        'echo $third',
        'EOF',
        '',
      ].join('\n'),
    );
    const at = codesAt(m);
    // The findings of the RUNs that parse are all there…
    expect(at.filter(([c]) => c === 'SC2086').map(([, line]) => line)).toEqual([2, 4, 6]);
    // …and the parse errors point at the RUN that has them.
    const parseErrors = at.filter(([c]) => /^SC10/.test(c));
    expect(parseErrors.length).toBeGreaterThan(0);
    expect(new Set(parseErrors.map(([, line]) => line))).toEqual(new Set([3]));
  });

  withBinary(
    'spends one process on a file whose scripts parse, and a few per script that does not',
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-sc-count-'));
      const log = path.join(dir, 'calls');
      const counting = path.join(dir, 'counting-shellcheck');
      writeFileSync(counting, `#!/bin/sh\necho x >> '${log}'\nexec shellcheck "$@"\n`);
      chmodSync(counting, 0o755);
      const calls = () =>
        existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0;
      const runs = (bad: number[]) =>
        [
          'FROM alpine:3.20',
          ...Array.from({ length: 16 }, (_, i) => (bad.includes(i) ? 'RUN echo "x' : `RUN echo $v${i}`)),
        ].join('\n') + '\n';

      const clean = model(runs([]));
      await shellcheckDockerfile(clean, { mode: 'on', binary: counting });
      expect(calls()).toBe(1);
      expect(clean.shellcheck!.comments.filter((c) => c.code === 2086)).toHaveLength(16);

      rmSync(log);
      const oneBad = model(runs([5]));
      await shellcheckDockerfile(oneBad, { mode: 'on', binary: counting });
      // 1 + 2·k·log2(n) with k = 1, n = 16.
      expect(calls()).toBeLessThanOrEqual(1 + 2 * 4);
      expect(oneBad.shellcheck!.comments.filter((c) => c.code === 2086)).toHaveLength(15);

      rmSync(log);
      const twoBad = model(runs([0, 15]));
      await shellcheckDockerfile(twoBad, { mode: 'on', binary: counting });
      expect(calls()).toBeLessThanOrEqual(1 + 2 * 2 * 4);
      expect(twoBad.shellcheck!.comments.filter((c) => c.code === 2086)).toHaveLength(14);
    },
  );

  it('records a missing binary, which is a problem only in mode on', async () => {
    const m = model('FROM alpine\nRUN echo $x\n');
    await shellcheckDockerfile(m, { mode: 'on', binary: 'no-such-shellcheck-binary' });
    expect(m.shellcheck).toMatchObject({ status: 'unavailable', mode: 'on' });
    expect(shellcheckProblems(m)[0].message).toContain('--shellcheck on requires it');
    const a = model('FROM alpine\nRUN echo $x\n');
    await shellcheckDockerfile(a, { mode: 'auto', binary: 'no-such-shellcheck-binary' });
    expect(a.shellcheck!.status).toBe('unavailable');
    expect(shellcheckProblems(a)).toEqual([]);
  });

  it('kills a process that does not finish in time and records why', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-sc-'));
    const slow = path.join(dir, 'slow-shellcheck');
    writeFileSync(slow, '#!/bin/sh\nexec sleep 5\n');
    chmodSync(slow, 0o755);
    const m = model('FROM alpine\nRUN echo $x\n');
    await shellcheckDockerfile(m, { mode: 'auto', binary: slow, timeoutMs: 200 });
    expect(m.shellcheck).toMatchObject({
      status: 'failed',
      detail: 'shellcheck did not finish within 200 ms',
    });
  });

  it('does not run in mode off, nor when the policy turns the rule off for the file', async () => {
    const m = model('FROM alpine\nRUN echo $x\n');
    await shellcheckDockerfile(m, { mode: 'off' });
    expect(m.shellcheck).toBeUndefined();
    await shellcheckDockerfile(m, { mode: 'on', enabledFor: () => false });
    expect(m.shellcheck).toBeUndefined();
  });
});

describe('check() with ShellCheck', () => {
  function workspace(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-sc-check-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    return dir;
  }

  withBinary(
    'reports shellcheck/SCxxxx findings with the severity ShellCheck gives, capped by the rule',
    async () => {
      const cwd = workspace({
        Dockerfile: 'FROM alpine:3.19\nUSER app\nRUN echo $x\n',
        'policy.yml': 'extends: []\nrules:\n  dockerfile/shellcheck: warning\n',
      });
      const result = await check({ cwd, policy: 'policy.yml', shellcheck: 'on' });
      const sc = result.findings.filter((f) => f.ruleId.startsWith('shellcheck/'));
      expect(sc.map((f) => [f.ruleId, f.severity, f.line, f.column])).toEqual([
        ['shellcheck/SC2086', 'info', 3, 10],
        ['shellcheck/SC2154', 'warning', 3, 10],
      ]);
    },
  );

  withBinary('runs nothing when the policy turns dockerfile/shellcheck off', async () => {
    const cwd = workspace({
      Dockerfile: 'FROM alpine:3.19\nUSER app\nRUN echo $x\n',
      'policy.yml': 'extends: []\nrules:\n  dockerfile/shellcheck: off\n',
    });
    const result = await check({ cwd, policy: 'policy.yml', shellcheck: 'on' });
    expect(result.findings.filter((f) => f.ruleId.startsWith('shellcheck/'))).toEqual([]);
  });

  it('reports a missing binary as a problem of the file in mode on', async () => {
    const cwd = workspace({ Dockerfile: 'FROM alpine:3.19\nUSER app\nRUN echo $x\n' });
    const saved = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const result = await check({ cwd, policy: 'builtin:recommended', shellcheck: 'on' });
      const problem = result.findings.find((f) => f.ruleId === 'policy/unparsable');
      expect(problem?.message).toContain('ShellCheck could not check the RUN scripts');
      expect(problem?.severity).toBe('error');
    } finally {
      process.env.PATH = saved;
    }
  });
});
