import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/trusted-registries';

describe(ID, () => {
  const text = dedent(`
    FROM node:20 AS deps
    FROM ghcr.io/acme/builder:1 AS build
    COPY --from=deps /app /app
    COPY --from=quay.io/evil/tools:1 /bin/tool /bin/tool
    RUN --mount=type=bind,from=registry.gitlab.com/x/y:2,source=/a,target=/a true
    FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/base:3
    COPY --from=build /out /out
  `);

  it('is silent while the list is empty', () => {
    expect(lint(ID, text)).toEqual([]);
  });

  it('reports FROM, COPY --from and RUN --mount=from= images from untrusted registries', () => {
    const found = lint(ID, text, { registries: ['docker.io', 'ghcr.io'] });
    expect(found.map((f) => [f.line, f.column, f.endColumn])).toEqual([
      [6, 6, 57],
      [4, 13, 33],
      [5, 28, 53],
    ]);
    expect(found[1].message).toContain('COPY --from=quay.io/evil/tools:1 comes from quay.io');
    expect(found[1].message).toContain('docker.io, ghcr.io');
  });

  it('supports *, *.suffix and prefix* patterns', () => {
    expect(lint(ID, text, { registries: ['*'] })).toEqual([]);
    const found = lint(ID, text, {
      registries: ['docker.io', 'ghcr.io/acme/*', '*.amazonaws.com', 'quay.io*', 'registry.gitlab.com/x'],
    });
    expect(found).toEqual([]);
  });

  it('treats unqualified names as Docker Hub', () => {
    const found = lint(ID, 'FROM alpine:3.20\nFROM library/debian:12\nFROM bitnami/redis:7\n', {
      registries: ['ghcr.io'],
    });
    expect(found).toHaveLength(3);
    expect(found[0].message).toContain('Docker Hub');
    expect(
      lint(ID, 'FROM alpine:3.20\nFROM docker.io/library/debian:12\n', {
        registries: ['docker.io/library/*'],
      }),
    ).toEqual([]);
    expect(lint(ID, 'FROM bitnami/redis:7\n', { registries: ['docker.io/library/*'] })).toHaveLength(1);
    expect(lint(ID, 'FROM alpine:3.20\n', { registries: ['index.docker.io'] })).toEqual([]);
  });

  it('ignores stage references, scratch and unresolvable images', () => {
    const t = dedent(`
      ARG REGISTRY
      FROM \${REGISTRY}/base:1 AS base
      FROM scratch
      COPY --from=base / /
      COPY --from=0 / /
    `);
    expect(lint(ID, t, { registries: ['ghcr.io'] })).toEqual([]);
  });

  it('resolves ARG defaults in FROM; --from values with variables are not images', () => {
    // BuildKit does not expand variables in --from (moby/buildkit#2412), so nothing is known there.
    const t = dedent(`
      ARG REGISTRY=quay.io
      FROM \${REGISTRY}/base:1
      ARG TOOLS=quay.io/tools:1
      COPY --from=\${TOOLS} /t /t
      RUN --mount=from=\${TOOLS},target=/t true
    `);
    const found = lint(ID, t, { registries: ['ghcr.io'] });
    expect(found.map((f) => f.line)).toEqual([2]);
  });

  it('checks ONBUILD triggers', () => {
    const found = lint(ID, 'FROM ghcr.io/a/b:1\nONBUILD COPY --from=quay.io/x/y:1 /a /a\n', {
      registries: ['ghcr.io'],
    });
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(2);
  });
});
