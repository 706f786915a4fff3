/**
 * The run-configuration target kinds: compose files, GitHub workflows, shell scripts and Makefiles.
 * (`docker container inspect` JSON is not discovered: it is named with `--container-inspect`.)
 */
import path from 'node:path';
import type { FileTargetHandler, LoadedTarget, TargetUnit } from '../types.js';
import { composeUnits, isComposeDocument } from './compose.js';
import { loadMakefile, loadShellScript } from './shell-source.js';
import { LineIndex } from './text.js';
import type { SourceComment } from './text.js';
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

function loadYamlTarget(relPath: string, text: string, read: 'compose' | 'workflow'): LoadedTarget {
  const index = new LineIndex(text);
  const target: LoadedTarget = {
    kind: 'runtime',
    file: relPath,
    text,
    units: [],
    problems: [],
    comments: [],
  };
  const comments = yamlComments(text, index);
  const parsed = parseYaml(text, index);
  // Loops, not push(...list): a spread of 100,000+ items (services, comments) overflows the stack.
  for (const p of parsed.problems) target.problems.push(p);
  const units: TargetUnit[] = [];
  for (const ctx of parsed.docs) {
    try {
      if (read === 'compose') {
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
  target.stats = { format: read, containers: units.length };
  return target;
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
  makefileTarget,
  shellTarget,
];
