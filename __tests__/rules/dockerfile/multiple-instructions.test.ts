import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/multiple-instructions';

describe(ID, () => {
  it('reports the earlier CMD, the one that has no effect (BuildKit docs)', () => {
    const text = dedent(`
      FROM alpine
      CMD echo "Hello, Norway!"
      CMD echo "Hello, Sweden!"
      # Only "Hello, Sweden!" will be printed
    `);
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 4 });
    expect(out[0].message).toContain('Multiple CMD instructions should not be used in the same stage');
    expect(out[0].message).toContain('line 3');
  });

  it('reports ENTRYPOINT, CMD and HEALTHCHECK even when other instructions come between (BuildKit test)', () => {
    const text = dedent(`
      FROM scratch
      ENTRYPOINT ["/myapp"]
      CMD ["/myapp"]
      HEALTHCHECK CMD ["/myapp"]
      COPY <<EOF /a.txt
      Hello, World!
      EOF
      ENTRYPOINT ["/myotherapp"]
      CMD ["/myotherapp"]
      HEALTHCHECK CMD ["/myotherapp"]
    `);
    expect(lint(ID, text).map((f) => [f.line, f.message.split(' ')[1]])).toEqual([
      [2, 'ENTRYPOINT'],
      [3, 'CMD'],
      [4, 'HEALTHCHECK'],
    ]);
  });

  it('reports every overridden instruction when there are three', () => {
    expect(lint(ID, 'FROM alpine\nCMD a\nCMD b\nCMD c\n').map((f) => f.line)).toEqual([2, 3]);
  });

  it('accepts one CMD plus the CMD of a HEALTHCHECK (BuildKit docs good example)', () => {
    const text = dedent(`
      FROM python:alpine
      RUN apk add curl
      HEALTHCHECK --interval=1s --timeout=3s \\
        CMD curl -f http://localhost:8080 || exit 1
      CMD python -m http.server 8080
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('treats each stage on its own, even one built on another', () => {
    const text = dedent(`
      FROM scratch AS a
      ENTRYPOINT ["/myapp"]
      CMD ["/myapp"]
      HEALTHCHECK CMD ["/myapp"]

      FROM a AS b
      ENTRYPOINT ["/myotherapp"]
      CMD ["/myotherapp"]
      HEALTHCHECK CMD ["/myotherapp"]
    `);
    expect(lint(ID, text)).toEqual([]);
  });
});
