import { dedent, lint } from '../../helpers/rule-tester.js';
import { applyEdits } from '../../helpers/fix.js';

const ID = 'dockerfile/consistent-instruction-casing';

describe(ID, () => {
  it('reports mixed-case keywords (BuildKit docs bad example) and fixes them to the majority casing', () => {
    const text = dedent(`
      From alpine
      Run echo hello > /greeting.txt
      EntRYpOiNT ["cat", "/greeting.txt"]
    `);
    const out = lint(ID, text);
    expect(out.map((f) => f.line)).toEqual([1, 2, 3]);
    expect(out[0].message).toContain(
      "Command 'From' should match the case of the command majority (uppercase)",
    );
    const fixed = out.reduce((t, f) => applyEdits(t, f.fix!.edits), text);
    expect(fixed).toBe('FROM alpine\nRUN echo hello > /greeting.txt\nENTRYPOINT ["cat", "/greeting.txt"]\n');
  });

  it('accepts all upper-case or all lower-case files (BuildKit docs good examples)', () => {
    expect(
      lint(ID, 'FROM alpine\nRUN echo hello > /greeting.txt\nENTRYPOINT ["cat", "/greeting.txt"]\n'),
    ).toEqual([]);
    expect(
      lint(ID, 'from alpine\nrun echo hello > /greeting.txt\nentrypoint ["cat", "/greeting.txt"]\n'),
    ).toEqual([]);
  });

  it.each([
    ['From scratch as base\nFROM scratch AS base2\n', 1, 'From', 'uppercase'],
    ['FROM scratch\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n', 2, 'copy', 'uppercase'],
    ['frOM scratch as base\nfrom scratch as base2\n', 1, 'frOM', 'lowercase'],
    ['from scratch\nCOPY Dockerfile /foo\ncopy Dockerfile /bar\n', 2, 'COPY', 'lowercase'],
    [
      'from scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\nCOPY Dockerfile /baz\n',
      1,
      'from',
      'uppercase',
    ],
    [
      'FROM scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\ncopy Dockerfile /baz\n',
      1,
      'FROM',
      'lowercase',
    ],
  ])('follows BuildKit testConsistentInstructionCasing: %j', (text, line, word, casing) => {
    const out = lint(ID, text);
    expect(out.map((f) => f.line)).toEqual([line]);
    expect(out[0].message).toContain(
      `Command '${word}' should match the case of the command majority (${casing})`,
    );
  });

  it('does not count the ARGs before the first FROM, nor heredoc bodies', () => {
    expect(lint(ID, 'arg V=1\nFROM alpine\nRUN <<EOT\nenv\nEOT\n')).toEqual([]);
  });

  it('takes upper case on a tie', () => {
    const out = lint(ID, 'FROM alpine\nrun true\n');
    expect(out.map((f) => [f.line, f.fix!.edits[0].text])).toEqual([[2, 'RUN']]);
  });
});
