import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/redundant-target-platform';

describe(ID, () => {
  it('reports --platform=$TARGETPLATFORM and removes it', () => {
    const text = dedent(`
      FROM --platform=$TARGETPLATFORM alpine:3.20
      FROM --platform=\${TARGETPLATFORM} alpine:3.20 AS x
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ line: 1, column: 6, endColumn: 32 });
    expect(f[0].fix!.edits).toEqual([{ range: { line: 1, column: 6, endLine: 1, endColumn: 33 }, text: '' }]);
  });

  it('accepts other platforms', () => {
    const text = dedent(`
      FROM --platform=$BUILDPLATFORM golang:1.22 AS build
      FROM --platform=linux/amd64 alpine:3.20
      FROM alpine:3.20
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
