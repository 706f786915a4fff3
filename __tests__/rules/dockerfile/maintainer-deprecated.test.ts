import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/maintainer-deprecated';

describe(ID, () => {
  it('reports MAINTAINER and replaces it with an authors label', () => {
    const text = dedent(`
      FROM debian:12
      MAINTAINER Jane "JD" Doe <jane@example.com>
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 1, endColumn: 11 });
    expect(f[0].fix!.edits).toEqual([
      {
        range: { line: 2, column: 1, endLine: 2, endColumn: 44 },
        text: 'LABEL org.opencontainers.image.authors="Jane \\"JD\\" Doe <jane@example.com>"',
      },
    ]);
  });

  it('accepts LABEL', () => {
    expect(lint(ID, 'FROM debian:12\nLABEL org.opencontainers.image.authors="x"\n')).toEqual([]);
  });
});
