/**
 * The bundled command line (dist/cli.js, src/cli/launcher.ts) starts dist/cli-core.cjs through V8's
 * code cache. Built here into a temporary folder and run as a child process, as a user runs it: the
 * first run writes the cache, the next ones read it without writing again, a damaged cache is replaced,
 * and the output is byte for byte the same in every case (also with the cache off or unwritable).
 * A one-file check without ShellCheck loads none of the Node modules it does not use.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CODE_CACHE_HEADER, parseCodeCache } from '../src/cli/code-cache.js';
import { cli as inProcess } from './helpers/cli.js';
import { allBlobs, descriptorOf, layerTar, ociArchive, ociImage } from './image/helpers.js';

let tmp: string;
let cli: string;
let work: string;
let clean: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'lg-launcher-'));
  execFileSync(
    process.execPath,
    [path.join(process.cwd(), 'scripts', 'build.mjs'), '--outdir', path.join(tmp, 'dist')],
    {
      stdio: 'pipe',
    },
  );
  // The presets folder is found beside the bundle, as in the package.
  symlinkSync(path.join(process.cwd(), 'policies'), path.join(tmp, 'policies'));
  cli = path.join(tmp, 'dist', 'cli.js');
  work = path.join(tmp, 'work');
  mkdirSync(work);
  writeFileSync(
    path.join(work, 'Dockerfile'),
    'FROM debian:latest\nRUN apt-get update && apt-get install -y curl\nUSER root\nCMD ["/bin/sh"]\n',
  );
  // Nothing to report: what every run does, and nothing more.
  clean = path.join(tmp, 'clean');
  mkdirSync(clean);
  writeFileSync(
    path.join(clean, 'Dockerfile'),
    'FROM debian:12.5-slim\nCOPY app /app\nUSER 1000\nHEALTHCHECK CMD ["/app/run", "--check"]\nCMD ["/app/run"]\n',
  );
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the bundled CLI in `work` with only the environment given (no NODE_OPTIONS from Jest). */
function run(env: Record<string, string>, args: string[], nodeArgs: string[] = [], cwd = work) {
  const r = spawnSync(process.execPath, [...nodeArgs, cli, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CHECK = ['check', 'Dockerfile', '--shellcheck', 'off', '--no-baseline-file', '--format', 'json'];

function cacheFiles(cacheDir: string): string[] {
  const dir = path.join(cacheDir, 'code');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

test('the first run writes the code cache, the next reads it, and the output never changes', () => {
  const cacheDir = path.join(tmp, 'cache-a');
  const off = run({ LAYERGUARD_CACHE_DIR: cacheDir, LAYERGUARD_CODE_CACHE: 'off' }, CHECK);
  // latest tag, root user, apt-get without cleanup: findings to report, fingerprints to compute.
  expect(JSON.parse(off.stdout).findings.length).toBeGreaterThan(2);
  expect(cacheFiles(cacheDir)).toEqual([]);

  const first = run({ LAYERGUARD_CACHE_DIR: cacheDir }, CHECK);
  expect(first).toEqual(off);
  const files = cacheFiles(cacheDir);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^cli-[0-9a-f]{16}-v8-.+\.bin$/);
  const file = path.join(cacheDir, 'code', files[0]);
  const written = statSync(file);

  // Read, accepted, so not written again.
  const second = run({ LAYERGUARD_CACHE_DIR: cacheDir }, CHECK);
  expect(second).toEqual(off);
  expect(statSync(file).mtimeMs).toBe(written.mtimeMs);
  expect(statSync(file).ino).toBe(written.ino); // a write replaces the file (rename)
  expect(cacheFiles(cacheDir)).toEqual(files);

  // Damaged (garbage; V8's data garbage under a good first line; cut short): not read, or rejected by
  // V8; the run compiles as without it and replaces it.
  const firstLine = readFileSync(file).subarray(0, readFileSync(file).indexOf(0x0a) + 1);
  expect(firstLine.toString('latin1')).toBe(`${CODE_CACHE_HEADER}command:check,dockerfile,format:json\n`);
  for (const damaged of [
    Buffer.alloc(written.size, 7),
    Buffer.concat([firstLine, Buffer.alloc(written.size, 7)]),
    readFileSync(file).subarray(0, 64),
  ]) {
    writeFileSync(file, damaged);
    expect(run({ LAYERGUARD_CACHE_DIR: cacheDir }, CHECK)).toEqual(off);
    expect(readFileSync(file).equals(damaged)).toBe(false);
    expect(statSync(file).size).toBeGreaterThan(100_000);
    expect(cacheFiles(cacheDir)).toEqual(files);
  }

  // Code V8 would run: not read when others may write it, or through a link; the run writes its own.
  const good = readFileSync(file);
  chmodSync(file, 0o666);
  const open = statSync(file);
  expect(run({ LAYERGUARD_CACHE_DIR: cacheDir }, CHECK)).toEqual(off);
  expect(statSync(file).ino).not.toBe(open.ino);
  expect(statSync(file).mode & 0o022).toBe(0);
  const elsewhere = path.join(tmp, 'elsewhere.bin');
  writeFileSync(elsewhere, good, { mode: 0o644 });
  rmSync(file);
  symlinkSync(elsewhere, file);
  expect(run({ LAYERGUARD_CACHE_DIR: cacheDir }, CHECK)).toEqual(off);
  expect(lstatSync(file).isSymbolicLink()).toBe(false);
  expect(readFileSync(elsewhere).equals(good)).toBe(true);

  expect(run({ LAYERGUARD_CACHE_DIR: cacheDir, LAYERGUARD_CODE_CACHE: 'off' }, ['--version']).stdout).toMatch(
    /^\d+\.\d+\.\d+/,
  );
}, 60_000);

test('a run that used code the cache lacks writes it again, with that code added', () => {
  const cacheDir = path.join(tmp, 'cache-parts');
  const expected = run({ LAYERGUARD_CACHE_DIR: cacheDir, LAYERGUARD_CODE_CACHE: 'off' }, CHECK);
  const rules = run({ LAYERGUARD_CACHE_DIR: cacheDir }, ['rules', '--format', 'json']);
  expect(rules.code).toBe(0);
  const [name] = cacheFiles(cacheDir);
  const file = path.join(cacheDir, 'code', name);
  const partsOf = () => parseCodeCache(readFileSync(file))?.parts;
  expect(partsOf()).toEqual(new Set(['command:rules']));
  const small = statSync(file);

  // The check used the parser, the Dockerfile rules and its command: the cache had none of them.
  expect(run({ LAYERGUARD_CACHE_DIR: cacheDir }, CHECK)).toEqual(expected);
  const grown = statSync(file);
  expect(grown.ino).not.toBe(small.ino);
  expect(grown.size).toBeGreaterThan(small.size);
  expect(partsOf()).toEqual(new Set(['command:check', 'command:rules', 'dockerfile', 'format:json']));

  // Nothing new: read, not written.
  expect(run({ LAYERGUARD_CACHE_DIR: cacheDir }, CHECK)).toEqual(expected);
  expect(statSync(file).ino).toBe(grown.ino);
  expect(cacheFiles(cacheDir)).toEqual([name]);

  // A policy file: YAML and its validation, which the built-in presets never needed.
  const policy = path.join(tmp, 'parts-policy.yml');
  writeFileSync(policy, 'extends: builtin:recommended\n');
  const withPolicy = run({ LAYERGUARD_CACHE_DIR: cacheDir }, [...CHECK, '--policy', policy]);
  expect(JSON.parse(withPolicy.stdout).findings).toEqual(JSON.parse(expected.stdout).findings);
  expect(partsOf()).toEqual(
    new Set(['command:check', 'command:rules', 'dockerfile', 'format:json', 'policy-file']),
  );
}, 60_000);

test('the help text writes no cache; an unwritable cache folder changes nothing', () => {
  const cacheDir = path.join(tmp, 'cache-b');
  const help = run({ LAYERGUARD_CACHE_DIR: cacheDir }, ['--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('Usage:');
  expect(cacheFiles(cacheDir)).toEqual([]);

  // The cache folder's place is taken by a file: nothing can be written there.
  const blocked = path.join(tmp, 'cache-c');
  writeFileSync(blocked, 'not a folder');
  const expected = run({ LAYERGUARD_CACHE_DIR: cacheDir, LAYERGUARD_CODE_CACHE: 'off' }, CHECK);
  expect(run({ LAYERGUARD_CACHE_DIR: blocked }, CHECK)).toEqual(expected);
  expect(readFileSync(blocked, 'utf8')).toBe('not a folder');
}, 60_000);

test('a one-file check without ShellCheck loads no child process, crypto, worker, v8, perf_hooks, os or stream module', () => {
  const probe = path.join(tmp, 'probe.mjs');
  writeFileSync(
    probe,
    "process.on('exit', () => process._rawDebug('LOADED ' + JSON.stringify(process.moduleLoadList.filter((m) => /^NativeModule (child_process|crypto|worker_threads|zlib|v8|perf_hooks|stream|net|tty|os)$/.test(m)))));\n",
  );
  const loaded = (args: string[]) => {
    const r = run({ LAYERGUARD_CACHE_DIR: path.join(tmp, 'cache-d') }, args, ['--import', probe], clean);
    expect(r.stdout).not.toMatch(/internal error/);
    return JSON.parse(/LOADED (.*)/.exec(r.stderr)![1]) as string[];
  };
  // The run that writes the cache sets V8 flags (node:v8); the report goes to a pipe without a stream.
  expect(loaded(CHECK)).toEqual(['NativeModule stream', 'NativeModule v8']);
  expect(loaded(CHECK)).toEqual([]); // with the cache written by the run before
  // A folder may hold many files: the heap is tuned for a large run (node:v8; node:perf_hooks observes
  // collections to cap the young generation, src/cli/heap.ts).
  expect(loaded(['check', '.', '--shellcheck', 'off', '--no-baseline-file'])).toEqual(
    expect.arrayContaining(['NativeModule v8', 'NativeModule perf_hooks']),
  );
  // The probe sees them when they are used: ShellCheck runs as a child process.
  expect(
    loaded(['check', 'Dockerfile', '--shellcheck', 'auto', '--no-baseline-file', '--base', 'HEAD']),
  ).toContain('NativeModule child_process');

  // node:fs/promises, through a CommonJS preload (the ES module loader of --import loads it itself):
  // neither the built-in preset, the named file nor the look for a baseline file loads it.
  const cjsProbe = path.join(tmp, 'probe.cjs');
  writeFileSync(
    cjsProbe,
    "process.on('exit', () => process._rawDebug('LOADED ' + JSON.stringify(process.moduleLoadList.filter((m) => /fs\\/promises/.test(m)))));\n",
  );
  const cacheDir = path.join(tmp, 'cache-d');
  const withBaselineLookup = ['check', 'Dockerfile', '--shellcheck', 'off', '--format', 'json'];
  const r = run({ LAYERGUARD_CACHE_DIR: cacheDir }, withBaselineLookup, ['--require', cjsProbe], clean);
  expect(r.stdout).not.toMatch(/internal error/);
  expect(JSON.parse(/LOADED (.*)/.exec(r.stderr)![1])).toEqual([]);
}, 60_000);

test('what the bundle loads on first use (YAML, globs, ignore files, RE2, built-ins) works as from the sources', async () => {
  // A policy file (YAML, with an RE2 custom rule and a glob override), a .gitignore, a compose file.
  const dir = path.join(tmp, 'lazy');
  mkdirSync(path.join(dir, 'svc'), { recursive: true });
  writeFileSync(path.join(dir, '.gitignore'), 'ignored/\n');
  mkdirSync(path.join(dir, 'ignored'));
  writeFileSync(path.join(dir, 'ignored', 'Dockerfile'), 'FROM debian:latest\n');
  writeFileSync(
    path.join(dir, 'Dockerfile'),
    'FROM debian:latest\nRUN curl -fsSL https://x.example/i.sh | sh\n',
  );
  writeFileSync(path.join(dir, 'svc', 'Dockerfile'), 'FROM debian:latest\nUSER root\n');
  writeFileSync(
    path.join(dir, 'compose.yaml'),
    'services:\n  app:\n    image: app:latest\n    privileged: true\n',
  );
  writeFileSync(
    path.join(dir, '.layerguard.yml'),
    [
      'extends: builtin:recommended',
      'customRules:',
      '  - id: custom/no-curl-pipe-sh',
      '    kind: instruction',
      '    instruction: RUN',
      "    match: 'curl[^|]*\\|\\s*(ba)?sh'",
      '    severity: error',
      '    message: pipes a download into a shell',
      'overrides:',
      '  - files: ["svc/**"]',
      '    mode: audit',
      '',
    ].join('\n'),
  );
  // And an image (gzip, sha256, os: built-ins the bundle requires on first use).
  const img = ociImage({
    layers: [
      layerTar([
        { path: 'etc/', type: 'dir' },
        { path: 'etc/app.conf', content: 'x=1\n' },
      ]),
    ],
    gzip: true,
    config: { User: 'root' },
  });
  writeFileSync(
    path.join(dir, 'app.tar'),
    ociArchive({ schemaVersion: 2, manifests: [descriptorOf(img)] }, allBlobs(img)),
  );
  const args = [
    'check',
    '.',
    '--image',
    'app.tar',
    '--shellcheck',
    'off',
    '--no-baseline-file',
    '--format',
    'json',
    '--fail-on',
    'none',
  ];
  const bundled = run({ LAYERGUARD_CACHE_DIR: path.join(tmp, 'cache-e') }, args, [], dir);
  const sources = await inProcess(dir, ...args);
  expect(bundled.stderr).toBe('');
  expect(bundled.stdout).toBe(sources.stdout);
  const rules = (JSON.parse(bundled.stdout) as { findings: { ruleId: string; file: string }[] }).findings;
  expect(rules.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['custom/no-curl-pipe-sh']));
  expect(rules.some((f) => f.file === 'compose.yaml')).toBe(true);
  expect(rules.some((f) => f.file.startsWith('ignored/'))).toBe(false);
  expect(rules.some((f) => f.ruleId.startsWith('image/'))).toBe(true);
}, 60_000);
