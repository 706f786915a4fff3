/**
 * "Did you mean" suggestions as BuildKit makes them (a name fewer than 3 edits away), under a budget of
 * work so that a hostile file with thousands of names stays linear.
 */
/** Levenshtein distance (insertions, deletions and substitutions cost 1). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * A budget for "did you mean" searches over names an input defines. A hostile Dockerfile can define
 * tens of thousands of names and misspell one on every line, which makes an unbounded search quadratic
 * (20,000 stages each `COPY --from=<unknown>`: minutes of CPU). Each search pays one unit per candidate
 * it looks at plus the cells of every edit-distance table it fills; once the budget is spent, the
 * remaining searches suggest nothing. Counting work instead of time keeps the results deterministic.
 */
export class SuggestionBudget {
  /** Units spent so far (candidates looked at plus edit-distance cells). */
  spent = 0;
  constructor(readonly limit = 2_000_000) {}
  get exhausted(): boolean {
    return this.spent >= this.limit;
  }
}

/** Names longer than this get no suggestion: the edit-distance table grows with the square of the length. */
const MAX_SUGGESTED_NAME_LENGTH = 64;

/**
 * The candidate closest to `value` when it is fewer than `maxDistance` edits away (3 by default, as
 * BuildKit suggests names in its "(did you mean X?)" hints), looking at candidates only while the
 * budget lasts; undefined when there is none or `value` itself is a candidate. Candidates whose length
 * alone puts them too far away cost one unit and no table.
 */
export function suggestNameWithin(
  value: string,
  candidates: Iterable<string>,
  budget: SuggestionBudget,
  options: { caseSensitive?: boolean; maxDistance?: number } = {},
): string | undefined {
  const { caseSensitive = true, maxDistance = 3 } = options;
  if (budget.exhausted || value.length > MAX_SUGGESTED_NAME_LENGTH) return undefined;
  const v = caseSensitive ? value : value.toLowerCase();
  let best: string | undefined;
  let bestDist = maxDistance;
  for (const c of candidates) {
    budget.spent++;
    if (budget.exhausted) break;
    const o = caseSensitive ? c : c.toLowerCase();
    if (o === v) return undefined;
    if (Math.abs(o.length - v.length) >= bestDist || o.length > MAX_SUGGESTED_NAME_LENGTH) continue;
    budget.spent += o.length * v.length;
    const d = levenshtein(v, o);
    if (d < bestDist) {
      bestDist = d;
      best = c;
    }
  }
  return best;
}

/** `(did you mean X?)` with a leading space, or ''. */
export function didYouMean(suggestion: string | undefined, prefix = ''): string {
  return suggestion ? ` (did you mean ${prefix}${suggestion}?)` : '';
}
