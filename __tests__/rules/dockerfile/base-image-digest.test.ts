import { dedent, lint } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/base-image-digest';
const DIGEST = 'sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1';

describe(ID, () => {
  it('reports every external base that is not pinned by digest', () => {
    const text = dedent(`
      FROM golang:1.22 AS build
      FROM build AS test
      FROM gcr.io/distroless/static:nonroot
    `);
    const found = lint(ID, text);
    expect(found.map((f) => [f.line, f.column, f.endColumn])).toEqual([
      [1, 6, 17],
      [3, 6, 38],
    ]);
    expect(found[0].message).toContain('golang:1.22@sha256:<digest>');
    expect(found[0].context).toEqual({ stage: 'build' });
  });

  it('accepts digests, scratch and stage references', () => {
    const text = dedent(`
      FROM alpine:3.20@${DIGEST} AS a
      FROM ghcr.io/acme/base@${DIGEST}
      FROM a
      FROM scratch
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('accepts a digest that comes from an ARG default', () => {
    expect(lint(ID, `ARG BASE=node:20@${DIGEST}\nFROM \${BASE}\n`)).toEqual([]);
  });

  it('stays silent on unresolvable images', () => {
    expect(lint(ID, 'ARG BASE\nFROM ${BASE}\n')).toEqual([]);
  });

  it('skips images matching the ignore patterns', () => {
    const text = 'FROM internal.example.com/base:1\nFROM node:20\nFROM ghcr.io/acme/tool:2\n';
    const found = lint(ID, text, { ignore: ['internal.example.com/*', 'ghcr.io/acme/*'] });
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(2);
    expect(lint(ID, text, { ignore: ['*'] })).toEqual([]);
  });
});
