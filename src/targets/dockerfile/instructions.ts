/** Every instruction the Dockerfile frontend knows, in the order of the Dockerfile reference. */
export const INSTRUCTIONS: readonly string[] = [
  'FROM',
  'RUN',
  'CMD',
  'LABEL',
  'MAINTAINER',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ARG',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
];

export const KNOWN_INSTRUCTIONS: ReadonlySet<string> = new Set(INSTRUCTIONS);
