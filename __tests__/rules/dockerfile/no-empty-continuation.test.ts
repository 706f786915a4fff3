import { dedent, lint } from '../../helpers/rule-tester.js';
import { applyEdits } from '../../helpers/fix.js';

const ID = 'dockerfile/no-empty-continuation';

describe(ID, () => {
  it('reports the empty lines of BuildKit docs example at the end of the instruction and removes them', () => {
    const text = 'FROM alpine\nRUN apk add \\\n\n    gnupg \\\n\n    curl\n';
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 6, endLine: 6 });
    expect(out[0].message).toContain('lines 3, 5 are empty');
    expect(applyEdits(text, out[0].fix!.edits)).toBe('FROM alpine\nRUN apk add \\\n    gnupg \\\n    curl\n');
  });

  it('reports the EXPOSE example and BuildKit testNoEmptyContinuation at the line BuildKit names', () => {
    expect(lint(ID, 'FROM alpine\nEXPOSE \\\n\n80\n').map((f) => f.line)).toEqual([4]);
    const text = dedent(`

      FROM scratch
      # warning: empty continuation line
      COPY Dockerfile \\

      .
      COPY Dockerfile \\
      .
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([6]);
  });

  it('accepts comment lines inside a continuation (BuildKit docs good example) and whitespace after the escape', () => {
    expect(lint(ID, 'FROM alpine\nEXPOSE \\\n# Port\n80\n')).toEqual([]);
    expect(lint(ID, 'FROM alpine\nRUN echo a \\   \n  b\n\nRUN echo c\n')).toEqual([]);
  });

  it('counts a whitespace-only line as empty and honours the backtick escape', () => {
    expect(lint(ID, 'FROM alpine\nRUN echo a \\\n   \n  b\n').map((f) => f.line)).toEqual([4]);
    expect(
      lint(ID, '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver\nRUN echo a `\n\n  b\n').map(
        (f) => f.line,
      ),
    ).toEqual([5]);
  });

  it('does not look inside heredoc bodies', () => {
    expect(lint(ID, 'FROM alpine\nRUN <<EOF\necho a\n\necho b\nEOF\n')).toEqual([]);
  });
});
