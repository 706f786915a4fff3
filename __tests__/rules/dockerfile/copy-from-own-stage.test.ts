import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/copy-from-own-stage';

describe(ID, () => {
  it('reports COPY --from naming its own stage, by name or index', () => {
    const text = dedent(`
      FROM node:20 AS build
      COPY --from=build /a /b
      FROM alpine:3.20 AS final
      COPY --from=1 /x /y
      COPY --from=build /app /app
      COPY --from="final" /a /b
    `);
    const out = lint(ID, text);
    expect(out.map((f) => [f.line, f.column, f.endColumn])).toEqual([
      [2, 13, 18],
      [4, 13, 14],
      [6, 13, 20],
    ]);
  });

  it('accepts earlier stages and images, case-insensitively resolved', () => {
    const text = dedent(`
      FROM node:20 AS Build
      RUN npm ci
      FROM alpine:3.20
      COPY --from=BUILD /app /app
      COPY --from=0 /x /y
      COPY --from=nginx:1.27 /etc/nginx /etc/nginx
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
