import { defineRule } from '../define.js';
import type { DfInstruction, DockerfileModel, SimpleCommand } from '../../targets/dockerfile/model.js';

/** True when shell options turn pipefail on: `-o pipefail`, `-eo pipefail`, `-euxo pipefail`… (the last word wins). */
function optionsSetPipefail(args: readonly string[]): boolean {
  let on = false;
  for (let i = 0; i < args.length - 1; i++) {
    if (args[i + 1] !== 'pipefail') continue;
    if (/^-[A-Za-z]*o$/.test(args[i])) on = true;
    else if (/^\+[A-Za-z]*o$/.test(args[i])) on = false;
  }
  return on;
}

/** The first word of the instruction text (before the first heredoc body) when it is a shell that runs the body. */
function heredocShell(model: DockerfileModel, inst: DfInstruction): string[] | undefined {
  const h = inst.heredocs.find((d) => d.isScript);
  if (!h) return undefined;
  const head = model.text.slice(inst.argsOffset, model.text.lastIndexOf('\n', h.bodyOffset - 1));
  const words = head.split(/\s+/).filter((w) => w && !w.startsWith('<<'));
  return words.length > 0 ? words : undefined;
}

export default defineRule({
  id: 'dockerfile/pipefail',
  aliases: ['DL4006', 'DS032', 'AVD-DS-0032'],
  severity: 'warning',
  hadolintOptions: { ignoreEchoPipes: false },
  summary: 'RUN with a pipe and no pipefail',
  options: {
    ignoreEchoPipes: {
      type: 'boolean',
      description:
        'Accept pipelines in which only `echo`/`printf` feed the pipe (`echo "$SUM  f" | sha256sum -c`): they cannot fail, so pipefail changes nothing. hadolint reports them.',
      default: true,
    },
  },
  check(model: DockerfileModel, options: { ignoreEchoPipes: boolean }, report) {
    const cannotFail = (m: SimpleCommand) =>
      options.ignoreEchoPipes && (m.name === 'echo' || m.name === 'printf');
    for (const inst of model.instructions) {
      if (inst.keyword !== 'RUN' || !inst.script) continue;
      const cmds = inst.script.commands;
      // The first pipeline in which a command other than the last can fail: `echo "$SUM  f" | sha256sum -c`
      // gains nothing from pipefail, since echo and printf do not fail.
      const members = (c: SimpleCommand) =>
        cmds.filter((m) => m.pipeline === c.pipeline && m.depth === c.depth);
      const piped = cmds.find((c) => {
        if (c.next !== '|' && c.next !== '|&') return false;
        const pipeline = members(c);
        return pipeline.slice(0, -1).some((m) => !cannotFail(m));
      });
      if (!piped) continue;
      // Where the script's options come from: the SHELL (shell form), an explicit `RUN bash <<EOF`
      // (its own arguments), a heredoc's shebang (nothing), or exec form (nothing).
      const inBody = inst.heredocs.find(
        (h) => h.isScript && piped.start >= h.bodyOffset && piped.start <= h.bodyOffset + h.body.length,
      );
      let fromShell: boolean;
      if (inst.form === 'exec') fromShell = false;
      else if (inBody && /^#!/.test(inBody.body)) fromShell = false;
      else if (inBody && heredocShell(model, inst))
        fromShell = optionsSetPipefail(heredocShell(model, inst)!);
      else fromShell = optionsSetPipefail(inst.shell.slice(1));
      if (fromShell) continue;
      const setBefore = cmds.some(
        (c: SimpleCommand) =>
          c.start < piped.start &&
          !c.inSubstitution &&
          c.words[0]?.value === 'set' &&
          optionsSetPipefail(c.args),
      );
      if (setBefore) continue;
      const pipeline = members(piped);
      const start = Math.min(...pipeline.map((c) => c.start));
      const end = Math.max(...pipeline.map((c) => c.end));
      const names = pipeline.map((c) => c.name || '…').join(' | ');
      const failing = pipeline.find((m) => !cannotFail(m)) ?? piped;
      report({
        range: model.rangeOf(start, end),
        message:
          `\`${names}\` runs without pipefail, so the RUN succeeds even when \`${failing.name}\` fails (a pipeline ` +
          'returns its last command\'s status). Put `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before this RUN, ' +
          'or start the script with `set -o pipefail` where the shell supports it.',
      });
    }
  },
});
