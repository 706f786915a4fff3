import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { cleanPath, compileIgnore, ignoredBy } from '../../knowledge/dockerignore-match.js';
import { copyPaths, flagOf, isWholeContext } from '../../knowledge/stages.js';

/** Sources that do not come from the build context: URLs and git repositories. */
function remote(src: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(src) || /^git@/.test(src) || /\.git(?:#.*)?$/.test(src);
}

export default defineRule({
  id: 'dockerfile/copy-ignored-file',
  aliases: ['CopyIgnoredFile'],
  severity: 'warning',
  summary: 'COPY or ADD names a file that .dockerignore excludes from the build context',
  check(model: DockerfileModel, _options, report) {
    const ignore = model.dockerignore;
    if (!ignore || ignore.patterns.length === 0) return;
    const patterns = compileIgnore(ignore.patterns);
    for (const inst of model.instructions) {
      if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD') continue;
      if (flagOf(inst, 'from')) continue; // copies from a stage or an image, not from the context
      const paths = copyPaths(model, inst);
      if (!paths) continue;
      for (const src of paths.sources) {
        const value = src.value;
        if (value === '' || remote(value) || isWholeContext(value)) continue;
        // As written (the builder matches that), and as the context path it names.
        const cleaned = cleanPath(value).replace(/^\/+/, '');
        const hit =
          ignoredBy(patterns, value) ?? (cleaned === '.' ? undefined : ignoredBy(patterns, cleaned));
        if (!hit) continue;
        const verb = inst.keyword === 'ADD' ? 'Add' : 'Copy';
        report({
          range: src.range,
          message:
            `Attempting to ${verb} file "${value}" that is excluded by ${ignore.path} (pattern "${hit.source.trim()}"): ` +
            'excluded files are not sent to the builder, so this fails with "not found" (or silently copies less). ' +
            `Remove the pattern, add an exception (!${cleaned}) after it, or stop copying the file.`,
        });
      }
    }
  },
});
