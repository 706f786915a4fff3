import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  MAX_FILE_BYTES
} from "./chunk-EWPYXFOK.js";
import {
  WHOLE_FILE
} from "./chunk-I2AWKOE3.js";

// src/engine/stdin.ts
var DEFAULT_STDIN_NAME = "<stdin>";
var HEAD_CHARS = 4096;
function handlerFor(name, head, handlers) {
  return handlers.find((h) => h.claims(name, head)) ?? handlers.find((h) => h.claimsExplicit?.(name, head));
}
async function loadStdinTarget(input, handlers, ctx) {
  const handler = handlerFor(input.name, input.text.slice(0, HEAD_CHARS), handlers);
  const unread = (message) => ({
    kind: handler?.kind ?? "runtime",
    file: input.name,
    units: [],
    problems: [{ message, range: WHOLE_FILE }]
  });
  if (Buffer.byteLength(input.text) > MAX_FILE_BYTES) {
    return unread(
      `standard input is over the ${MAX_FILE_BYTES}-byte limit for a text target; it was not read`
    );
  }
  if (!handler) return unread("standard input is not a kind of file layerguard reads");
  try {
    return await handler.load(input.name, input.text, ctx);
  } catch (e) {
    return unread(`cannot read standard input: ${e.message}`);
  }
}

export {
  DEFAULT_STDIN_NAME,
  loadStdinTarget
};
