import { defineRule } from '../define.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { expandVars } from '../../targets/dockerfile/vars.js';
import { instructionsOf } from '../../knowledge/instructions.js';

/** Paths a VOLUME should not cover: the root, system and configuration directories, the Docker socket. */
const SENSITIVE = [
  '/',
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/lib',
  '/lib64',
  '/proc',
  '/root',
  '/run',
  '/sbin',
  '/sys',
  '/usr',
  '/var/run',
  '/var/lib/docker',
  '/var/run/docker.sock',
  '/run/docker.sock',
];

function normalise(p: string): string {
  const out = ('/' + p).replace(/\/+/g, '/').replace(/\/\.(?=\/|$)/g, '');
  return out.length > 1 ? out.replace(/\/$/, '') : out;
}

/** The VOLUME paths as the builder reads them: a JSON array or whitespace-separated words. */
function volumePaths(argsText: string, args: { value: string }[]): string[] {
  const t = argsText.trim();
  if (t.startsWith('[')) {
    try {
      const v = JSON.parse(t);
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v;
    } catch {
      /* shell form */
    }
  }
  return args.map((a) => a.value);
}

export default defineRule({
  id: 'dockerfile/volume-sensitive-path',
  aliases: [],
  severity: 'warning',
  summary: 'VOLUME covers a system directory or the Docker socket',
  securitySeverity: 6.0,
  check(model: DockerfileModel, _options, report) {
    for (const inst of instructionsOf(model, 'VOLUME')) {
      if (!inst.argsRange) continue;
      for (const raw of volumePaths(inst.argsText, inst.args)) {
        const value = normalise(
          expandVars(raw, inst.scope, model.escapeChar).value.replace(/^(["'])(.*)\1$/, '$2'),
        );
        if (!SENSITIVE.includes(value)) continue;
        const socket = value.endsWith('docker.sock') || value === '/var/run' || value === '/run';
        const arg = inst.args.find((a) => a.value === raw);
        report({
          range: arg?.range ?? inst.argsRange,
          message:
            `VOLUME ${value} makes a system path a volume: ` +
            (socket
              ? 'it invites mounting the Docker socket, which gives the container root on the host. '
              : 'whatever the image put there is copied into every anonymous volume, later changes to it in the build are discarded, and it invites bind-mounting the host directory. ') +
            'Declare volumes only for application data (e.g. VOLUME /data).',
        });
      }
    }
  },
});
