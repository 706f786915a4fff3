/**
 * The JSON report written in pieces (issue 19: memory flat in the number of files): `jsonChunks` gives
 * the very bytes of one `JSON.stringify(document, null, 2)`, findings serialised one at a time, and
 * the CLI's output over real files is that document.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check } from '../../src/engine/check.js';
import { jsonChunks, formatJson } from '../../src/report/json.js';
import { cli } from '../helpers/cli.js';
import { run } from '../../src/cli/main.js';
import { everyRulePolicy } from '../helpers/paths.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-json-'));
  for (const [f, t] of Object.entries(files)) writeFileSync(path.join(dir, f), t);
  return dir;
}

/** The document as one JSON.stringify would write it: the reference the pieces must equal. */
function reference(text: string): string {
  return JSON.stringify(JSON.parse(text), null, 2) + '\n';
}

describe('JSON report in pieces', () => {
  const dir = tree({
    // Strings with newlines, quotes, backslashes and a NUL: JSON escapes them, so no line break of a
    // finding's serialisation comes from its content.
    Dockerfile: 'FROM debian\nRUN apt-get install -y curl\nENV A "x\\\\y"\nRUN echo "\u0000findings\u0000"\n',
    'b.Dockerfile': 'FROM alpine:latest\nRUN apk add git\nADD . /app\n',
  });

  it('gives the bytes of one JSON.stringify, however small the pieces', async () => {
    const result = await check({
      cwd: dir,
      paths: ['.'],
      shellcheck: 'off',
      resolvedPolicy: everyRulePolicy(),
    });
    expect(result.findings.length).toBeGreaterThan(5);
    const whole = formatJson(result);
    expect(whole).toBe(reference(whole));
    const pieces = [...jsonChunks(result, 1)];
    // One piece per finding, plus the closing piece.
    expect(pieces).toHaveLength(result.findings.length + 1);
    expect(pieces.join('')).toBe(whole);
    expect([...jsonChunks(result)].join('')).toBe(whole);
    expect(JSON.parse(whole).findings).toHaveLength(result.findings.length);
  });

  it('writes an empty findings array as []', async () => {
    const clean = tree({ 'notes.txt': 'nothing to check\n' });
    const result = await check({ cwd: clean, paths: ['.'], shellcheck: 'off' });
    expect(result.findings).toHaveLength(0);
    const whole = [...jsonChunks(result, 1)].join('');
    expect(whole).toBe(reference(whole));
    expect(whole).toContain('"findings": [],');
  });

  it('is what `check --format json` prints', async () => {
    const run = await cli(dir, 'check', '--format', 'json', '--shellcheck', 'off', '--fail-on', 'none');
    expect(run.stdout).toBe(reference(run.stdout));
    expect(JSON.parse(run.stdout).findings.length).toBeGreaterThan(2);
  });

  it('waits for the output to drain before writing the next piece', async () => {
    // Enough findings for several 64 KiB pieces: 120 files with a dozen findings each.
    const files: Record<string, string> = {};
    for (let i = 0; i < 120; i++)
      files[`s${i}.Dockerfile`] =
        'FROM ubuntu\nRUN apt-get update\nRUN apt-get install -y curl wget git\nADD . /app\nMAINTAINER x\n';
    const big = tree(files);
    const events: string[] = [];
    let pending = 0;
    let out = '';
    const code = await run(['check', '--format', 'json', '--shellcheck', 'off', '--fail-on', 'none'], {
      cwd: big,
      stdout: (s) => {
        // The next piece comes only after the previous one drained.
        expect(pending).toBe(0);
        pending++;
        out += s;
        events.push('write');
      },
      stderr: () => {},
      drain: async () => {
        await new Promise((resolve) => setImmediate(resolve));
        pending = 0;
        events.push('drain');
      },
      isTTY: false,
      env: {},
    });
    expect(code).toBe(0);
    const writes = events.filter((e) => e === 'write').length;
    expect(writes).toBeGreaterThan(2);
    expect(events.filter((e) => e === 'drain')).toHaveLength(writes);
    expect(out).toBe(reference(out));
  });
});
