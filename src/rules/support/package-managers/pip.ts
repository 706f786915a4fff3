/**
 * pip: `pip install` commands (`pip3.12 install`, `python -m pip install`) read getopt-style, with their
 * packages.
 */
import { parseCli } from '../command-line.js';
import type { RunInvocation } from '../invocations.js';
import type { PackageCommand } from './commands.js';

/** pip's options that take a value in the next word, as the getopt-style rules read them. */
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
export function pipInstalls(invs: RunInvocation[]): PackageCommand[] {
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
