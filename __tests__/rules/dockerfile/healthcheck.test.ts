import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/healthcheck';

describe(ID, () => {
  it('reports a final image without HEALTHCHECK at its FROM image', () => {
    const found = lint(ID, 'FROM nginx:1.27 AS web\nCOPY site /usr/share/nginx/html\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 1, column: 6, endColumn: 16 });
    expect(found[0].message).toContain('stage web');
  });

  it('accepts a HEALTHCHECK in the final stage, or HEALTHCHECK NONE', () => {
    expect(lint(ID, 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n')).toEqual([]);
    expect(lint(ID, 'FROM nginx:1.27\nHEALTHCHECK NONE\n')).toEqual([]);
  });

  it('counts a HEALTHCHECK inherited from a parent stage, not from unrelated stages', () => {
    const inherited = dedent(`
      FROM node:20 AS base
      HEALTHCHECK --interval=30s CMD node healthcheck.js
      FROM base
      COPY . .
    `);
    expect(lint(ID, inherited)).toEqual([]);
    const unrelated = dedent(`
      FROM node:20 AS build
      HEALTHCHECK CMD true
      FROM node:20-slim
      COPY --from=build /app /app
    `);
    const found = lint(ID, unrelated);
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(3);
  });

  it('ignores a HEALTHCHECK registered with ONBUILD and files without FROM', () => {
    expect(lint(ID, 'FROM node:20\nONBUILD HEALTHCHECK CMD true\n')).toHaveLength(1);
    expect(lint(ID, 'ARG A=1\n')).toEqual([]);
  });
});
