import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/wget-progress';

describe(ID, () => {
  it('reports wget without --progress and offers --progress=dot:giga on a glibc base', () => {
    const text = dedent(`
      FROM debian:12
      RUN wget https://example.com/big.tar.gz
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 5, endLine: 2, endColumn: 9 });
    expect(f[0].fix!.edits).toEqual([
      { range: { line: 2, column: 9, endLine: 2, endColumn: 9 }, text: ' --progress=dot:giga' },
    ]);
  });

  it('offers no fix on Alpine, whose BusyBox wget has no --progress', () => {
    const text = dedent(`
      FROM alpine:3.20 AS base
      FROM base
      RUN wget https://example.com/x
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0].fix).toBeUndefined();
  });

  it('accepts --progress, -q, -nv, -o and clusters such as -qO-', () => {
    const text = dedent(`
      FROM debian:12
      RUN wget --progress=dot:giga a && wget -q b && wget -nv c && wget -o /tmp/log d && wget -qO- e | tar x
      RUN wget --no-verbose f && wget --quiet g && wget -O out -a log h
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('does not take -O for -o or -nc for -q', () => {
    const text = dedent(`
      FROM debian:12
      RUN wget -O out x && wget -nc y
    `);
    expect(lint(ID, text)).toHaveLength(2);
  });

  it('reads options from ARG values and trusts option variables it cannot read', () => {
    const text = dedent(`
      FROM debian:12
      ARG WGET_ARGS="--progress=dot:giga"
      ARG URL=https://example.com/x
      RUN wget \${WGET_ARGS} "$URL" && wget $EXTRA_OPTS y
      RUN wget "$URL"
    `);
    const f = lint(ID, text);
    expect(f).toHaveLength(1);
    expect(f[0].line).toBe(5);
  });

  it('checks ONBUILD triggers without offering a fix', () => {
    const text = dedent(`
      FROM debian:12
      ONBUILD RUN wget https://example.com/x
    `);
    const f = lint(ID, text);
    expect(f[0]).toMatchObject({ line: 2, column: 13 });
    expect(f[0].fix).toBeUndefined();
  });
});
