import { dedent, lint } from '../../helpers/rule-tester.js';
import type { Reported } from '../../helpers/rule-tester.js';
import { applyEdits } from '../../helpers/fix.js';

const ID = 'dockerfile/apk-no-cache';

/** The text after the finding's fix (the shared helper applies edits last to first). */
const applyFix = (text: string, f: Reported): string => applyEdits(text, f.fix?.edits ?? []);

describe(ID, () => {
  it('reports apk add without --no-cache and inserts it', () => {
    const text = 'FROM alpine:3.20\nRUN apk update && apk add curl=8.9.1-r0\n';
    const out = lint(ID, text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ line: 2, column: 19, endLine: 2, endColumn: 40 });
    expect(applyFix(text, out[0])).toBe(
      'FROM alpine:3.20\nRUN apk update && apk add --no-cache curl=8.9.1-r0\n',
    );
  });

  it('inserts after the subcommand when global options come first', () => {
    const text = 'FROM alpine:3.20\nRUN apk -U add bash=5.2\n';
    const out = lint(ID, text);
    expect(applyFix(text, out[0])).toBe('FROM alpine:3.20\nRUN apk -U add --no-cache bash=5.2\n');
  });

  it('accepts --no-cache, a cache mount, and removing the cache in the same RUN', () => {
    const text = dedent(`
      FROM alpine:3.20
      RUN apk add --no-cache curl
      RUN apk --no-cache add curl
      RUN --mount=type=cache,target=/var/cache/apk apk add -U curl
      RUN apk add -U curl && rm -rf /var/cache/apk/*
      RUN apk del curl
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('accepts --no-network and skips stages no image is built on', () => {
    const text = dedent(`
      FROM alpine:3.20 AS builder
      RUN apk add --virtual .build-deps gcc musl-dev
      FROM alpine:3.20 AS base
      RUN apk add --no-network --virtual .rundeps $runDeps
      RUN apk add bash
      FROM base
      COPY --from=builder /out /out
    `);
    expect(lint(ID, text).map((f) => f.line)).toEqual([5]);
  });

  it('checks heredocs and ONBUILD; no fix for exec form', () => {
    const text = dedent(`
      FROM alpine:3.20
      RUN <<EOF
      apk add bash
      EOF
      ONBUILD RUN apk add tini
      RUN ["apk", "add", "git"]
    `);
    const out = lint(ID, text);
    expect(out.map((f) => [f.line, f.column])).toEqual([
      [3, 1],
      [5, 13],
      [6, 5],
    ]);
    expect(applyFix(text, out[0])).toContain('\napk add --no-cache bash\n');
    expect(out[2].fix).toBeUndefined();
  });
});
