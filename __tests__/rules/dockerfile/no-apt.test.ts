import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/no-apt';

describe(ID, () => {
  it('reports apt and offers apt-get where it does the same job', () => {
    const out = lint(ID, 'FROM debian:12\nRUN apt update && apt install -y curl\n');
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ line: 2, column: 5, endLine: 2, endColumn: 8 });
    expect(out[1]).toMatchObject({ line: 2, column: 19, endColumn: 22 });
    expect(out[1].fix).toEqual({
      description: 'Use apt-get',
      edits: [{ range: { line: 2, column: 19, endLine: 2, endColumn: 22 }, text: 'apt-get' }],
    });
  });

  it('points search and show at apt-cache, without a fix, and gives no fix for upgrade', () => {
    const out = lint(ID, 'FROM debian:12\nRUN apt search foo; apt upgrade -y\n');
    expect(out).toHaveLength(2);
    expect(out[0].message).toContain('apt-cache search');
    expect(out[0].fix).toBeUndefined();
    expect(out[1].message).toContain('apt-get upgrade');
    expect(out[1].fix).toBeUndefined();
  });

  it('accepts apt-get, apt-cache and the word apt as an argument', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt-get update && apt-cache policy curl && echo apt && ls /etc/apt
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('checks heredocs and ONBUILD', () => {
    const text = dedent(`
      FROM debian:12
      RUN <<EOF
      apt install -y curl
      EOF
      ONBUILD RUN apt install -y curl
    `);
    expect(lint(ID, text).map((f) => [f.line, f.column])).toEqual([
      [3, 1],
      [5, 13],
    ]);
  });
});
