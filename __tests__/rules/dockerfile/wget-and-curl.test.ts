import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/wget-and-curl';

describe(ID, () => {
  it('reports the second download tool of a stage at its position', () => {
    const text = dedent(`
      FROM debian:12
      RUN wget -q https://example.com/a
      RUN apt-get install -y curl && curl -fsSL https://example.com/b -o b
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 32, endColumn: 36 });
    expect(f[0].message).toContain('`wget` (line 2)');
  });

  it('accepts one tool per stage, even when stages differ', () => {
    const text = dedent(`
      FROM debian:12 AS a
      RUN wget -q https://example.com/a && wget -q https://example.com/b
      FROM debian:12
      RUN curl -fsSLO https://example.com/c
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('does not count package names or other words', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt-get install -y wget curl && wget -q https://example.com/a && echo curl
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('counts ONBUILD triggers in their stage', () => {
    const text = dedent(`
      FROM debian:12
      RUN curl -fsSLO https://example.com/c
      ONBUILD RUN wget -q https://example.com/a
    `);
    expect(lint(ID, text)[0]).toMatchObject({ line: 3, column: 13 });
  });
});
