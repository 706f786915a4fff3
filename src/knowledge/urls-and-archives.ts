/**
 * What ADD fetches and extracts: URLs (and git addresses), and the file names of the archives it unpacks.
 * Also used where a package spec may be a URL (`npm install https://…`, `pip install https://…`).
 */

/** File-name endings of the tar archives ADD extracts (by content; these are the usual names). */
export const TAR_ARCHIVE =
  /\.(tar|tar\.gz|tgz|tar\.bz2|tbz|tbz2|tb2|tar\.xz|txz|tar\.lz|tlz|tar\.lzma|tar\.z|taz|tz|tpz|tar\.zst|tzst)$/i;
/** Compressed files ADD may extract when they hold a tar (gzip, bzip2, xz, zstd… decided by content). */
export const MAYBE_ARCHIVE = /\.(gz|bz2|xz|lz|lzma|z|zst)$/i;

export function isUrl(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^git@[^:]+:/.test(s);
}
