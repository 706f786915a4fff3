import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/from-platform-flag-const';

describe(ID, () => {
  it('reports a constant --platform (BuildKit docs and testFromPlatformFlagConstDisallowed)', () => {
    const out = lint(ID, 'FROM --platform=linux/amd64 alpine AS base\nRUN apk add --no-cache git\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 1, column: 6, endLine: 1, endColumn: 28 });
    expect(out[0].message).toContain('FROM --platform flag should not use constant value "linux/amd64"');
    expect(lint(ID, '\nFROM --platform=linux/amd64 scratch\n').map((f) => f.line)).toEqual([2]);
  });

  it('accepts no flag and a variable (BuildKit docs good examples)', () => {
    expect(lint(ID, 'FROM alpine AS base\n')).toEqual([]);
    expect(lint(ID, 'FROM --platform=${BUILDPLATFORM} alpine AS base\n')).toEqual([]);
    expect(lint(ID, 'FROM --platform=$TARGETOS/arm64 alpine AS base\n')).toEqual([]);
  });

  it('accepts stages named after the platform (BuildKit docs and test)', () => {
    const text = dedent(`
      FROM --platform=linux/amd64 alpine AS build_amd64
      FROM --platform=linux/arm64 alpine AS build_arm64
      FROM build_\${TARGETARCH} AS build
    `);
    expect(lint(ID, text)).toEqual([]);
    expect(lint(ID, '\nFROM --platform=linux/amd64 scratch AS my_amd64_stage\n')).toEqual([]);
    expect(lint(ID, '\nFROM --platform=linux/amd64 scratch AS linux\n')).toEqual([]);
  });

  it('normalises architecture names before comparing with the stage name', () => {
    expect(lint(ID, 'FROM --platform=linux/x86_64 alpine AS tools-amd64\n')).toEqual([]);
    expect(lint(ID, 'FROM --platform=linux/aarch64 alpine AS tools\n').map((f) => f.line)).toEqual([1]);
  });
});
