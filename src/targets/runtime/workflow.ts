/**
 * GitHub workflow files: each job's `container:` and each of its `services:` is a container (GitHub
 * creates them with `docker create`, passing `options:` as flags), and every `docker`/`podman`
 * `run|create` in a `run:` step is one too. `${{ … }}` expressions are opaque words.
 */
import { isMap, isScalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { parseShell } from '../dockerfile/shell.js';
import type { InputProblem, TargetUnit } from '../types.js';
import { applyFlags, cliWord, parseRunArgs } from './cli.js';
import { workflowEnvValue, yamlEnv } from './env.js';
import { emptySpec } from './model.js';
import type { RuntimeSpec } from './model.js';
import { scalarText } from './mapped.js';
import { scriptUnits } from './shell-source.js';
import type { SourceComment } from './text.js';
import { parseVolumeSpec } from './values.js';
import { entries, get, items, rangeOfEntry, rangeOfNode, scalarString, sourceOf } from './yaml.js';
import type { Entry, YamlCtx } from './yaml.js';

export interface WorkflowResult {
  units: TargetUnit[];
  comments: SourceComment[];
  problems: InputProblem[];
}

/** Shells whose `run:` scripts are not POSIX-like and so are not read. */
const NON_POSIX_SHELLS = /^(?:python|cmd|powershell|pwsh)\b/;

function mapped(node: YamlNode, ctx: YamlCtx) {
  const range = (node as { range?: [number, number, number] }).range ?? [0, 0, 0];
  return scalarText(ctx.text, range, isScalar(node) ? node.type : undefined);
}

/** A job container or service container: `image`, `options` (docker create flags) and `volumes`. */
function containerUnit(
  entry: Entry,
  label: string,
  job: string,
  file: string,
  ctx: YamlCtx,
  out: WorkflowResult,
): void {
  const spec: RuntimeSpec = emptySpec(
    { file, kind: 'workflow', syntax: 'cli', name: label, range: rangeOfEntry(entry, ctx), job },
    'docker',
  );
  // Job and service containers live as long as the job: CI tasks, not services.
  spec.lifetime = 'task';
  const node = entry.value;
  const imageNode = isMap(node) ? (get(node, 'image', ctx)?.value ?? null) : node;
  const image = scalarString(imageNode);
  if (image !== undefined && imageNode) {
    const opaque = image.includes('${{');
    spec.image = {
      raw: sourceOf(imageNode, ctx),
      range: rangeOfNode(imageNode, ctx),
      key: 'image',
      ...(opaque ? { opaque: true } : { value: image }),
    };
  } else if (isMap(node) && !get(node, 'image', ctx)) {
    // `container:` without an image is not a container; GitHub rejects it.
    return;
  }
  if (isMap(node)) {
    spec.env = yamlEnv(get(node, 'env', ctx)?.value ?? null, 'env', ctx, workflowEnvValue);
    const options = get(node, 'options', ctx);
    if (options?.value && isScalar(options.value) && typeof options.value.value === 'string') {
      const text = mapped(options.value, ctx);
      const parsed = parseShell(text.text, { dockerfileContinuations: false });
      const words = parsed.commands
        .flatMap((c) => [...c.assignments, ...c.words])
        .sort((a, b) => a.start - b.start)
        .map(cliWord);
      const args = parseRunArgs(words, false);
      const rangeOf = (s: number, e: number) => text.rangeOf(ctx.index, s, e);
      if (args.opaqueFlags.length > 0) {
        spec.incomplete = `flags may come from ${args.opaqueFlags.map((w) => w.raw).join(', ')}`;
      }
      applyFlags(spec, args.flags, rangeOf);
    }
    for (const it of items(get(node, 'volumes', ctx)?.value ?? null, ctx)) {
      const v = scalarString(it.value);
      if (v === undefined) continue;
      const opaque = v.includes('${{');
      spec.volumes.push({
        ...parseVolumeSpec(v, opaque),
        raw: sourceOf(it.written, ctx),
        range: rangeOfNode(it.written, ctx),
        key: 'volumes',
      });
    }
  }
  out.units.push({
    model: spec,
    context: { service: label, ...(spec.image?.value ? { image: spec.image.value } : {}) },
  });
}

/**
 * An `env:` block of the workflow, a job or a step: not a container, but its variables reach every
 * step's process (and the job container's), so they are checked as a container's are.
 */
function envUnit(
  entry: Entry | undefined,
  label: string,
  scope: 'workflow' | 'job' | 'step',
  job: string | undefined,
  file: string,
  ctx: YamlCtx,
  out: WorkflowResult,
): void {
  if (!entry) return;
  const env = yamlEnv(entry.value, 'env', ctx, workflowEnvValue);
  if (env.length === 0) return;
  const spec: RuntimeSpec = emptySpec(
    {
      file,
      kind: 'workflow',
      syntax: 'cli',
      name: label,
      range: rangeOfNode(entry.keyNode, ctx),
      envScope: scope,
      ...(job !== undefined ? { job } : {}),
    },
    'unknown',
  );
  spec.incomplete = `${label} is not a container: only its variables are checked`;
  spec.env = env;
  out.units.push({ model: spec, context: { service: label } });
}

function shellOf(node: YamlNode | null, ctx: YamlCtx): string | undefined {
  return scalarString(
    get(get(get(node, 'defaults', ctx)?.value ?? null, 'run', ctx)?.value ?? null, 'shell', ctx)?.value ??
      null,
  );
}

/** The containers of one workflow document. */
export function workflowUnits(ctx: YamlCtx, file: string): WorkflowResult {
  const out: WorkflowResult = { units: [], comments: [], problems: [] };
  const root = ctx.doc.contents as YamlNode | null;
  const workflowShell = shellOf(root, ctx);
  envUnit(get(root, 'env', ctx), 'workflow env', 'workflow', undefined, file, ctx, out);
  for (const job of entries(get(root, 'jobs', ctx)?.value ?? null, ctx)) {
    if (!isMap(job.value)) continue;
    const id = job.key;
    envUnit(get(job.value, 'env', ctx), `job ${id}: env`, 'job', id, file, ctx, out);
    const container = get(job.value, 'container', ctx);
    if (container && container.value !== null)
      containerUnit(container, `job ${id}: container`, id, file, ctx, out);
    for (const svc of entries(get(job.value, 'services', ctx)?.value ?? null, ctx)) {
      if (svc.value !== null) containerUnit(svc, `job ${id}: service ${svc.key}`, id, file, ctx, out);
    }
    const jobShell = shellOf(job.value, ctx) ?? workflowShell;
    items(get(job.value, 'steps', ctx)?.value ?? null, ctx).forEach((step, n) => {
      const stepName =
        scalarString(get(step.value, 'name', ctx)?.value ?? null) ??
        scalarString(get(step.value, 'id', ctx)?.value ?? null);
      const stepLabel = stepName !== undefined ? `step "${stepName}"` : `step ${n + 1}`;
      envUnit(get(step.value, 'env', ctx), `job ${id}, ${stepLabel}: env`, 'step', id, file, ctx, out);
      const run = get(step.value, 'run', ctx);
      if (!run?.value || !isScalar(run.value) || typeof run.value.value !== 'string') return;
      const shell = scalarString(get(step.value, 'shell', ctx)?.value ?? null) ?? jobShell;
      if (shell && NON_POSIX_SHELLS.test(shell.trim())) return;
      const label = stepLabel;
      const text = mapped(run.value, ctx);
      const r = scriptUnits(text.text, {
        file,
        kind: 'workflow',
        rangeOf: (s, e) => text.rangeOf(ctx.index, s, e),
        job: id,
        contextPrefix: `job ${id}, ${label}`,
      });
      // Loops, not push(...list): a spread of 100,000+ items overflows the stack.
      for (const u of r.units) out.units.push(u);
      for (const p of r.problems) out.problems.push(p);
      // Comment lines of a block script are YAML content, not YAML comments: add them for suppressions.
      for (const c of r.comments) out.comments.push(c);
    });
  }
  return out;
}

/** Whether a parsed document is a workflow (a `jobs` mapping). */
export function isWorkflowDocument(ctx: YamlCtx): boolean {
  const jobs = get(ctx.doc.contents, 'jobs', ctx);
  return !!jobs && isMap(jobs.value);
}
