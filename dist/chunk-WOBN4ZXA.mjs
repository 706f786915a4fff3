import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);

// src/targets/dockerfile/instructions.ts
var INSTRUCTIONS = [
  "FROM",
  "RUN",
  "CMD",
  "LABEL",
  "MAINTAINER",
  "EXPOSE",
  "ENV",
  "ADD",
  "COPY",
  "ENTRYPOINT",
  "VOLUME",
  "USER",
  "WORKDIR",
  "ARG",
  "ONBUILD",
  "STOPSIGNAL",
  "HEALTHCHECK",
  "SHELL"
];
var KNOWN_INSTRUCTIONS = new Set(INSTRUCTIONS);

export {
  INSTRUCTIONS,
  KNOWN_INSTRUCTIONS
};
