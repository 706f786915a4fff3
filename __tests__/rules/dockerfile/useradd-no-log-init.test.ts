import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/useradd-no-log-init';

describe(ID, () => {
  it('reports useradd with a six-digit UID and offers -l', () => {
    const text = dedent(`
      FROM debian:12
      RUN useradd -u 123456 app
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 5, endColumn: 22 });
    expect(f[0].message).toContain('36 MB');
    expect(f[0].fix!.edits).toEqual([
      { range: { line: 2, column: 12, endLine: 2, endColumn: 12 }, text: ' -l' },
    ]);
  });

  it('accepts -l, --no-log-init and small UIDs', () => {
    const text = dedent(`
      FROM debian:12
      RUN useradd -l -u 123456 a && useradd --no-log-init --uid=1234567 b && useradd -u 1000 c && useradd d \\
          && useradd -lm -u 99999999 e
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('reports a UID from a build argument without default, but not one with a short default or ENV', () => {
    // The shape of a dev-container Dockerfile: `ARG UID=1000` then `useradd -u \${UID}` (hadolint 2.15.1
    // flagged it, as the text `\${UID}` is longer than five characters; the UID the build uses is 1000).
    const text = dedent(`
      FROM debian:12
      ARG UID=1000
      ARG HOST_UID
      ENV APP_UID=1001
      RUN useradd -u "\${UID}" dev && useradd --uid $APP_UID app && useradd -u \${HOST_UID} host
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('from a variable (${HOST_UID})');
    // A long default is judged like a literal.
    expect(lint(ID, 'FROM debian:12\nARG UID=1234567\nRUN useradd -u $UID app\n')[0].message).toContain(
      'UID 1234567',
    );
  });

  it('honours maxDigits and checks ONBUILD triggers', () => {
    const text = dedent(`
      FROM debian:12
      ONBUILD RUN useradd -u 70000 app
    `);
    expect(lint(ID, text)).toEqual([]);
    expect(lint(ID, text, { maxDigits: 4 })[0]).toMatchObject({ line: 2, column: 13 });
  });
});
