import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/syntax';

const problems = (text: string) =>
  lint(ID, text).map((f) => ({ line: f.line, column: f.column, endColumn: f.endColumn, message: f.message }));

describe(ID, () => {
  it('reports unknown instructions at the keyword and missing arguments, without stopping', () => {
    const out = problems('FROM alpine\nBADCMD foo\nWORKDIR\nRUN true\n');
    expect(out.map((p) => [p.line, p.column, p.endColumn])).toEqual([
      [2, 1, 7],
      [3, 1, 8],
    ]);
    expect(out[0].message).toContain('Unknown instruction "BADCMD"');
  });

  it('reports unknown flags at the flag name, for every instruction', () => {
    const text = dedent(`
      FROM --plat=linux/amd64 alpine
      RUN --foo echo hi
      COPY --Chown=app a /b
      EXPOSE --tcp 80
      CMD --help
      HEALTHCHECK --intervall=5s CMD true
    `);
    const out = problems(text);
    expect(out.map((p) => [p.line, p.column, p.endColumn])).toEqual([
      [1, 8, 12],
      [2, 7, 10],
      [3, 8, 13],
      [4, 10, 13],
      [5, 7, 11],
      [6, 15, 24],
    ]);
    expect(out[0].message).toContain('Unknown flag --plat for FROM');
    expect(out[2].message).toContain('flags are case-sensitive: write --chown');
    expect(out[3].message).toContain('EXPOSE takes no flags');
    expect(out[4].message).toContain('CMD ["program", "--help"]');
  });

  it('accepts the documented flags', () => {
    const text = dedent(`
      FROM --platform=$BUILDPLATFORM golang:1.22 AS build
      RUN --mount=type=cache,target=/root/.cache --network=none --security=sandbox go build ./...
      COPY --from=build --chown=app:app --chmod=0755 --link --exclude=*.md /out /app
      ADD --checksum=sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef --keep-git-dir=true https://example.com/a.tgz /a
      HEALTHCHECK --interval=30s --timeout=5s --start-period=1m --start-interval=2s --retries=3 CMD true
    `);
    expect(problems(text)).toEqual([]);
  });

  it('reports flag values the builder rejects: missing values, bad choices, bad mount types, duplicates', () => {
    const text = dedent(`
      FROM alpine
      RUN --network=bridge true
      RUN --mount=type=volume,target=/x true
      COPY --from a /b
      COPY --link=yes a /b
      FROM --platform=linux/amd64 --platform=linux/arm64 alpine
    `);
    expect(problems(text).map((p) => [p.line, p.message.slice(0, 24)])).toEqual([
      [2, '--network=bridge is not '],
      [3, 'Unsupported mount type "'],
      [4, 'Missing a value on flag '],
      [5, '--link takes true or fal'],
      [6, 'Duplicate flag --platfor'],
    ]);
  });

  it('reports FROM argument mistakes and invalid stage names', () => {
    const text = dedent(`
      FROM alpine AS
      FROM alpine FOR build
      FROM alpine AS 1st
      FROM alpine AS build-1.x_y
    `);
    expect(problems(text).map((p) => [p.line, p.column, p.message.slice(0, 20)])).toEqual([
      [1, 6, 'FROM … AS needs a st'],
      [2, 13, 'When FROM has three '],
      [3, 16, 'Invalid name for bui'],
    ]);
  });

  it('reports invalid EXPOSE ports at the argument', () => {
    const text = dedent(`
      FROM alpine
      EXPOSE 80 70000 80/http abc 9000-8000 8080:80 1.2.3:80:80 $PORT
    `);
    expect(problems(text).map((p) => [p.column, p.endColumn, p.message.split(':')[0]])).toEqual([
      [11, 16, 'Invalid EXPOSE port "70000"'],
      [17, 24, 'Invalid EXPOSE port "80/http"'],
      [25, 28, 'Invalid EXPOSE port "abc"'],
      [29, 38, 'Invalid EXPOSE port "9000-8000"'],
      [47, 58, 'Invalid EXPOSE port "1.2.3'],
    ]);
  });

  it('reports HEALTHCHECK durations, retries and types', () => {
    const text = dedent(`
      FROM alpine
      HEALTHCHECK --interval=5 --timeout=10x --retries=-1 --start-period=1us CMD true
      HEALTHCHECK CURL http://localhost
      HEALTHCHECK CMD
      HEALTHCHECK NONE now
      HEALTHCHECK --interval=1m30s --timeout=0 CMD true
    `);
    expect(problems(text).map((p) => [p.line, p.column, p.message.slice(0, 22)])).toEqual([
      [2, 24, '--interval=5 is not a '],
      [2, 36, '--timeout=10x is not a'],
      [2, 50, '--retries cannot be ne'],
      [2, 68, '--start-period=1us can'],
      [3, 13, 'Unknown type "CURL" in'],
      [4, 13, 'Missing command after '],
      [5, 13, 'HEALTHCHECK NONE takes'],
    ]);
  });

  it('reports ENV/LABEL without a value, SHELL not in JSON form, COPY without destination, bad STOPSIGNAL', () => {
    const text = dedent(`
      FROM alpine
      ENV FOO
      LABEL version
      SHELL /bin/bash -c
      COPY onlyone
      STOPSIGNAL SIGFOO
      STOPSIGNAL SIGTERM
      STOPSIGNAL 9
    `);
    expect(problems(text).map((p) => [p.line, p.message.slice(0, 18)])).toEqual([
      [2, 'ENV FOO has no val'],
      [3, 'LABEL version has '],
      [4, 'SHELL requires the'],
      [5, 'COPY requires at l'],
      [6, 'Invalid signal "SI'],
    ]);
  });

  it('reports an unterminated heredoc at its <<NAME', () => {
    const out = problems('FROM alpine\nRUN <<EOF\necho hi\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 5, endColumn: 10 });
    expect(out[0].message).toContain('Unterminated heredoc <<EOF');
    expect(problems('FROM alpine\nRUN <<EOF\necho hi\nEOF\nRUN <<-X\n\techo a\n\tX\n')).toEqual([]);
  });

  it('checks ONBUILD triggers too', () => {
    expect(problems('FROM alpine\nONBUILD RUN --foo true\nONBUILD BOGUS x\n').map((p) => p.line)).toEqual([
      2, 3,
    ]);
  });

  it('reports a file without instructions or without FROM', () => {
    expect(problems('')[0].message).toContain('empty');
    expect(problems('# just a comment\n')[0].message).toContain('no instructions');
    expect(problems('ARG A=1\n')[0].message).toContain('no FROM');
  });

  it('never throws on malformed input', () => {
    for (const text of [
      'FROM',
      'RUN <<',
      'COPY --',
      'EXPOSE :::',
      'HEALTHCHECK --retries=',
      'FROM a AS b c d\n\\\n',
      '\u0000\u0001',
    ]) {
      expect(() => lint(ID, text)).not.toThrow();
    }
  });
});
