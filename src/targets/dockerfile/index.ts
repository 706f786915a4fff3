import path from 'node:path';
import type { FileTargetHandler, InputProblem, LoadedTarget } from '../types.js';
import { parseDockerfile } from './parse.js';
import type { DockerIgnore } from './model.js';
import { shellcheckDockerfile, shellcheckProblems } from './shellcheck.js';
import type { ShellcheckContext } from './shellcheck.js';

const DOCKERFILE_NAME = /^(?:dockerfile|containerfile)(?:\..+)?$|\.(?:dockerfile|containerfile)$/i;

/** `Dockerfile`, `Containerfile`, `Dockerfile.*`, `Containerfile.*`, `*.Dockerfile`, `*.containerfile`. */
export function isDockerfileName(relPath: string): boolean {
  const base = path.posix.basename(relPath);
  if (/\.dockerignore$/i.test(base)) return false;
  return DOCKERFILE_NAME.test(base);
}

export function parseIgnoreFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export const dockerfileTarget: FileTargetHandler = {
  kind: 'dockerfile',
  claims: (relPath) => isDockerfileName(relPath),
  // Any file named explicitly is read as a Dockerfile unless another kind claims it first.
  claimsExplicit: () => true,
  async load(relPath, text, ctx): Promise<LoadedTarget> {
    const dir = path.posix.dirname(relPath);
    const base = path.posix.basename(relPath);
    // BuildKit reads `<Dockerfile name>.dockerignore` beside the Dockerfile first, then the context's
    // `.dockerignore`; the context is usually the Dockerfile's folder.
    let dockerignore: DockerIgnore | null = null;
    const problems: InputProblem[] = [];
    for (const name of [`${base}.dockerignore`, '.dockerignore']) {
      const rel = dir === '.' ? name : `${dir}/${name}`;
      let content: string | null;
      try {
        content = await ctx.readSibling(rel);
      } catch (e) {
        // Said on the Dockerfile, whose build context it would shape; the Dockerfile is still checked.
        problems.push({
          message: `${rel} was not read (${(e as Error).message}); the rules that look at the build context ignore it.`,
          range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        });
        continue;
      }
      if (content !== null) {
        dockerignore = { path: rel, patterns: parseIgnoreFile(content) };
        break;
      }
    }
    const model = parseDockerfile(text, relPath, { dockerignore });
    // ShellCheck on the RUN scripts (one process per file); default: when the binary is on PATH.
    await shellcheckDockerfile(model, (ctx as ShellcheckContext).shellcheck ?? { mode: 'auto' });
    return {
      kind: 'dockerfile',
      file: relPath,
      text: model.text,
      units: [{ model }],
      problems: [...problems, ...shellcheckProblems(model)],
      comments: model.comments,
      stats: { stages: model.stages.length, instructions: model.instructions.length },
    };
  },
};
