/**
 * Image references as Docker reads them: `[registry/]repository[:tag][@digest]`. Shared by the
 * Dockerfile, run-configuration and image targets so that every kind names images the same way.
 */

export interface ImageRef {
  /** The reference as written, variables unexpanded. */
  raw: string;
  /** The reference after ARG substitution (equal to `raw` when it has no variables). */
  text: string;
  /** The registry host as written, or `docker.io` when the name has none. */
  registry: string;
  /** True when the reference names its registry. */
  registryExplicit: boolean;
  /** The repository path without registry, tag or digest (`alpine`, `bitnami/redis`). */
  repository: string;
  /** `registry/repository` with Docker Hub's implicit `library/` left out (`alpine`, `ghcr.io/o/a`). */
  name: string;
  tag?: string;
  /** `sha256:…` when pinned by digest. */
  digest?: string;
  /** Variables in the reference that could not be resolved. */
  unresolved: string[];
  /** True when the tag (or digest) came from a variable's value rather than the literal text. */
  tagFromVariable: boolean;
  /**
   * Template placeholders in the reference (`{{ .Image }}`, `%%VARIANT%%`): the file is a template that a
   * generator renders before anything builds or runs it, so nothing can be said about this image.
   */
  templatePlaceholders?: string[];
  scratch: boolean;
}

export const DOCKER_HUB = 'docker.io';

/**
 * Placeholders of the template languages that generate Dockerfiles and run configuration: Go templates,
 * Helm and Jinja (`{{ … }}`, `{% … %}`), ERB (`<% … %>`), the official images' `%%VAR%%`, autoconf's
 * `@VAR@` and sed-style `#VAR#`. Never valid in an image reference, so a match means "not rendered yet".
 */
const TEMPLATE_PLACEHOLDER =
  /\{\{.*?\}\}|\{%.*?%\}|<%.*?%>|%%[A-Za-z0-9_.-]+%%|@[A-Za-z_][A-Za-z0-9_]*@|#[A-Za-z_][A-Za-z0-9_]*#/g;

/** The template placeholders in `text`, in order (empty for a plain reference). */
export function templatePlaceholders(text: string): string[] {
  return text.match(TEMPLATE_PLACEHOLDER) ?? [];
}

/**
 * The first word of `text` as a template renders it: placeholders (which may hold spaces, as in
 * `{{ .Image }}`) count as part of the word. Undefined when the text has no placeholder.
 */
export function templateWord(
  text: string,
): { word: string; start: number; placeholders: string[] } | undefined {
  const placeholders = templatePlaceholders(text);
  if (placeholders.length === 0) return undefined;
  const masked = text.replace(TEMPLATE_PLACEHOLDER, (m) => 'x'.repeat(m.length));
  const m = /\S+/.exec(masked);
  if (!m) return undefined;
  const word = text.slice(m.index, m.index + m[0].length);
  return { word, start: m.index, placeholders: templatePlaceholders(word) };
}

/** Splits an (already expanded) image reference. Never throws: odd input gives odd but defined parts. */
export function parseImageRef(text: string, raw = text): Omit<ImageRef, 'unresolved' | 'tagFromVariable'> {
  let rest = text.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1) || undefined;
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1) || undefined;
    rest = rest.slice(0, colon);
  }
  let registry = DOCKER_HUB;
  let registryExplicit = false;
  const firstSlash = rest.indexOf('/');
  if (firstSlash > 0) {
    const first = rest.slice(0, firstSlash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first.toLowerCase();
      registryExplicit = true;
      rest = rest.slice(firstSlash + 1);
    }
  }
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = DOCKER_HUB;
  const repository = rest;
  const shortRepo =
    registry === DOCKER_HUB && repository.startsWith('library/') ? repository.slice(8) : repository;
  const name = registry === DOCKER_HUB ? shortRepo : `${registry}/${repository}`;
  return {
    raw,
    text,
    registry,
    registryExplicit,
    repository,
    name,
    tag,
    digest,
    scratch: text.trim().toLowerCase() === 'scratch',
  };
}

/**
 * Matches an image name against a pattern of the policy: `*` alone matches everything, `*` elsewhere
 * matches any run of characters (including `/`), and a pattern without a registry matches Docker Hub
 * names (`node*` matches `node:20` and `docker.io/library/node`). Tags and digests in the pattern,
 * when present, must match too.
 */
export function imageMatches(
  ref: Pick<ImageRef, 'name' | 'tag' | 'digest' | 'registry' | 'repository'>,
  pattern: string,
): boolean {
  const p = pattern.trim();
  if (p === '*') return true;
  const pref = parseImageRef(p.replace(/\*/g, '\u0000'));
  const unstar = (s: string | undefined) => s?.replace(/\u0000/g, '*');
  const candidates = [ref.name, `${ref.registry}/${ref.repository}`];
  const namePattern = unstar(pref.name)!;
  const full = unstar(pref.registryExplicit ? `${pref.registry}/${pref.repository}` : pref.name)!;
  const nameOk = candidates.some((c) => globMatch(namePattern, c) || globMatch(full, c));
  if (!nameOk) return false;
  const tagPattern = unstar(pref.tag);
  if (tagPattern !== undefined && !globMatch(tagPattern, ref.tag ?? '')) return false;
  const digestPattern = unstar(pref.digest);
  if (digestPattern !== undefined && !globMatch(digestPattern, ref.digest ?? '')) return false;
  return true;
}

/** A `*`-only glob, matched in linear time (no regex built from user input). */
export function globMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
