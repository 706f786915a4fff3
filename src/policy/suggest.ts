/** ` (did you mean "x"?)` for the closest candidate within a small edit distance, else ''. */
export function suggest(word: string, candidates: readonly string[]): string {
  if (budget !== undefined) {
    if (budget <= 0) return '';
    budget--;
  }
  const best = closest(word, candidates);
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

/** How many more suggestions `suggest` may compute, inside `withSuggestionBudget`. */
let budget: number | undefined;

/**
 * Runs `fn` with at most `n` suggestions computed: a hostile policy with thousands of unknown keys
 * gets its problems listed, not thousands of edit-distance searches (each compares with every rule).
 */
export function withSuggestionBudget<T>(n: number, fn: () => T): T {
  const saved = budget;
  budget = n;
  try {
    return fn();
  } finally {
    budget = saved;
  }
}

/** The candidate closest to `word`, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  const limit = Math.max(2, Math.floor(word.length / 3));
  for (const c of candidates) {
    const cl = c.toLowerCase();
    const slashAt = cl.indexOf('/');
    // Neither the whole id nor its name can be within the limit: skip the edit distance.
    if (
      Math.abs(cl.length - w.length) > limit &&
      (slashAt < 0 || Math.abs(cl.length - slashAt - 1 - w.length) > limit)
    ) {
      continue;
    }
    let d = editDistance(w, cl);
    // `latest-tag` for `dockerfile/base-image-latest`: compare with the name after the kind too.
    const slash = cl.indexOf('/');
    if (slash > 0 && !w.includes('/')) d = Math.min(d, editDistance(w, cl.slice(slash + 1)) + 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  // `warn` for `warning`: a clear prefix is a likely abbreviation.
  if (w.length >= 3) {
    const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(w) && c.toLowerCase() !== w);
    if (prefixed.length === 1 && (best === undefined || bestDistance > 1)) return prefixed[0];
  }
  // `failon` for `failOn`: a difference in case only is a typo too.
  return best !== undefined && bestDistance <= limit && best !== word ? best : undefined;
}

/** Levenshtein distance with adjacent transpositions counted as one edit. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 10) return Infinity;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, rows[i - 2][j - 2] + 1);
      row.push(v);
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
}
