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

/**
 * `compute`, remembered by its first argument (an object of a file's model: an instruction, a
 * command) for as long as that object lives. The second, when there is one, must be what that object
 * always comes with (its model): it is not part of the key. Answers are shared: read them, never
 * change them. (Two fixed parameters, not a rest list: the hot callers would make an array a call.)
 */
export function memoByObject<K extends object, V, C = void>(
  compute: (key: K, context: C) => V,
): (key: K, context: C) => V {
  const answers = new WeakMap<K, V>();
  return (key, context) => {
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) {
      answer = compute(key, context);
      answers.set(key, answer);
    }
    return answer as V;
  };
}
