import { defineRule } from '../define.js';
import type { Severity } from '../../engine/types.js';
import type { DockerfileModel, ShellcheckComment } from '../../targets/dockerfile/model.js';

const LEVEL_RANK: Record<ShellcheckComment['level'], number> = { style: 0, info: 1, warning: 2, error: 3 };
const SEVERITY: Record<ShellcheckComment['level'], Severity> = {
  style: 'info',
  info: 'info',
  warning: 'warning',
  error: 'error',
};

interface Options {
  exclude: string[];
  minimumLevel: ShellcheckComment['level'];
}

export default defineRule({
  id: 'dockerfile/shellcheck',
  aliases: [],
  severity: 'warning',
  summary: 'ShellCheck finds a problem in a RUN script (reported as shellcheck/SCxxxx)',
  options: {
    exclude: {
      type: 'array',
      items: { type: 'string', pattern: '^(SC)?\\d{4}$' },
      description:
        'ShellCheck codes not to report, e.g. ["SC2086"] (SC1090, SC1091 and SC2187 are never reported).',
      default: [],
    },
    minimumLevel: {
      type: 'string',
      enum: ['style', 'info', 'warning', 'error'],
      description: 'The lowest ShellCheck level reported.',
      default: 'style',
    },
  },
  fixable: true,
  check(model: DockerfileModel, options: Options, report) {
    const result = model.shellcheck;
    if (!result) return;
    if (result.status === 'failed' && result.mode === 'auto') {
      report({
        range: { line: 1, column: 1, endLine: 1, endColumn: 2 },
        message:
          `ShellCheck did not check this file's RUN scripts (${result.detail ?? 'it failed'}), so shell problems ` +
          'may go unreported. Check that `shellcheck --version` works, or run with --shellcheck off.',
      });
      return;
    }
    const excluded = new Set(options.exclude.map((c) => c.toUpperCase().replace(/^(?!SC)/, 'SC')));
    for (const c of result.comments) {
      const code = `SC${c.code}`;
      if (excluded.has(code) || LEVEL_RANK[c.level] < LEVEL_RANK[options.minimumLevel]) continue;
      report({
        ruleId: `shellcheck/${code}`,
        severity: SEVERITY[c.level],
        range: c.range,
        message: `${code} (${c.level}): ${c.message} See https://www.shellcheck.net/wiki/${code}.`,
        fix: c.fix ? { description: `Apply ShellCheck's fix for ${code}`, edits: c.fix } : undefined,
      });
    }
  },
});
