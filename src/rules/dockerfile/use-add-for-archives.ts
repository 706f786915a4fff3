import { defineRule } from '../define.js';
import type { DfInstruction, DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { basename } from '../../targets/dockerfile/parse.js';
import { copyParts } from '../../knowledge/copy-args.js';
import { invocations } from '../../knowledge/invocations.js';
import { parseCli } from '../../knowledge/command-line.js';
import { TAR_ARCHIVE } from '../../knowledge/urls-and-archives.js';
import { unquote } from '../../knowledge/text.js';
import { flagOf } from '../../knowledge/stages.js';

const TAR_VALUED = new Set([
  '-f',
  '-C',
  '-T',
  '-X',
  '-b',
  '-H',
  '-I',
  '--file',
  '--directory',
  '--files-from',
  '--exclude-from',
]);

/** The archive base names a `tar` invocation extracts (`tar -xzf /tmp/app.tar.gz`, `tar xf app.tar`). */
function extracted(inst: DfInstruction): Set<string> {
  const out = new Set<string>();
  for (const inv of invocations(inst)) {
    if (inv.name !== 'tar') continue;
    const words = [...inv.args];
    // Old-style `tar xzf file`: the first word is a bundle of letters without a dash.
    if (
      words[0] &&
      /^[A-Za-z]+$/.test(words[0].value) &&
      words[0].value.includes('x') &&
      words[0].value.includes('f')
    ) {
      const file = words[1]?.value;
      if (file) out.add(basename(file));
      continue;
    }
    const cli = parseCli(words, { valued: TAR_VALUED });
    const extract = cli.options.some((o) => o.name === '-x' || o.name === '--extract' || o.name === '--get');
    if (!extract) continue;
    for (const o of cli.options)
      if ((o.name === '-f' || o.name === '--file') && o.value) out.add(basename(o.value));
  }
  return out;
}

export default defineRule({
  id: 'dockerfile/use-add-for-archives',
  aliases: ['DL3010'],
  severity: 'info',
  summary: 'A tar archive is COPYed and then extracted in RUN',
  check(model: DockerfileModel, _options, report) {
    for (const stage of model.stages) {
      const insts = stage.instructions;
      for (let i = 0; i < insts.length; i++) {
        const copy = insts[i];
        // ADD cannot copy from another stage, so COPY --from is left alone.
        if (copy.keyword !== 'COPY' || flagOf(copy, 'from')) continue;
        const parts = copyParts(model, copy);
        const dest = parts.dest ? unquote(parts.dest.value) : '';
        const archives = new Map<string, (typeof parts.sources)[number]>();
        for (const src of parts.sources) {
          const value = expandVars(unquote(src.value), copy.scope, model.escapeChar).value;
          if (TAR_ARCHIVE.test(value)) archives.set(basename(value), src);
        }
        // `COPY app.tgz /tmp/bundle.tgz` renames the file.
        if (archives.size === 1 && dest && !/[/\\]$/.test(dest) && TAR_ARCHIVE.test(dest)) {
          const [src] = archives.values();
          archives.clear();
          archives.set(basename(dest), src);
        }
        if (archives.size === 0) continue;
        for (const run of insts.slice(i + 1)) {
          if (run.keyword !== 'RUN') continue;
          const names = extracted(run);
          for (const [name, src] of archives) {
            if (!names.has(name)) continue;
            archives.delete(name);
            report({
              range: src.range,
              message:
                `${name} is copied and then unpacked with tar (line ${run.range.line}), which keeps the archive in ` +
                `a layer. \`ADD ${name} <dir>/\` extracts a local tar archive in one step.`,
            });
          }
        }
      }
    }
  },
});
