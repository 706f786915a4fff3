/**
 * What user well-known images run as when nothing sets one, for the rules that cannot read the image
 * itself (`dockerfile/non-root-user` on a FROM, `runtime/non-root-user` on a compose `image:`).
 * `image/non-root-user` reads a built image's real configuration instead.
 *
 * Kept small on purpose: only families whose own documentation states the default user. Each entry
 * says where that is documented, so the list can be checked and kept current.
 */
import type { ImageRef } from '../targets/image-ref.js';

interface NonRootEntry {
  /** Matches `ImageRef.name` (registry/repository, Docker Hub names without `library/`). */
  name: RegExp;
  /** Optional: the tag must match too. */
  tag?: RegExp;
  /** Names in the family that run as root after all. */
  except?: RegExp;
  user: string;
  source: string;
}

/** Image families documented to run as an unprivileged user by default. */
export const KNOWN_NON_ROOT_IMAGES: readonly NonRootEntry[] = [
  {
    // Chainguard images run as `nonroot` (65532); wolfi-base and chainguard-base are the root exceptions.
    name: /^cgr\.dev\/chainguard\//,
    except: /\/(wolfi-base|chainguard-base)$/,
    user: 'nonroot (65532)',
    source: 'https://edu.chainguard.dev/chainguard/chainguard-images/overview/',
  },
  {
    // distroless `:nonroot` and `:debug-nonroot` tags (and any image tagged or named non-root).
    name: /./,
    tag: /non-?root/i,
    user: 'nonroot (65532)',
    source: 'https://github.com/GoogleContainerTools/distroless#non-root-images',
  },
  {
    name: /non-?root|rootless|unprivileged/i,
    user: 'an unprivileged user',
    source: 'the image name (e.g. nginxinc/nginx-unprivileged runs as 101)',
  },
  {
    // docker:dind-rootless and other `-rootless` variants.
    name: /./,
    tag: /rootless/i,
    user: 'rootless (1000)',
    source: 'https://docs.docker.com/engine/security/rootless/',
  },
  {
    // .NET "chiseled" images (Ubuntu chiselled) set USER app (1654).
    name: /^mcr\.microsoft\.com\/dotnet\//,
    tag: /chiseled|distroless/i,
    user: 'app (1654)',
    source: 'https://github.com/dotnet/dotnet-docker/blob/main/documentation/ubuntu-chiseled.md',
  },
  {
    // Bitnami's application images are "non-root container images" (1001); minideb is their root base.
    name: /^(docker\.io\/)?bitnami\//,
    except: /\/minideb$/,
    user: '1001',
    source: 'https://docs.bitnami.com/tutorials/work-with-non-root-containers/',
  },
];

/** The entry saying `ref` runs as non-root by default, or undefined. */
export function knownNonRootImage(ref: Pick<ImageRef, 'name' | 'tag'>): NonRootEntry | undefined {
  const name = ref.name.toLowerCase();
  return KNOWN_NON_ROOT_IMAGES.find(
    (e) =>
      e.name.test(name) &&
      (e.tag === undefined || e.tag.test(ref.tag ?? '')) &&
      (e.except === undefined || !e.except.test(name)),
  );
}

/**
 * Windows base images (nanoserver, servercore, windows, dotnet framework): their accounts are
 * ContainerUser and ContainerAdministrator, not root.
 */
export function isWindowsImage(ref: Pick<ImageRef, 'text'>): boolean {
  return /windows|nanoserver|servercore/i.test(ref.text);
}

/** Nano Server runs as ContainerUser by default; the other Windows bases as ContainerAdministrator. */
export function windowsDefaultUser(ref: Pick<ImageRef, 'text'>): 'ContainerUser' | 'ContainerAdministrator' {
  return /nanoserver/i.test(ref.text) ? 'ContainerUser' : 'ContainerAdministrator';
}

/**
 * Official Docker Hub images that run as root unless told otherwise (their Dockerfiles set no USER):
 * operating-system bases and the language/tool images built on them. `runtime/non-root-user` reports
 * services running these without a user.
 */
const ROOT_BY_DEFAULT = new Set([
  'alpine',
  'busybox',
  'debian',
  'ubuntu',
  'centos',
  'fedora',
  'rockylinux',
  'almalinux',
  'amazonlinux',
  'oraclelinux',
  'archlinux',
  'python',
  'node',
  'golang',
  'ruby',
  'php',
  'openjdk',
  'eclipse-temurin',
  'amazoncorretto',
  'maven',
  'gradle',
  'rust',
  'perl',
  'buildpack-deps',
]);

/** True when `ref` is an official image documented (by its Dockerfile) to run as root by default. */
export function knownRootImage(ref: Pick<ImageRef, 'name' | 'registry'>): boolean {
  return ref.registry === 'docker.io' && ROOT_BY_DEFAULT.has(ref.name.toLowerCase());
}
