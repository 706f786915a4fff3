import { dedent, lint } from '../../helpers/rule-tester.js';
import { applyEdits } from '../../helpers/fix.js';

const ID = 'dockerfile/consecutive-run';

/** Applies a finding's fix edits (1-based, endColumn exclusive) to the text. */
const applyFix = applyEdits;

describe(ID, () => {
  it('reports a RUN that directly follows another, with a fix that joins them', () => {
    const text = 'FROM alpine:3.20\nRUN apk add --no-cache curl\nRUN curl --version\n';
    const found = lint(ID, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 3, column: 1, endColumn: 4 });
    expect(found[0].message).toContain('line 2');
    expect(applyFix(text, found[0].fix!.edits)).toBe(
      'FROM alpine:3.20\nRUN apk add --no-cache curl && curl --version\n',
    );
  });

  it('joins multi-line RUNs with a continuation', () => {
    const text = 'FROM alpine:3.20\nRUN a \\\n  b\nRUN c\n';
    const found = lint(ID, text);
    expect(applyFix(text, found[0].fix!.edits)).toBe('FROM alpine:3.20\nRUN a \\\n  b \\\n    && c\n');
  });

  it('reports under the backtick escape directive; fixes only when the shell is POSIX', () => {
    // A Windows base runs cmd/PowerShell, where && may not exist: no fix there.
    const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN a `\n  b\nRUN c\n';
    const found = lint(ID, text);
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(5);
    expect(found[0].fix).toBeUndefined();
    const posix = '# escape=`\nFROM alpine:3.20\nRUN a `\n  b\nRUN c\n';
    const fixed = lint(ID, posix);
    expect(applyFix(posix, fixed[0].fix!.edits)).toBe(
      '# escape=`\nFROM alpine:3.20\nRUN a `\n  b `\n    && c\n',
    );
  });

  it('reports each pair of a run of RUNs', () => {
    const found = lint(ID, 'FROM alpine:3.20\nRUN a\nRUN b\nRUN c\n');
    expect(found.map((f) => f.line)).toEqual([3, 4]);
  });

  it('accepts RUNs separated by another instruction', () => {
    expect(lint(ID, 'FROM alpine:3.20\nRUN a\nWORKDIR /x\nRUN b\n')).toEqual([]);
  });

  it('accepts RUNs with different flags', () => {
    const text = 'FROM alpine:3.20\nRUN --mount=type=secret,id=a a\nRUN b\nRUN --network=none c\n';
    expect(lint(ID, text)).toEqual([]);
  });

  it('reports RUNs with the same flags; the fix keeps one set of flags', () => {
    const found = lint(
      ID,
      'FROM alpine:3.20\nRUN --mount=type=cache,target=/c a\nRUN --mount=type=cache,target=/c b\n',
    );
    expect(found).toHaveLength(1);
    const text = 'FROM alpine:3.20\nRUN --mount=type=cache,target=/c a\nRUN --mount=type=cache,target=/c b\n';
    expect(applyFix(text, found[0].fix!.edits)).toBe(
      'FROM alpine:3.20\nRUN --mount=type=cache,target=/c a && b\n',
    );
  });

  it('accepts deliberate chains of three commands or more', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
      RUN curl -fsSL https://example.com/x -o /x
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('exempts a pair where either RUN already chains two commands, as hadolint does', () => {
    for (const [a, b] of [
      ['go mod download && go mod verify', 'go build ./...'],
      ['make', 'make install; make clean'],
      ['gzip -dc /x.gz | tar x', 'rm /x.gz'],
    ]) {
      expect(lint(ID, `FROM golang:1.22\nRUN ${a}\nRUN ${b}\n`)).toEqual([]);
    }
    // Three single-command RUNs after a chained one: the second and third still pair up.
    const text = 'FROM golang:1.22\nRUN a && b\nRUN c\nRUN d\n';
    expect(lint(ID, text).map((f) => f.line)).toEqual([4]);
  });

  it('treats heredoc RUNs by their commands and offers no fix for them', () => {
    const text = dedent(`
      FROM debian:12
      RUN <<EOF
      echo one
      EOF
      RUN echo two
    `);
    const found = lint(ID, text);
    expect(found).toHaveLength(1);
    expect(found[0].fix).toBeUndefined();
    const big = dedent(`
      FROM debian:12
      RUN <<EOF
      a
      b
      c
      EOF
      RUN d
    `);
    expect(lint(ID, big)).toEqual([]);
  });

  it('offers no fix when the first RUN ends in a comment-like text or an operator', () => {
    const found = lint(ID, 'FROM alpine:3.20\nRUN echo "#x"\nRUN b\n');
    expect(found).toHaveLength(1);
    expect(found[0].fix).toBeUndefined();
  });

  it('offers no fix when the first RUN changes shell state the second would inherit', () => {
    // One command each: a chain of two would make the pair deliberate (no finding at all).
    for (const first of ['cd /tmp', 'export A=1', 'A=1', 'exit 0', 'set -e']) {
      const found = lint(ID, `FROM alpine:3.20\nRUN ${first}\nRUN make install\n`);
      expect(found).toHaveLength(1);
      expect(found[0].fix).toBeUndefined();
    }
  });

  it('does not pair RUNs across stages', () => {
    expect(lint(ID, 'FROM alpine:3.20 AS a\nRUN a\nFROM alpine:3.20\nRUN b\n')).toEqual([]);
  });
});
