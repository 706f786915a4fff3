import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/duplicate-stage-name';

describe(ID, () => {
  it('reports a reused stage name, case-insensitively, at the name', () => {
    const text = dedent(`
      FROM node:20 AS build
      RUN npm ci
      FROM golang:1.22 AS Build
      RUN go build
    `);
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 3, column: 21, endLine: 3, endColumn: 26 });
    expect(out[0].message).toContain('line 1');
  });

  it('accepts distinct names and unnamed stages', () => {
    const text = dedent(`
      FROM node:20 AS web
      FROM golang:1.22 AS api
      FROM alpine:3.20
      FROM alpine:3.20
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
