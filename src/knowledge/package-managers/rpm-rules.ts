/**
 * The shared bodies of the yum-* and dnf-* rules (the rpm family's facts are in `rpm.ts`): commands that
 * change packages need `-y`, a RUN that installs keeps the caches unless `<tool> clean all` (or an `rm`,
 * or a cache mount) follows, and every package or module names a version or stream.
 */
import type { Fix, Range } from '../../engine/types.js';
import type { DfInstruction, DockerfileModel, ShellWord } from '../../targets/dockerfile/model.js';
import { removesDir, mountsCacheOver } from '../cache-cleanup.js';
import { appendCommandFix, insertAfterWord } from '../fixes.js';
import { runInstructions } from '../instructions.js';
import { findCommands, hasOption } from '../invocations.js';
import type { Invocation } from '../invocations.js';
import { resolveWord } from '../variables.js';
import { actionsOf, installedPackages, operandsOf } from './commands.js';
import { DNF_NAMES, RPM_CACHE_DIRS, rpmCacheDir, rpmSpecPinned } from './rpm.js';

type Reporter = (f: { range: Range; message: string; fix?: Fix }) => void;

const RPM_ALL: readonly string[] = ['yum', ...DNF_NAMES];

/** The operand that names what an rpm invocation does (`install`, or `install` in `dnf module install`). */
export function rpmActionWord(inv: Invocation): ShellWord | undefined {
  const ops = operandsOf(inv);
  const sub = ops[0]?.value;
  if (sub === 'group' || sub === 'groups' || sub === 'module') return ops[1] ?? ops[0];
  return ops[0];
}

/**
 * DL3030/DL3038: commands that change packages ask for confirmation unless given `-y`/`--assumeyes`;
 * a build has no terminal, so the step fails. microdnf never asks and is not reported.
 */
export function checkAssumeYes(model: DockerfileModel, names: readonly string[], report: Reporter): void {
  for (const inst of runInstructions(model)) {
    for (const inv of findCommands(inst, names)) {
      if (inv.name === 'microdnf') continue;
      const actions = actionsOf(inv);
      if (!actions.has('install') && !actions.has('upgrade') && !actions.has('remove')) continue;
      if (hasOption(inv, '-y', '--assumeyes', '--assumeno')) continue;
      const action = rpmActionWord(inv) ?? inv.words[0];
      const sub = action.value;
      report({
        range: model.rangeOf(inv.words[0].start, action.end),
        message:
          `\`${inv.name} ${sub}\` without \`-y\` waits for a confirmation that a build cannot give, so the step ` +
          `fails; write \`${inv.name} ${sub} -y …\` (or \`--assumeyes\`).`,
        fix: insertAfterWord(model, action, ' -y', `Add -y to ${inv.name} ${sub}`),
      });
    }
  }
}

/**
 * DL3032/DL3040: a RUN that installs or upgrades rpm packages keeps the package and metadata caches
 * in its layer unless `<tool> clean all` (or an `rm` of the cache directory) runs after it in the same
 * RUN, or the cache directory is a `--mount=type=cache`/tmpfs.
 */
export function checkRpmClean(
  model: DockerfileModel,
  names: readonly string[],
  shippedOnly: boolean,
  report: Reporter,
): void {
  for (const inst of runInstructions(model, { shippedOnly })) {
    const changes = findCommands(inst, names).filter((inv) => {
      const a = actionsOf(inv);
      return a.has('install') || a.has('upgrade');
    });
    if (changes.length === 0) continue;
    const last = changes[changes.length - 1];
    const cleaned = findCommands(inst, RPM_ALL).some((inv) => {
      const ops = operandsOf(inv).map((w) => w.value);
      return inv.command.start > last.command.start && ops[0] === 'clean' && ops.includes('all');
    });
    if (
      cleaned ||
      removesDir(inst, last.command.start, RPM_CACHE_DIRS) ||
      mountsCacheOver(inst, RPM_CACHE_DIRS)
    )
      continue;
    const first = changes[0];
    const action = rpmActionWord(first) ?? first.words[0];
    const tool = last.name;
    report({
      range: model.rangeOf(first.words[0].start, action.end),
      message:
        `\`${first.name} ${action.value}\` leaves the package and metadata caches in the layer (often tens of ` +
        `MB); end the same RUN with \`${tool} clean all\`, or mount the cache with ` +
        `\`--mount=type=cache,target=${rpmCacheDir(tool)}\`.`,
      fix: appendCommandFix(model, inst, `${tool} clean all`, `Append ${tool} clean all`),
    });
  }
}

/** Whether the RUN's script sets the shell variable itself (`v=1.2; yum install x-$v`, `export v=…`, `read v`, `for v in`). */
function assignedIn(inst: DfInstruction, name: string): boolean {
  const n = name.replace(/[^A-Za-z0-9_]/g, '\\$&');
  const text = inst.argsText + inst.heredocs.map((h) => '\n' + h.body).join('');
  return new RegExp(`(?:^|[^\\w$])${n}=|\\b(?:read|for)\\b[^;&|\\n]*\\b${n}\\b`).test(text);
}

/**
 * DL3033/DL3041: every package an rpm install names carries a version (`name-version`); modules carry a
 * stream (`module install nodejs:20`). Versions given through ARG/ENV count as pinned.
 */
export function checkRpmPins(model: DockerfileModel, names: readonly string[], report: Reporter): void {
  // Names some ARG/ENV of the file declares: one of them that is not in scope at a RUN was declared in
  // another stage, and ARG/ENV do not cross FROM, so it expands to nothing there.
  // Made when a package is first looked at: most files install nothing with these managers.
  let declared: Set<string> | undefined;
  const isDeclared = (name: string) => {
    if (!declared) {
      declared = new Set<string>();
      for (const i of model.instructions)
        if (i.keyword === 'ARG' || i.keyword === 'ENV') for (const p of i.properties) declared.add(p.name);
    }
    return declared.has(name);
  };
  for (const inst of runInstructions(model)) {
    for (const inv of findCommands(inst, names)) {
      if (!actionsOf(inv).has('install')) continue;
      const ops = operandsOf(inv);
      const sub = ops[0]?.value;
      if (sub === 'group' || sub === 'groups' || sub === 'groupinstall') continue;
      if (sub === 'builddep' || sub === 'localinstall') continue;
      const module = sub === 'module';
      for (const w of installedPackages(inv)) {
        if (w.value.startsWith('@') && !w.value.includes(':')) continue; // a group: nothing to pin
        const { value, unresolved } = resolveWord(model, inst, w);
        const elsewhere = unresolved.filter(
          (n) => isDeclared(n) && !inst.scope.has(n) && !assignedIn(inst, n),
        );
        // The version (or the whole spec) comes from a variable the build or the script sets.
        if (unresolved.length > elsewhere.length) continue;
        const bad = value
          .split(/\s+/)
          .filter((s) => s.length > 0)
          .filter((s) => (module || s.startsWith('@') ? !/:[^:]+/.test(s) : !rpmSpecPinned(s)));
        if (bad.length === 0) continue;
        const example = module ? `${bad[0].replace(/^@/, '')}:<stream>` : `${bad[0]}-<version>`;
        report({
          range: model.rangeOf(w.start, w.end),
          message:
            `\`${inv.name} ${module ? 'module install' : 'install'} ${bad[0]}\` installs whatever version the ` +
            `repository has at build time, so rebuilds differ; pin it: \`${example}\` (a version from an ARG counts).` +
            (elsewhere.length > 0
              ? ` \`$${elsewhere[0]}\` is set in another stage only, and ARG/ENV values do not cross FROM, so it is empty here.`
              : ''),
        });
      }
    }
  }
}
