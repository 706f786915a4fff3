/**
 * Byte sizes as people write them in policies (`500MB`, `1.5GiB`, `2000000`) and as reports show them.
 * Decimal units (kB, MB, GB) are powers of 1000, as `docker images` shows sizes; binary units (KiB,
 * MiB, GiB) are powers of 1024.
 */

const UNITS: Record<string, number> = {
  b: 1,
  k: 1e3,
  kb: 1e3,
  m: 1e6,
  mb: 1e6,
  g: 1e9,
  gb: 1e9,
  t: 1e12,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

/** Parses `500MB`, `1.5 GiB`, `2000000` or a number; null when it is not a size. */
export function parseSize(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!m) return null;
  const unit = m[2].toLowerCase();
  const factor = unit === '' ? 1 : UNITS[unit];
  if (factor === undefined) return null;
  return Math.round(parseFloat(m[1]) * factor);
}

/** `1.2 MB`, `512 B`, `3.4 GB` (decimal units, as `docker images`). */
export function formatBytes(n: number): string {
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  if (abs < 1000) return `${sign}${abs} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = abs;
  let i = -1;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${sign}${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ${units[i]}`;
}

/** `+1.2 MB` / `-3 kB` / `±0 B`. */
export function formatDelta(n: number): string {
  if (n === 0) return '±0 B';
  return (n > 0 ? '+' : '') + formatBytes(n);
}
