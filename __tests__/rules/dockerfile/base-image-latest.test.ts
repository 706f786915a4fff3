import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/base-image-latest';

describe(ID, () => {
  it('reports :latest on the tag itself', () => {
    const found = lint(ID, 'FROM node:latest\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 1, column: 11, endLine: 1, endColumn: 17 });
    expect(found[0].message).toContain('node:<version>');
  });

  it('reports :latest of a registry image with a port', () => {
    const found = lint(ID, 'FROM localhost:5000/team/app:latest AS app\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ column: 30, endColumn: 36 });
  });

  it('reports :latest that comes from an ARG default, on the default', () => {
    const text = dedent(`
      ARG TAG=latest
      FROM python:\${TAG}
      RUN true
    `);
    const found = lint(ID, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 1, column: 9, endColumn: 15 });
    expect(found[0].message).toContain('FROM at line 2');
  });

  it('reports a whole image ARG whose default ends in :latest', () => {
    const found = lint(ID, 'ARG BASE=ghcr.io/acme/base:latest\nFROM $BASE AS b\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 1, column: 10 });
  });

  it('accepts versions, digests, untagged images and stage references', () => {
    const text = dedent(`
      FROM node:20 AS latest
      FROM latest
      FROM alpine:latest@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1
      FROM debian
      FROM ubuntu:latest-dev
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('stays silent when an ARG without default makes the image unresolvable', () => {
    expect(lint(ID, 'ARG TAG\nFROM node:${TAG}\n')).toEqual([]);
  });

  it('handles the backtick escape directive and line continuations', () => {
    const text = '# escape=`\nFROM --platform=linux/amd64 `\n  mcr.microsoft.com/dotnet/sdk:latest\n';
    const found = lint(ID, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 3, column: 32, endColumn: 38 });
  });
});
