/**
 * What a package-manager command does, for every manager we know (OS: apt, apk, dnf/yum/microdnf/tdnf,
 * zypper, pacman; languages: npm, yarn, pnpm, bun, pip, poetry, pipenv, uv, conda, go, bundler, gem,
 * composer, cargo, maven, gradle, dotnet): which manager a command runs (`packageManagerOf`), its
 * operands once the options that take a value are skipped (`operandsOf`, `subcommandOf`), what it does
 * (`actionsOf`: install, update-index, upgrade, remove, clean, download) and the packages it installs.
 */
import type { ShellWord, SimpleCommand } from '../../targets/dockerfile/shell-types.js';
import { hasOption, invocationOf } from '../invocations.js';
import { memoByObject } from '../memo.js';
import type { Invocation, RunInvocation } from '../invocations.js';
import type { CliArgs } from '../command-line.js';
import { APT_SUBCOMMANDS, APT_VALUE_OPTIONS } from './apt.js';
import { APK_SUBCOMMANDS, APK_VALUE_OPTIONS } from './apk.js';
import { DOTNET_SUBCOMMANDS, DOTNET_VALUE_OPTIONS } from './dotnet.js';
import { GO_VALUE_OPTIONS } from './go.js';
import { GRADLE_VALUE_OPTIONS, MAVEN_VALUE_OPTIONS } from './jvm.js';
import {
  BUN_SUBCOMMANDS,
  BUN_VALUE_OPTIONS,
  NPM_SUBCOMMANDS,
  NPM_VALUE_OPTIONS,
  PNPM_SUBCOMMANDS,
  PNPM_VALUE_OPTIONS,
  YARN_SUBCOMMANDS,
  YARN_VALUE_OPTIONS,
} from './node.js';
import { PACMAN_VALUE_OPTIONS } from './pacman.js';
import { COMPOSER_SUBCOMMANDS, COMPOSER_VALUE_OPTIONS } from './php.js';
import {
  CONDA_SUBCOMMANDS,
  CONDA_VALUE_OPTIONS,
  PIPENV_SUBCOMMANDS,
  PIPENV_VALUE_OPTIONS,
  PIP_SUBCOMMANDS,
  PIP_VALUE_OPTIONS,
  POETRY_SUBCOMMANDS,
  POETRY_VALUE_OPTIONS,
  UV_SUBCOMMANDS,
  UV_VALUE_OPTIONS,
} from './python.js';
import { BUNDLER_SUBCOMMANDS, BUNDLER_VALUE_OPTIONS, GEM_SUBCOMMANDS, GEM_VALUE_OPTIONS } from './ruby.js';
import { CARGO_SUBCOMMANDS, CARGO_VALUE_OPTIONS } from './rust.js';
import { ZYPPER_SUBCOMMANDS, ZYPPER_VALUE_OPTIONS } from './zypper.js';
import { RPM_SUBCOMMANDS, RPM_VALUE_OPTIONS } from './rpm.js';

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

/** By program name (a Map: an object would answer `constructor` from Object.prototype). */
const MANAGERS = new Map<string, PackageManagerInfo>();
function manager(id: PackageManagerId, family: PackageFamily, system: boolean, names: string[]): void {
  for (const n of names) MANAGERS.set(n, { id, family, system });
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
  const known = MANAGERS.get(inv.name);
  if (known) return known;
  if (inv.name.startsWith('pip') && /^pip\d(?:\.\d+)?$/.test(inv.name)) return MANAGERS.get('pip')!;
  return null;
}

// ------------------------------------------------------------------------------------------------
// Operands

/** Per manager: options whose value is the next word (so that it is not read as a subcommand or a package). */
const VALUE_OPTIONS: Record<PackageManagerId, readonly string[]> = {
  apt: APT_VALUE_OPTIONS,
  apk: APK_VALUE_OPTIONS,
  dnf: RPM_VALUE_OPTIONS,
  yum: RPM_VALUE_OPTIONS,
  microdnf: RPM_VALUE_OPTIONS,
  tdnf: RPM_VALUE_OPTIONS,
  zypper: ZYPPER_VALUE_OPTIONS,
  pacman: PACMAN_VALUE_OPTIONS,
  npm: NPM_VALUE_OPTIONS,
  yarn: YARN_VALUE_OPTIONS,
  pnpm: PNPM_VALUE_OPTIONS,
  bun: BUN_VALUE_OPTIONS,
  pip: PIP_VALUE_OPTIONS,
  poetry: POETRY_VALUE_OPTIONS,
  pipenv: PIPENV_VALUE_OPTIONS,
  uv: UV_VALUE_OPTIONS,
  conda: CONDA_VALUE_OPTIONS,
  go: GO_VALUE_OPTIONS,
  bundler: BUNDLER_VALUE_OPTIONS,
  gem: GEM_VALUE_OPTIONS,
  composer: COMPOSER_VALUE_OPTIONS,
  cargo: CARGO_VALUE_OPTIONS,
  maven: MAVEN_VALUE_OPTIONS,
  gradle: GRADLE_VALUE_OPTIONS,
  dotnet: DOTNET_VALUE_OPTIONS,
};

/**
 * The operands of a package-manager invocation: the words that are neither options nor option
 * values, in order (`apt-get -y install curl git` → install, curl, git).
 */
export function operandsOf(cmd: SimpleCommand | Invocation): readonly ShellWord[] {
  return operandsOfInvocation(invocationOf(cmd));
}

/** Asked by many rules of the same commands (and by actionsOf): made once per invocation. */
const operandsOfInvocation = memoByObject((inv: Invocation): readonly ShellWord[] => {
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
});

/** The subcommand (first operand) of a package-manager invocation (`install` in `apt-get -y install x`). */
export function subcommandOf(cmd: SimpleCommand | Invocation): ShellWord | undefined {
  return operandsOf(cmd)[0];
}

// ------------------------------------------------------------------------------------------------
// Actions

const SUB_ACTIONS: Partial<Record<PackageManagerId, Readonly<Record<string, PackageAction[]>>>> = {
  apt: APT_SUBCOMMANDS,
  apk: APK_SUBCOMMANDS,
  zypper: ZYPPER_SUBCOMMANDS,
  npm: NPM_SUBCOMMANDS,
  yarn: YARN_SUBCOMMANDS,
  pnpm: PNPM_SUBCOMMANDS,
  bun: BUN_SUBCOMMANDS,
  pip: PIP_SUBCOMMANDS,
  poetry: POETRY_SUBCOMMANDS,
  pipenv: PIPENV_SUBCOMMANDS,
  uv: UV_SUBCOMMANDS,
  conda: CONDA_SUBCOMMANDS,
  bundler: BUNDLER_SUBCOMMANDS,
  gem: GEM_SUBCOMMANDS,
  composer: COMPOSER_SUBCOMMANDS,
  cargo: CARGO_SUBCOMMANDS,
  dotnet: DOTNET_SUBCOMMANDS,
};

/** What a package-manager command does; empty for other commands and unknown subcommands. */
export function actionsOf(cmd: SimpleCommand | Invocation): ReadonlySet<PackageAction> {
  const inv = invocationOf(cmd);
  const pm = packageManagerOf(inv);
  return pm ? actionsOfManaged(inv, pm) : NO_ACTIONS;
}

const NO_ACTIONS: ReadonlySet<PackageAction> = new Set();
/**
 * A dozen rules ask for the actions of the same commands, some once per other command of the RUN:
 * made once per invocation (shared read-only by every rule, as `invocationOf` makes them).
 */
const actionsOfManaged = memoByObject<Invocation, ReadonlySet<PackageAction>, PackageManagerInfo>(
  computeActions,
);

function computeActions(inv: Invocation, pm: PackageManagerInfo): Set<PackageAction> {
  const out = new Set<PackageAction>();
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
      if (sub === 'group' || sub === 'groups' || sub === 'module') add(RPM_SUBCOMMANDS[ops[1] ?? '']);
      else add(sub ? RPM_SUBCOMMANDS[sub] : undefined);
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
  if (pm.id === 'pacman') return ops.slice();
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
