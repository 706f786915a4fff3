import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { copyParts } from '../../knowledge/copy-args.js';
import { instructionsOf } from '../../knowledge/instructions.js';
import { isUrl, MAYBE_ARCHIVE, TAR_ARCHIVE } from '../../knowledge/urls-and-archives.js';
import { unquote } from '../../knowledge/text.js';

/** Flags only ADD has: using them is a reason for ADD. */
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

export default defineRule({
  id: 'dockerfile/copy-instead-of-add',
  aliases: ['DL3020', 'DS005', 'AVD-DS-0005', 'CKV_DOCKER_4'],
  severity: 'error',
  summary: 'ADD used for local files and folders instead of COPY',
  fixable: true,
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'ADD')) {
      if (inst.flags.some((f) => ADD_ONLY_FLAGS.has(f.name.toLowerCase()))) continue;
      const parts = copyParts(model, inst);
      if (parts.sources.length === 0 || parts.heredocSources > 0) continue;
      let plain = true;
      for (const src of parts.sources) {
        const expanded = expandVars(unquote(src.value), inst.scope, model.escapeChar);
        const value = expanded.value;
        // A URL or an archive is what ADD is for; an unknown variable could be either.
        if (
          expanded.unresolved.length > 0 ||
          isUrl(value) ||
          TAR_ARCHIVE.test(value) ||
          MAYBE_ARCHIVE.test(value)
        ) {
          plain = false;
          break;
        }
      }
      if (!plain) continue;
      const kw = inst.keywordRaw;
      const copy = kw === kw.toLowerCase() ? 'copy' : kw === kw.toUpperCase() ? 'COPY' : 'Copy';
      report({
        range: inst.keywordRange,
        message:
          'ADD of local files does what COPY does, plus URL downloads and archive extraction nobody asked for, ' +
          'so a renamed file can change what the build does. Use COPY for files and folders.',
        fix: { description: 'Replace ADD with COPY', edits: [{ range: inst.keywordRange, text: copy }] },
      });
    }
  },
});
