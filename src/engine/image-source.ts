/**
 * Where in the repository an image finding comes from (issue 13, item 5): code scanning and review
 * tools need a repository path, never the runner path of an archive (`/tmp/…/app.tar`).
 *
 * The image's Dockerfile is the one paired with it (`--image-dockerfile IMAGE=DOCKERFILE`, the
 * Action's `image-dockerfiles`), else the checked Dockerfile whose instructions match most of the
 * image's history (`created_by`, as builders record it). Within it, a finding about a layer points at
 * the instruction that made the layer; any other finding at the final stage's FROM. An image with no
 * known Dockerfile keeps no source: reports then fall back to the image reference (see sarif.ts).
 */
import path from 'node:path';
import type { CheckResult } from './check.js';
import type { Finding, Range, SourceLocation } from './types.js';
import { readTargetFile, toPosix } from './discover.js';
import type { LoadedTarget } from '../targets/types.js';
import type { ImageModel } from '../targets/image/model.js';
import { parseCreatedBy } from '../targets/image/history.js';
import { joinContinuations, parseDockerfile } from '../targets/dockerfile/parse.js';
import type { DockerfileModel } from '../targets/dockerfile/model.js';

/** A Dockerfile reduced to what history matching needs. */
interface InstructionIndex {
  file: string;
  /** Normalised `KEYWORD body` -> the range of the last instruction with that text. */
  byText: Map<string, Range>;
  finalFrom: Range;
}

/** `KEYWORD body` with flags (`--mount=…`, `--chown=…`) and white space runs dropped. */
function instructionKey(keyword: string, body: string): string {
  const words = body.split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length && words[i].startsWith('--')) i++;
  return `${keyword.toUpperCase()} ${words.slice(i).join(' ')}`;
}

function indexDockerfile(file: string, model: DockerfileModel): InstructionIndex | undefined {
  const last = model.stages[model.stages.length - 1];
  if (!last) return undefined;
  const byText = new Map<string, Range>();
  for (const stage of model.stages) {
    for (const ins of stage.instructions) {
      if (ins.keyword === 'FROM') continue;
      byText.set(instructionKey(ins.keyword, joinContinuations(ins.argsText, model.escapeChar)), ins.range);
    }
  }
  return { file, byText, finalFrom: last.from.range };
}

function layerKey(createdBy: string): string | undefined {
  const ins = parseCreatedBy(createdBy);
  return ins.keyword ? instructionKey(ins.keyword, ins.body) : undefined;
}

/** How many of the image's history entries match an instruction of the Dockerfile. */
function matches(model: ImageModel, index: InstructionIndex): number {
  let n = 0;
  for (const h of model.history) {
    const key = layerKey(h.createdBy);
    if (key && index.byText.has(key)) n++;
  }
  return n;
}

export async function locateImageFindings(
  result: CheckResult,
  targets: readonly LoadedTarget[],
  cwd: string,
  paired: ReadonlyMap<string, string> = new Map(),
): Promise<CheckResult> {
  const images = targets.filter((t) => t.kind === 'image' && t.units.length > 0);
  if (images.length === 0 || !result.findings.some((f) => f.kind === 'image')) return result;
  // The models of the checked Dockerfiles are at hand; a paired Dockerfile that was not checked is read.
  const models = new Map<string, DockerfileModel>();
  for (const t of targets) {
    if (t.kind === 'dockerfile' && t.units.length > 0)
      models.set(t.file, t.units[0].model as DockerfileModel);
  }
  const indexes = new Map<string, InstructionIndex | undefined>();
  const indexOf = async (file: string): Promise<InstructionIndex | undefined> => {
    if (!indexes.has(file)) {
      let model = models.get(file);
      if (!model) {
        try {
          model = parseDockerfile(await readTargetFile(path.resolve(cwd, file), cwd), file);
        } catch {
          model = undefined;
        }
      }
      indexes.set(file, model && indexDockerfile(file, model));
    }
    return indexes.get(file);
  };
  const checkedDockerfiles = [...models.keys()];
  const byImage = new Map<string, { model: ImageModel; index?: InstructionIndex }>();
  for (const t of images) {
    const model = t.units[0].model as ImageModel;
    const pairedFile = paired.get(model.ref);
    let index: InstructionIndex | undefined;
    if (pairedFile !== undefined) {
      index = await indexOf(toPosix(path.relative(cwd, path.resolve(cwd, pairedFile))));
    } else {
      // The checked Dockerfile that explains most of the history; none on a tie or no match.
      let best = 0;
      let tie = false;
      for (const file of checkedDockerfiles) {
        const candidate = await indexOf(file);
        const n = candidate ? matches(model, candidate) : 0;
        if (n > best) [best, index, tie] = [n, candidate, false];
        else if (n === best && n > 0) tie = true;
      }
      if (tie) index = undefined;
    }
    byImage.set(t.file, { model, index });
  }
  const findings = result.findings.map((f): Finding => {
    const image = f.kind === 'image' ? byImage.get(f.file) : undefined;
    if (!image?.index) return f;
    const layer = f.context?.layer !== undefined ? image.model.layers[f.context.layer - 1] : undefined;
    const key = layer ? layerKey(layer.createdBy) : undefined;
    const range = (key && image.index.byText.get(key)) || image.index.finalFrom;
    const source: SourceLocation = { file: image.index.file, ...range };
    return { ...f, source };
  });
  return { ...result, findings };
}
