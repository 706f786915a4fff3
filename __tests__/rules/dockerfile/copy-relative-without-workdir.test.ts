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
});
