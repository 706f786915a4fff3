import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/from-platform-flag';

describe(ID, () => {
  it('reports a fixed --platform with the range of the flag', () => {
    const out = lint(ID, 'FROM --platform=linux/amd64 debian:12\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 1, column: 6, endLine: 1, endColumn: 28 });
    expect(out[0].message).toContain('$BUILDPLATFORM');
  });

  it('reports a platform from an ordinary ARG', () => {
    const out = lint(ID, 'ARG PLATFORM=linux/arm64\nFROM --platform=$PLATFORM debian:12\n');
    expect(out.map((f) => f.line)).toEqual([2]);
  });

  it('accepts BuildKit platform ARGs in every spelling, and FROM without the flag', () => {
    const text = dedent(`
      FROM --platform=$BUILDPLATFORM golang:1.22 AS build
      FROM --platform="\${BUILDPLATFORM}" golang:1.22 AS build2
      FROM --platform=\${BUILDPLATFORM:-linux/amd64} golang:1.22 AS build3
      FROM --platform=$TARGETPLATFORM alpine:3.20 AS t
      FROM --platform=linux/$TARGETARCH alpine:3.20 AS t2
      FROM alpine:3.20
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
