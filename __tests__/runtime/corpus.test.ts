/**
 * Every compose file of the shared corpus loads without a crash, and every runtime rule reports only
 * valid ranges inside the file on it. Skipped when the corpus folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/rules/index.js';
import { loadComposeFile } from '../../src/targets/runtime/index.js';
import { validIn } from './helpers.js';

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/compose');
const files = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
  : [];
const runtimeRules = RULES.filter((r) => r.kind === 'runtime');

(files.length > 0 ? describe : describe.skip)('compose corpus', () => {
  it('loads every file and reports only valid ranges', () => {
    let containers = 0;
    let findings = 0;
    const bad: string[] = [];
    for (const f of files) {
      const text = readFileSync(path.join(CORPUS, f), 'utf8');
      const lines = text.split('\n').length;
      const target = loadComposeFile(f, text);
      for (const p of target.problems)
        if (!validIn(p.range, lines)) bad.push(`${f}: problem ${JSON.stringify(p)}`);
      for (const c of target.comments ?? [])
        if (!validIn(c.range, lines)) bad.push(`${f}: comment ${JSON.stringify(c)}`);
      if (target.units.length === 0 && target.problems.length === 0) bad.push(`${f}: no services found`);
      containers += target.units.length;
      for (const unit of target.units) {
        for (const rule of runtimeRules) {
          const options = {
            ...rule.defaultOptions,
            requireDropAll: true,
            requireNoNewPrivileges: true,
            max: 1,
          };
          rule.check(unit.model as never, options, (d) => {
            findings++;
            if (!validIn(d.range, lines) || d.message.length < 20)
              bad.push(`${f}: ${rule.id} ${JSON.stringify(d)}`);
            for (const e of d.fix?.edits ?? [])
              if (!validIn({ ...e.range, endColumn: e.range.endColumn + 1 }, lines))
                bad.push(`${f}: fix ${JSON.stringify(e)}`);
          });
        }
      }
    }
    expect(bad).toEqual([]);
    expect(containers).toBeGreaterThanOrEqual(files.length);
    expect(findings).toBeGreaterThan(containers);
  });
});
