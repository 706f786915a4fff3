/**
 * Platforms as the builder reads them: `--platform` values (`linux/amd64`, `arm64`, `windows`) normalised
 * with the architecture aliases, and the values of the automatic platform ARGs (`TARGETPLATFORM`…).
 */
export interface Platform {
  os: string;
  arch: string;
  variant?: string;
}

const KNOWN_OS = new Set([
  'aix',
  'android',
  'darwin',
  'dragonfly',
  'freebsd',
  'illumos',
  'ios',
  'js',
  'linux',
  'netbsd',
  'openbsd',
  'plan9',
  'solaris',
  'wasip1',
  'windows',
]);

const ARCH_ALIASES: Record<string, Platform['arch'] | [string, string]> = {
  i386: '386',
  '386': '386',
  x86_64: 'amd64',
  'x86-64': 'amd64',
  amd64: 'amd64',
  aarch64: 'arm64',
  arm64: 'arm64',
  armhf: ['arm', 'v7'],
  armel: ['arm', 'v6'],
  arm: 'arm',
  ppc64le: 'ppc64le',
  ppc64: 'ppc64',
  s390x: 's390x',
  riscv64: 'riscv64',
  mips64le: 'mips64le',
  mips64: 'mips64',
  mipsle: 'mipsle',
  mips: 'mips',
  loong64: 'loong64',
  wasm: 'wasm',
};

const PLATFORM_PART = /^[A-Za-z0-9_.-]+$/;

/**
 * A `--platform` value (`linux/amd64`, `linux/arm64/v8`, `windows`, `arm64`) normalised as the builder
 * reads it (`x86_64` → `amd64`, `aarch64` → `arm64`, `macos` → `darwin`); undefined when it does not parse.
 */
export function parsePlatform(value: string): Platform | undefined {
  const parts = value.trim().split('/');
  if (parts.length === 0 || parts.length > 3 || parts.some((p) => !PLATFORM_PART.test(p))) return undefined;
  const norm = (os: string) => (os.toLowerCase() === 'macos' ? 'darwin' : os.toLowerCase());
  const arch = (a: string): Platform | undefined => {
    const m = ARCH_ALIASES[a.toLowerCase()];
    if (m === undefined) return undefined;
    return Array.isArray(m) ? { os: '', arch: m[0], variant: m[1] } : { os: '', arch: m };
  };
  if (parts.length === 1) {
    const p = parts[0];
    if (KNOWN_OS.has(norm(p))) return { os: norm(p), arch: 'amd64' };
    const a = arch(p);
    return a ? { ...a, os: 'linux' } : undefined;
  }
  const os = norm(parts[0]);
  const a = arch(parts[1]);
  if (!a) return { os, arch: parts[1].toLowerCase(), variant: parts[2] };
  return { os, arch: a.arch, variant: parts[2] ?? a.variant };
}

/** Values the automatic platform ARGs take when nothing else is known (a linux/amd64 build). */
export const PLATFORM_ARG_DEFAULTS: Readonly<Record<string, string>> = {
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
};
