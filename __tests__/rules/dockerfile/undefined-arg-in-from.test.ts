import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/undefined-arg-in-from';

describe(ID, () => {
  it('reports an undeclared ARG in FROM (BuildKit docs)', () => {
    const out = lint(ID, 'FROM node:22${VARIANT} AS jsbuilder\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 1, column: 13, endLine: 1, endColumn: 23 });
    expect(out[0].message).toContain("FROM argument 'VARIANT' is not declared");
  });

  it('accepts a declared ARG (BuildKit docs good example), with or without a default', () => {
    expect(lint(ID, 'ARG VARIANT="-alpine3.20"\nFROM node:22${VARIANT} AS jsbuilder\n')).toEqual([]);
    expect(lint(ID, '\nARG base=scratch\nFROM $base\nCOPY Dockerfile .\n')).toEqual([]);
    expect(lint(ID, '\nARG DEBUG\nFROM scratch${DEBUG}\n')).toEqual([]);
    expect(lint(ID, '\nARG DEBUG\nFROM scra${DEBUG:-tch}\n')).toEqual([]);
    expect(lint(ID, '\nARG DEBUG=""\nFROM scratch${DEBUG-@bogus}\n')).toEqual([]);
  });

  it('knows the automatic platform ARGs, declared or not', () => {
    expect(lint(ID, '\nFROM --platform=$BUILDPLATFORM scratch\n')).toEqual([]);
    expect(lint(ID, '\nARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch\n')).toEqual([]);
    expect(lint(ID, 'FROM golang:1.22-${TARGETOS}\n')).toEqual([]);
  });

  it('suggests the declared name a typo is close to (BuildKit testUndeclaredArg)', () => {
    const a = lint(ID, '\nFROM --platform=$BULIDPLATFORM scratch\nCOPY Dockerfile .\n');
    expect(a.map((f) => f.line)).toEqual([2]);
    expect(a[0].message).toContain(
      "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)",
    );
    const text = dedent(`
      ARG MY_OS=linux
      ARG MY_ARCH=amd64
      FROM --platform=linux/\${MYARCH} busybox
      COPY Dockerfile .
    `);
    const b = lint(ID, text);
    expect(b.map((f) => f.line)).toEqual([3]);
    expect(b[0].message).toContain("FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)");
  });

  it('reports each undeclared name once, without a suggestion when nothing is close', () => {
    const out = lint(ID, '\nARG tag=latest\nFROM busybox:${tag}${version} AS b\nCOPY Dockerfile .\n');
    expect(out.map((f) => f.message.split(':')[0])).toEqual(["FROM argument 'version' is not declared"]);
    expect(out[0].message).not.toContain('did you mean');
  });

  it('does not count ARGs declared inside a stage', () => {
    expect(lint(ID, 'FROM alpine\nARG V=1\nFROM alpine:$V\n').map((f) => f.line)).toEqual([3]);
  });
});
