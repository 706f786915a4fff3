import { defineRule } from '../define.js';
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';
import type { ShellWord } from '../../targets/dockerfile/shell-types.js';
import { isPlaceholderValue, secretLike, secretValueKind } from '../../knowledge/secrets.js';
import { secretFileKind } from '../image/secret-files.js';
import { copyPaths, flagOf } from '../../knowledge/stages.js';

/**
 * `Authorization: token ghp_…`, `Authorization: Bearer …`, `PRIVATE-TOKEN: …`, `X-API-Key: …`: a header
 * whose value is written out. Bounded: one header per word.
 */
const AUTH_HEADER =
  /^\s*(authorization|proxy-authorization|private-token|job-token|x-api-key|api-key|x-auth-token|x-access-token)\s*:\s*(?:(?:token|bearer|basic)\s+)?(\S{1,4096})\s*$/i;

/** A secret is never quoted back: the first characters say which kind it is, the rest is masked. */
export function masked(value: string): string {
  const v = value.trim();
  return v.length <= 8 ? '****' : `${v.slice(0, 4)}…(${v.length} characters)`;
}

function wordProblem(word: ShellWord): string | null {
  // Nothing shorter can hold a credential either test accepts (a header is at least `api-key:` and 8
  // characters; secretValueKind wants 12): most words end here, before any regex.
  if (word.value.length < 12) return null;
  if (word.hasExpansion && /\$\{?[A-Za-z_]/.test(word.value)) {
    // `-H "Authorization: token $GITHUB_TOKEN"` passes a build secret in: that is the right way.
    return null;
  }
  // Every header has a colon: most words are settled without the pattern.
  const header = word.value.includes(':') ? AUTH_HEADER.exec(word.value) : null;
  if (header && !isPlaceholderValue(header[2]) && header[2].length >= 8) {
    return `the ${header[1]} header holds a credential written out (${masked(header[2])})`;
  }
  const kind = secretValueKind(word.value);
  return kind ? `an argument looks like ${kind} (${masked(word.value)})` : null;
}

export default defineRule({
  id: 'dockerfile/secrets-in-instructions',
  aliases: [],
  severity: 'error',
  summary: 'A credential is written into a RUN command, a LABEL, or COPY/ADD copies a secret file',
  check(model: DockerfileModel, _options, report) {
    const stageOf = (inst: DfInstruction) => model.stages[inst.stage]?.name;
    const context = (inst: DfInstruction) => (stageOf(inst) ? { stage: stageOf(inst)! } : undefined);
    const tail =
      'It stays readable in the image history and in the build cache. Pass it at build time with ' +
      '`RUN --mount=type=secret,id=…` (or `--secret` for docker build) instead.';
    // `TOKEN=ghp_… ./deploy.sh`, `export PASSWORD=…`.
    const checkAssignment = (inst: DfInstruction, a: ShellWord) => {
      const eq = a.value.indexOf('=');
      if (eq <= 0 || a.hasExpansion) return;
      const name = a.value.slice(0, eq);
      const value = a.value.slice(eq + 1);
      if (isPlaceholderValue(value) || value.length < 8) return;
      const hit = secretLike(name, value);
      if (!hit) return;
      report({
        range: model.rangeOf(a.start, a.end),
        redact: model.rangeOf(a.start, a.end),
        message: `RUN sets ${name} to a credential written out (${masked(value)}): ${hit.reason}. ${tail}`,
        context: context(inst),
      });
    };
    const checkWord = (inst: DfInstruction, w: ShellWord) => {
      const problem = wordProblem(w);
      if (!problem) return;
      report({
        range: model.rangeOf(w.start, w.end),
        redact: model.rangeOf(w.start, w.end),
        message: `In this RUN ${problem}. ${tail}`,
        context: context(inst),
      });
    };
    for (const inst of model.instructions) {
      if (inst.keyword === 'RUN' && inst.script) {
        // Words by index, not copies of the lists: this runs for every command of every RUN.
        for (const cmd of inst.script.commands) {
          for (const a of cmd.assignments) checkAssignment(inst, a);
          const check = cmd.name === 'export' || cmd.name === 'declare' ? checkAssignment : checkWord;
          for (let k = 1; k < cmd.words.length; k++) check(inst, cmd.words[k]);
        }
      } else if (inst.keyword === 'LABEL') {
        for (const p of inst.properties) {
          if (p.value === undefined || p.value.includes('$')) continue;
          const kind = secretValueKind(p.value);
          const hit = kind ? { reason: `its value looks like ${kind}` } : secretLike(p.name, p.value);
          if (!hit || (!kind && (isPlaceholderValue(p.value) || p.value.length < 8))) continue;
          report({
            range: p.valueRange ?? p.range,
            redact: p.valueRange ?? p.range,
            message: `LABEL ${p.name} holds a credential (${masked(p.value)}): ${hit.reason}. Labels are public metadata of the image; remove it.`,
            context: context(inst),
          });
        }
      } else if ((inst.keyword === 'COPY' || inst.keyword === 'ADD') && !flagOf(inst, 'from')) {
        const paths = copyPaths(model, inst);
        for (const src of paths?.sources ?? []) {
          const kind = secretFileKind(src.value.replace(/\/+$/, ''));
          if (!kind) continue;
          report({
            range: src.range,
            message:
              `${inst.keyword} ${src.value} copies ${kind} into the image, where every layer keeps it even if a later ` +
              `step deletes it. Mount it for the step that needs it (\`RUN --mount=type=secret,id=…\`) and list it in .dockerignore.`,
            context: context(inst),
          });
        }
      }
    }
  },
});
