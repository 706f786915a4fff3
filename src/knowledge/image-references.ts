/**
 * Image references as the builder validates them (`[domain/]path[:tag][@digest]`), for the rules that
 * judge a `FROM` after its variables are expanded.
 */
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;

function validDomain(d: string): boolean {
  let host = d;
  const portMatch = /:(\d+)$/.exec(d);
  if (portMatch && !d.startsWith('[')) host = d.slice(0, -portMatch[0].length);
  if (host.startsWith('[')) return /^\[[0-9A-Fa-f:.]+\](?::\d+)?$/.test(d);
  return host.split('.').every((c) => DOMAIN_COMPONENT.test(c));
}

/**
 * Why an image reference (after variable expansion) is not one the builder accepts, or undefined when
 * it is valid: `[domain/]path[:tag][@digest]`, lower-case repository, at most 255 characters of name.
 */
export function imageReferenceProblem(ref: string): string | undefined {
  if (ref === '') return 'it is empty';
  if (/\s/.test(ref)) return 'it contains white space';
  if (/^[a-f0-9]{64}$/.test(ref)) return 'a 64-character hexadecimal string is an image ID, not a reference';
  let rest = ref;
  const at = rest.indexOf('@');
  if (at >= 0) {
    if (!DIGEST.test(rest.slice(at + 1))) return `"${rest.slice(at + 1)}" is not a valid digest`;
    rest = rest.slice(0, at);
  }
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    const tag = rest.slice(colon + 1);
    if (!TAG.test(tag)) return tag === '' ? 'the tag after ":" is empty' : `"${tag}" is not a valid tag`;
    rest = rest.slice(0, colon);
  }
  if (rest === '') return 'the repository name is empty';
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (
      first.includes('.') ||
      first.includes(':') ||
      first === 'localhost' ||
      first !== first.toLowerCase()
    ) {
      if (!validDomain(first)) return `"${first}" is not a valid registry host`;
      path = rest.slice(slash + 1);
    }
  }
  if (path.length > 255) return 'the repository name is longer than 255 characters';
  for (const comp of path.split('/')) {
    if (!PATH_COMPONENT.test(comp)) {
      if (comp !== comp.toLowerCase()) return 'repository names must be lower-case';
      return comp === ''
        ? 'the repository name has an empty path component'
        : `"${comp}" is not a valid repository name component`;
    }
  }
  return undefined;
}
