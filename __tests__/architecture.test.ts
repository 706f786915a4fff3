/**
 * The layering of docs/architecture.md, checked on the import statements of src/: each folder imports
 * only the folders below it, and rules do no I/O. A failure names the file and the import to move.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.join(process.cwd(), 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : name.endsWith('.ts') ? [p] : [];
  });
}

/** Every import of a file: relative ones as paths under src/ (no extension), others as written. */
function importsOf(file: string): { relative: string[]; modules: string[] } {
  const text = readFileSync(file, 'utf8');
  const relative: string[] = [];
  const modules: string[] = [];
  for (const m of text.matchAll(
    /(?:^|\n)\s*(?:import|export)\b[^;'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g,
  )) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith('.'))
      relative.push(path.relative(SRC, path.resolve(path.dirname(file), spec)).replace(/\.js$/, ''));
    else modules.push(spec);
  }
  return { relative, modules };
}

/** What each folder may import besides itself; `engine/types` and `version` are shared by all. */
const MAY_IMPORT: Record<string, string[]> = {
  // engine/discover: the path-containment check (isInside) that every file read through a link uses.
  targets: ['engine/discover'],
  // What several rules know (commands, package managers, images, secrets): pure, like the rules.
  knowledge: ['targets', 'policy/regex'],
  rules: ['targets', 'knowledge', 'policy/regex'],
  policy: ['targets', 'knowledge', 'rules', 'engine/discover'],
  engine: ['targets', 'knowledge', 'rules', 'policy'],
  report: ['targets', 'knowledge', 'rules', 'policy', 'engine'],
  action: ['targets', 'knowledge', 'rules', 'policy', 'engine', 'report'],
  cli: ['targets', 'knowledge', 'rules', 'policy', 'engine', 'report'],
};
const SHARED = ['engine/types', 'version'];

describe('layering (docs/architecture.md)', () => {
  const files = sources(SRC).filter((f) => path.dirname(f) !== SRC);

  it.each(Object.keys(MAY_IMPORT))('src/%s imports only the folders below it', (folder) => {
    const wrong: string[] = [];
    for (const file of files.filter((f) => path.relative(SRC, f).startsWith(folder + '/'))) {
      for (const target of importsOf(file).relative) {
        const allowed = [folder, ...MAY_IMPORT[folder], ...SHARED];
        if (!allowed.some((a) => target === a || target.startsWith(a + '/')))
          wrong.push(`${path.relative(process.cwd(), file)} imports src/${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every folder of src/ has a place in the layering', () => {
    const folders = readdirSync(SRC).filter((n) => statSync(path.join(SRC, n)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it('rules and what they know do no I/O: no file system, process, network or environment access', () => {
    const io: string[] = [];
    for (const file of files.filter((f) => /^(rules|knowledge)\//.test(path.relative(SRC, f)))) {
      const { modules } = importsOf(file);
      for (const m of modules)
        if (/^(node:)?(fs|fs\/promises|child_process|http|https|net|dns|os|worker_threads)$/.test(m))
          io.push(`${path.relative(process.cwd(), file)} imports ${m}`);
      if (/\bprocess\.(env|cwd|argv)\b/.test(readFileSync(file, 'utf8')))
        io.push(`${path.relative(process.cwd(), file)} reads process state`);
    }
    expect(io).toEqual([]);
  });

  it('src/rules/ has a folder per rule kind, each holding rules only (what rules share is in src/knowledge/)', () => {
    // The kinds the registry generator reads (scripts/gen-registry.mjs): a rule anywhere else is never run.
    const generator = readFileSync(path.join(process.cwd(), 'scripts', 'gen-registry.mjs'), 'utf8');
    const kinds = [.../const KINDS = \[([^\]]*)\]/.exec(generator)![1].matchAll(/'([^']+)'/g)].map(
      (m) => m[1],
    );
    expect(kinds.length).toBeGreaterThan(0);
    const rulesDir = path.join(SRC, 'rules');
    const folders = readdirSync(rulesDir).filter((n) => statSync(path.join(rulesDir, n)).isDirectory());
    expect(folders.sort()).toEqual([...kinds].sort());
    const misplaced: string[] = [];
    for (const file of sources(rulesDir)) {
      const rel = path.relative(rulesDir, file);
      const isRule = /\bdefineRule\(/.test(readFileSync(file, 'utf8'));
      const inKind = kinds.some((k) => rel.startsWith(k + '/'));
      if (inKind !== isRule && rel !== 'define.ts')
        misplaced.push(
          `src/rules/${rel} ${isRule ? 'defines a rule outside a kind folder' : 'is not a rule'}`,
        );
    }
    expect(misplaced).toEqual([]);
  });

  it('finds the imports it checks (the matcher is not blind)', () => {
    const main = importsOf(path.join(SRC, 'cli', 'main.ts'));
    expect(main.relative).toContain('engine/check');
    expect(main.modules).toContain('node:util');
  });
});
