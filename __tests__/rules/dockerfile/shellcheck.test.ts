import { dockerfile, runRule } from '../../helpers/rule-tester.js';
import type { ShellcheckResult } from '../../../src/targets/dockerfile/model.js';

const ID = 'dockerfile/shellcheck';

/** The rule is pure: it reports what the loader put on the model (the real binary is tested in targets/shellcheck). */
function withResult(result: ShellcheckResult) {
  const model = dockerfile('FROM alpine\nRUN echo $x\nRUN [[ -n a ]]\n');
  model.shellcheck = result;
  return model;
}

const comments: ShellcheckResult['comments'] = [
  {
    code: 2086,
    level: 'info',
    message: 'Double quote to prevent globbing and word splitting.',
    range: { line: 2, column: 10, endLine: 2, endColumn: 12 },
    fix: [
      { range: { line: 2, column: 10, endLine: 2, endColumn: 10 }, text: '"' },
      { range: { line: 2, column: 12, endLine: 2, endColumn: 12 }, text: '"' },
    ],
  },
  {
    code: 3010,
    level: 'warning',
    message: 'In POSIX sh, [[ ]] is undefined.',
    range: { line: 3, column: 5, endLine: 3, endColumn: 15 },
  },
  {
    code: 1072,
    level: 'error',
    message: 'Unexpected.',
    range: { line: 3, column: 5, endLine: 3, endColumn: 6 },
  },
  {
    code: 2250,
    level: 'style',
    message: 'Prefer putting braces around variable references.',
    range: { line: 2, column: 10, endLine: 2, endColumn: 12 },
  },
];

describe(ID, () => {
  it('reports each comment as shellcheck/SCxxxx, at most at the level ShellCheck gives it, with its fix', () => {
    const out = runRule(ID, withResult({ status: 'ran', mode: 'auto', comments }));
    expect(out.map((f) => [f.ruleId, f.severity, f.line, f.column])).toEqual([
      ['shellcheck/SC2086', 'info', 2, 10],
      ['shellcheck/SC3010', 'warning', 3, 5],
      ['shellcheck/SC1072', 'error', 3, 5],
      ['shellcheck/SC2250', 'info', 2, 10],
    ]);
    expect(out[0].message).toBe(
      'SC2086 (info): Double quote to prevent globbing and word splitting. See https://www.shellcheck.net/wiki/SC2086.',
    );
    expect(out[0].fix!.edits).toHaveLength(2);
    expect(out[1].fix).toBeUndefined();
  });

  it('leaves out excluded codes and levels below minimumLevel', () => {
    const out = runRule(ID, withResult({ status: 'ran', mode: 'auto', comments }), {
      exclude: ['SC3010', '1072'],
      minimumLevel: 'info',
    });
    expect(out.map((f) => f.ruleId)).toEqual(['shellcheck/SC2086']);
  });

  it('reports a ShellCheck that failed in auto mode, and nothing when it was unavailable or had nothing to check', () => {
    const failed = runRule(
      ID,
      withResult({
        status: 'failed',
        mode: 'auto',
        detail: 'shellcheck did not finish within 20 s',
        comments: [],
      }),
    );
    expect(failed).toHaveLength(1);
    expect(failed[0].ruleId).toBeUndefined();
    expect(failed[0].message).toContain('did not finish');
    expect(runRule(ID, withResult({ status: 'unavailable', mode: 'auto', comments: [] }))).toEqual([]);
    expect(runRule(ID, withResult({ status: 'skipped', mode: 'auto', comments: [] }))).toEqual([]);
    expect(runRule(ID, dockerfile('FROM alpine\nRUN echo $x\n'))).toEqual([]);
  });
});
