import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/expose-valid-port';

describe(ID, () => {
  it('reports ports above 65535 with the range of the argument', () => {
    const out = lint(ID, 'FROM nginx:1.27\nEXPOSE 80 80000/tcp\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 11, endLine: 2, endColumn: 20 });
    expect(out[0].message).toContain('0 to 65535');
  });

  it('reports bad ranges, protocols and non-numbers', () => {
    const text = dedent(`
      FROM nginx:1.27
      EXPOSE 8000-70000 9000-8000 53/icmp http
    `);
    expect(lint(ID, text).map((f) => f.column)).toEqual([8, 19, 29, 37]);
  });

  it('accepts valid ports, ranges, protocols and ports from variables', () => {
    const text = dedent(`
      FROM nginx:1.27
      ARG PORT=8080
      ARG UNKNOWN
      EXPOSE 0 80 443/tcp 53/udp 8000-8010 65535 $PORT \${UNKNOWN}
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('expands variables and checks ONBUILD', () => {
    const text = dedent(`
      FROM nginx:1.27
      ARG PORT=99999
      EXPOSE $PORT
      ONBUILD EXPOSE 70000
    `);
    expect(lint(ID, text).map((f) => [f.line, f.column])).toEqual([
      [3, 8],
      [4, 16],
    ]);
  });
});
