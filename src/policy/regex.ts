/**
 * Regular expressions written in a policy run on RE2 (re2js): matching takes linear time in the input,
 * so no policy can make a check hang (no backtracking, no look-around, no back-references). Nothing
 * in a policy is ever `eval`'d.
 */
import { RE2JS } from 're2js';

export interface PolicyRegex {
  source: string;
  test(text: string): boolean;
}

const cache = new Map<string, PolicyRegex>();

/** Compiles a policy regex; throws an Error whose message says what RE2 does not accept. */
export function compileRegex(source: string): PolicyRegex {
  let r = cache.get(source);
  if (!r) {
    let re: RE2JS;
    try {
      re = RE2JS.compile(source);
    } catch (e) {
      const msg = (e as Error).message.replace(/^error parsing regexp: /, '');
      throw new Error(
        `${msg}; policy regexes use RE2 syntax, which runs in linear time and has no look-around or back-references`,
      );
    }
    r = { source, test: (text: string) => re.test(text) };
    cache.set(source, r);
  }
  return r;
}
