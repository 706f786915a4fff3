/**
 * Seed inputs for the mutation fuzzers: the shared corpus (../shared/corpus) when it is there, in a
 * fixed order so that a seed and a path replay the same case, and a few built-in files otherwise.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the shared corpus is: next to the repository, or LAYERGUARD_CORPUS. */
export function corpusRoot(): string {
  return process.env.LAYERGUARD_CORPUS ?? path.resolve(process.cwd(), '..', 'shared', 'corpus');
}

function readFolder(dir: string, ext: RegExp, max: number): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir)
    .filter((n) => ext.test(n))
    .sort();
  // An even spread over the corpus when only `max` files are wanted.
  const step = Math.max(1, Math.floor(names.length / max));
  const out: string[] = [];
  for (let i = 0; i < names.length && out.length < max; i += step) {
    const text = readFileSync(path.join(dir, names[i]), 'utf8');
    if (text.length <= 200_000) out.push(text);
  }
  return out;
}

const DIGEST = 'a'.repeat(64);

export const BUILTIN_DOCKERFILES = [
  [
    '# syntax=docker/dockerfile:1.7',
    'ARG BASE=debian:12',
    'FROM ${BASE} AS build',
    'ENV PATH=/opt/bin:$PATH LANG=C.UTF-8',
    'RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl \\',
    '      ca-certificates && rm -rf /var/lib/apt/lists/*',
    'COPY --chown=1000:1000 . /src',
    'WORKDIR /src',
    'RUN <<EOF',
    'set -eux',
    'make -j"$(nproc)"',
    'EOF',
    `FROM gcr.io/distroless/static@sha256:${DIGEST}`,
    'COPY --from=build /src/out /app',
    'USER 65532:65532',
    'HEALTHCHECK --interval=30s CMD ["/app", "health"]',
    'ENTRYPOINT ["/app"]',
    '',
  ].join('\n'),
  [
    '# escape=`',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
    'SHELL ["powershell", "-Command"]',
    'RUN Invoke-WebRequest -Uri https://example.com/x.zip -OutFile x.zip; `',
    '    Expand-Archive x.zip -DestinationPath C:\\x',
    'CMD ["cmd", "/c", "echo hi"]',
    '',
  ].join('\n'),
  [
    'FROM alpine:latest',
    'MAINTAINER someone@example.com',
    'RUN apk add curl && pip install flask==2.0 && npm install -g yarn && sudo useradd -m app',
    'ADD https://example.com/app.tar.gz /app/',
    'ONBUILD RUN echo built',
    'EXPOSE 80/tcp 99999',
    'LABEL org.opencontainers.image.version="1.0" maintainer=""',
    'USER root',
    'VOLUME ["/data"]',
    'STOPSIGNAL SIGTERM',
    'CMD python app.py',
    '',
  ].join('\n'),
];

export const BUILTIN_COMPOSE = [
  [
    'services:',
    '  web:',
    '    image: nginx:1.25',
    '    privileged: true',
    '    cap_add: [SYS_ADMIN, NET_ADMIN]',
    '    security_opt: ["seccomp:unconfined", "apparmor=unconfined"]',
    '    mem_limit: 512m',
    '    pids_limit: 100',
    '    volumes:',
    '      - /var/run/docker.sock:/var/run/docker.sock',
    '      - type: bind',
    '        source: /',
    '        target: /host',
    '    deploy:',
    '      resources:',
    '        limits: { memory: "${MEM:-1g}", cpus: "0.5" }',
    '  db:',
    '    <<: *defaults',
    '    image: postgres',
    'x-defaults: &defaults',
    '  userns_mode: host',
    '  network_mode: host',
    '  pid: host',
    '',
  ].join('\n'),
  [
    'version: "3.9"',
    'x-common: &common',
    '  read_only: true',
    '  user: "1000"',
    'services:',
    '  a:',
    '    <<: [*common]',
    '    image: busybox',
    '    memswap_limit: -1',
    '    cpus: 1.5',
    '  b:',
    '    extends: { service: a }',
    '    ipc: host',
    '    uts: host',
    '',
  ].join('\n'),
];

export const BUILTIN_WORKFLOWS = [
  [
    'name: ci',
    'on: [push, pull_request]',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    container:',
    '      image: node:20',
    '      options: --privileged --cpus 2 --memory 4g',
    '    services:',
    '      redis:',
    '        image: redis:7',
    '        options: >-',
    '          --health-cmd "redis-cli ping" --cap-add SYS_ADMIN',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: |',
    '          docker run --rm -v /var/run/docker.sock:/var/run/docker.sock \\',
    '            --userns=host --pid=host -m 512m alpine echo hi',
    '          podman run --userns=keep-id:uid=1000 --security-opt seccomp=unconfined img',
    '      - uses: docker://alpine:3',
    '        with:',
    '          args: echo ${{ github.sha }}',
    '',
  ].join('\n'),
];

export const BUILTIN_SCRIPTS = [
  [
    '#!/bin/sh',
    'set -e',
    'IMG=${1:-app}',
    'docker run -d --name "$IMG" --memory="${MEM}" --cap-add=ALL -p 80:80 "$IMG" || exit 1',
    'cat <<EOF',
    'docker run --privileged not-a-command',
    'EOF',
    '',
  ].join('\n'),
];

export const BUILTIN_MAKEFILES = [
  [
    'IMAGE ?= app',
    'run:',
    '\tdocker run --rm -it --network=host $(IMAGE)',
    'test: run',
    '\t@podman run --userns=host --memory 6m $(IMAGE) make check',
    '',
  ].join('\n'),
];

let cache: { dockerfiles: string[]; compose: string[] } | undefined;

/** Corpus Dockerfiles and compose files (up to `max` of each) followed by the built-in ones. */
export function seeds(max = 400): { dockerfiles: string[]; compose: string[]; fromCorpus: boolean } {
  const root = corpusRoot();
  if (!cache) {
    cache = {
      dockerfiles: readFolder(path.join(root, 'dockerfiles'), /\.(?:Dockerfile|Containerfile)$/, max),
      compose: readFolder(path.join(root, 'compose'), /\.ya?ml$/, max),
    };
  }
  return {
    dockerfiles: [...cache.dockerfiles, ...BUILTIN_DOCKERFILES],
    compose: [...cache.compose, ...BUILTIN_COMPOSE],
    fromCorpus: cache.dockerfiles.length > 0,
  };
}
