import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/label-url';

describe(ID, () => {
  it('reports an OCI URL label without a scheme, at its value', () => {
    const text = dedent(`
      FROM debian:12
      LABEL org.opencontainers.image.source="github.com/org/repo"
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 39, endColumn: 60 });
  });

  it('accepts absolute URLs, variables and unlisted labels', () => {
    const text = dedent(`
      FROM debian:12
      ARG REPO
      LABEL org.opencontainers.image.source=https://github.com/org/repo \\
            org.opencontainers.image.url=$REPO \\
            org.opencontainers.image.documentation="https://example.com/docs?x=1#y" \\
            homepage=not-a-url
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('checks the labels configured, with patterns', () => {
    const text = dedent(`
      FROM debian:12
      LABEL com.example.url="http://exa mple.com" com.example.wiki=https://wiki.example.com
    `);
    expect(lint(ID, text, { labels: ['com.example.*'] })).toHaveLength(1);
  });
});
