/**
 * ARG/ENV scopes as an append-only log per stage. Each instruction keeps a view of the log at its
 * position: the bindings declared before it. A lookup is a binary search in the name's own history,
 * so n declarations cost O(n log n) in time and O(n) in memory, where copying a Map per ARG or ENV
 * cost O(n²) of both (a pull request with 20,000 ENV lines could exhaust the memory of the run).
 *
 * A stage built FROM an earlier one starts with that stage's ENVs (never its ARGs): its log links to
 * the parent's scope at the end of the parent, instead of copying it, which was quadratic too in a
 * chain of stages that each declare an ENV (4,000 of them: 11 s and 2 GB to parse).
 */
import type { VarBinding, VarScope } from './model.js';

interface Entry {
  at: number;
  binding: VarBinding;
}

export class ScopeLog {
  private readonly byName = new Map<string, Entry[]>();
  /** Names in the order they were first declared in this log, for iteration. */
  private readonly names: string[] = [];
  private length = 0;
  /** The scope the log starts with (a parent stage's, at its end): only its ENVs are in effect. */
  readonly inherited: ScopeView | undefined;

  /** `inherited`: a view this module made (the scope of a parent stage), or none. */
  constructor(inherited?: VarScope) {
    this.inherited = inherited instanceof ScopeView ? inherited : undefined;
    if (inherited !== undefined && this.inherited === undefined)
      throw new Error('ScopeLog: an inherited scope must be a view of another ScopeLog');
  }

  add(binding: VarBinding): void {
    const at = this.length++;
    let history = this.byName.get(binding.name);
    if (!history) {
      history = [];
      this.byName.set(binding.name, history);
      this.names.push(binding.name);
    }
    history.push({ at, binding });
  }

  /** The scope as it is now; later additions do not change it. */
  view(): VarScope {
    return new ScopeView(this, this.length, this.names.length);
  }

  /**
   * The latest binding of `name` added before position `upto`, else the inherited ENV of that name.
   * Iterative: a chain of stages is as deep as the file is long.
   */
  lookup(name: string, upto: number): VarBinding | undefined {
    const own = this.ownLookup(name, upto);
    if (own !== undefined) return own;
    // Past this log, only what the stage inherits: its parent's ENVs.
    for (let up = this.inherited; up; up = up.log.inherited) {
      const found = up.log.ownLookup(name, up.upto);
      if (found !== undefined) return found.kind === 'env' ? found : undefined;
    }
    return undefined;
  }

  /** The latest binding of `name` added to this log before position `upto`. */
  ownLookup(name: string, upto: number): VarBinding | undefined {
    const history = this.byName.get(name);
    if (!history || history[0].at >= upto) return undefined;
    let lo = 0;
    let hi = history.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (history[mid].at < upto) lo = mid;
      else hi = mid - 1;
    }
    return history[lo].binding;
  }

  nameAt(i: number): string {
    return this.names[i];
  }
}

class ScopeView implements ReadonlyMap<string, VarBinding> {
  private sizeCache = -1;

  constructor(
    readonly log: ScopeLog,
    readonly upto: number,
    private readonly nameCount: number,
  ) {}

  get(name: string): VarBinding | undefined {
    return this.log.lookup(name, this.upto);
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  get size(): number {
    if (this.sizeCache < 0) {
      let n = 0;
      for (const _ of this.keys()) n++;
      this.sizeCache = n;
    }
    return this.sizeCache;
  }

  /**
   * Every name in effect, in the order a copied log had them: the inherited ENVs first (each in its
   * own stage's order, the farthest stage first), then the names this log declared; each once.
   */
  *entries(): MapIterator<[string, VarBinding]> {
    const chain: ScopeView[] = [this];
    for (let v = this.log.inherited; v; v = v.log.inherited) chain.push(v);
    const seen = new Set<string>();
    for (let k = chain.length - 1; k >= 0; k--) {
      const level = chain[k];
      for (let i = 0; i < level.nameCount; i++) {
        const name = level.log.nameAt(i);
        if (seen.has(name)) continue;
        // A name a parent declared counts where it is an ENV in that parent's scope (as a copy of its
        // ENVs had it); its value is the latest one in effect here.
        if (k > 0 && level.get(name)?.kind !== 'env') continue;
        seen.add(name);
        yield [name, this.get(name)!];
      }
    }
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<VarBinding> {
    for (const [, v] of this.entries()) yield v;
  }

  forEach(fn: (value: VarBinding, key: string, map: ReadonlyMap<string, VarBinding>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }

  [Symbol.iterator](): MapIterator<[string, VarBinding]> {
    return this.entries();
  }
}
