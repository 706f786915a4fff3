import { dedent, dockerfile, lint } from '../../helpers/rule-tester.js';
import {
  finalStageChain,
  flagOf,
  mountsOf,
  reachableStages,
  resolveSource,
  stageByRef,
  stageChain,
  workdirAt,
} from '../../../src/knowledge/stages.js';

const ID = 'dockerfile/max-layers';

function runs(n: number): string {
  return Array.from({ length: n }, (_, i) => `RUN echo ${i}`).join('\n');
}

describe(ID, () => {
  it('reports the first instruction past the maximum', () => {
    const found = lint(ID, `FROM alpine:3.20\n${runs(21)}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 22, column: 1, endColumn: 4 });
    expect(found[0].message).toContain('21 layers');
    expect(found[0].message).toContain('maximum of 20');
  });

  it('accepts exactly the maximum, and honours the option', () => {
    expect(lint(ID, `FROM alpine:3.20\n${runs(20)}\n`)).toEqual([]);
    expect(lint(ID, `FROM alpine:3.20\n${runs(3)}\n`, { max: 2 })).toHaveLength(1);
  });

  it('counts only RUN, COPY and ADD', () => {
    const text = dedent(`
      FROM alpine:3.20
      ENV A=1
      LABEL a=b
      WORKDIR /app
      COPY a /a
      ADD b /b
      RUN true
      USER 1000
    `);
    expect(lint(ID, text, { max: 3 })).toEqual([]);
    expect(lint(ID, text, { max: 2 })).toHaveLength(1);
  });

  it('counts the ancestors of a FROM-stage chain but not other stages', () => {
    const text = dedent(`
      FROM golang:1.22 AS build
      RUN go build 1
      RUN go build 2
      RUN go build 3
      FROM alpine:3.20 AS base
      RUN apk add --no-cache ca-certificates
      FROM base AS runtime
      COPY --from=build /out /app
      RUN true
    `);
    // runtime = base (1) + runtime (2) = 3; the build stage's 3 do not count
    expect(lint(ID, text, { max: 3 })).toEqual([]);
    const found = lint(ID, text, { max: 2 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 9 });
    expect(found[0].message).toContain('base → runtime');
    expect(found[0].context).toEqual({ stage: 'runtime' });
  });

  it('does not count ONBUILD triggers', () => {
    const text = 'FROM alpine:3.20\nONBUILD RUN a\nONBUILD COPY . .\nRUN b\n';
    expect(lint(ID, text, { max: 1 })).toEqual([]);
  });

  it('handles heredoc RUNs as one layer each', () => {
    const text = dedent(`
      FROM debian:12
      RUN <<EOF
      apt-get update
      apt-get install -y curl
      EOF
      COPY <<EOF /etc/motd
      hello
      EOF
    `);
    expect(lint(ID, text, { max: 2 })).toEqual([]);
    expect(lint(ID, text, { max: 1 })).toHaveLength(1);
  });
});

// The stage helpers this rule is built on (src/knowledge/stages.ts), shared with other rules.
describe('stages helpers', () => {
  const text = dedent(`
    ARG TOOLS=ghcr.io/acme/tools:1
    FROM golang:1.22 AS Build
    WORKDIR /src
    WORKDIR app
    RUN --mount=type=cache,target=/go/pkg/mod,sharing=locked --mount=type=bind,from=ctx,source=/,target=/x go build
    FROM build AS test
    ARG TOOLS
    COPY --from=\${TOOLS} /bin/t /bin/t
    FROM alpine:3.20 AS unused
    FROM alpine:3.20
    COPY --from=1 /src/app/out /app
  `);
  const model = dockerfile(text);

  it('resolves stage references by name, case-insensitively, or by index', () => {
    expect(stageByRef(model, 'BUILD')?.index).toBe(0);
    expect(stageByRef(model, '1')?.name).toBe('test');
    expect(stageByRef(model, 'nope')).toBeUndefined();
    expect(stageChain(model, model.stages[1]).map((s) => s.index)).toEqual([0, 1]);
    expect(finalStageChain(model).map((s) => s.index)).toEqual([3]);
  });

  it('tells stages from images in --from', () => {
    const copy = model.stages[1].instructions[1];
    const src = resolveSource(model, copy, flagOf(copy, 'from')!.value!);
    // BuildKit does not expand variables in --from: the value names nothing known.
    expect(src.kind).toBe('unknown');
    const other = resolveSource(model, copy, 'quay.io/x/y:1');
    expect(other.kind === 'image' && other.image.registry).toBe('quay.io');
    expect(resolveSource(model, copy, 'Build').kind).toBe('stage');
    expect(reachableStages(model)).toEqual(new Set([3, 1, 0]));
  });

  it('parses --mount options with exact ranges', () => {
    const run = model.stages[0].instructions[2];
    const [cache, bind] = mountsOf(run);
    expect(cache).toMatchObject({ type: 'cache', target: '/go/pkg/mod' });
    expect(cache.byKey.get('sharing')?.value).toBe('locked');
    expect(bind).toMatchObject({ type: 'bind', from: 'ctx', source: '/', target: '/x' });
    const from = bind.byKey.get('from')!;
    expect(
      model.lines[from.valueRange.line - 1].slice(from.valueRange.column - 1, from.valueRange.endColumn - 1),
    ).toBe('ctx');
  });

  it('follows WORKDIR through the chain', () => {
    expect(workdirAt(model, model.stages[0].instructions[2])).toBe('/src/app');
    expect(workdirAt(model, model.stages[1].instructions[1])).toBe('/src/app');
    expect(workdirAt(model, model.stages[3].instructions[0])).toBe('/');
  });
});
