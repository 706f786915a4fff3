/**
 * Standard input as a target (`layerguard check -`): `helm template … | layerguard check -` and
 * `kustomize build … | layerguard check -`. The text is claimed like a file named explicitly, under the
 * name `--stdin-name` gives (which also decides which policy overrides apply), so a Kubernetes stream,
 * a compose file named `compose.yaml` or a Dockerfile all work.
 */
import type { FileTargetHandler, LoadContext, LoadedTarget } from '../targets/types.js';
import { MAX_FILE_BYTES } from './discover.js';
import { WHOLE_FILE } from './types.js';

export interface StdinInput {
  /** The name findings carry (`--stdin-name`, default `<stdin>`). */
  name: string;
  text: string;
}

export const DEFAULT_STDIN_NAME = '<stdin>';
const HEAD_CHARS = 4096;

/** The handler that takes a text named `name`: the first that claims it, else the first that takes it when named explicitly. */
export function handlerFor(
  name: string,
  head: string,
  handlers: readonly FileTargetHandler[],
): FileTargetHandler | undefined {
  return handlers.find((h) => h.claims(name, head)) ?? handlers.find((h) => h.claimsExplicit?.(name, head));
}

export async function loadStdinTarget(
  input: StdinInput,
  handlers: readonly FileTargetHandler[],
  ctx: LoadContext,
): Promise<LoadedTarget> {
  const handler = handlerFor(input.name, input.text.slice(0, HEAD_CHARS), handlers);
  const unread = (message: string): LoadedTarget => ({
    kind: handler?.kind ?? 'runtime',
    file: input.name,
    units: [],
    problems: [{ message, range: WHOLE_FILE }],
  });
  if (Buffer.byteLength(input.text) > MAX_FILE_BYTES) {
    return unread(
      `standard input is over the ${MAX_FILE_BYTES}-byte limit for a text target; it was not read`,
    );
  }
  if (!handler) return unread('standard input is not a kind of file layerguard reads');
  try {
    return await handler.load(input.name, input.text, ctx);
  } catch (e) {
    return unread(`cannot read standard input: ${(e as Error).message}`);
  }
}
