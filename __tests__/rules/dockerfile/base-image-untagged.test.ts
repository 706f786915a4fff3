import { dedent, dockerfile, lint, loadRules } from '../../helpers/rule-tester.js';

const ID = 'dockerfile/base-image-untagged';

describe(ID, () => {
  it('reports FROM without tag or digest, on the image argument', () => {
    const found = lint(ID, 'FROM ubuntu\nRUN true\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 1, column: 6, endLine: 1, endColumn: 12 });
    expect(found[0].message).toContain('ubuntu:<version>');
  });

  it('reports a registry image without tag, and flags after FROM do not shift the range', () => {
    const found = lint(ID, 'FROM --platform=$BUILDPLATFORM ghcr.io/acme/base AS build\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 1, column: 32, endColumn: 49 });
    expect(found[0].context).toEqual({ stage: 'build' });
  });

  it('accepts tags, digests, scratch and stage references', () => {
    const text = dedent(`
      FROM golang:1.22 AS build
      FROM alpine@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1 AS certs
      FROM build AS test
      FROM scratch
      COPY --from=build /out /app
    `);
    expect(lint(ID, text)).toEqual([]);
  });

  it('accepts an ARG default that carries a tag', () => {
    expect(lint(ID, 'ARG IMAGE=node:20-slim\nFROM $IMAGE\n')).toEqual([]);
    expect(lint(ID, 'ARG TAG=3.20\nFROM alpine:${TAG}\n')).toEqual([]);
  });

  it('reports an ARG default without a tag and names the ARG', () => {
    const found = lint(ID, 'ARG IMAGE=node\nFROM ${IMAGE}\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 2, column: 6, endColumn: 14 });
    expect(found[0].message).toContain('ARG IMAGE at line 1');
  });

  it('stays silent when the image comes from an ARG without default', () => {
    expect(lint(ID, 'ARG IMAGE\nFROM ${IMAGE}\n')).toEqual([]);
    expect(lint(ID, 'ARG REGISTRY\nFROM ${REGISTRY}/app\n')).toEqual([]);
  });

  it('treats a stage reference as such even when written in another case', () => {
    expect(lint(ID, 'FROM node:20 AS Base\nFROM base\n')).toEqual([]);
  });

  it('works with the backtick escape directive', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore `\n  AS win\n';
    const found = lint(ID, text);
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(2);
  });
});

describe(`${ID}: transports`, () => {
  it('ignores podman/buildah transports such as oci-archive:', () => {
    expect(lint(ID, 'FROM oci-archive:./out.ociarchive\nFROM containers-storage:localhost/x\n')).toEqual([]);
  });
});

describe(`${ID}: template placeholders (Helm, Go, Jinja, official-images %%VAR%%)`, () => {
  const shapes = [
    'FROM {{ .Image }}\nRUN echo hi\n',
    'FROM debian:{{ .debian.version }}-slim\nRUN echo hi\n',
    'FROM quay.io/ai-lab/{{ image_name }}:latest\nUSER 1000\n',
    'FROM %%PARENT%%:%%VERSION_FULL%%\nRUN echo hi\n',
    'FROM php:8.4-%%VARIANT%%\nRUN echo hi\n',
    'FROM #IMAGE_NAME# # Replaced by sed in ct_test_app_dockerfile\nUSER 1000\n',
    'FROM mcr.microsoft.com/windows/{{ env.windowsVariant }}:{{ env.windowsRelease }}\nRUN echo hi\n',
  ];
  const rules = [
    'dockerfile/base-image-untagged',
    'dockerfile/base-image-latest',
    'dockerfile/base-image-digest',
    'dockerfile/trusted-registries',
    'dockerfile/syntax',
    'dockerfile/non-root-user',
  ];
  beforeAll(() => loadRules(...rules));

  it('says nothing about an image that is not rendered yet, and does not call the FROM a syntax error', () => {
    for (const text of shapes) {
      for (const id of rules) expect([text, id, lint(id, text)]).toEqual([text, id, []]);
    }
  });

  it('keeps the stage name after a placeholder with spaces', () => {
    const model = dockerfile('FROM {{ .Image }} AS build\nRUN make\nFROM build\nUSER 1000\n');
    expect(model.stages[0]).toMatchObject({
      name: 'build',
      nameRange: { line: 1, column: 22, endColumn: 27 },
    });
    expect(model.stages[0].base.templatePlaceholders).toEqual(['{{ .Image }}']);
    expect(model.stages[1].parent).toBe(0);
  });

  it('still reports a real untagged image next to a template stage', () => {
    expect(lint('dockerfile/base-image-untagged', 'FROM {{ .Image }} AS a\nFROM alpine\n')).toHaveLength(1);
  });
});
