/**
 * The Python managers (pip, poetry, pipenv, uv, conda): the options that take a value and what each
 * subcommand does (as `commands.ts` reads them), and `pip install` commands (`pip3.12 install`,
 * `python -m pip install`) read getopt-style with their packages (the pip rules).
 */
import { parseCli } from '../command-line.js';
import type { RunInvocation } from '../invocations.js';
import type { PackageAction, PackageCommand } from './commands.js';

/** The options of `pip` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const PIP_VALUE_OPTIONS: readonly string[] = [
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
];

/** What each subcommand of `pip` does. */
export const PIP_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  install: ['install'],
  download: ['download'],
  uninstall: ['remove'],
};

/** The options of `poetry` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const POETRY_VALUE_OPTIONS: readonly string[] = [
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
];

/** What each subcommand of `poetry` does. */
export const POETRY_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  install: ['install'],
  add: ['install'],
  update: ['upgrade'],
  remove: ['remove'],
};

/** The options of `pipenv` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const PIPENV_VALUE_OPTIONS: readonly string[] = ['--python', '--pypi-mirror', '--categories'];

/** What each subcommand of `pipenv` does. */
export const PIPENV_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  install: ['install'],
  sync: ['install'],
  update: ['upgrade'],
  uninstall: ['remove'],
};

/** The options of `uv` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const UV_VALUE_OPTIONS: readonly string[] = [
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
];

/** What each subcommand of `uv` does. */
export const UV_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  sync: ['install'],
  add: ['install'],
  remove: ['remove'],
};

/** The options of `conda` that take a value in the next word (so that it is not read as a subcommand or a package). */
export const CONDA_VALUE_OPTIONS: readonly string[] = [
  '-n',
  '--name',
  '-c',
  '--channel',
  '-p',
  '--prefix',
  '-f',
  '--file',
  '--override-channels',
];

/** What each subcommand of `conda` does. */
export const CONDA_SUBCOMMANDS: Readonly<Record<string, PackageAction[]>> = {
  install: ['install'],
  create: ['install'],
  update: ['upgrade'],
  upgrade: ['upgrade'],
  remove: ['remove'],
  uninstall: ['remove'],
  clean: ['clean'],
};

/**
 * pip's options that take a value in the next word, as the getopt-style rules read them (not quite
 * `PIP_VALUE_OPTIONS`: kept apart so that moving them changed no finding).
 */
const PIP_VALUED = new Set([
  '-r',
  '-c',
  '-e',
  '-i',
  '-f',
  '-t',
  '-b',
  '-C',
  '--requirement',
  '--constraint',
  '--editable',
  '--index-url',
  '--extra-index-url',
  '--find-links',
  '--target',
  '--prefix',
  '--root',
  '--src',
  '--upgrade-strategy',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--no-binary',
  '--only-binary',
  '--progress-bar',
  '--trusted-host',
  '--cache-dir',
  '--log',
  '--proxy',
  '--retries',
  '--timeout',
  '--exists-action',
  '--cert',
  '--client-cert',
  '--global-option',
  '--install-option',
  '--config-settings',
  '--report',
  '--python',
  '--root-user-action',
  '--use-feature',
  '--use-deprecated',
  '--keyring-provider',
  '--build',
]);

/** `pip install …`, `pip3.12 install …` and `python -m pip install …` invocations. */
export function pipInstalls(invs: readonly RunInvocation[]): PackageCommand[] {
  const out: PackageCommand[] = [];
  for (const inv of invs) {
    // `python3 -m pip` arrives here as `pip` (the shared invocationOf unwraps it).
    if (!/^pip[0-9.]*$/.test(inv.name)) continue;
    const cli = parseCli(inv.args, { valued: PIP_VALUED });
    if (cli.operands[0]?.value !== 'install') continue;
    out.push({ inv, cli, sub: cli.operands[0], packages: cli.operands.slice(1) });
  }
  return out;
}
