import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { findCommands } from '../../knowledge/invocations.js';
import { operandsOf } from '../../knowledge/package-managers/commands.js';
import { resolveWord } from '../../knowledge/variables.js';
import { runInstructions } from '../../knowledge/instructions.js';

/** Versions that name a moving target rather than a release. */
const MOVING = new Set(['latest', 'master', 'main', 'head', 'upgrade', 'patch']);

/** A remote module path (its first element is a domain: `github.com/…`, `golang.org/x/…`). */
function remotePath(p: string): boolean {
  if (/^[./~]/.test(p) || p.endsWith('.go')) return false;
  const first = p.split('/')[0];
  return first.includes('.');
}

export default defineRule({
  id: 'dockerfile/go-version-pin',
  aliases: ['DL3062'],
  severity: 'warning',
  summary: 'go install/get/run of a remote package without @version',
  programs: ['go'],
  check(model: DockerfileModel, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, 'go')) {
        const ops = operandsOf(inv);
        const sub = ops[0]?.value;
        if (sub !== 'install' && sub !== 'get' && sub !== 'run') continue;
        // `go run pkg args…`: only the package is a package; the rest are the program's arguments.
        const pkgs = sub === 'run' ? ops.slice(1, 2) : ops.slice(1);
        for (const w of pkgs) {
          const { value, unresolved } = resolveWord(model, inst, w);
          if (unresolved.length > 0 && !value.includes('@') && !w.value.includes('@')) continue;
          const text = unresolved.length > 0 ? w.value : value;
          const at = text.lastIndexOf('@');
          const path = at >= 0 ? text.slice(0, at) : text;
          if (!remotePath(path)) continue;
          const version = at >= 0 ? text.slice(at + 1) : '';
          if (at >= 0 && !MOVING.has(version.toLowerCase())) continue;
          report({
            range: model.rangeOf(w.start, w.end),
            message:
              (at >= 0
                ? `\`go ${sub} ${text}\` asks for "${version}", which moves with every release, `
                : `\`go ${sub} ${text}\` without a version takes whatever is newest at build time, `) +
              `so rebuilds differ; pin a release: \`go ${sub} ${path}@v1.2.3\` (a version from an ARG counts).`,
          });
        }
      }
    }
  },
});
