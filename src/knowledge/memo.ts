/**
 * Small caches that outlive one file: a run checks thousands of files that ask the same questions
 * (the same variable names, the same option lists).
 */

/**
 * A copy of `s` in memory of its own. A string sliced from a file's text points into that text, and a
 * cache or a finding that keeps the slice keeps the whole text alive; slicing a concatenation makes V8
 * flatten it first, into new memory that the slice then points to (a tenth of the cost of a JSON round
 * trip).
 */
export function ownString(s: string): string {
  return (' ' + s).slice(1);
}

/**
 * `compute`, remembered by its string argument for the rest of the run, at most `max` answers (emptied
 * when full). Keys are copied (`ownString`); answers are shared: read them, never change them.
 */
export function memoByString<V>(compute: (key: string) => V, max = 4096): (key: string) => V {
  const answers = new Map<string, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) {
      if (answers.size >= max) answers.clear();
      answer = compute(key);
      answers.set(ownString(key), answer);
    }
    return answer as V;
  };
}
