/**
 * Package-manager knowledge shared by the `dockerfile/*` rules: which commands of a RUN script install
 * packages, refresh a package index, upgrade, remove or clean, which packages they name, and which
 * manifest files (package.json, go.mod, requirements.txt…) a dependency install reads.
 *
 * Rules ask questions about the simple commands of `DfInstruction.script` (see shell-types.ts):
 *
 * ```ts
 * for (const inv of findCommands(inst, 'apt-get')) {
 *   if (isInstall(inv) && !hasOption(inv, '--no-install-recommends')) report(…rangeOfWord(model, inv.words[0])…);
 * }
 * ```
 *
 * Commands are looked at through their wrappers: `sudo apt-get …`, `env DEBIAN_FRONTEND=x apt-get …`,
 * `xargs apt-get install`, `/usr/bin/apt-get`, `python3 -m pip install`, `php composer.phar install`
 * and `./mvnw` are all recognised.
 */
import type { Range } from '../engine/types.js';
import type { DfInstruction, DockerfileModel } from '../targets/dockerfile/model.js';
import type { ShellScript, ShellWord, SimpleCommand } from '../targets/dockerfile/shell-types.js';

/** A command as it runs once wrappers are removed. */
export interface Invocation {
  /** The program's base name (`apt-get` for `sudo /usr/bin/apt-get`, `pip` for `python3 -m pip`). */
  name: string;
  /** The program word and its arguments, wrappers excluded. */
  words: ShellWord[];
  /** `words.slice(1).map(w => w.value)`. */
  args: string[];
  /** The simple command of the script this invocation comes from. */
  command: SimpleCommand;
}

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

// ------------------------------------------------------------------------------------------------
// Finding commands

/** The last path component (`/usr/bin/apt-get` → `apt-get`, `./mvnw` → `mvnw`). */
export function basename(p: string): string {
  const i = p.lastIndexOf('/');
  return i >= 0 ? p.slice(i + 1) : p;
}

/** Wrapper programs and the options that take a separate value, or `skipOperands` leading operands. */
const WRAPPERS: Record<string, { valueOptions: string[]; skipOperands?: number; assignments?: boolean }> = {
  sudo: {
    valueOptions: [
      '-u',
      '-g',
      '-h',
      '-p',
      '-C',
      '-D',
      '-r',
      '-t',
      '-U',
      '-T',
      '--user',
      '--group',
      '--host',
      '--prompt',
    ],
    assignments: true,
  },
  doas: { valueOptions: ['-u', '-C'] },
  env: { valueOptions: ['-u', '-C', '-S', '--unset', '--chdir', '--split-string'], assignments: true },
  nice: { valueOptions: ['-n', '--adjustment'] },
  ionice: { valueOptions: ['-c', '-n', '-p', '--class', '--classdata'] },
  nohup: { valueOptions: [] },
  time: { valueOptions: ['-f', '-o', '--format', '--output'] },
  exec: { valueOptions: ['-a'] },
  command: { valueOptions: [] },
  builtin: { valueOptions: [] },
  stdbuf: { valueOptions: ['-i', '-o', '-e'] },
  timeout: { valueOptions: ['-k', '-s', '--kill-after', '--signal'], skipOperands: 1 },
  xargs: {
    valueOptions: [
      '-I',
      '-n',
      '-P',
      '-d',
      '-L',
      '-s',
      '-E',
      '-a',
      '--max-args',
      '--max-procs',
      '--delimiter',
      '--arg-file',
      '--replace',
    ],
  },
  chronic: { valueOptions: [] },
  eatmydata: { valueOptions: [] },
  fakeroot: { valueOptions: [] },
  'su-exec': { valueOptions: [], skipOperands: 1 },
  gosu: { valueOptions: [], skipOperands: 1 },
  setuidgid: { valueOptions: [], skipOperands: 1 },
  retry: { valueOptions: ['-t', '-d', '--times', '--delay'] },
};

const PYTHON = /^python(?:\d+(?:\.\d+)?)?$/;
const PYTHON_MODULES = new Set(['pip', 'pip3', 'pipenv', 'poetry', 'uv', 'conda']);

/** The command with wrappers removed; `name` is '' for an assignment-only command. */
/** Invocations are asked for by many rules on the same commands: computed once per command. */
const invocationCache = new WeakMap<SimpleCommand, Invocation>();

export function invocationOf(cmd: SimpleCommand | Invocation): Invocation {
  if ('command' in cmd) return cmd;
  const cached = invocationCache.get(cmd);
  if (cached) return cached;
  const inv = computeInvocation(cmd);
  invocationCache.set(cmd, inv);
  return inv;
}

function computeInvocation(cmd: SimpleCommand): Invocation {
  let words = cmd.words;
  for (let guard = 0; guard < 8 && words.length > 0; guard++) {
    const prog = basename(words[0].value);
    const wrapper = WRAPPERS[prog];
    if (wrapper) {
      // `command -v x` looks a program up instead of running it.
      if ((prog === 'command' || prog === 'builtin') && words[1]?.value.startsWith('-')) break;
      let i = 1;
      let operands = wrapper.skipOperands ?? 0;
      while (i < words.length) {
        const v = words[i].value;
        if (v === '--') {
          i++;
          break;
        }
        if (v.startsWith('-') && v.length > 1) {
          i += wrapper.valueOptions.includes(v) ? 2 : 1;
          continue;
        }
        if (wrapper.assignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
          i++;
          continue;
        }
        if (operands > 0) {
          operands--;
          i++;
          continue;
        }
        break;
      }
      if (i >= words.length) break;
      words = words.slice(i);
      continue;
    }
    if (PYTHON.test(prog)) {
      const m = words.findIndex((w, i) => i > 0 && w.value === '-m');
      if (
        m > 0 &&
        words[m + 1] &&
        PYTHON_MODULES.has(words[m + 1].value) &&
        words.slice(1, m).every((w) => w.value.startsWith('-'))
      ) {
        words = words.slice(m + 1);
        continue;
      }
      break;
    }
    if (prog === 'php' && words[1] && /\.phar$/.test(words[1].value)) {
      words = words.slice(1);
      continue;
    }
    break;
  }
  let name = words.length > 0 ? basename(words[0].value) : '';
  if (name.endsWith('.phar')) name = name.slice(0, -5);
  return { name, words, args: words.slice(1).map((w) => w.value), command: cmd };
}

/** The script of an instruction (or the script itself); undefined when it runs no POSIX shell script. */
function scriptOf(source: ShellScript | DfInstruction | undefined): ShellScript | undefined {
  if (!source) return undefined;
  return 'commands' in source ? source : source.script;
}

/**
 * The invocations in a script (or an instruction's script) whose program is `name` (a base name such
 * as `apt-get`, one of several names, or a predicate on the invocation). With no name, every invocation.
 */
export function findCommands(
  source: ShellScript | DfInstruction | undefined,
  name?: string | readonly string[] | ((inv: Invocation) => boolean),
): Invocation[] {
  const script = scriptOf(source);
  if (!script) return [];
  const out: Invocation[] = [];
  for (const cmd of script.commands) {
    if (cmd.words.length === 0) continue;
    const inv = invocationOf(cmd);
    if (!inv.name) continue;
    if (
      name === undefined ||
      (typeof name === 'string' && inv.name === name) ||
      (typeof name === 'function' && name(inv)) ||
      (Array.isArray(name) && name.includes(inv.name))
    )
      out.push(inv);
  }
  return out;
}

/** The package manager a command runs (`pip3` → pip, `./gradlew` → gradle), or null. */
export function packageManagerOf(cmd: SimpleCommand | Invocation): PackageManagerInfo | null {
  const inv = invocationOf(cmd);
  if (MANAGERS[inv.name]) return MANAGERS[inv.name];
  if (/^pip\d(?:\.\d+)?$/.test(inv.name)) return MANAGERS.pip;
  return null;
}

// ------------------------------------------------------------------------------------------------
// Options

/**
 * Whether an invocation has one of these options before any `--`: `--long` or `--long=value`; a
 * one-letter `-y` also inside a cluster (`-qy`); a longer single-dash `-mod` also as `-mod=value`.
 */
export function hasOption(cmd: SimpleCommand | Invocation, ...names: string[]): boolean {
  return optionWord(cmd, names) !== undefined;
}

/** The word that carries one of these options (see `hasOption`), or undefined. */
export function optionWord(cmd: SimpleCommand | Invocation, names: readonly string[]): ShellWord | undefined {
  const inv = invocationOf(cmd);
  for (const w of inv.words.slice(1)) {
    const a = w.value;
    if (a === '--') return undefined;
    if (!a.startsWith('-') || a === '-') continue;
    for (const n of names) {
      if (a === n || (n.length > 2 && a.startsWith(n + '='))) return w;
      if (/^-[A-Za-z0-9]$/.test(n) && /^-[A-Za-z0-9]{2,}$/.test(a) && a.includes(n[1])) return w;
    }
  }
  return undefined;
}

/**
 * The value of the first of these options: `--opt=value`, `--opt value`, `-o value` or `-ovalue`
 * (one-letter options only). `word` is the word holding the value.
 */
export function optionValue(
  cmd: SimpleCommand | Invocation,
  ...names: string[]
): { value: string; word: ShellWord } | undefined {
  const inv = invocationOf(cmd);
  const words = inv.words;
  for (let i = 1; i < words.length; i++) {
    const a = words[i].value;
    if (a === '--') return undefined;
    for (const n of names) {
      if (a === n && words[i + 1]) return { value: words[i + 1].value, word: words[i + 1] };
      if (a.startsWith(n + '=')) return { value: a.slice(n.length + 1), word: words[i] };
      if (/^-[A-Za-z]$/.test(n) && a.startsWith(n) && a.length > 2 && !a.startsWith('--')) {
        return { value: a.slice(2), word: words[i] };
      }
    }
  }
  return undefined;
}

/** Per manager: options whose value is the next word (so that it is not read as a subcommand or a package). */
const VALUE_OPTIONS: Record<PackageManagerId, string[]> = {
  apt: [
    '-o',
    '-c',
    '-t',
    '-a',
    '--option',
    '--config-file',
    '--target-release',
    '--default-release',
    '--host-architecture',
  ],
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

// ------------------------------------------------------------------------------------------------
// Dependency steps and their manifests

/** A step that downloads a project's dependencies, as `dependencyStep` describes it. */
export interface DependencyStep {
  manager: PackageManagerInfo;
  /** The files the step reads (relative to its directory), e.g. `package.json`, `package-lock.json`. */
  manifests: string[];
  /**
   * True for build commands that fetch missing dependencies as a side effect (`go build`, `cargo
   * build`, `mvn package`, `gradle build`, `dotnet publish`), false for dedicated steps (`npm ci`,
   * `go mod download`, `mvn dependency:go-offline`, `dotnet restore`).
   */
  implicit: boolean;
}

const MAVEN_PHASES = new Set(['compile', 'test-compile', 'test', 'package', 'verify', 'install', 'deploy']);
const GRADLE_TASKS =
  /^(?:build|assemble|jar|bootJar|shadowJar|installDist|distTar|distZip|compileJava|compileKotlin|classes|test|check|war|bootWar|nativeCompile)$/;

/**
 * Whether the command installs a project's dependencies from its manifests, and which manifests it
 * reads. Installs of named packages (`pip install flask`, `npm install -g x`, `gem install rails`) and
 * OS packages read no manifest of the context and give null.
 */
export function dependencyStep(cmd: SimpleCommand | Invocation): DependencyStep | null {
  const inv = invocationOf(cmd);
  const pm = packageManagerOf(inv);
  if (!pm || pm.system) return null;
  const ops = operandsOf(inv).map((w) => w.value);
  const sub = ops[0];
  const actions = actionsOf(inv);
  const step = (manifests: string[], implicit = false): DependencyStep => ({
    manager: pm,
    manifests,
    implicit,
  });
  const installOrDownload = actions.has('install') || actions.has('download');
  switch (pm.id) {
    case 'npm':
      if (!installOrDownload || hasOption(inv, '-g', '--global')) return null;
      if (ops.length > 1) return null;
      return step(['package.json', 'package-lock.json']);
    case 'yarn':
      if (!actions.has('install') || (sub !== undefined && sub !== 'install' && sub !== 'workspaces'))
        return null;
      return step(['package.json', 'yarn.lock']);
    case 'pnpm':
      if (
        !installOrDownload ||
        (sub !== 'install' && sub !== 'i' && sub !== 'fetch') ||
        hasOption(inv, '-g', '--global')
      )
        return null;
      return step(sub === 'fetch' ? ['pnpm-lock.yaml'] : ['package.json', 'pnpm-lock.yaml']);
    case 'bun':
      if ((sub !== 'install' && sub !== 'i') || ops.length > 1 || hasOption(inv, '-g', '--global'))
        return null;
      return step(['package.json', 'bun.lock']);
    case 'pip': {
      if (sub !== 'install' && sub !== 'download') return null;
      const files = requirementFiles(inv);
      return files.length > 0 ? step(files) : null;
    }
    case 'uv': {
      if (sub === 'sync') return step(['pyproject.toml', 'uv.lock']);
      if (sub === 'pip' && (ops[1] === 'install' || ops[1] === 'sync')) {
        const files = ops[1] === 'sync' ? ops.slice(2) : requirementFiles(inv);
        return files.length > 0 ? step(files) : null;
      }
      return null;
    }
    case 'poetry':
      return sub === 'install' ? step(['pyproject.toml', 'poetry.lock']) : null;
    case 'pipenv':
      if (sub === 'sync' || (sub === 'install' && ops.length === 1)) return step(['Pipfile', 'Pipfile.lock']);
      return null;
    case 'conda': {
      if (!actions.has('install')) return null;
      const file = optionValue(inv, '-f', '--file');
      return file ? step([file.value]) : null;
    }
    case 'go': {
      if (sub === 'mod' && ops[1] === 'download') return step(['go.mod', 'go.sum']);
      if (sub === 'get' && ops.length === 1) return step(['go.mod', 'go.sum']);
      if (
        (sub === 'build' ||
          sub === 'test' ||
          sub === 'vet' ||
          (sub === 'install' && !ops.slice(1).some((o) => o.includes('@')))) &&
        !vendored(inv)
      )
        return step(['go.mod', 'go.sum'], true);
      return null;
    }
    case 'bundler':
      return sub === 'install' ? step(['Gemfile', 'Gemfile.lock']) : null;
    case 'composer':
      return sub === 'install' || (sub === 'update' && ops.length === 1)
        ? step(['composer.json', 'composer.lock'])
        : null;
    case 'cargo':
      if (sub === 'fetch' || sub === 'vendor') return step(['Cargo.toml', 'Cargo.lock']);
      if (
        sub === 'build' ||
        sub === 'test' ||
        sub === 'check' ||
        sub === 'run' ||
        (sub === 'install' && hasOption(inv, '--path'))
      )
        return step(['Cargo.toml', 'Cargo.lock'], true);
      return null;
    case 'maven':
      if (actions.has('download')) return step(['pom.xml']);
      if (
        ops.some((g) => MAVEN_PHASES.has(g) || /^spring-boot:(?:run|repackage|build-image)$/.test(g)) &&
        !hasOption(inv, '-o', '--offline')
      )
        return step(['pom.xml'], true);
      return null;
    case 'gradle':
      if (actions.has('download')) return step(['build.gradle', 'settings.gradle']);
      if (ops.some((t) => GRADLE_TASKS.test(t.replace(/^.*:/, ''))) && !hasOption(inv, '--offline'))
        return step(['build.gradle', 'settings.gradle'], true);
      return null;
    case 'dotnet':
      if (sub === 'restore') return step(['*.csproj', '*.sln']);
      if (
        (sub === 'build' || sub === 'publish' || sub === 'test' || sub === 'pack') &&
        !hasOption(inv, '--no-restore')
      )
        return step(['*.csproj', '*.sln'], true);
      return null;
    default:
      return null;
  }
}

function requirementFiles(inv: Invocation): string[] {
  const out: string[] = [];
  const words = inv.words;
  for (let i = 1; i < words.length; i++) {
    const a = words[i].value;
    if (a === '-r' || a === '--requirement' || a === '-c' || a === '--constraint') {
      if (words[i + 1]) out.push(words[++i].value);
    } else if (a.startsWith('--requirement=') || a.startsWith('--constraint='))
      out.push(a.slice(a.indexOf('=') + 1));
    else if (/^-[rc]\S/.test(a)) out.push(a.slice(2));
  }
  return out;
}

function vendored(inv: Invocation): boolean {
  const mod = optionValue(inv, '-mod');
  return mod?.value === 'vendor';
}

/** Every manifest-like file name the dependency steps above read, for recognising a manifest-only COPY. */
export const MANIFEST_FILE =
  /^(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|\.yarnrc(?:\.yml)?|\.npmrc|pnpm-lock\.yaml|pnpm-workspace\.yaml|bun\.lockb?|requirements[\w.-]*\.(?:txt|in)|constraints[\w.-]*\.txt|pyproject\.toml|poetry\.lock|Pipfile(?:\.lock)?|uv\.lock|setup\.(?:py|cfg)|environment[\w.-]*\.ya?ml|go\.(?:mod|sum|work|work\.sum)|Gemfile(?:\.lock)?|[\w.-]+\.gemspec|composer\.(?:json|lock)|Cargo\.(?:toml|lock)|pom\.xml|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|gradle\.properties|gradlew|[\w.-]+\.(?:csproj|fsproj|vbproj|sln|props|targets)|NuGet\.config|packages\.lock\.json|global\.json)$/i;

/** Whether a COPY source (a path or glob) names manifest files only (`package*.json`, `go.*`, `*.csproj`). */
export function isManifestSource(src: string): boolean {
  const base = basename(src.replace(/\/+$/, ''));
  if (!base || src.endsWith('/')) return false;
  if (MANIFEST_FILE.test(base)) return true;
  if (!/[*?[]/.test(base)) return false;
  // A glob: does it only match manifest names? Try it against the manifest names it could stand for.
  const re = globToRegExp(base);
  const samples = [
    'package.json',
    'package-lock.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'requirements.txt',
    'requirements-dev.txt',
    'go.mod',
    'go.sum',
    'Gemfile',
    'Gemfile.lock',
    'composer.json',
    'composer.lock',
    'Cargo.toml',
    'Cargo.lock',
    'pom.xml',
    'build.gradle',
    'app.csproj',
    'app.sln',
    'Pipfile',
    'Pipfile.lock',
    'pyproject.toml',
    'poetry.lock',
    'uv.lock',
  ];
  const nonManifest = [
    'main.go',
    'index.js',
    'app.py',
    'README.md',
    'src',
    'Dockerfile',
    'main.rs',
    'Program.cs',
    'x',
  ];
  return samples.some((s) => re.test(s)) && !nonManifest.some((s) => re.test(s));
}

function globToRegExp(glob: string): RegExp {
  let re = '^';
  for (const c of glob) {
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(re + '$');
}

// ------------------------------------------------------------------------------------------------
// Ranges

/**
 * The 1-based range of a shell word (or of several, from the first to the last). Words of an exec-form
 * RUN all span the JSON array, since offsets inside JSON strings do not map to the file.
 */
export function rangeOfWords(
  model: DockerfileModel,
  first: { start: number; end: number },
  last = first,
): Range {
  return model.rangeOf(first.start, last.end);
}

/** The range of a whole invocation, from the program word to its last word. */
export function rangeOfInvocation(model: DockerfileModel, inv: Invocation): Range {
  const words = inv.words;
  if (words.length === 0) return model.rangeOf(inv.command.start, inv.command.end);
  return model.rangeOf(words[0].start, words[words.length - 1].end);
}
