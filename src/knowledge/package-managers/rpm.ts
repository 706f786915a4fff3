/**
 * The rpm family (yum, dnf 4 and 5, microdnf, tdnf): the program names, where each keeps its package and
 * metadata caches, the options that take a value and what each subcommand does, and how a package spec
 * carries a version. The rules built on it share their bodies in `rpm-rules.ts`.
 */
import type { PackageAction } from './commands.js';

/** The program names of the dnf family (DL3038–DL3041); yum has its own rules (DL3030–DL3033). */
export const DNF_NAMES: readonly string[] = ['dnf', 'dnf5', 'dnf-3', 'microdnf', 'tdnf'];
/** Where yum, dnf 4, dnf 5, microdnf and tdnf (Photon OS, Azure Linux) keep their metadata and package caches. */
export const RPM_CACHE_DIRS: readonly string[] = [
  '/var/cache/yum',
  '/var/cache/dnf',
  '/var/cache/libdnf5',
  '/var/cache/tdnf',
];

/** The cache directory a tool of the rpm family uses, for messages. */
export function rpmCacheDir(tool: string): string {
  if (tool === 'yum') return '/var/cache/yum';
  if (tool === 'tdnf') return '/var/cache/tdnf';
  return tool === 'dnf5' ? '/var/cache/libdnf5' : '/var/cache/dnf';
}

/** The options of yum, dnf, microdnf and tdnf that take a value in the next word. */
export const RPM_VALUE_OPTIONS: readonly string[] = [
  '-c',
  '--config',
  '--installroot',
  '--releasever',
  '--enablerepo',
  '--disablerepo',
  '--repo',
  '--repoid',
  '-x',
  '--exclude',
  '--setopt',
  '--forcearch',
  '--downloaddir',
  '--destdir',
  '-d',
  '--debuglevel',
  '-e',
  '--errorlevel',
  '--rpmverbosity',
  '--color',
  '--comment',
];

/** What each subcommand of yum, dnf, microdnf and tdnf does (also after `group`/`module`). */
export const RPM_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  install: ['install'],
  localinstall: ['install'],
  groupinstall: ['install'],
  reinstall: ['install'],
  builddep: ['install'],
  makecache: ['update-index'],
  'check-update': ['update-index'],
  'check-upgrade': ['update-index'],
  update: ['upgrade'],
  upgrade: ['upgrade'],
  'update-minimal': ['upgrade'],
  'upgrade-minimal': ['upgrade'],
  'distro-sync': ['upgrade'],
  distrosync: ['upgrade'],
  remove: ['remove'],
  erase: ['remove'],
  autoremove: ['remove'],
  groupremove: ['remove'],
  clean: ['clean'],
  download: ['download'],
};

/** An rpm package spec with a version: `name-1.2`, `name-1.2-3.el9`, `name-2:1.2`, and `.rpm` files, paths and URLs. */
export function rpmSpecPinned(spec: string): boolean {
  if (/\.rpm$/i.test(spec) || spec.includes('/')) return true;
  return /-(?:\d+:)?\d[\w.+~^]*(?:-\d[\w.+~^]*)?$/.test(spec);
}
