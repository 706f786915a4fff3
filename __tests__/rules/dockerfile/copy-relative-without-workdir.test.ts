import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/copy-relative-without-workdir';

describe(ID, () => {
  it('reports COPY to a relative destination before any WORKDIR, at the destination', () => {
    const text = dedent(`
      FROM node:20-slim
      COPY package.json app/
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 19, endLine: 2, endColumn: 23 });
  });

  it('accepts absolute destinations and COPY after WORKDIR', () => {
    const text = dedent(`
      FROM node:20-slim
      COPY a /app/
      WORKDIR /app
      COPY b .
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('inherits WORKDIR from the stage a stage is built FROM, but not from others', () => {
    const text = dedent(`
      FROM node:20-slim AS base
      WORKDIR /app
      FROM base
      COPY x .
      FROM node:20-slim
      COPY y .
    `);
    expect(lint(ID, text).map((x) => x.line)).toEqual([6]);
  });

  it('handles JSON form, heredoc sources and variables', () => {
    const text = dedent(`
      FROM node:20-slim
      ENV APP=/srv/app
      COPY ["a b", "rel"]
      COPY <<EOF conf/x.conf
      hello
      EOF
      COPY c $APP/
      COPY d $UNKNOWN/
    `);
    expect(lint(ID, text).map((x) => x.line)).toEqual([3, 4]);
  });

  it('does not count a WORKDIR of another stage for a stage built FROM an external image (DL3045)', () => {
    const text = dedent(`
      FROM golang:1.22 AS build
      WORKDIR /src
      COPY . .
      FROM gcr.io/distroless/static-debian12
      COPY --from=build /src/app bin/
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([5]);
    // …but a stage built FROM that stage inherits it.
    expect(lint(ID, 'FROM golang:1.22 AS build\nWORKDIR /src\nFROM build\nCOPY x bin/\n')).toEqual([]);
  });

  it('takes Windows paths as absolute', () => {
    const text = dedent(`
      FROM mcr.microsoft.com/windows/servercore:ltsc2022
      COPY app.exe c:\\app\\
      COPY conf.xml C:/app/conf/
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
