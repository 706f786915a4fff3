import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/apk-pin-versions';

describe(ID, () => {
  it('reports unpinned packages with the range of the package words', () => {
    const out = lint(ID, 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0 git\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 38, endLine: 2, endColumn: 41 });
    expect(out[0].message).toContain('`git=<version>`');
  });

  it('does not take option values for packages', () => {
    const text = dedent(`
      FROM alpine:3.20
      RUN apk add --no-cache --virtual .build-deps -X https://dl-cdn.alpinelinux.org/alpine/edge/testing gcc=13.2.1-r0
      RUN apk --no-cache add -t deps musl-dev~1.2
      RUN apk add --no-cache ./local.apk "busybox>1.36" "zlib<2"
      RUN apk update && apk del .build-deps
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('counts versions from ARG/ENV as pinned and expands package lists', () => {
    expect(
      lint(ID, 'FROM alpine:3.20\nARG CURL_VERSION\nRUN apk add --no-cache curl=${CURL_VERSION}\n'),
    ).toEqual([]);
    const out = lint(ID, 'FROM alpine:3.20\nARG DEPS="bash curl=8.9.1-r0"\nRUN apk add --no-cache $DEPS\n');
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('`bash`');
  });

  it('treats a package list computed by a command substitution as unknown', () => {
    const text = dedent(`
      FROM alpine:3.20
      RUN runDeps="$(scanelf --needed --nobanner --recursive /usr/local | awk '{ print "so:" $1 }')"; \\
          apk add --no-network --virtual .rundeps $runDeps
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('checks heredocs and ONBUILD', () => {
    const text = dedent(`
      FROM alpine:3.20
      RUN <<EOF
      apk add --no-cache bash
      EOF
      ONBUILD RUN apk add --no-cache tini
    `);
    expect(lint(ID, text).map((f) => [f.line, f.column])).toEqual([
      [3, 20],
      [5, 32],
    ]);
  });
});
