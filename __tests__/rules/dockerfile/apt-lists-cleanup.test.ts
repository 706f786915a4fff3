import { dedent, lint } from '../../helpers/rule-tester.js';
import type { Reported } from '../../helpers/rule-tester.js';
import { applyEdits } from '../../helpers/fix.js';

const ID = 'dockerfile/apt-lists-cleanup';

/** The text after the finding's fix (the shared helper applies edits last to first). */
const applyFix = (text: string, f: Reported): string => applyEdits(text, f.fix?.edits ?? []);

describe(ID, () => {
  it('reports apt-get update without removing the lists, and appends the cleanup', () => {
    const text = 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n';
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 5, endLine: 2, endColumn: 19 });
    expect(applyFix(text, out[0])).toBe(
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    );
  });

  it('accepts rm of the lists in the same RUN, apt-get distclean and cache or tmpfs mounts', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
      RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists
      RUN apt-get update && apt-get install -y curl && apt-get distclean
      RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl
      RUN --mount=type=tmpfs,target=/var/lib/apt apt-get update
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('still reports when the cleanup is in a later RUN (the lists stay in the earlier layer)', () => {
    const text = dedent(`
      FROM debian:12
      RUN apt-get update && apt-get install -y curl
      RUN rm -rf /var/lib/apt/lists/*
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([2]);
  });

  it('ignores build stages that no image is built on', () => {
    const text = dedent(`
      FROM debian:12 AS build
      RUN apt-get update && apt-get install -y gcc
      FROM debian:12 AS base
      RUN apt-get update
      FROM base
      COPY --from=build /out /out
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([4]);
  });

  it('checks heredoc scripts (without a fix) and ONBUILD triggers', () => {
    const text = dedent(`
      FROM debian:12
      RUN <<EOF
      apt-get update
      apt-get install -y curl
      EOF
      ONBUILD RUN apt-get update
    `);
    const out = lint(ID, text);
    expect(out.map((f) => f.line)).toEqual([3, 6]);
    expect(out[0].fix).toBeUndefined();
    expect(applyFix(text, out[1])).toContain('ONBUILD RUN apt-get update && rm -rf /var/lib/apt/lists/*');
  });

  it('offers no fix when the script ends inside a compound command or with a separator', () => {
    const out = lint(ID, 'FROM debian:12\nRUN if true; then apt-get update; fi\nRUN apt-get update;\n');
    expect(out).toHaveLength(2);
    expect(out.every((f) => f.fix === undefined)).toBe(true);
  });

  it('accepts removing the lists through a glob or a parent folder (hadolint does)', () => {
    for (const rm of ['rm -rf /var/lib/apt/lists*', 'rm -rf /var/lib/apt', 'rm -rf /var/lib/apt/*']) {
      expect(lint(ID, `FROM debian:12\nRUN apt-get update && apt-get install -y curl && ${rm}\n`)).toEqual(
        [],
      );
    }
    // A path that does not cover the lists still leaves them.
    expect(lint(ID, 'FROM debian:12\nRUN apt-get update && rm -rf /var/lib/apt/li\n')).toHaveLength(1);
  });
});
