/**
 * What layerguard does better than hadolint 2.15.1 on real files, kept while `builtin:hadolint` moves
 * closer to hadolint (issue 14, item 2b): valid files hadolint rejects parse, and rules see through
 * `sudo`, resolve ARG defaults, know newer package-manager options and leave PowerShell alone.
 */
import { buildShellcheckInput } from '../../src/targets/dockerfile/shellcheck.js';
import { dedent, dockerfile, lint } from '../helpers/rule-tester.js';

describe('valid files that hadolint rejects parse without a syntax finding', () => {
  it.each([
    [
      'an instruction right after a heredoc terminator',
      'FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhello\nEOF\nRUN cat /etc/motd\n',
    ],
    [
      'a --mount without target (secret mounts default to /run/secrets/<id>)',
      'FROM alpine:3.20\nRUN --mount=type=secret,id=npmrc cat /run/secrets/npmrc\n',
    ],
    [
      'blank lines inside a continuation',
      'FROM alpine:3.20\nRUN apk add --no-cache curl \\\n\n    && curl --version\n',
    ],
  ])('%s', (_what, text) => {
    expect(lint('dockerfile/syntax', text)).toEqual([]);
    expect(dockerfile(text).instructions.map((i) => i.keyword)).toContain('RUN');
  });
});

describe('rules that see more than hadolint', () => {
  it('look through sudo', () => {
    const text = 'FROM ubuntu:24.04\nRUN sudo apt-get install curl\n';
    expect(lint('dockerfile/apt-yes', text)).toHaveLength(1);
  });

  it('resolve ARG defaults in FROM', () => {
    const text = 'ARG TAG=latest\nFROM node:${TAG}\n';
    expect(lint('dockerfile/base-image-latest', text)).toHaveLength(1);
  });

  it('know apt-get dist-clean and apk --no-network', () => {
    expect(
      lint(
        'dockerfile/apt-lists-cleanup',
        'FROM debian:13\nRUN apt-get update && apt-get install -y curl && apt-get dist-clean\n',
      ),
    ).toEqual([]);
    expect(
      lint('dockerfile/apk-no-cache', 'FROM alpine:3.20\nRUN apk add --no-network /tmp/pkg.apk\n'),
    ).toEqual([]);
  });

  it('keep a PowerShell SHELL across ARG and ENV, and run no ShellCheck on it', () => {
    const text = dedent(`
      FROM mcr.microsoft.com/windows/servercore:ltsc2022
      SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
      ARG VERSION=1.2.3
      ENV APP_HOME=C:\\\\app
      RUN Invoke-WebRequest -Uri https://example.com/app-$env:VERSION.zip -OutFile app.zip | Out-Null
    `);
    const run = dockerfile(text).instructions.find((i) => i.keyword === 'RUN')!;
    expect(run.shell[0]).toBe('powershell');
    expect(run.posixShell).toBe(false);
    expect(buildShellcheckInput(dockerfile(text))).toBeNull();
    expect(lint('dockerfile/pipefail', text)).toEqual([]);
  });
});
