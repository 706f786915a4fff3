import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/stage-name-reserved';

describe(ID, () => {
  it('reports stages named scratch or context, any case, at the name', () => {
    const text = dedent(`
      FROM debian:12 AS Context
      FROM debian:12 as scratch
    `);
    const f = lint(ID, text);
    expect(f.map((x) => [x.line, x.column, x.endColumn])).toEqual([
      [1, 19, 26],
      [2, 19, 26],
    ]);
  });

  it('accepts other names and FROM scratch', () => {
    const text = dedent(`
      FROM debian:12 AS build
      FROM scratch
      COPY --from=build /a /a
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
