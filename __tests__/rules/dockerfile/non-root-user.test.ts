import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/non-root-user';

describe(ID, () => {
  it('reports a final USER root on its argument', () => {
    const found = lint(ID, 'FROM alpine:3.20\nUSER app\nRUN x\nUSER root\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 4, column: 6, endColumn: 10 });
    expect(found[0].message).toContain('USER root at line 4');
  });

  it('reports uid 0 and root with a group', () => {
    expect(lint(ID, 'FROM alpine:3.20\nUSER 0\n')).toHaveLength(1);
    expect(lint(ID, 'FROM alpine:3.20\nUSER 0:0\n')).toHaveLength(1);
    expect(lint(ID, 'FROM alpine:3.20\nUSER root:wheel\n')).toHaveLength(1);
  });

  it('accepts a final non-root USER, also after a USER root', () => {
    expect(lint(ID, 'FROM alpine:3.20\nUSER root\nRUN apk add curl\nUSER 10001:10001\n')).toEqual([]);
    expect(lint(ID, 'FROM alpine:3.20\nUSER nobody\n')).toEqual([]);
  });

  it('reports a final image without USER, unless requireUser is off', () => {
    const found = lint(ID, 'FROM node:20-slim AS app\nCMD ["node", "index.js"]\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 1, column: 6, endColumn: 18 });
    expect(found[0].context).toEqual({ stage: 'app' });
    expect(lint(ID, 'FROM node:20-slim\n', { requireUser: false })).toEqual([]);
  });

  it('looks only at the final stage', () => {
    const text = dedent(`
      FROM golang:1.22 AS build
      USER root
      RUN go build -o /out .
      FROM gcr.io/distroless/static:1
      COPY --from=build /out /app
      USER 65532
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('counts a non-root USER inherited from a parent stage', () => {
    const text = dedent(`
      FROM python:3.12-slim AS base
      RUN useradd -u 10001 app
      USER app
      FROM base AS runtime
      COPY . /app
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('reports USER root inherited from a parent stage, naming that stage', () => {
    const text = dedent(`
      FROM python:3.12-slim AS base
      USER root
      FROM base AS runtime
      COPY . /app
    `);
    const found = lint(ID, text);
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(2);
    expect(found[0].message).toContain('inherited from stage base');
  });

  it('does not count a USER of a stage the final one is not built on', () => {
    const text = 'FROM alpine:3.20 AS a\nUSER app\nFROM alpine:3.20\nCOPY --from=a / /\n';
    expect(lint(ID, text)).toHaveLength(1);
  });

  it('resolves USER from variables and skips unresolvable ones', () => {
    expect(lint(ID, 'FROM alpine:3.20\nARG U=root\nUSER ${U}\n')).toHaveLength(1);
    expect(lint(ID, 'FROM alpine:3.20\nARG U=app\nUSER $U\n')).toEqual([]);
    expect(lint(ID, 'FROM alpine:3.20\nARG U\nUSER $U\n')).toEqual([]);
  });

  it('trusts base images whose tag says they run as non-root', () => {
    expect(lint(ID, 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n')).toEqual([]);
  });

  it('reports a scratch image without USER', () => {
    expect(lint(ID, 'FROM scratch\nCOPY app /app\n')).toHaveLength(1);
  });

  it('works under the backtick escape directive', () => {
    const found = lint(ID, '# escape=`\nFROM alpine:3.20\nUSER `\n  root\n');
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(4);
  });

  describe('hadolint DL3002 semantics: the last USER of the built stage', () => {
    it('accepts a root USER in an earlier stage when the final stage sets its own user', () => {
      const text = dedent(`
        FROM debian:12 AS base
        USER root
        RUN apt-get update
        FROM scratch
        COPY --from=base /etc/passwd /etc/passwd
        USER nobody
      `);
      expect(lint(ID, text, { requireUser: false })).toEqual([]);
    });

    it('reports root only where the final stage inherits it from the stage it is built FROM', () => {
      const inherits = dedent(`
        FROM debian:12 AS base
        USER root
        FROM base
        RUN make
      `);
      expect(lint(ID, inherits, { requireUser: false }).map((f) => f.line)).toEqual([2]);
      const fresh = dedent(`
        FROM debian:12 AS base
        USER app
        FROM alpine:3.20
        RUN make
      `);
      // The external base's user is unknown; with requireUser off (hadolint), nothing to report.
      expect(lint(ID, fresh, { requireUser: false })).toEqual([]);
    });
  });
});

describe(`${ID}: real files' shapes`, () => {
  it('trusts bases documented to run unprivileged: Chainguard, distroless :nonroot, -rootless, chiseled, Bitnami', () => {
    for (const base of [
      'cgr.dev/chainguard/static:latest',
      'cgr.dev/chainguard/python:latest-dev',
      'gcr.io/distroless/static-debian12:nonroot',
      'gcr.io/distroless/base:debug-nonroot',
      'docker:27-dind-rootless',
      'nginxinc/nginx-unprivileged:1.27-alpine',
      'mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled',
      'bitnami/redis:7.2',
    ]) {
      expect([base, lint(ID, `FROM ${base}\nCOPY app /app\nENTRYPOINT ["/app"]\n`)]).toEqual([base, []]);
    }
    // The documented root exceptions of those families are still reported.
    expect(lint(ID, 'FROM cgr.dev/chainguard/wolfi-base\nRUN apk add curl\n')).toHaveLength(1);
    expect(lint(ID, 'FROM bitnami/minideb:bookworm\nRUN install_packages curl\n')).toHaveLength(1);
  });

  it('accepts an image whose entrypoint drops root with gosu or su-exec (official postgres shape)', () => {
    const postgres = dedent(`
      FROM debian:bookworm-slim
      RUN set -eux; groupadd -r postgres --gid=999; useradd -r -g postgres --uid=999 postgres
      ENV GOSU_VERSION 1.17
      RUN set -eux; wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-amd64"; chmod +x /usr/local/bin/gosu
      COPY docker-entrypoint.sh /usr/local/bin/
      ENTRYPOINT ["docker-entrypoint.sh"]
    `);
    expect(lint(ID, postgres)).toEqual([]);
    expect(lint(ID, 'FROM alpine:3.20\nRUN apk add --no-cache su-exec\nENTRYPOINT ["entry.sh"]\n')).toEqual(
      [],
    );
  });

  it('never talks about root on Windows bases: nanoserver is fine, servercore runs as ContainerAdministrator', () => {
    const nano = dedent(`
      # escape=\`
      FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
      COPY app.exe C:\\app\\
      ENTRYPOINT ["C:\\\\app\\\\app.exe"]
    `);
    expect(lint(ID, nano)).toEqual([]);
    const core = lint(ID, 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo hi\n');
    expect(core).toHaveLength(1);
    expect(core[0].message).toContain('ContainerAdministrator');
    expect(core[0].message).not.toMatch(/\broot\b/);
    expect(lint(ID, 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\n')).toEqual([]);
    const admin = lint(
      ID,
      'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerAdministrator\n',
    );
    expect(admin.map((f) => f.message)).toEqual([expect.stringContaining('Switch to USER ContainerUser')]);
  });
});
