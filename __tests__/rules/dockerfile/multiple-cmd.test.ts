import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/multiple-cmd';

describe(ID, () => {
  it('reports each CMD after the first one of a stage', () => {
    const text = dedent(`
      FROM debian:12
      CMD ["a"]
      CMD ["b"]
      CMD ["c"]
    `);
    const f = lint(ID, text);
    expect(f.map((x) => [x.line, x.column, x.endColumn])).toEqual([
      [3, 1, 4],
      [4, 1, 4],
    ]);
    expect(f[0].message).toContain('line 2');
  });

  it('accepts one CMD per stage', () => {
    const text = dedent(`
      FROM debian:12 AS a
      CMD ["a"]
      FROM a
      CMD ["b"]
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
