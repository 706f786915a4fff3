import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/copy-from-root';

describe(ID, () => {
  it('reports copying the root of another stage, at the source', () => {
    const text = dedent(`
      FROM debian:12 AS build
      RUN make
      FROM debian:12
      COPY --from=build / /
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 4, column: 19, endColumn: 20 });
  });

  it('accepts copying a directory, and copying a scratch-based stage whole', () => {
    const text = dedent(`
      FROM debian:12 AS build
      RUN make
      FROM scratch AS rootfs
      COPY --from=build /out /
      FROM rootfs AS more
      FROM scratch
      COPY --from=build /app /
      COPY --from=more / /
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('reports external images except allowed ones, and handles JSON form', () => {
    const text = dedent(`
      FROM debian:12
      COPY --from=tonistiigi/xx:1.4.0 / /
      COPY --from=moby/moby-bin:27.3.1 / /usr/bin/
      COPY --from=busybox:1.36 ["/", "/bb/"]
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0].line).toBe(4);
    expect(lint(ID, text, { allow: [] })).toHaveLength(3);
  });

  it('applies the allow list to stages built FROM an allowed image', () => {
    const text = dedent(`
      FROM tonistiigi/xx:1.4.0 AS xx
      FROM golang:1.22
      COPY --from=xx / /
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('treats FROM <stage-$VAR> as scratch-based when every stage it can name is', () => {
    const text = dedent(`
      FROM golang:1.22 AS build
      RUN go build -o /out/app .
      FROM scratch AS binaries-linux
      COPY --from=build /out/app /app
      FROM scratch AS binaries-windows
      COPY --from=build /out/app /app.exe
      FROM binaries-$TARGETOS AS binaries
      FROM alpine:3.20 AS mixed-linux
      FROM mixed-$TARGETOS AS mixed
      FROM debian:12
      COPY --from=binaries / /usr/local/bin/
      COPY --from=mixed / /opt/
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0].line).toBe(12);
  });

  it('with rootTargetOnly (builtin:hadolint), reports only copies onto / as hadolint DL3067 does', () => {
    const text = dedent(`
      FROM docker:27-cli AS docker-cli
      FROM alpine:3.20
      COPY --from=docker-cli / /usr/local/docker/
      COPY --from=docker-cli / /
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([3, 4]);
    expect(lint(ID, text, { rootTargetOnly: true }).map((f) => f.line)).toEqual([4]);
  });
});
