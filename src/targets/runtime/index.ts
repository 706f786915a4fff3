/**
 * The run-configuration target kinds: compose files, GitHub workflows, shell scripts and Makefiles.
 * (`docker container inspect` JSON is not discovered: it is named with `--container-inspect`.)
 */
import path from 'node:path';
import type { FileTargetHandler, LoadedTarget, TargetUnit } from '../types.js';
import { composeUnits, isComposeDocument } from './compose.js';
import { loadMakefile, loadShellScript } from './shell-source.js';
import type { RuntimeSpec } from './model.js';
import { LineIndex } from './text.js';
import type { SourceComment } from './text.js';
import { isKubernetesDocument, kubernetesUnits, WORKLOAD_KINDS } from './kubernetes.js';
import { workflowUnits } from './workflow.js';
import { AliasBudgetError, parseYaml, yamlComments } from './yaml.js';

const YAML_EXT = /\.ya?ml$/i;
const COMPOSE_NAME = /^(?:docker-compose.*|compose(?:\..+)?|podman-compose.*)\.ya?ml$/i;
const WORKFLOW_PATH = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
const SHELL_EXT = /\.(?:sh|bash)$/i;
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash']);
const MAKEFILE_NAME = /^(?:GNUmakefile|[Mm]akefile)$|\.(?:mk|make)$/;

/** `services:` at the top level with a mapping under it (not GitLab CI's `services:` list). */
function hasTopLevelServicesMap(head: string): boolean {
  const m = /^services:[ \t]*(?:#.*)?\r?\n((?:[ \t]*(?:#.*)?\r?\n)*)([ \t]+)([^\s#-][^\n]*)/m.exec(head);
  return !!m && /^["']?[\w.-]+["']?[ \t]*:/.test(m[3]);
}

export function isComposeFile(relPath: string, head: string): boolean {
  const base = path.posix.basename(relPath);
  if (WORKFLOW_PATH.test(relPath)) return false;
  if (COMPOSE_NAME.test(base)) return true;
  return YAML_EXT.test(base) && !/\.gitlab-ci\.ya?ml$/i.test(base) && hasTopLevelServicesMap(head);
}

function dedupeComments(comments: SourceComment[]): SourceComment[] {
  const seen = new Set<string>();
  const out: SourceComment[] = [];
  for (const c of comments) {
    const k = `${c.range.line}:${c.range.column}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c);
  }
  return out.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
}

/**
 * `apiVersion:` and `kind:` keys, at any indentation (items of a `kind: List` are indented; JSON-style
 * manifests write `"apiVersion": …` or `{ apiVersion: …`).
 */
export function looksLikeKubernetes(head: string): boolean {
  const key = (k: string) =>
    new RegExp(`^[ \\t{,-]*(?:${k}|"${k}"|'${k}')[ \\t]*:|[{,][ \\t]*"${k}"[ \\t]*:`, 'm');
  return key('apiVersion').test(head) && key('kind').test(head);
}

export function isKubernetesFile(relPath: string, head: string): boolean {
  return YAML_EXT.test(relPath) && !WORKFLOW_PATH.test(relPath) && looksLikeKubernetes(head);
}

/**
 * Go template actions only Helm charts write (`{{ .Values.x }}`, `{{ include … }}`, `{{ toYaml … }}`);
 * not any `{{`, which rendered manifests hold in strings (Prometheus alert templates with `{{ printf }}`
 * and `{{ range }}`, Argo parameters). Other templates fail to parse as YAML and are caught there.
 */
const HELM_ACTION =
  /\{\{-?\s*(?:(?:include|toYaml|tpl|required|template|define)\b|\$?\.(?:Values|Release|Chart|Capabilities|Files)\b)/;
const SUPPRESSION_WORD = /layerguard|hadolint|check\s*=/i;
const TEMPLATE_MARK = /\{\{|\{%/;

/** The 1-based line of the first match of a pattern. */
function lineOf(text: string, re: RegExp): number {
  const m = re.exec(text);
  return m ? text.slice(0, m.index).split('\n').length : 1;
}

function loadYamlTarget(
  relPath: string,
  text: string,
  read: 'compose' | 'workflow' | 'kubernetes',
): LoadedTarget {
  const index = new LineIndex(text);
  if (read === 'kubernetes' && HELM_ACTION.test(text)) return skippedTemplate(relPath, text, HELM_ACTION);
  const target = emptyTarget(relPath, text);
  // Comments matter only as suppressions, which name layerguard, hadolint or `check=`; reading them is a
  // second parse of the file (a quarter of the time on Kubernetes manifests), so skip it when none can be.
  const comments = SUPPRESSION_WORD.test(text) ? yamlComments(text, index) : [];
  const parsed = parseYaml(text, index);
  // Loops, not push(...list): a spread of 100,000+ items (services, comments) overflows the stack.
  for (const p of parsed.problems) target.problems.push(p);
  if (read === 'kubernetes' && parsed.problems.length > 0 && TEMPLATE_MARK.test(text)) {
    // A template that is not valid YAML until rendered (Helm, Jinja/Salt): a note, not an error.
    return skippedTemplate(relPath, text, TEMPLATE_MARK);
  }
  const units: TargetUnit[] = [];
  const kinds = new Set<string>();
  let objects = 0;
  for (const ctx of parsed.docs) {
    try {
      if (read === 'kubernetes') {
        if (!isKubernetesDocument(ctx)) continue;
        const r = kubernetesUnits(ctx, relPath);
        objects += r.objects;
        for (const u of r.units) units.push(u);
        for (const k of r.kinds) kinds.add(k);
      } else if (read === 'compose') {
        if (isComposeDocument(ctx)) for (const u of composeUnits(ctx, relPath)) units.push(u);
      } else {
        const r = workflowUnits(ctx, relPath);
        for (const u of r.units) units.push(u);
        for (const p of r.problems) target.problems.push(p);
        for (const c of r.comments) comments.push(c);
      }
    } catch (e) {
      if (!(e instanceof AliasBudgetError)) throw e;
      target.problems.push({ message: e.message, range: index.range(0, 0) });
    }
  }
  target.units = units;
  target.comments = dedupeComments(comments);
  // Workflow `env:` blocks are units but not containers.
  const containers = units.filter((u) => !(u.model as RuntimeSpec).source.envScope).length;
  target.stats = { format: read, containers };
  if (read === 'kubernetes' && units.length === 0 && target.problems.length === 0) {
    // CRDs, Services, ConfigMaps, kustomization files…: nothing to check, said only in the JSON report.
    const workloads = [...kinds].filter((k) => WORKLOAD_KINDS.includes(k));
    target.stats.skipped =
      objects === 0
        ? 'no Kubernetes object (apiVersion and kind) in the file'
        : workloads.length > 0
          ? `its workloads (${workloads.join(', ')}) have no containers`
          : `no workload (${WORKLOAD_KINDS.join(', ')}) in the file, only ${[...kinds].slice(0, 10).join(', ')}${kinds.size > 10 ? '…' : ''}`;
    target.stats.quiet = true;
  }
  return target;
}

function emptyTarget(relPath: string, text: string): LoadedTarget {
  return { kind: 'runtime', file: relPath, text, units: [], problems: [], comments: [] };
}

/** A file that still holds template syntax: not read, with a note saying how to check it. */
function skippedTemplate(relPath: string, text: string, mark: RegExp): LoadedTarget {
  const line = lineOf(text, mark);
  return {
    ...emptyTarget(relPath, text),
    stats: {
      format: 'kubernetes',
      containers: 0,
      skipped: `not checked: it holds template syntax ({{ }} or {% %}, line ${line}), so it is not a manifest until rendered; check the rendered output instead, e.g. \`helm template RELEASE CHART | layerguard check -\``,
    },
  };
}

export function loadKubernetesFile(relPath: string, text: string): LoadedTarget {
  return loadYamlTarget(relPath, text, 'kubernetes');
}

export function loadComposeFile(relPath: string, text: string): LoadedTarget {
  return loadYamlTarget(relPath, text, 'compose');
}

export function loadWorkflowFile(relPath: string, text: string): LoadedTarget {
  return loadYamlTarget(relPath, text, 'workflow');
}

export const composeTarget: FileTargetHandler = {
  kind: 'runtime',
  claims: (relPath, head) => isComposeFile(relPath, head),
  claimsExplicit: (relPath, head) =>
    isComposeFile(relPath, head) ||
    (YAML_EXT.test(relPath) && !WORKFLOW_PATH.test(relPath) && /^services:/m.test(head)),
  load: (relPath, text) => loadComposeFile(relPath, text),
};

export const workflowTarget: FileTargetHandler = {
  kind: 'runtime',
  claims: (relPath) => WORKFLOW_PATH.test(relPath),
  claimsExplicit: (relPath, head) =>
    WORKFLOW_PATH.test(relPath) ||
    (YAML_EXT.test(relPath) && /^jobs:/m.test(head) && /^(?:on|"on"|'on'|true):/m.test(head)),
  load: (relPath, text) => loadWorkflowFile(relPath, text),
};

export const kubernetesTarget: FileTargetHandler = {
  kind: 'runtime',
  claims: (relPath, head) => isKubernetesFile(relPath, head),
  // Named explicitly or read from standard input (`helm template … | layerguard check -`), the content decides.
  claimsExplicit: (relPath, head) => !WORKFLOW_PATH.test(relPath) && looksLikeKubernetes(head),
  load: (relPath, text) => loadKubernetesFile(relPath, text),
};

/** The interpreter a `#!` line names (`#!/usr/bin/env -S bash -e` -> `bash`). */
export function shebangInterpreter(head: string): string | undefined {
  if (!head.startsWith('#!')) return undefined;
  const words = head
    .slice(2, head.indexOf('\n') < 0 ? undefined : head.indexOf('\n'))
    .trim()
    .split(/[ \t]+/);
  let i = 0;
  const base = (w: string | undefined) => (w ?? '').slice((w ?? '').lastIndexOf('/') + 1);
  if (base(words[0]) === 'env') {
    i = 1;
    while (i < words.length && (words[i].startsWith('-') || /^\w+=/.test(words[i]))) i++;
  }
  return base(words[i]) || undefined;
}

export function isShellScript(relPath: string, head: string): boolean {
  if (SHELL_EXT.test(relPath)) return true;
  const interpreter = shebangInterpreter(head);
  return interpreter !== undefined && SHELLS.has(interpreter);
}

export const shellTarget: FileTargetHandler = {
  kind: 'runtime',
  claims: (relPath, head) => isShellScript(relPath, head),
  load: (relPath, text) => loadShellScript(relPath, text),
};

export const makefileTarget: FileTargetHandler = {
  kind: 'runtime',
  claims: (relPath) => MAKEFILE_NAME.test(path.posix.basename(relPath)),
  load: (relPath, text) => loadMakefile(relPath, text),
};

/** The run-configuration handlers, in the order they are asked to claim a file. */
export const RUNTIME_TARGETS: FileTargetHandler[] = [
  workflowTarget,
  composeTarget,
  kubernetesTarget,
  makefileTarget,
  shellTarget,
];
