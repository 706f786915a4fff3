import { defineRule } from '../define.js';
import type { DfArg, DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';
import { dependencyStep, isManifestSource } from '../../knowledge/package-managers/manifests.js';
import { findCommands, invocationOf, optionValue } from '../../knowledge/invocations.js';
import type { DependencyStep } from '../../knowledge/package-managers/manifests.js';
import type { Invocation } from '../../knowledge/invocations.js';
import type { PackageFamily } from '../../knowledge/package-managers/commands.js';
import {
  copyPaths,
  flagOf,
  isWholeContext,
  mountsOf,
  resolveImagePath,
  workdirAt,
} from '../../knowledge/stages.js';

/** A COPY/ADD of the build context that changes whenever any source file does. */
interface BroadCopy {
  inst: DfInstruction;
  src: DfArg;
  /** For a directory copy: where its contents land (absolute); undefined for the whole context. */
  destDir?: string;
}

/** File names without an extension that are files, not directories. */
const EXTENSIONLESS_FILES =
  /^(?:Makefile|GNUmakefile|LICEN[CS]E|COPYING|NOTICE|README|CHANGELOG|AUTHORS|VERSION|Procfile|Dockerfile|Containerfile|Jenkinsfile|Vagrantfile|Rakefile|Gemfile|Pipfile|Brewfile|Justfile|Taskfile|gradlew|mvnw)$/i;

function looksLikeDirectory(src: string): boolean {
  if (src.endsWith('/')) return true;
  const base = src.split('/').pop() ?? '';
  if (!base || /[*?[$]/.test(base) || base.startsWith('http')) return false;
  // ALL_CAPS names without extension are files by convention (VERSION, MLX_C_VERSION, LICENSE).
  return !base.includes('.', 1) && !EXTENSIONLESS_FILES.test(base) && !/^[A-Z0-9_-]+$/.test(base);
}

const NO_COPIES: readonly BroadCopy[] = [];

function broadCopies(model: DockerfileModel, inst: DfInstruction): readonly BroadCopy[] {
  if ((inst.keyword !== 'COPY' && inst.keyword !== 'ADD') || flagOf(inst, 'from')) return NO_COPIES;
  const paths = copyPaths(model, inst);
  if (!paths) return NO_COPIES;
  const out: BroadCopy[] = [];
  for (const src of paths.sources) {
    if (/^[a-z]+:\/\//i.test(src.value) || src.value.startsWith('git@')) continue; // ADD <url>
    if (isWholeContext(src.value)) out.push({ inst, src });
    else if (!isManifestSource(src.value) && looksLikeDirectory(src.value)) {
      out.push({ inst, src, destDir: resolveImagePath(workdirAt(model, inst), paths.dest.value) });
    }
  }
  return out;
}

/** The directory a command of a RUN runs in: WORKDIR, then top-level `cd`s before it, then its own --prefix-like option. */
function directoryOf(model: DockerfileModel, inst: DfInstruction, target: Invocation): string {
  let dir = workdirAt(model, inst);
  for (const cmd of inst.script?.commands ?? []) {
    if (cmd === target.command) break;
    if (cmd.depth > 0 || cmd.inSubstitution) continue;
    const inv = invocationOf(cmd);
    if (inv.name === 'cd' && inv.args[0] && !inv.args[0].includes('$'))
      dir = resolveImagePath(dir, inv.args[0]);
  }
  const opt = optionValue(
    target,
    '--prefix',
    '--cwd',
    '--dir',
    '--directory',
    '--working-dir',
    '--project-dir',
  );
  if (opt && !opt.value.includes('$')) dir = resolveImagePath(dir, opt.value);
  return dir;
}

/** A command for a message: at most about 60 characters, cut at a word. */
function shorten(text: string): string {
  if (text.length <= 60) return text;
  const cut = text.lastIndexOf(' ', 60);
  return `${text.slice(0, cut > 20 ? cut : 60)} …`;
}

const DEDICATED_STEP: Partial<Record<PackageFamily, string>> = {
  go: 'go mod download',
  rust: 'cargo fetch',
  maven: 'mvn dependency:go-offline',
  gradle: 'gradle dependencies',
  dotnet: 'dotnet restore',
};

function manifestList(step: DependencyStep): string {
  if (step.manager.family === 'dotnet') return 'the project files (*.csproj, *.sln, NuGet.config)';
  if (step.manager.family === 'gradle')
    return 'build.gradle and settings.gradle (or their .kts forms) and the gradle/ wrapper';
  const m = step.manifests;
  return m.length === 1 ? m[0] : `${m.slice(0, -1).join(', ')} and ${m[m.length - 1]}`;
}

export default defineRule({
  id: 'dockerfile/cache-order',
  severity: 'warning',
  summary: 'Source is copied before the dependency install, so every edit re-installs',
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      // What each instruction copies of the context; a stage that copies none broadly has nothing to
      // report, and most RUNs of the stages that do need no more than their dependency steps.
      const copiesAt = stage.instructions.map((inst) => broadCopies(model, inst));
      if (!copiesAt.some((c) => c.length > 0)) continue;
      const copies: BroadCopy[] = [];
      const explicitSeen = new Set<PackageFamily>();
      const reported = new Set<string>();
      for (let i = 0; i < stage.instructions.length; i++) {
        const inst = stage.instructions[i];
        copies.push(...copiesAt[i]);
        if (inst.keyword !== 'RUN' || !inst.script) continue;
        let cacheMount: boolean | undefined;
        for (const inv of findCommands(inst)) {
          const step = dependencyStep(inv);
          if (!step) continue;
          const family = step.manager.family;
          cacheMount ??= mountsOf(inst).some((m) => m.type === 'cache');
          if (step.implicit && (explicitSeen.has(family) || cacheMount)) continue;
          if (!step.implicit) explicitSeen.add(family);
          if (copies.length === 0) continue;
          const dir = directoryOf(model, inst, inv);
          const copy = copies.find((c) => c.destDir === undefined || c.destDir === dir);
          if (!copy) continue;
          const key = `${copy.inst.index}:${copy.src.value}:${family}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const shown = shorten(inv.words.map((w) => w.value).join(' '));
          const what =
            copy.destDir === undefined
              ? `${copy.inst.keyword} ${copy.src.value} copies the whole build context`
              : `${copy.inst.keyword} ${copy.src.value} copies the directory holding the dependency manifest into ${copy.destDir}`;
          const manifests = manifestList(step);
          const install = step.implicit ? (DEDICATED_STEP[family] ?? shown) : shown;
          const effect = step.implicit
            ? `\`${shown}\` (line ${inst.range.line}) downloads the dependencies it needs, so every source edit downloads them all again`
            : `\`${shown}\` (line ${inst.range.line}), so every source edit invalidates that layer and re-installs every dependency`;
          report({
            range: copy.src.range,
            message:
              `${what} before ${effect}. Copy ${manifests} first, run \`${install}\`, and copy the rest of the ` +
              `sources after it.`,
            context: stage.name ? { stage: stage.name } : undefined,
          });
        }
      }
    }
  },
});
