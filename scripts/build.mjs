#!/usr/bin/env node
// Bundles the CLI (dist/cli.js, dist/cli-core.cjs) and the Action (dist/index.js, dist/index.mjs) with esbuild, after
// regenerating the rule registry. `--outdir DIR` builds elsewhere (used by scripts/check-dist.mjs).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--outdir');
const outdir = i > 0 ? path.resolve(process.argv[i + 1]) : path.join(root, 'dist');

execFileSync(process.execPath, [path.join(root, 'scripts', 'gen-registry.mjs')], { stdio: 'inherit' });

// Chunk names are content hashes: empty the folder first, so that no chunk of an earlier build stays.
rmSync(outdir, { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
};

// dist/ is a CommonJS folder (dist/package.json), so that `node dist/cli.js` starts without Node's ES
// module loader (about a tenth of a one-file check). The Action and the worker thread `check` starts
// for many files are ES modules, .mjs: dist/index.js and dist/check-worker.js, the names action.yml
// and src/engine/workers.ts use, are one-line CommonJS files that import them.
mkdirSync(outdir, { recursive: true });
writeFileSync(path.join(outdir, 'package.json'), '{ "type": "commonjs" }\n');
for (const entry of ['index', 'check-worker'])
  writeFileSync(path.join(outdir, `${entry}.js`), `import('./${entry}.mjs');\n`);
await build({
  ...common,
  entryPoints: { index: 'src/index.ts', 'check-worker': 'src/engine/check-worker.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  // As for the CLI below: packages resolved as Node resolves them, without esbuild's "module" condition
  // (vscode-languageserver-types, under dockerfile-ast, was otherwise an ES module read through getters
  // on every property access: 1.2 % of checking the corpus, on the worker threads too).
  conditions: [],
  // Shared code goes into chunks beside the entries, and what a run may not need (image reading, the
  // Action's API code) is imported when used.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __lgCreateRequire } from 'node:module';\nconst require = __lgCreateRequire(import.meta.url);",
  },
});

// import.meta.url in the CommonJS bundles: the file's URL, made on first use. A one-file check asks for
// none (the launcher and the presets folder go by __filename), and a process's first pathToFileURL and
// fileURLToPath cost about 1 ms (Node's URL code, run for the first time).
const IMPORT_META_URL =
  "var __lgImportMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };";

// The command line: one CommonJS bundle (dist/cli-core.cjs, in its module wrapper) that dist/cli.js
// compiles through V8's code cache (src/cli/launcher.ts says why). Commands, formats and image reading
// are still evaluated only when used (esbuild turns each import() into a lazy initialiser), and with
// the code cache the size of the file costs little. Minified but for names, which stack traces keep:
// a cold start (no cache yet) reads and parses less.
const coreBuild = await build({
  ...common,
  entryPoints: { 'cli-core': 'src/cli/process-io.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // Packages resolved as Node's require() resolves them, without esbuild's extra "module" condition:
  // vscode-languageserver-types (under dockerfile-ast) then comes as its CommonJS build, not as an ES
  // module whose namespace esbuild copied once per require() site (12 copies of ~100 exports a run).
  conditions: [],
  minifyWhitespace: true,
  minifySyntax: true,
  write: false,
  // The bundle's own location, where sources ask import.meta.url (the worker entry), made when first
  // asked (IMPORT_META_URL).
  define: { 'import.meta.url': '__lgImportMeta.url' },
  banner: {
    js: [
      // First, so that it stays the directive it is in esbuild's output: the sources are ES modules.
      "'use strict';",
      IMPORT_META_URL,
      // What a run may not use, loaded on first use of one of its exports (a proxy in its place): Node
      // built-ins (child_process, crypto, worker_threads and perf_hooks cost more to load than a one-file check
      // spends in them, or than it needs them) and bundled CommonJS packages (LAZY_PACKAGES).
      'var __lgLazy = (init) => { let m; const load = () => (m ??= init()); return new Proxy({}, {',
      '  get: (_, k) => load()[k], has: (_, k) => k in load(), ownKeys: () => Reflect.ownKeys(load()),',
      '  getOwnPropertyDescriptor: (_, k) => { const d = Reflect.getOwnPropertyDescriptor(load(), k); return d && { ...d, configurable: true }; } }); };',
      'var __lgLazyRequire = (id) => __lgLazy(() => require(id));',
      // A default import of a built-in (BUILTIN_DEFAULTS): the module under `default`, and its exports
      // through the prototype; those that a run may not use (os among them) loaded on first use.
      'var __lgBuiltin = (id) => { const m = /^node:(?:child_process|crypto|worker_threads|v8|perf_hooks|zlib|os)$/.test(id) ? __lgLazyRequire(id) : require(id);',
      '  return Object.create(m, { default: { value: m, enumerable: true } }); };',
    ].join('\n'),
  },
  plugins: [
    {
      // re2js as its CommonJS build, as Node's require() would load it: esbuild bundles an ES module
      // package with its top level run where it is imported, which LAZY_PACKAGES cannot defer.
      name: 're2js-commonjs',
      setup(b) {
        b.onResolve({ filter: /^re2js$/ }, () => ({
          path: path.join(root, 'node_modules', 're2js', 'build', 'index.cjs'),
        }));
      },
    },
  ],
});
// Named imports (`import { spawn } from 'node:child_process'`) become `x = require('node:child_process')`
// read as `x.spawn` when called, which the proxy serves; a default import goes through __toESM, which
// copies every export at once, so it stays an ordinary require.
const LAZY_BUILTINS =
  /(?<!__toESM\()\brequire\("(node:(?:child_process|crypto|worker_threads|v8|perf_hooks|zlib))"\)/g;
let coreText = coreBuild.outputFiles[0].text;
if (!LAZY_BUILTINS.test(coreText)) throw new Error('cli-core: no require() of a built-in to defer was found');
// A default import of a built-in (`import path from 'node:path'`) becomes `__toESM(require(id), 1)`: a new
// object with a getter for every export, made by each importing module as it is initialised (28 of
// them, fs's hundred exports among them). The code reads `x.default.name`, or `x.name` for a
// namespace import, which __lgBuiltin serves without copying anything.
const BUILTIN_DEFAULTS = /\b__toESM\(require\("(node:[a-z_/]+)"\),1\)/g;
if (!BUILTIN_DEFAULTS.test(coreText)) throw new Error('cli-core: no default import of a built-in was found');
coreText = coreText.replace(BUILTIN_DEFAULTS, '__lgBuiltin("$1")');
// Bundled CommonJS packages that a one-file check of a Dockerfile does not use (YAML: policy files,
// compose, Kubernetes; globs and ignore files: folders, overrides; RE2: policy regexes), initialised
// on first use: their top levels (re2js builds Unicode tables) were a tenth of the modules a check
// initialises, and their compiled code a sixth of the code cache. Each import becomes `x =
// __toESM(require_pkg(), 1)`, read as `x.name` where used, which the proxy serves.
const LAZY_PACKAGES = [
  'yaml/dist/index.js',
  'picomatch/index.js',
  'ignore/index.js',
  're2js/build/index.cjs',
];
for (const file of LAZY_PACKAGES) {
  const init = new RegExp(
    `var (require_\\w+)=__commonJS\\(\\{"node_modules/${file.replace(/[./]/g, '\\$&')}"`,
  ).exec(coreText)?.[1];
  const imports = init && new RegExp(`\\b__toESM\\(${init}\\(\\),1\\)`, 'g');
  if (!imports || !imports.test(coreText))
    throw new Error(`cli-core: no import of ${file} to defer was found`);
  coreText = coreText.replace(imports, (call) => `__lgLazy(()=>${call})`);
}
// ASCII only, so that the launcher reads it as latin1 (a copy; decoding UTF-8 took 5-8 ms a run). esbuild
// escapes strings but leaves regular expression literals as written (a \uXXXX escape means the same there).
// The file holds the function the launcher compiles, CommonJS wrapper included (CORE_WRAPPER, first line,
// so that line numbers in stack traces are the file's): the string it reads is the script as it is. Put
// together at run time it was a second string that V8 copied whole (1.7 MB) before compiling.
const CORE_WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n})'];
const core = Buffer.from(
  CORE_WRAPPER[0] +
    coreText
      .replace(LAZY_BUILTINS, '__lgLazyRequire("$1")')
      .replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) +
    CORE_WRAPPER[1],
  'latin1',
);
if (core.some((byte) => byte > 0x7f)) throw new Error('cli-core: not ASCII');
writeFileSync(path.join(outdir, 'cli-core.cjs'), core);
// The launcher names its code cache after the bundle's content: V8 itself checks only its length.
const coreHash = createHash('sha256').update(core).digest('hex').slice(0, 16);
await build({
  ...common,
  entryPoints: { cli: 'src/cli/launcher.ts' },
  outdir,
  format: 'cjs',
  define: { LAYERGUARD_CORE_HASH: JSON.stringify(coreHash), 'import.meta.url': '__lgImportMeta.url' },
  banner: { js: `#!/usr/bin/env node\n'use strict';\n${IMPORT_META_URL}` },
});
chmodSync(path.join(outdir, 'cli.js'), 0o755);
