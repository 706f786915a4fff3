/**
 * Every Kubernetes manifest of the shared corpus (real public manifests, see its README) is read without
 * a crash: each file yields containers to check, a located problem, or a skip note (a template, or no
 * workload), and every runtime rule reports only valid ranges inside the file, naming the container.
 * Skipped when the corpus folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/rules/index.js';
import { loadKubernetesFile } from '../../src/targets/runtime/index.js';
import { validIn } from './helpers.js';

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/kubernetes');
const files = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
  : [];
const runtimeRules = RULES.filter((r) => r.kind === 'runtime');
// The strictest settings, so that every option's code path runs on real manifests.
const STRICT = {
  requireDropAll: true,
  requireNoNewPrivileges: true,
  requireSeccompProfile: true,
  restrictSelinux: true,
  requireKubernetesUserNamespace: true,
  allow: null,
  max: 1,
};

(files.length > 0 ? describe : describe.skip)('Kubernetes corpus', () => {
  it('reads every file into containers, a located problem or a skip note, with valid findings', () => {
    const bad: string[] = [];
    const outcome = { containers: 0, withContainers: 0, problems: 0, templates: 0, noWorkload: 0 };
    let findings = 0;
    for (const f of files) {
      const text = readFileSync(path.join(CORPUS, f), 'utf8');
      const lines = text.split('\n').length;
      const target = loadKubernetesFile(f, text);
      for (const p of target.problems)
        if (!validIn(p.range, lines)) bad.push(`${f}: problem ${JSON.stringify(p)}`);
      const skipped = target.stats?.skipped;
      if (target.units.length > 0) outcome.withContainers++;
      else if (target.problems.length > 0) outcome.problems++;
      else if (typeof skipped === 'string' && skipped.length > 20) {
        if (target.stats?.quiet) outcome.noWorkload++;
        else outcome.templates++;
      } else bad.push(`${f}: neither containers, a problem nor a skip note`);
      outcome.containers += target.units.length;
      for (const unit of target.units) {
        if (!/^\w+ .+, (?:init |ephemeral )?container .+$/.test(unit.context?.service ?? ''))
          bad.push(`${f}: context ${JSON.stringify(unit.context)}`);
        for (const rule of runtimeRules) {
          const options = { ...rule.defaultOptions, ...STRICT };
          if (
            rule.id === 'runtime/sysctls' ||
            rule.id === 'runtime/volume-types' ||
            rule.id === 'runtime/host-ports'
          )
            options.allow = rule.defaultOptions.allow as null;
          rule.check(unit.model as never, options, (d) => {
            findings++;
            if (!validIn(d.range, lines) || d.message.length < 20)
              bad.push(`${f}: ${rule.id} ${JSON.stringify(d)}`);
          });
        }
      }
    }
    expect(bad).toEqual([]);
    // The corpus README: 551 files, most with workloads, 14 Helm chart templates among 19 with placeholders.
    expect(outcome.withContainers).toBeGreaterThan(files.length / 2);
    expect(outcome.templates).toBeGreaterThanOrEqual(10);
    expect(outcome.containers).toBeGreaterThan(outcome.withContainers);
    expect(findings).toBeGreaterThan(outcome.containers);
  });
});
