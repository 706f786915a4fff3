/**
 * ARG/ENV scopes as an append-only log per stage. Each instruction keeps a view of the log at its
 * position: the bindings declared before it. A lookup is a binary search in the name's own history,
 * so n declarations cost O(n log n) in time and O(n) in memory, where copying a Map per ARG or ENV
 * cost O(n²) of both (a pull request with 20,000 ENV lines could exhaust the memory of the run).
 */
import type { VarBinding, VarScope } from './model.js';

interface Entry {
  at: number;
  binding: VarBinding;
}

export class ScopeLog {
  private readonly byName = new Map<string, Entry[]>();
  /** Names in the order they were first declared, for iteration. */
  private readonly names: string[] = [];
  private length = 0;

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

  /** The latest binding of `name` added before position `upto`. */
  lookup(name: string, upto: number): VarBinding | undefined {
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
  constructor(
    private readonly log: ScopeLog,
    private readonly upto: number,
    private readonly nameCount: number,
  ) {}

  get(name: string): VarBinding | undefined {
    return this.log.lookup(name, this.upto);
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  get size(): number {
    // Every name declared before the view has a binding in it: bindings are never removed.
    return this.nameCount;
  }

  *entries(): MapIterator<[string, VarBinding]> {
    for (let i = 0; i < this.nameCount; i++) {
      const name = this.log.nameAt(i);
      yield [name, this.get(name)!];
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
