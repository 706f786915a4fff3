/**
 * The documents generated from the rule registry are up to date (run `npx tsx scripts/gen-docs.ts`
 * when this fails), every rule has its page, and the builtin:hadolint preset loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RULES, RULES_BY_ID } from '../src/rules/index.js';
import { loadPolicy } from '../src/policy/load.js';
import { effectiveRule } from '../src/policy/load.js';
import {
  HADOLINT_RULES,
  renderHadolintPreset,
  renderMappingTables,
  renderRulesReadme,
  withMappingTables,
} from '../scripts/docs-render.js';

const root = process.cwd();
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');
const STALE = 'is stale: run `npx tsx scripts/gen-docs.ts` (after `npm run gen`) and commit the result';

describe('generated documents', () => {
  it('docs/rules/README.md is up to date and lists every rule', () => {
    const current = read('docs/rules/README.md');
    expect(current === renderRulesReadme(RULES) ? 'up to date' : `docs/rules/README.md ${STALE}`).toBe(
      'up to date',
    );
    for (const r of RULES)
      expect(current).toContain(`[\`${r.id}\`](${r.docsPath.replace('docs/rules/', '')})`);
  });

  it('the mapping tables of docs/migrating-from-hadolint.md are up to date', () => {
    const guide = read('docs/migrating-from-hadolint.md');
    expect(
      guide === withMappingTables(guide, RULES) ? 'up to date' : `docs/migrating-from-hadolint.md ${STALE}`,
    ).toBe('up to date');
    const tables = renderMappingTables(RULES);
    // Every hadolint code has a row; every alias of every rule appears.
    for (const code of Object.keys(HADOLINT_RULES)) expect(tables).toContain(`| ${code} |`);
    for (const r of RULES) for (const a of r.aliases) expect(tables).toMatch(new RegExp(`[| ]${a}[,| ]`));
  });

  it('policies/hadolint.yml is up to date', () => {
    expect(
      read('policies/hadolint.yml') === renderHadolintPreset(RULES)
        ? 'up to date'
        : `policies/hadolint.yml ${STALE}`,
    ).toBe('up to date');
  });

  it('renders a rule without an alias and one with hadolint codes as expected', () => {
    const readme = renderRulesReadme(RULES);
    expect(readme.startsWith('# Rules\n')).toBe(true);
    expect(readme).toContain('## Dockerfile rules');
    const preset = renderHadolintPreset(RULES);
    expect(preset).toContain('failOn: info\n');
    expect(preset).toContain('  dockerfile/shellcheck: error\n');
    expect(preset).toContain('  dockerfile/undefined-var: off\n');
  });
});

describe('builtin:hadolint', () => {
  it("loads, and gives hadolint-mapped rules hadolint's default severity", async () => {
    const policy = await loadPolicy({ cwd: os.tmpdir(), policy: 'builtin:hadolint', rules: RULES_BY_ID });
    expect(policy.failOn).toBe('info');
    for (const r of RULES) {
      const dl = r.aliases.filter((a) => HADOLINT_RULES[a]);
      if (r.kind !== 'dockerfile' || dl.length !== 1) continue;
      const want = { error: 'error', warning: 'warning', info: 'info', style: 'info', ignore: 'off' }[
        HADOLINT_RULES[dl[0]].severity
      ];
      expect([r.id, effectiveRule(policy, r, 'Dockerfile').severity]).toEqual([r.id, want]);
    }
    const undefinedVar = RULES_BY_ID.get('dockerfile/undefined-var')!;
    expect(effectiveRule(policy, undefinedVar, 'Dockerfile').severity).toBe('off');
  });
});

describe('rule pages', () => {
  it('every rule has docs/rules/<kind>-<name>.md titled with its id', () => {
    const missing = RULES.filter((r) => !existsSync(path.join(root, r.docsPath))).map((r) => r.docsPath);
    expect(missing).toEqual([]);
    for (const r of RULES) expect(read(r.docsPath).split('\n')[0]).toBe(`# ${r.id}`);
  });

  it('pages name the aliases, the default severity and the options, with a bad and a good example', () => {
    const problems: string[] = [];
    for (const r of RULES) {
      if (!existsSync(path.join(root, r.docsPath))) continue;
      const page = read(r.docsPath);
      for (const a of r.aliases)
        if (!page.includes(a)) problems.push(`${r.docsPath}: alias ${a} not mentioned`);
      if (!new RegExp(`[Dd]efault severity[^\\n]*${r.severity}`).test(page))
        problems.push(`${r.docsPath}: default severity ${r.severity} not stated`);
      for (const o of Object.keys(r.options ?? {}))
        if (!page.includes(`\`${o}\``)) problems.push(`${r.docsPath}: option ${o} not documented`);
      if (r.kind === 'dockerfile' && !/```dockerfile/.test(page))
        problems.push(`${r.docsPath}: no Dockerfile example`);
    }
    expect(problems).toEqual([]);
  });
});

/** The rules whose pages mark examples with ❌/✅ (the BuildKit, Trivy/Checkov and ShellCheck rules). */
const EXAMPLE_CHECKED = [
  'stage-name-casing',
  'from-as-casing',
  'consistent-instruction-casing',
  'no-empty-continuation',
  'json-args-recommended',
  'multiple-instructions',
  'workdir-relative-path',
  'legacy-key-value-format',
  'undefined-arg-in-from',
  'invalid-default-arg-in-from',
  'from-platform-flag-const',
  'undefined-var',
  'copy-ignored-file',
  'expose-proto-casing',
  'expose-invalid-format',
  'expose-ssh-port',
  'workdir-system-dir',
  'tls-verification-disabled',
  'package-signature-disabled',
  'pipe-to-shell',
  'chpasswd',
  'volume-sensitive-path',
  'syntax',
].map((n) => `dockerfile/${n}`);

describe('examples on the rule pages', () => {
  it.each(EXAMPLE_CHECKED)('%s: every ❌ example is reported and no ✅ example is', async (id) => {
    const { lint } = await import('./helpers/rule-tester.js');
    const page = read(RULES_BY_ID.get(id)!.docsPath);
    const examples = [...page.matchAll(/^(❌|✅)[^\n]*\n\n```dockerfile\n([\s\S]*?)```/gm)];
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const [, mark, text] of examples) {
      // `# .dockerignore:  <patterns>` on the first line gives the example its .dockerignore.
      const ignore = /^# \.dockerignore:\s+(.*)\n/.exec(text);
      const opts = ignore
        ? { dockerignore: { path: '.dockerignore', patterns: ignore[1].split(/\s+/) } }
        : {};
      const found = lint(id, text, {}, opts).length;
      expect([mark, text, found > 0]).toEqual([mark, text, mark === '❌']);
    }
  });
});
