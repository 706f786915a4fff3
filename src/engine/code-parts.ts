/**
 * The parts of layerguard's code a run of this process used: its command, the kinds of target it
 * checked on this thread, its report format, whether it read a policy file. The launcher
 * (src/cli/launcher.ts) keeps them beside V8's code cache: a cache holds only the code the run that
 * wrote it had compiled, so one written by `layerguard rules`, or by a check of compose files only,
 * would leave every later Dockerfile check compiling the parser and the rules anew. A run that used a
 * part the cache lacks writes the cache again, with what it compiled added.
 *
 * Noted where the code runs: a worker thread has a set of its own, which no one reads (the main
 * thread did not compile what the worker ran).
 */
const used = new Set<string>();

/** Notes that this run used the code of `part` (`check`, `dockerfile`, `format:json`, `policy-file`…). */
export function noteCodePart(part: string): void {
  used.add(part);
}

/** The parts noted so far. */
export function codePartsUsed(): string[] {
  return [...used];
}
