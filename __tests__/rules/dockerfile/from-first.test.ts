import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/from-first';

describe(ID, () => {
  it('reports the first instruction other than ARG before FROM', () => {
    const text = dedent(`
      # syntax=docker/dockerfile:1
      ARG BASE=debian:12
      ENV X=1
      FROM $BASE
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 4 });
  });

  it('accepts comments, directives and ARG before FROM', () => {
    const text = dedent(`
      # syntax=docker/dockerfile:1
      # a comment
      ARG BASE=debian:12
      FROM $BASE
      RUN true
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('reports once for a file without FROM', () => {
    const f = lint(ID, 'RUN a\nRUN b\n');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('without FROM');
  });
});
