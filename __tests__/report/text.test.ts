/**
 * The text report written in pieces, keeping only the lines it quotes (issue 19: memory flat in the
 * number of files): `textChunks` gives `formatText`'s bytes, and a run that keeps only quoted lines
 * (`keepSources: 'lines'`, what the CLI asks for) prints what a run keeping whole texts prints.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check } from '../../src/engine/check.js';
import { formatText, textChunks } from '../../src/report/text.js';
import { everyRulePolicy } from '../helpers/paths.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-text-'));
  for (const [f, t] of Object.entries(files)) writeFileSync(path.join(dir, f), t);
  return dir;
}

const files: Record<string, string> = {
  // A suppression comment that suppresses nothing: the policy reports it when the run ends, quoting it.
  Dockerfile:
    'FROM debian\n# layerguard ignore=dockerfile/no-sudo -- not used\nRUN apt-get install -y curl\nADD . /app\r\nMAINTAINER x\n',
  'compose.yml': 'services:\n  web:\n    image: nginx\n    privileged: true\n',
};
for (let i = 0; i < 40; i++)
  files[`s${i}.Dockerfile`] = `FROM ubuntu\nRUN sudo apt-get update\nENV A${i} b\n`;

describe('text report', () => {
  const dir = tree(files);

  it('gives the same bytes in pieces, however small', async () => {
    const result = await check({
      cwd: dir,
      paths: ['.'],
      shellcheck: 'off',
      resolvedPolicy: everyRulePolicy(),
    });
    for (const color of [false, true]) {
      const whole = formatText(result, { color });
      const pieces = [...textChunks(result, { color }, 1)];
      // A piece after each file with findings, and the summary.
      expect(pieces.length).toBeGreaterThan(40);
      expect(pieces.join('')).toBe(whole);
    }
  });

  it('prints the same when only the quoted lines are kept', async () => {
    const opts = { cwd: dir, paths: ['.'], shellcheck: 'off' as const, resolvedPolicy: everyRulePolicy() };
    const whole = await check({ ...opts, keepSources: true });
    const lines = await check({ ...opts, keepSources: 'lines' });
    expect(formatText(lines, { color: false })).toBe(formatText(whole, { color: false }));
    // Source lines are quoted (the report is not empty of excerpts), from far smaller kept texts.
    expect(formatText(lines, { color: false })).toContain('|');
    const kept = (r: typeof whole) =>
      [...r.sources.values()].reduce((n, t) => n + t.replace(/\n/g, '').length, 0);
    expect(kept(lines)).toBeLessThan(kept(whole));
    expect(lines.sources.get('Dockerfile')?.split('\n')[1]).toContain('layerguard ignore=');
  });
});
