/**
 * Every Dockerfile of the shared corpus, linted with every rule enabled: no crash, no rule failure,
 * and every finding inside the file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluate } from '../src/engine/check.js';
import { CORPUS_ROOT, everyRulePolicy } from './helpers/paths.js';
import { parseDockerfile } from '../src/targets/dockerfile/parse.js';
import type { LoadedTarget } from '../src/targets/types.js';

const CORPUS = path.join(CORPUS_ROOT, 'dockerfiles');
const files = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith('.Dockerfile'))
      .sort()
  : [];

(files.length ? describe : describe.skip)('shared corpus of Dockerfiles', () => {
  it(`lints all ${files.length} files with every rule without a crash and with valid ranges`, () => {
    const policy = everyRulePolicy();
    const problems: string[] = [];
    let findings = 0;
    for (const f of files) {
      const text = readFileSync(path.join(CORPUS, f), 'utf8');
      let target: LoadedTarget;
      try {
        const model = parseDockerfile(text, f, { dockerignore: null });
        target = {
          kind: 'dockerfile',
          file: f,
          text: model.text,
          units: [{ model }],
          problems: [],
          comments: model.comments,
        };
      } catch (e) {
        problems.push(`${f}: parser threw ${(e as Error).message}`);
        continue;
      }
      const lineCount = (target.text ?? '').split('\n').length;
      const result = evaluate([target], policy);
      for (const x of result.findings) {
        findings++;
        if (x.ruleId === 'policy/internal-error') problems.push(`${f}: ${x.message}`);
        const ok =
          x.line >= 1 &&
          x.column >= 1 &&
          x.endLine >= x.line &&
          x.endLine <= lineCount &&
          (x.endLine > x.line || x.endColumn > x.column);
        if (!ok)
          problems.push(
            `${f}: ${x.ruleId} has an invalid range ${JSON.stringify([x.line, x.column, x.endLine, x.endColumn])}`,
          );
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(findings).toBeGreaterThan(files.length);
  });
});
