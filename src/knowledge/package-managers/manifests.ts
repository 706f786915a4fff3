/**
 * Dependency steps and the manifests they read: whether a command installs a project's dependencies
 * from its manifests (`npm ci` reads package.json and package-lock.json, `go mod download` go.mod and
 * go.sum…), and whether a COPY source names manifest files only (`package*.json`, `go.*`, `*.csproj`),
 * for the rules about build-cache order.
 */
import type { SimpleCommand } from '../../targets/dockerfile/shell-types.js';
import { basename, hasOption, invocationOf, optionValue } from '../invocations.js';
import type { Invocation } from '../invocations.js';
import { actionsOf, operandsOf, packageManagerOf } from './commands.js';
import type { PackageManagerInfo } from './commands.js';

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
