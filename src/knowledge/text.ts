/** Small helpers on argument text and messages. */

/** Removes one pair of surrounding quotes. */
export function unquote(s: string): string {
  const m = /^(["'])([\s\S]*)\1$/.exec(s);
  return m ? m[2] : s;
}

/** A short list for messages: `a, b, c and 4 more`. */
export function listNames(names: string[], max = 4): string {
  const quoted = names.map((n) => `\`${n}\``);
  if (quoted.length <= max) return quoted.join(', ');
  return `${quoted.slice(0, max).join(', ')} and ${quoted.length - max} more`;
}
