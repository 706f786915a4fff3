/**
 * What a package-manager command does, for every manager we know (OS: apt, apk, dnf/yum/microdnf/tdnf,
 * zypper, pacman; languages: npm, yarn, pnpm, bun, pip, poetry, pipenv, uv, conda, go, bundler, gem,
 * composer, cargo, maven, gradle, dotnet): which manager a command runs (`packageManagerOf`), its
 * operands once the options that take a value are skipped (`operandsOf`, `subcommandOf`), what it does
 * (`actionsOf`: install, update-index, upgrade, remove, clean, download) and the packages it installs.
 */
import type { ShellWord, SimpleCommand } from '../../../targets/dockerfile/shell-types.js';
import { hasOption, invocationOf } from '../invocations.js';
import type { Invocation, RunInvocation } from '../invocations.js';
import type { CliArgs } from '../command-line.js';
import { APT_VALUE_OPTIONS } from './apt.js';

export type PackageManagerId =
  | 'apt'
  | 'apk'
  | 'dnf'
  | 'yum'
  | 'microdnf'
  | 'tdnf'
  | 'zypper'
  | 'pacman'
  | 'npm'
  | 'yarn'
  | 'pnpm'
  | 'bun'
  | 'pip'
  | 'poetry'
  | 'pipenv'
  | 'uv'
  | 'conda'
  | 'go'
  | 'bundler'
  | 'gem'
  | 'composer'
  | 'cargo'
  | 'maven'
  | 'gradle'
  | 'dotnet';

/**
 * What a package manager belongs to. OS managers of one family share an index (`yum makecache` helps
 * a later `dnf install`); language managers of one ecosystem share manifests.
 */
export type PackageFamily =
  | 'deb'
  | 'apk'
  | 'rpm'
  | 'zypper'
  | 'pacman'
  | 'node'
  | 'python'
  | 'conda'
  | 'go'
  | 'ruby'
  | 'php'
  | 'rust'
  | 'maven'
  | 'gradle'
  | 'dotnet';

export interface PackageManagerInfo {
  id: PackageManagerId;
  family: PackageFamily;
  /** True for OS package managers (apt, apk, dnf/yum, zypper, pacman). */
  system: boolean;
}

/** A package-manager command read getopt-style (`command-line.ts`), with its subcommand and operands. */
export interface PackageCommand {
  inv: RunInvocation;
  cli: CliArgs;
  /** The subcommand word (`install`, `add`); undefined when there is none. */
  sub?: ShellWord;
  /** Operands after the subcommand (package names, files, URLs). */
  packages: ShellWord[];
}

/** What a package-manager command does; a command may do several (`apk add --update`, `pacman -Syu x`). */
export type PackageAction = 'install' | 'update-index' | 'upgrade' | 'remove' | 'clean' | 'download';

const MANAGERS: Record<string, PackageManagerInfo> = {};
function manager(id: PackageManagerId, family: PackageFamily, system: boolean, names: string[]): void {
  for (const n of names) MANAGERS[n] = { id, family, system };
}
// `xx-apt-get`/`xx-apk` (tonistiigi/xx) wrap apt-get and apk for cross-compilation.
manager('apt', 'deb', true, ['apt-get', 'apt', 'aptitude', 'xx-apt-get', 'xx-apt']);
manager('apk', 'apk', true, ['apk', 'xx-apk']);
manager('dnf', 'rpm', true, ['dnf', 'dnf5', 'dnf-3']);
manager('yum', 'rpm', true, ['yum']);
manager('microdnf', 'rpm', true, ['microdnf']);
manager('tdnf', 'rpm', true, ['tdnf']);
manager('zypper', 'zypper', true, ['zypper']);
manager('pacman', 'pacman', true, ['pacman']);
manager('npm', 'node', false, ['npm']);
manager('yarn', 'node', false, ['yarn', 'yarnpkg']);
manager('pnpm', 'node', false, ['pnpm']);
manager('bun', 'node', false, ['bun']);
manager('pip', 'python', false, ['pip', 'pip2', 'pip3']);
manager('poetry', 'python', false, ['poetry']);
manager('pipenv', 'python', false, ['pipenv']);
manager('uv', 'python', false, ['uv']);
manager('conda', 'conda', false, ['conda', 'mamba', 'micromamba']);
manager('go', 'go', false, ['go']);
manager('bundler', 'ruby', false, ['bundle', 'bundler']);
manager('gem', 'ruby', false, ['gem']);
manager('composer', 'php', false, ['composer']);
manager('cargo', 'rust', false, ['cargo']);
manager('maven', 'maven', false, ['mvn', 'mvnw']);
manager('gradle', 'gradle', false, ['gradle', 'gradlew']);
manager('dotnet', 'dotnet', false, ['dotnet']);

/** The package manager a command runs (`pip3` → pip, `./gradlew` → gradle), or null. */
export function packageManagerOf(cmd: SimpleCommand | Invocation): PackageManagerInfo | null {
  const inv = invocationOf(cmd);
  if (MANAGERS[inv.name]) return MANAGERS[inv.name];
  if (/^pip\d(?:\.\d+)?$/.test(inv.name)) return MANAGERS.pip;
  return null;
}

// ------------------------------------------------------------------------------------------------
// Operands

/** Per manager: options whose value is the next word (so that it is not read as a subcommand or a package). */
const VALUE_OPTIONS: Record<PackageManagerId, string[]> = {
  apt: [...APT_VALUE_OPTIONS],
  apk: [
    '-X',
    '-p',
    '-t',
    '--repository',
    '--root',
    '--arch',
    '--cache-dir',
    '--keys-dir',
    '--repositories-file',
    '--virtual',
    '--progress-fd',
  ],
  dnf: dnfOptions(),
  yum: dnfOptions(),
  microdnf: dnfOptions(),
  tdnf: dnfOptions(),
  zypper: ['-R', '-r', '-t', '--root', '--repo', '--type', '--from', '--config', '-c', '--installroot'],
  pacman: [
    '-b',
    '-r',
    '--root',
    '--dbpath',
    '--config',
    '--cachedir',
    '--ignore',
    '--ignoregroup',
    '--arch',
    '--gpgdir',
    '--hookdir',
    '--logfile',
    '--overwrite',
    '--assume-installed',
  ],
  npm: [
    '--prefix',
    '-w',
    '--workspace',
    '--registry',
    '--loglevel',
    '--cache',
    '--omit',
    '--include',
    '--only',
    '--userconfig',
    '--tag',
    '--install-strategy',
  ],
  yarn: [
    '--cwd',
    '--modules-folder',
    '--network-timeout',
    '--mutex',
    '--cache-folder',
    '--registry',
    '--network-concurrency',
  ],
  pnpm: ['-C', '--dir', '-F', '--filter', '--store-dir', '--reporter', '--registry', '--network-concurrency'],
  bun: ['--cwd', '--registry', '--cache-dir', '-c', '--config', '--backend'],
  pip: [
    '-r',
    '--requirement',
    '-c',
    '--constraint',
    '-e',
    '--editable',
    '-i',
    '--index-url',
    '--extra-index-url',
    '-f',
    '--find-links',
    '-t',
    '--target',
    '--prefix',
    '--root',
    '--src',
    '--cache-dir',
    '--trusted-host',
    '--platform',
    '--python-version',
    '--only-binary',
    '--no-binary',
    '--progress-bar',
    '--log',
    '--timeout',
    '--retries',
    '--upgrade-strategy',
    '--proxy',
    '--cert',
    '--client-cert',
    '--global-option',
    '-C',
    '--config-settings',
    '--python',
    '--report',
    '--implementation',
    '--abi',
    '--root-user-action',
    '-d',
    '--dest',
  ],
  poetry: [
    '--only',
    '--with',
    '--without',
    '-E',
    '--extras',
    '-C',
    '--directory',
    '-P',
    '--project',
    '--group',
    '-G',
  ],
  pipenv: ['--python', '--pypi-mirror', '--categories'],
  uv: [
    '-r',
    '--requirement',
    '-c',
    '--constraint',
    '--project',
    '--directory',
    '-p',
    '--python',
    '--extra',
    '--group',
    '--index-url',
    '--extra-index-url',
    '--index',
    '--package',
    '--cache-dir',
    '--only-group',
    '--no-group',
    '--target',
    '--prefix',
  ],
  conda: ['-n', '--name', '-c', '--channel', '-p', '--prefix', '-f', '--file', '--override-channels'],
  go: [
    '-C',
    '-o',
    '-ldflags',
    '-gcflags',
    '-asmflags',
    '-tags',
    '-mod',
    '-p',
    '-buildmode',
    '-pkgdir',
    '-modfile',
    '-overlay',
    '-exec',
    '-run',
    '-bench',
    '-timeout',
    '-count',
    '-coverprofile',
  ],
  bundler: [
    '--jobs',
    '-j',
    '--path',
    '--without',
    '--with',
    '--gemfile',
    '--retry',
    '--binstubs',
    '--standalone',
    '--target-rbconfig',
  ],
  gem: [
    '-v',
    '--version',
    '-i',
    '--install-dir',
    '-n',
    '--bindir',
    '--source',
    '-s',
    '--platform',
    '--document',
  ],
  composer: ['-d', '--working-dir'],
  cargo: [
    '--manifest-path',
    '-p',
    '--package',
    '--target',
    '-F',
    '--features',
    '-j',
    '--jobs',
    '--profile',
    '--bin',
    '--example',
    '--target-dir',
    '--root',
    '--version',
    '--vers',
    '-Z',
    '--config',
    '--color',
    '--git',
    '--branch',
    '--tag',
    '--rev',
    '--path',
    '--registry',
    '--index',
  ],
  maven: [
    '-f',
    '--file',
    '-s',
    '--settings',
    '-gs',
    '--global-settings',
    '-P',
    '--activate-profiles',
    '-pl',
    '--projects',
    '-T',
    '--threads',
    '-t',
    '--toolchains',
    '-l',
    '--log-file',
    '-rf',
    '--resume-from',
    '-D',
    '--define',
    '-b',
    '--builder',
  ],
  gradle: [
    '-p',
    '--project-dir',
    '-b',
    '--build-file',
    '-c',
    '--settings-file',
    '-x',
    '--exclude-task',
    '-g',
    '--gradle-user-home',
    '--console',
    '-D',
    '--system-prop',
    '-P',
    '--project-prop',
    '--init-script',
    '-I',
    '--max-workers',
    '--warning-mode',
    '--priority',
  ],
  dotnet: [
    '-c',
    '--configuration',
    '-o',
    '--output',
    '-r',
    '--runtime',
    '-f',
    '--framework',
    '-s',
    '--source',
    '-p',
    '--property',
    '-v',
    '--verbosity',
    '-a',
    '--arch',
    '--os',
    '--packages',
    '--configfile',
    '--version-suffix',
    '--lockfile-path',
  ],
};

function dnfOptions(): string[] {
  return [
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
}

/**
 * The operands of a package-manager invocation: the words that are neither options nor option
 * values, in order (`apt-get -y install curl git` → install, curl, git).
 */
export function operandsOf(cmd: SimpleCommand | Invocation): ShellWord[] {
  const inv = invocationOf(cmd);
  const pm = packageManagerOf(inv);
  const valueOptions = pm ? VALUE_OPTIONS[pm.id] : [];
  const out: ShellWord[] = [];
  let afterDashes = false;
  for (let i = 1; i < inv.words.length; i++) {
    const w = inv.words[i];
    const a = w.value;
    if (afterDashes) {
      out.push(w);
      continue;
    }
    if (a === '--') {
      afterDashes = true;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      if (valueOptions.includes(a)) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}

/** The subcommand (first operand) of a package-manager invocation (`install` in `apt-get -y install x`). */
export function subcommandOf(cmd: SimpleCommand | Invocation): ShellWord | undefined {
  return operandsOf(cmd)[0];
}

// ------------------------------------------------------------------------------------------------
// Actions

const SUB_ACTIONS: Partial<Record<PackageManagerId, Record<string, PackageAction[]>>> = {
  apt: {
    install: ['install'],
    reinstall: ['install'],
    'build-dep': ['install'],
    satisfy: ['install'],
    update: ['update-index'],
    upgrade: ['upgrade'],
    'dist-upgrade': ['upgrade'],
    'full-upgrade': ['upgrade'],
    remove: ['remove'],
    purge: ['remove'],
    autoremove: ['remove'],
    clean: ['clean'],
    autoclean: ['clean'],
    download: ['download'],
    source: ['download'],
  },
  apk: {
    add: ['install'],
    update: ['update-index'],
    upgrade: ['upgrade'],
    del: ['remove'],
    fetch: ['download'],
  },
  zypper: {
    install: ['install'],
    in: ['install'],
    'source-install': ['install'],
    si: ['install'],
    refresh: ['update-index'],
    ref: ['update-index'],
    update: ['upgrade'],
    up: ['upgrade'],
    'dist-upgrade': ['upgrade'],
    dup: ['upgrade'],
    patch: ['upgrade'],
    remove: ['remove'],
    rm: ['remove'],
    clean: ['clean'],
    download: ['download'],
  },
  npm: {
    install: ['install'],
    i: ['install'],
    in: ['install'],
    ins: ['install'],
    isntall: ['install'],
    add: ['install'],
    ci: ['install'],
    'clean-install': ['install'],
    'install-clean': ['install'],
    ic: ['install'],
    'install-ci-test': ['install'],
    cit: ['install'],
    update: ['upgrade'],
    up: ['upgrade'],
    upgrade: ['upgrade'],
    uninstall: ['remove'],
    remove: ['remove'],
    rm: ['remove'],
    un: ['remove'],
  },
  yarn: { install: ['install'], add: ['install'], upgrade: ['upgrade'], up: ['upgrade'], remove: ['remove'] },
  pnpm: {
    install: ['install'],
    i: ['install'],
    add: ['install'],
    fetch: ['download'],
    update: ['upgrade'],
    up: ['upgrade'],
    remove: ['remove'],
    rm: ['remove'],
  },
  bun: {
    install: ['install'],
    i: ['install'],
    add: ['install'],
    update: ['upgrade'],
    remove: ['remove'],
    rm: ['remove'],
  },
  pip: { install: ['install'], download: ['download'], uninstall: ['remove'] },
  poetry: { install: ['install'], add: ['install'], update: ['upgrade'], remove: ['remove'] },
  pipenv: { install: ['install'], sync: ['install'], update: ['upgrade'], uninstall: ['remove'] },
  uv: { sync: ['install'], add: ['install'], remove: ['remove'] },
  conda: {
    install: ['install'],
    create: ['install'],
    update: ['upgrade'],
    upgrade: ['upgrade'],
    remove: ['remove'],
    uninstall: ['remove'],
    clean: ['clean'],
  },
  bundler: { install: ['install'], update: ['upgrade'], clean: ['clean'] },
  gem: { install: ['install'], update: ['upgrade'], uninstall: ['remove'], cleanup: ['clean'] },
  composer: {
    install: ['install'],
    require: ['install'],
    update: ['upgrade'],
    remove: ['remove'],
    'clear-cache': ['clean'],
    clearcache: ['clean'],
  },
  cargo: { fetch: ['download'], vendor: ['download'], install: ['install'], update: ['upgrade'] },
  dotnet: { restore: ['download'] },
};

const RPM_ACTIONS: Record<string, PackageAction[]> = {
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

/** What a package-manager command does; empty for other commands and unknown subcommands. */
export function actionsOf(cmd: SimpleCommand | Invocation): Set<PackageAction> {
  const inv = invocationOf(cmd);
  const pm = packageManagerOf(inv);
  const out = new Set<PackageAction>();
  if (!pm) return out;
  const ops = operandsOf(inv).map((w) => w.value);
  const sub = ops[0];
  const add = (list: PackageAction[] | undefined) => list?.forEach((a) => out.add(a));
  switch (pm.id) {
    case 'pacman': {
      // Operations are options: -S (sync/install), -Sy (refresh), -Su (upgrade), -U (local files), -R.
      for (const a of inv.args) {
        if (a === '--') break;
        const m = /^-([A-Za-z]+)$/.exec(a);
        const letters = m
          ? m[1]
          : a === '--sync'
            ? 'S'
            : a === '--remove'
              ? 'R'
              : a === '--upgrade'
                ? 'U'
                : '';
        if (letters.includes('S')) {
          if (letters.includes('y')) out.add('update-index');
          if (letters.includes('u')) out.add('upgrade');
          if (letters.includes('c')) out.add('clean');
          if (letters.includes('w')) out.add('download');
          if (ops.length > 0 && !letters.includes('c')) out.add('install');
        } else if (letters.startsWith('U')) out.add('install');
        else if (letters.startsWith('R')) out.add('remove');
      }
      return out;
    }
    case 'apk':
      add(sub ? SUB_ACTIONS.apk![sub] : undefined);
      if (sub === 'cache' && ops[1] === 'clean') out.add('clean');
      if (sub === 'add' && hasOption(inv, '--update', '-U', '--update-cache')) out.add('update-index');
      return out;
    case 'dnf':
    case 'yum':
    case 'microdnf':
    case 'tdnf':
      if (sub === 'group' || sub === 'groups' || sub === 'module') add(RPM_ACTIONS[ops[1] ?? '']);
      else add(sub ? RPM_ACTIONS[sub] : undefined);
      return out;
    case 'yarn':
      // A bare `yarn` (options only) installs.
      if (sub === undefined) out.add('install');
      else if (sub === 'workspaces' && ops[1] === 'focus') out.add('install');
      else if (sub === 'cache' && ops[1] === 'clean') out.add('clean');
      else add(SUB_ACTIONS.yarn![sub]);
      return out;
    case 'npm':
    case 'pnpm':
      if (sub === 'cache' && (ops[1] === 'clean' || ops[1] === 'clear')) out.add('clean');
      else if (pm.id === 'pnpm' && sub === 'store' && ops[1] === 'prune') out.add('clean');
      else add(sub ? SUB_ACTIONS[pm.id]![sub] : undefined);
      return out;
    case 'pip':
      if (sub === 'cache' && (ops[1] === 'purge' || ops[1] === 'remove')) out.add('clean');
      else add(sub ? SUB_ACTIONS.pip![sub] : undefined);
      return out;
    case 'uv':
      if (sub === 'pip') {
        if (ops[1] === 'install' || ops[1] === 'sync') out.add('install');
        if (ops[1] === 'uninstall') out.add('remove');
      } else if (sub === 'cache' && (ops[1] === 'clean' || ops[1] === 'prune')) out.add('clean');
      else add(sub ? SUB_ACTIONS.uv![sub] : undefined);
      return out;
    case 'conda':
      if (sub === 'env' && (ops[1] === 'create' || ops[1] === 'update')) out.add('install');
      else add(sub ? SUB_ACTIONS.conda![sub] : undefined);
      return out;
    case 'go':
      if (sub === 'mod' && (ops[1] === 'download' || ops[1] === 'vendor' || ops[1] === 'tidy'))
        out.add('download');
      else if (sub === 'get' || sub === 'install') out.add('install');
      else if (sub === 'clean' && hasOption(inv, '-modcache', '-cache')) out.add('clean');
      return out;
    case 'maven':
      if (
        ops.some((g) =>
          /^(?:[\w.-]+:)?maven-dependency-plugin(?::[\w.-]+)?:(?:go-offline|resolve|resolve-plugins)$|^dependency:(?:go-offline|resolve|resolve-plugins)$/.test(
            g,
          ),
        )
      )
        out.add('download');
      return out;
    case 'gradle':
      if (ops.some((t) => t === 'dependencies' || t.endsWith(':dependencies'))) out.add('download');
      return out;
    default:
      add(sub ? SUB_ACTIONS[pm.id]?.[sub] : undefined);
      return out;
  }
}

/** Whether the command installs packages (`apt-get install`, `apk add`, `pip install`, `npm ci`, `yarn`…). */
export function isInstall(cmd: SimpleCommand | Invocation): boolean {
  return actionsOf(cmd).has('install');
}

/** Whether the command refreshes an OS package index (`apt-get update`, `apk update`, `apk add --update`, `dnf makecache`, `zypper refresh`, `pacman -Sy`). */
export function isIndexUpdate(cmd: SimpleCommand | Invocation): boolean {
  return actionsOf(cmd).has('update-index');
}

/** Whether the command upgrades installed packages (`apt-get upgrade`, `apk upgrade`, `yum update`, `pacman -Su`…). */
export function isUpgrade(cmd: SimpleCommand | Invocation): boolean {
  return actionsOf(cmd).has('upgrade');
}

/**
 * The packages an install command names (`apt-get install -y curl=7.88 git` → `curl=7.88`, `git`),
 * with their words for ranges. Requirement files (`pip install -r x`) and the subcommand are excluded;
 * `pacman -S` operands and `yarn add`/`npm install` package names are included. Empty for other commands.
 */
export function installedPackages(cmd: SimpleCommand | Invocation): ShellWord[] {
  const inv = invocationOf(cmd);
  const pm = packageManagerOf(inv);
  if (!pm || !isInstall(inv)) return [];
  const ops = operandsOf(inv);
  if (pm.id === 'pacman') return ops;
  if (pm.id === 'yarn' && ops.length === 0) return [];
  let skip = 1;
  const sub = ops[0]?.value;
  if (
    (pm.id === 'dnf' || pm.id === 'yum' || pm.id === 'microdnf' || pm.id === 'tdnf') &&
    (sub === 'group' || sub === 'groups' || sub === 'module')
  )
    skip = 2;
  if (pm.id === 'uv' && sub === 'pip') skip = 2;
  if (pm.id === 'conda' && sub === 'env') skip = 2;
  if (pm.id === 'yarn' && sub === 'workspaces') skip = 2;
  return ops.slice(skip);
}
