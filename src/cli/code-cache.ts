/**
 * The layout of a code cache file (src/cli/launcher.ts): a first line naming the parts of the code its
 * writer used (src/engine/code-parts.ts), then V8's cached data. Apart from the launcher, which runs the
 * command line as it is loaded, so that tests can read the files it writes.
 */

/** The start of a cache file's first line; the parts of the code its writer used follow, comma-separated. */
export const CODE_CACHE_HEADER = 'layerguard code cache 1; parts: ';

/** A cache file's content: V8's data, and the parts of the code (code-parts.ts) its writer used. */
export interface CodeCache {
  data: Buffer;
  parts: ReadonlySet<string>;
}

/** Splits a cache file into its header's parts and V8's data; undefined when it has no header. */
export function parseCodeCache(bytes: Buffer): CodeCache | undefined {
  const eol = bytes.indexOf(0x0a);
  if (eol < 0 || eol > 4096) return undefined;
  const head = bytes.toString('latin1', 0, eol);
  if (!head.startsWith(CODE_CACHE_HEADER)) return undefined;
  const parts = head.slice(CODE_CACHE_HEADER.length).split(',').filter(Boolean);
  return { data: bytes.subarray(eol + 1), parts: new Set(parts) };
}
