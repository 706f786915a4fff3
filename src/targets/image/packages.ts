/**
 * The packages an image has installed, read from the package databases its final file system holds
 * (the text kept in `LayerFile.content`), and their diff against a baseline:
 *
 * - dpkg: `var/lib/dpkg/status` (Debian, Ubuntu) and `var/lib/dpkg/status.d/*` (distroless: one
 *   paragraph file per package); paragraphs whose `Status` is not `… installed` are left out;
 * - apk: `lib/apk/db/installed` (Alpine, Wolfi): records of `P:` name and `V:` version lines.
 *
 * rpm is not read: its databases (BerkeleyDB `Packages`, NDB `Packages.db`, SQLite `rpmdb.sqlite`)
 * need a native or WebAssembly database reader, which is more weight than this diff is worth; the file
 * diff still shows `/var/lib/rpm` changing. `unreadable` says so for an image that has one.
 */
import type { VisibleFile } from './analysis.js';

export type PackageManager = 'dpkg' | 'apk';

export interface InstalledPackage {
  name: string;
  version: string;
  manager: PackageManager;
  /** Architecture when the database says (`amd64`, `x86_64`). */
  arch?: string;
}

export interface PackageList {
  packages: Map<string, InstalledPackage>;
  /** Package databases present but not read (rpm), by path. */
  unreadable: string[];
}

const RPM_DBS = [
  'var/lib/rpm/rpmdb.sqlite',
  'var/lib/rpm/Packages',
  'var/lib/rpm/Packages.db',
  'usr/lib/sysimage/rpm/rpmdb.sqlite',
];

function key(p: InstalledPackage): string {
  return `${p.manager}:${p.name}${p.arch && p.manager === 'dpkg' && p.arch !== 'all' ? `:${p.arch}` : ''}`;
}

/** Paragraphs of a deb822 text (RFC 822-style fields, continuation lines start with a space). */
function* paragraphs(text: string): Generator<Map<string, string>> {
  let fields = new Map<string, string>();
  let last = '';
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (fields.size > 0) yield fields;
      fields = new Map();
      last = '';
      continue;
    }
    if (line[0] === ' ' || line[0] === '\t') {
      if (last) fields.set(last, `${fields.get(last)}\n${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).toLowerCase();
    fields.set(last, line.slice(colon + 1).trim());
  }
  if (fields.size > 0) yield fields;
}

export function parseDpkgStatus(text: string, out: Map<string, InstalledPackage>): void {
  for (const p of paragraphs(text)) {
    const name = p.get('package');
    const version = p.get('version');
    if (!name || !version) continue;
    const status = p.get('status');
    if (status !== undefined && !/\binstalled$/.test(status)) continue;
    const pkg: InstalledPackage = { name, version, manager: 'dpkg' };
    const arch = p.get('architecture');
    if (arch) pkg.arch = arch;
    out.set(key(pkg), pkg);
  }
}

export function parseApkInstalled(text: string, out: Map<string, InstalledPackage>): void {
  let name = '';
  let version = '';
  let arch = '';
  const flush = () => {
    if (name && version) {
      const pkg: InstalledPackage = { name, version, manager: 'apk' };
      if (arch) pkg.arch = arch;
      out.set(key(pkg), pkg);
    }
    name = version = arch = '';
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') flush();
    else if (line.startsWith('P:')) name = line.slice(2).trim();
    else if (line.startsWith('V:')) version = line.slice(2).trim();
    else if (line.startsWith('A:')) arch = line.slice(2).trim();
  }
  flush();
}

/** The installed packages of a final file system. */
export function packagesOf(visible: ReadonlyMap<string, VisibleFile>): PackageList {
  const packages = new Map<string, InstalledPackage>();
  const status = visible.get('var/lib/dpkg/status');
  if (status?.file.content !== undefined) parseDpkgStatus(status.file.content, packages);
  for (const path of visible.keys()) {
    if (!path.startsWith('var/lib/dpkg/status.d/')) continue;
    const content = visible.get(path)?.file.content;
    if (content !== undefined) parseDpkgStatus(content, packages);
  }
  const apk = visible.get('lib/apk/db/installed');
  if (apk?.file.content !== undefined) parseApkInstalled(apk.file.content, packages);
  const unreadable = RPM_DBS.filter((p) => visible.get(p)?.file.type === 'file');
  return { packages, unreadable };
}

/** Debian's version order (deb-version(7)): epoch, then upstream and revision with `~` before all. */
export function compareDebianVersions(a: string, b: string): number {
  const split = (v: string) => {
    const colon = v.indexOf(':');
    const epoch = colon > 0 && /^\d+$/.test(v.slice(0, colon)) ? Number(v.slice(0, colon)) : 0;
    const rest = colon > 0 ? v.slice(colon + 1) : v;
    const dash = rest.lastIndexOf('-');
    return {
      epoch,
      upstream: dash >= 0 ? rest.slice(0, dash) : rest,
      revision: dash >= 0 ? rest.slice(dash + 1) : '',
    };
  };
  const order = (c: string) => {
    if (c === '~') return -1;
    if (c === '') return 0;
    if (/[A-Za-z]/.test(c)) return c.charCodeAt(0);
    return c.charCodeAt(0) + 256;
  };
  const part = (x: string, y: string): number => {
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      // The non-digit prefix, character by character.
      while ((i < x.length && !/\d/.test(x[i])) || (j < y.length && !/\d/.test(y[j]))) {
        const cx = i < x.length && !/\d/.test(x[i]) ? x[i] : '';
        const cy = j < y.length && !/\d/.test(y[j]) ? y[j] : '';
        const d = order(cx) - order(cy);
        if (d !== 0) return d;
        if (cx) i++;
        if (cy) j++;
      }
      let nx = '';
      let ny = '';
      while (i < x.length && /\d/.test(x[i])) nx += x[i++];
      while (j < y.length && /\d/.test(y[j])) ny += y[j++];
      const d = Number(nx || '0') - Number(ny || '0');
      if (d !== 0) return d;
    }
    return 0;
  };
  const va = split(a);
  const vb = split(b);
  if (va.epoch !== vb.epoch) return va.epoch - vb.epoch;
  return part(va.upstream, vb.upstream) || part(va.revision, vb.revision);
}

/**
 * apk's order, close enough for a diff: numeric runs compared as numbers, other runs as text, and
 * the `-rN` package release last.
 */
export function compareApkVersions(a: string, b: string): number {
  const tokens = (v: string) => v.match(/\d+|[^\d]+/g) ?? [];
  const ta = tokens(a);
  const tb = tokens(b);
  for (let i = 0; i < Math.max(ta.length, tb.length); i++) {
    const x = ta[i];
    const y = tb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
    } else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export interface PackageChange {
  name: string;
  manager: PackageManager;
  arch?: string;
  change: 'added' | 'removed' | 'upgraded' | 'downgraded';
  /** Version in the baseline (removed, upgraded, downgraded). */
  from?: string;
  /** Version in the image (added, upgraded, downgraded). */
  to?: string;
}

/** Added, removed, upgraded and downgraded packages, sorted by change then name. */
export function diffPackages(before: PackageList, after: PackageList): PackageChange[] {
  const out: PackageChange[] = [];
  const base = (p: InstalledPackage) => ({
    name: p.name,
    manager: p.manager,
    ...(p.arch ? { arch: p.arch } : {}),
  });
  for (const [k, p] of after.packages) {
    const old = before.packages.get(k);
    if (!old) out.push({ ...base(p), change: 'added', to: p.version });
    else if (old.version !== p.version) {
      const cmp =
        p.manager === 'dpkg'
          ? compareDebianVersions(p.version, old.version)
          : compareApkVersions(p.version, old.version);
      out.push({ ...base(p), change: cmp < 0 ? 'downgraded' : 'upgraded', from: old.version, to: p.version });
    }
  }
  for (const [k, p] of before.packages)
    if (!after.packages.has(k)) out.push({ ...base(p), change: 'removed', from: p.version });
  const rank = { added: 0, upgraded: 1, downgraded: 2, removed: 3 };
  out.sort((x, y) => rank[x.change] - rank[y.change] || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return out;
}
