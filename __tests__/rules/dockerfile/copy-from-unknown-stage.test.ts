import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/copy-from-unknown-stage';

describe(ID, () => {
  it('reports a --from that names no stage, suggesting a close one', () => {
    const text = dedent(`
      FROM golang:1.22 AS builder
      RUN go build -o /out/app
      FROM alpine:3.20
      COPY --from=biulder /out/app /app
    `);
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 4, column: 13, endLine: 4, endColumn: 20 });
    expect(out[0].message).toContain('did you mean "builder"');
    expect(out[0].message).toContain('--build-context biulder=');
  });

  it('reports stages defined later and stage indexes out of range', () => {
    const text = dedent(`
      FROM alpine:3.20
      COPY --from=assets /a /a
      COPY --from=3 /b /b
      FROM node:20 AS assets
    `);
    const out = lint(ID, text);
    expect(out.map((f) => f.line)).toEqual([2, 3]);
    expect(out[0].message).toContain('defined after');
    expect(out[1].message).toContain('stage #3');
  });

  it('accepts earlier stages, indexes, image references and unresolved variables', () => {
    const text = dedent(`
      ARG PORTA_IMAGE
      ARG STAGE=build
      FROM node:20 AS build
      FROM alpine:3.20
      COPY --from=build /app /app
      COPY --from=0 /app /app
      COPY --from=$STAGE /app /app
      COPY --from=$PORTA_IMAGE /opt /opt
      COPY --from=ghcr.io/astral-sh/uv:0.8.15 /uv /uvx /bin/
      COPY --from=hello-world:latest /hello /hello
      COPY --from=hadolint/hadolint /bin/hadolint /usr/local/bin/
      ARG VARIANT="build"
      COPY --from="\${VARIANT}" /variant /variant
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
