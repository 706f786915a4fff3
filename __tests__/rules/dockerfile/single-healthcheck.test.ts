import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/single-healthcheck';

describe(ID, () => {
  it('reports every HEALTHCHECK of a stage but the last', () => {
    const text = dedent(`
      FROM nginx:1.27
      HEALTHCHECK CMD curl -f http://localhost/ || exit 1
      HEALTHCHECK NONE
      HEALTHCHECK --interval=30s CMD wget -q -O- http://localhost/
    `);
    const out = lint(ID, text);
    expect(out.map((f) => [f.line, f.column, f.endLine])).toEqual([
      [2, 1, 2],
      [3, 1, 3],
    ]);
    expect(out[0].message).toContain('line 4');
  });

  it('accepts one HEALTHCHECK per stage', () => {
    const text = dedent(`
      FROM golang:1.22 AS build
      HEALTHCHECK NONE
      FROM nginx:1.27
      HEALTHCHECK CMD curl -f http://localhost/ || exit 1
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
