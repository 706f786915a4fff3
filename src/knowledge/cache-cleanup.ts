/**
 * Whether what a RUN writes into a directory (a package cache, apt lists) stays in its layer: not when an
 * `rm` later in the same RUN removes it, nor when a cache or tmpfs mount covers it.
 */
import type { DfInstruction } from '../targets/dockerfile/model.js';
import { findCommands } from './invocations.js';
import { mountsOf } from './stages.js';

/** True when a RUN mounts a cache or tmpfs over `dir` or one of its parents (nothing stays in the layer). */
export function mountsOver(inst: DfInstruction, dir: string): boolean {
  const norm = (p: string) => p.replace(/\/+$/, '') || '/';
  const d = norm(dir);
  for (const m of mountsOf(inst)) {
    if (m.type !== 'cache' && m.type !== 'tmpfs') continue;
    if (!m.target) continue;
    const t = norm(m.target);
    if (d === t || d.startsWith(t === '/' ? '/' : `${t}/`)) return true;
  }
  return false;
}

/** Normalises a path for prefix comparisons: no trailing `/`, `/*`, `/.` or `*`. */
function stripGlobTail(p: string): string {
  let s = p.replace(/^["']|["']$/g, '');
  for (;;) {
    const next = s.replace(/\/\*$|\/\.$|\*$|\/$/, '');
    if (next === s) return s;
    s = next;
  }
}

/**
 * True when `rm` (any options) after offset `after` in the RUN removes one of `dirs` or a parent of it
 * (`rm -rf /var/cache/yum/*`, `rm -rf /var/cache/*`), or something inside it.
 */
export function removesDir(inst: DfInstruction, after: number, dirs: readonly string[]): boolean {
  for (const inv of findCommands(inst, 'rm')) {
    if (inv.command.start < after) continue;
    for (const w of inv.words.slice(1)) {
      if (w.value.startsWith('-')) continue;
      const p = stripGlobTail(w.value);
      if (p.length < 2) continue;
      for (const d of dirs) {
        if (
          d === p ||
          d.startsWith(`${p}/`) ||
          p.startsWith(`${d}/`) ||
          (w.value.endsWith('*') && d.startsWith(p))
        )
          return true;
      }
    }
  }
  return false;
}

/** True when the RUN mounts a cache or tmpfs over one of `dirs` or a parent of it: nothing stays in the layer. */
export function mountsCacheOver(inst: DfInstruction, dirs: readonly string[]): boolean {
  for (const m of mountsOf(inst)) {
    if ((m.type !== 'cache' && m.type !== 'tmpfs') || !m.target) continue;
    const t = stripGlobTail(m.target) || '/';
    for (const d of dirs) {
      const dd = d.replace(/^~/, '/root');
      if (dd === t || dd.startsWith(t === '/' ? '/' : `${t}/`)) return true;
    }
  }
  return false;
}
