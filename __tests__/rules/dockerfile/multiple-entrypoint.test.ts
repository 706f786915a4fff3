import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/multiple-entrypoint';

describe(ID, () => {
  it('reports each ENTRYPOINT after the first one of a stage', () => {
    const text = dedent(`
      FROM debian:12
      ENTRYPOINT ["a"]
      RUN true
      ENTRYPOINT ["b"]
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 4, column: 1, endColumn: 11 });
  });

  it('accepts one ENTRYPOINT per stage', () => {
    const text = dedent(`
      FROM debian:12 AS a
      ENTRYPOINT ["a"]
      FROM debian:12
      ENTRYPOINT ["b"]
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
