import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/invalid-default-arg-in-from';

describe(ID, () => {
  it('reports an image reference that is invalid without --build-arg (BuildKit docs)', () => {
    const out = lint(ID, 'ARG TAG\nFROM busybox:${TAG}\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 6, endLine: 2, endColumn: 20 });
    expect(out[0].message).toContain(
      'Default value for ARG busybox:${TAG} results in empty or invalid base image name',
    );
  });

  it.each([
    ['\nARG VERSION\nFROM busybox:$VERSION\n', 'busybox:$VERSION'],
    ['\nARG IMAGE\nFROM $IMAGE\n', '$IMAGE'],
    ['\nARG SFX="box:"\nFROM busy${SFX}\n', 'busy${SFX}'],
  ])('reports BuildKit testInvalidDefaultArgInFrom case %j', (text, shown) => {
    const out = lint(ID, text);
    expect(out.map((f) => f.line)).toEqual([3]);
    expect(out[0].message).toContain(
      `Default value for ARG ${shown} results in empty or invalid base image name`,
    );
  });

  it.each([
    'ARG TAG=latest\nFROM busybox:${TAG}\n',
    'ARG VARIANT\nFROM busybox:stable${VARIANT}\n',
    'ARG TAG\nFROM alpine:${TAG:-3.14}\n',
    '\nARG VERSION="latest"\nFROM busybox:${VERSION}\n',
    '\nARG BUSYBOX_VARIANT=""\nFROM busybox:stable${BUSYBOX_VARIANT}\n',
    '\n\tARG BUSYBOX_VARIANT\n\tFROM busybox:stable${BUSYBOX_VARIANT}\n\t',
    'FROM golang:1.22 AS build\nFROM --platform=$BUILDPLATFORM golang:1.22-${TARGETOS}\n',
  ])('accepts %j (BuildKit docs and test good cases)', (text) => {
    expect(lint(ID, text)).toEqual([]);
  });

  it('reports upper-case repositories and malformed digests the builder rejects', () => {
    const text = dedent(`
      ARG NAME=MyImage
      FROM $NAME
      ARG DIGEST=sha256:abc
      FROM alpine@\${DIGEST}
    `);
    const out = lint(ID, text);
    expect(out.map((f) => f.line)).toEqual([2, 4]);
    expect(out[0].message).toContain('lower-case');
  });
});
