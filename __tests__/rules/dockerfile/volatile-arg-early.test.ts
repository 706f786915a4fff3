import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/volatile-arg-early';

describe(ID, () => {
  it('reports a build-date ARG declared before RUNs that do not use it', () => {
    const text = dedent(`
      FROM node:20
      ARG BUILD_DATE
      ARG GIT_COMMIT=unknown
      RUN npm ci
      RUN npm run build
      LABEL org.opencontainers.image.created=$BUILD_DATE \\
            org.opencontainers.image.revision=\${GIT_COMMIT}
    `);
    const found = lint(ID, text);
    expect(found.map((f) => [f.line, f.column, f.endColumn])).toEqual([
      [2, 5, 15],
      [3, 5, 15],
    ]);
    expect(found[0].message).toContain('2 RUN instructions');
    expect(found[0].message).toContain('LABEL at line 6');
  });

  it('accepts the ARG declared after the expensive steps, or used at once', () => {
    const late = dedent(`
      FROM node:20
      RUN npm ci
      ARG BUILD_DATE
      LABEL created=$BUILD_DATE
    `);
    expect(lint(ID, late)).toEqual([]);
    const used = dedent(`
      FROM golang:1.22
      ARG VERSION
      RUN go build -ldflags "-X main.version=\${VERSION}" -o /app .
      RUN echo done
    `);
    expect(lint(ID, used)).toEqual([]);
  });

  it('reports an ARG that no instruction uses', () => {
    const found = lint(ID, 'FROM alpine:3.20\nARG CI_PIPELINE_ID\nRUN apk add --no-cache curl\n');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('No later instruction');
  });

  it('ignores stable ARGs and global ARGs before FROM', () => {
    const text = dedent(`
      ARG BUILD_DATE
      FROM node:20
      ARG NODE_ENV=production
      RUN npm ci
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('ignores ARGs whose literal default pins a dependency', () => {
    const text = dedent(`
      FROM debian:12
      ARG KASMVNC_COMMIT=e04731870baebd2784983fb48197a2416c7d3519
      ARG GIT_SHA256=BD9B41641A258FD16D99BEECEC66132160331D685DFB4C714CEA2BCC78D63BDB
      RUN apt-get update
      RUN git clone https://example.com/kasmvnc && git -C kasmvnc checkout "$KASMVNC_COMMIT"
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('treats stand-in defaults as set by the build command', () => {
    const found = lint(
      ID,
      'FROM alpine:3.20\nARG VERSION=dev\nARG BUILD_DATE=""\nRUN true\nLABEL v=$VERSION d=$BUILD_DATE\n',
    );
    expect(found.map((f) => f.line)).toEqual([2, 3]);
  });

  it('sees uses in heredoc bodies', () => {
    const text = dedent(`
      FROM alpine:3.20
      ARG GIT_SHA
      RUN <<EOF
      echo "$GIT_SHA" > /version
      EOF
      RUN echo later
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('honours custom name patterns, case-insensitively', () => {
    const text = 'FROM alpine:3.20\nARG my_stamp\nRUN true\n';
    expect(lint(ID, text)).toEqual([]);
    expect(lint(ID, text, { names: ['*STAMP'] })).toHaveLength(1);
    expect(lint(ID, 'FROM alpine:3.20\nARG BUILD_DATE\nRUN true\n', { names: [] })).toEqual([]);
  });
});
