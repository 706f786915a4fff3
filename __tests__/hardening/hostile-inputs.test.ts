/**
 * Issue 18 ("Hardening II"): each input is built here, at a size that shows the problem while keeping
 * the test to seconds. Growth is not timed here (no wall-clock assertions): where work can be counted
 * it is, and `node scripts/bench-linear.mjs` times 1× and 4× inputs and prints the ratios.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { Alias } from 'yaml';
import { check, evaluate } from '../../src/engine/check.js';
import type { CheckResult } from '../../src/engine/check.js';
import { loadPolicy } from '../../src/policy/load.js';
import { PolicyError } from '../../src/policy/types.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { workdirAt } from '../../src/knowledge/stages.js';
import { dockerfileTarget } from '../../src/targets/dockerfile/index.js';
import type { DockerfileModel } from '../../src/targets/dockerfile/model.js';
import { ScopeLog } from '../../src/targets/dockerfile/scope.js';
import { composeTarget } from '../../src/targets/runtime/index.js';
import { cli } from '../helpers/cli.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { buildActionBundle, runActionBundle, workspace } from './helpers/action.js';
import { everyRule } from './fuzz/properties.js';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'lg-hostile-'));
// `rm -rf` removes trees whose paths are longer than the system's limit (rmSync gives up on them).
afterAll(() => execFileSync('rm', ['-rf', TMP]));

const CTX = { cwd: '/nonexistent', readSibling: async () => null, shellcheck: { mode: 'off' as const } };

/** A repository folder with these files (Buffers written as they are). */
function repo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(TMP, 'repo-'));
  for (const [f, t] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), t);
  }
  return dir;
}

async function dockerfileFindings(text: string) {
  const target = await dockerfileTarget.load('Dockerfile', text, CTX);
  return evaluate([target], everyRule()).findings;
}

const byRule = (r: CheckResult, id: string) => r.findings.filter((f) => f.ruleId === id);

describe('1. Dockerfile rules stay linear', () => {
  // 16,000 `ARG` lines took 45 s of CPU in undefined-var, which copied the whole scope per instruction.
  it('8,000 ARG lines, each default naming the one before', async () => {
    const lines = ['FROM alpine:3.20'];
    // No `:-` default: `${X:-…}` is written for an unset X, and undefined-var leaves it alone.
    for (let i = 0; i < 8_000; i++) lines.push(`ARG A${i}=\${${i === 0 ? 'NOPE' : `A${i - 1}`}}`);
    lines.push('RUN echo $A7999');
    const findings = await dockerfileFindings(lines.join('\n') + '\n');
    expect(findings.filter((f) => f.ruleId === 'policy/internal-error')).toEqual([]);
    // `${NOPE}` on the first ARG is the only undefined name (the RUN is not expanded by the builder).
    const undefinedVars = findings.filter((f) => f.ruleId === 'dockerfile/undefined-var');
    expect(undefinedVars.map((f) => f.line)).toEqual([2]);
  }, 120_000);

  // 20,000 stages each `COPY --from=<unknown>` took 417 s and 571 MB: a quadratic did-you-mean search.
  it('2,000 stages each copying from an unknown stage: every one reported, suggestions within a budget', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 2_000; i++)
      lines.push(`FROM alpine:3.20 AS stage${i}`, `COPY --from=stagf${i} /a /b`);
    const findings = (await dockerfileFindings(lines.join('\n') + '\n')).filter(
      (f) => f.ruleId === 'dockerfile/copy-from-unknown-stage',
    );
    expect(findings).toHaveLength(2_000);
    const suggested = findings.filter((f) => /did you mean "stage\d+"/.test(f.message));
    // The first ones get their suggestion; once the file's budget is spent the rest get none.
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.length).toBeLessThan(2_000);
    expect(findings[1].message).toMatch(/did you mean "stage\d"/);
  }, 120_000);

  // A stage's chain was made with `unshift` (quadratic in its length) and made again for every stage
  // (the WORKDIR at its start, its root image) and for every install and CMD (what ran earlier in the
  // image): cubic in a file of stages each built FROM the one before. Counted: how often the rules
  // follow a stage's parent link.
  it('3,000 stages each built FROM the one before: each parent link followed a bounded number of times', async () => {
    const n = 3_000;
    // apt's recommends turned off in the first stage, and an install and a shell-form CMD in every
    // stage (the rules that ask whether something ran earlier in the image).
    const lines = [
      'FROM debian:12 AS s0',
      'WORKDIR /w0',
      `RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norecommends`,
    ];
    for (let i = 1; i < n; i++)
      lines.push(
        `FROM s${i - 1} AS s${i}`,
        `WORKDIR w${i}`,
        `COPY --from=s${i - 1} a b`,
        `RUN apt-get install -y pkg${i}`,
        `CMD run ${i}`,
      );
    const target = await dockerfileTarget.load('Dockerfile', lines.join('\n') + '\n', CTX);
    const model = target.units[0].model as DockerfileModel;
    expect(model.stages).toHaveLength(n);
    let reads = 0;
    for (const stage of model.stages) {
      const parent = stage.parent;
      Object.defineProperty(stage, 'parent', { get: () => (reads++, parent), enumerable: true });
    }
    const findings = evaluate([target], everyRule()).findings;
    expect(findings.filter((f) => f.ruleId === 'policy/internal-error')).toEqual([]);
    const count = (id: string) => findings.filter((f) => f.ruleId === id).length;
    // Every CMD is in shell form with no SHELL declared; every install is covered by the first stage.
    expect([
      count('dockerfile/json-args-recommended'),
      count('dockerfile/apt-no-install-recommends'),
    ]).toEqual([n - 1, 0]);
    // The WORKDIR the last stage starts in is its whole chain's, relative steps joined (compared as
    // facts: the path itself is 20 KB).
    const start = workdirAt(model, model.stages[n - 1].instructions[0]);
    expect({ steps: start.split('/').length - 1, last: start.slice(-12) }).toEqual({
      steps: n - 1,
      last: '/w2997/w2998',
    });
    // A few walks of the final stage's chain and a few links per stage: linear (31 a stage). It was 18 million.
    expect(reads).toBeLessThan(40 * n);
  }, 120_000);

  // Each stage copied its parent's ENVs into a scope of its own: 4,000 stages each declaring an ENV
  // took 11 s and 2 GB to parse (and undefined-var copied the names again). Counted: bindings made.
  it('3,000 stages each built FROM the one before and declaring an ENV: one binding each', async () => {
    const n = 3_000;
    const lines = ['FROM alpine:3.20 AS s0'];
    for (let i = 1; i < n; i++) lines.push(`FROM s${i - 1} AS s${i}`, `ENV V${i}=x`, `RUN echo $V${i} $V1`);
    const add = jest.spyOn(ScopeLog.prototype, 'add');
    try {
      const target = await dockerfileTarget.load('Dockerfile', lines.join('\n') + '\n', CTX);
      const model = target.units[0].model as DockerfileModel;
      const last = model.instructions[model.instructions.length - 1];
      expect([last.scope.get('V1')?.value, last.scope.size]).toEqual(['x', n - 1]);
      // The global scope's predefined ARGs, and one binding per ENV line: not a copy per stage.
      expect(add.mock.calls.length).toBeLessThan(n + 100);
      const findings = evaluate([target], everyRule()).findings;
      expect(findings.filter((f) => f.ruleId === 'dockerfile/undefined-var')).toEqual([]);
    } finally {
      add.mockRestore();
    }
  }, 120_000);

  // Program names were looked up in plain objects: `constructor` read Object's and crashed 40 rules.
  it('programs named after Object.prototype members are programs like any other', async () => {
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
    const text = `FROM debian:12\nRUN ${names.map((n) => `${n} -y install x`).join(' && ')}\n`;
    const findings = await dockerfileFindings(text);
    expect(findings.filter((f) => f.ruleId === 'policy/internal-error')).toEqual([]);
  });

  // Flag names too: `RUN --constructor=x` made the whole file unreadable.
  it('flags named after Object.prototype members are unknown flags', async () => {
    const text = 'FROM debian:12\nRUN --constructor=x --toString echo hi\nCOPY --valueOf a /b\n';
    const findings = await dockerfileFindings(text);
    expect(findings.filter((f) => f.ruleId.startsWith('policy/'))).toEqual([]);
    const unknown = findings.filter((f) => /^Unknown flag --/.test(f.message)).map((f) => f.line);
    expect(unknown).toEqual([2, 2, 3]);
  });

  it('10,000 continuation lines in one RUN are read as one instruction', async () => {
    const lines = ['FROM alpine:3.20', 'RUN apk add \\'];
    for (let i = 0; i < 10_000; i++) lines.push(`  pkg${i} \\`);
    lines.push('  last');
    const target = await dockerfileTarget.load('Dockerfile', lines.join('\n') + '\n', CTX);
    const model = target.units[0].model as { instructions: { keyword: string }[] };
    expect(model.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN']);
  }, 120_000);
});

describe('2. compose aliases are resolved once', () => {
  it('4,000 services merging one anchor: no per-alias document walk, every service read', async () => {
    const lines = ['x-base: &base', '  image: nginx:1.27', '  mem_limit: 256m', '  environment:'];
    for (let i = 0; i < 50; i++) lines.push(`    V${i}: "${i}"`);
    lines.push('services:');
    for (let i = 0; i < 4_000; i++) lines.push(`  s${i}:`, '    <<: *base', '    privileged: true');
    // yaml's Alias.resolve walks the whole document each time it is called: that was the quadratic part.
    const resolve = jest.spyOn(Alias.prototype, 'resolve');
    try {
      const target = await composeTarget.load('compose.yaml', lines.join('\n') + '\n', CTX);
      expect(target.problems).toEqual([]);
      expect(target.units).toHaveLength(4_000);
      expect(resolve).not.toHaveBeenCalled();
      const findings = evaluate([target], everyRule()).findings;
      expect(findings.filter((f) => f.ruleId === 'runtime/privileged')).toHaveLength(4_000);
      expect(findings.filter((f) => f.ruleId === 'runtime/memory-limit')).toHaveLength(0);
    } finally {
      resolve.mockRestore();
    }
  }, 120_000);
});

describe('3. ignore files are bounded and must be regular files', () => {
  it('a 2 MB .gitignore: one finding on it, and everything else checked', async () => {
    const dir = repo({
      '.gitignore': 'build/\n'.repeat(300_000),
      Dockerfile: 'FROM alpine:latest\n',
      'sub/Dockerfile': 'FROM alpine:latest\n',
    });
    const r = await check({ cwd: dir, policy: 'builtin:recommended', shellcheck: 'off' });
    expect(byRule(r, 'policy/unparsable').map((f) => [f.file, f.message])).toEqual([
      [
        '.gitignore',
        expect.stringMatching(/was not read \(file is 2100000 bytes, over the 262144-byte limit\)/),
      ],
    ]);
    expect(new Set(r.targets.map((t) => t.file))).toEqual(
      new Set(['.gitignore', 'Dockerfile', 'sub/Dockerfile']),
    );
  });

  it('a .gitignore with more patterns than the limit: the first 10,000 apply, and it is said', async () => {
    const patterns = Array.from({ length: 12_000 }, (_, i) => `p${i}/`);
    const dir = repo({
      '.gitignore': patterns.join('\n') + '\np0/\n',
      'p0/Dockerfile': 'FROM a\n',
      Dockerfile: 'FROM a\n',
    });
    const r = await check({ cwd: dir, policy: 'builtin:recommended', shellcheck: 'off' });
    expect(byRule(r, 'policy/unparsable').map((f) => f.message)).toEqual([
      expect.stringMatching(/12001 patterns; only the first 10000 were used/),
    ]);
    expect(r.targets.map((t) => t.file)).not.toContain('p0/Dockerfile');
  });

  it('.gitignore and .dockerignore linked to /dev/zero: refused with a finding each, the rest checked', async () => {
    const dir = repo({
      Dockerfile: 'FROM alpine:latest\nCOPY . /app\n',
      'a/Dockerfile': 'FROM alpine:latest\n',
    });
    for (const link of ['.gitignore', 'a/.gitignore', '.dockerignore'])
      symlinkSync('/dev/zero', path.join(dir, link));
    const r = await check({ cwd: dir, policy: 'builtin:recommended', shellcheck: 'off' });
    const problems = byRule(r, 'policy/unparsable').map((f) => `${f.file}: ${f.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\.gitignore: this \.gitignore was not read \(it is not a regular file\)/),
        expect.stringMatching(/^a\/\.gitignore: this \.gitignore was not read \(it is not a regular file\)/),
        expect.stringMatching(/^Dockerfile: \.dockerignore was not read \(it is not a regular file\)/),
      ]),
    );
    expect(
      byRule(r, 'dockerfile/base-image-latest')
        .map((f) => f.file)
        .sort(),
    ).toEqual(['Dockerfile', 'a/Dockerfile']);
  });
});

describe('5. remote extends are fetched together, within an overall deadline', () => {
  let server: http.Server;
  let base: string;
  let open = 0;
  let mostOpen = 0;
  const pending = new Set<http.ServerResponse>();
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      // Never answers; counts how many requests wait at the same time.
      pending.add(res);
      mostOpen = Math.max(mostOpen, ++open);
      res.on('close', () => {
        open--;
        pending.delete(res);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    for (const res of pending) res.destroy();
    server.close();
  });

  async function load(extendsList: string[], opts: { fetchTimeoutMs: number; fetchTotalTimeoutMs?: number }) {
    const dir = repo({ '.layerguard.yml': `extends: ${JSON.stringify(extendsList)}\n` });
    try {
      await loadPolicy({ cwd: dir, rules: RULES_BY_ID, env: {}, allowLoopbackHttpForTests: true, ...opts });
      throw new Error('expected a configuration error');
    } catch (e) {
      if (!(e instanceof PolicyError)) throw e;
      return e.problems.map((p) => p.message);
    }
  }

  it('five URLs that never answer are all waiting at once', async () => {
    mostOpen = 0;
    const urls = [1, 2, 3, 4, 5].map((i) => `${base}/hang${i}.yml`);
    const messages = await load(urls, { fetchTimeoutMs: 1_500 });
    expect(mostOpen).toBe(5);
    expect(messages).toHaveLength(5);
    for (const m of messages)
      expect(m).toMatch(/cannot fetch the policy .*hang\d\.yml: no answer within 1\.5 s/);
  }, 30_000);

  it('the overall deadline caps every request of the run', async () => {
    const messages = await load([`${base}/slow-a.yml`, `${base}/slow-b.yml`], {
      fetchTimeoutMs: 20_000,
      fetchTotalTimeoutMs: 500,
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /slow-a\.yml: no answer within the 0\.5 s allowed for all remote policies of a run/,
      ),
      expect.stringMatching(
        /slow-b\.yml: no answer within the 0\.5 s allowed for all remote policies of a run/,
      ),
    ]);
  }, 30_000);
});

/** Lines the GitHub runner would read as workflow commands (leading whitespace aside; \r splits lines). */
function commandLines(log: string): string[] {
  return log
    .split(/\r\n|\r|\n/)
    .map((l) => l.trimStart())
    .filter((l) => l.startsWith('::'));
}

const INJECTED_DIR = 'x\n::stop-commands::pwned';
const INJECTED_COMPOSE =
  'services:\n  "web\\n::stop-commands::pwned2\\r::warning::fake":\n    image: "nginx:1\\n::error::fake"\n    privileged: true\n';

describe('6. nothing from the repository starts a workflow command in the log', () => {
  function injectedRepo(extraFindings = 0) {
    const runs = Array.from({ length: extraFindings }, (_, i) => `RUN apt-get install -y pkg${i}`);
    return repo({
      [`${INJECTED_DIR}/Dockerfile`]: ['FROM debian:latest', ...runs, 'RUN echo "50%"', ''].join('\n'),
      [`${INJECTED_DIR}/compose.yaml`]: INJECTED_COMPOSE,
      '::stop-commands::y/Dockerfile': 'FROM alpine:latest\r::stop-commands::z\n',
    });
  }

  it('CLI text and github formats', async () => {
    const dir = injectedRepo();
    for (const format of ['text', 'github']) {
      const { stdout } = await cli(dir, 'check', '--format', format, '--shellcheck', 'off', '--no-color');
      const commands = commandLines(stdout);
      if (format === 'text') expect(commands).toEqual([]);
      else for (const c of commands) expect(c).toMatch(/^::(error|warning|notice) file=[^\n]*::/);
      expect(stdout).not.toMatch(/(^|[\r\n])\s*::(stop-commands|warning::fake|error::fake)/);
      // The folder is still named, escaped.
      expect(stdout).toContain(
        format === 'text'
          ? 'x%0A::stop-commands::pwned/Dockerfile'
          : 'file=x%0A%3A%3Astop-commands%3A%3Apwned/Dockerfile',
      );
    }
  });

  it('CLI errors about a policy file the repository names', async () => {
    const dir = repo({
      '.layerguard.yml': 'extends: ["./::stop-commands::p.yml"]\n',
      '::stop-commands::p.yml': 'rules: [\n',
      Dockerfile: 'FROM alpine:3.20\n',
    });
    const { code, stderr } = await cli(dir, 'check', '--shellcheck', 'off');
    expect(code).toBe(2);
    expect(stderr).toMatch(/stop-commands::p\.yml/);
    expect(commandLines(stderr)).toEqual([]);
  });

  describe('the Action (bundled, as a child process)', () => {
    let bundle: string;
    let fake: FakeGitHub;
    beforeAll(async () => {
      bundle = await buildActionBundle(mkdtempSync(path.join(TMP, 'bundle-')));
    }, 120_000);
    beforeEach(async () => {
      fake = new FakeGitHub({ files: [] });
      await fake.start();
    });
    afterEach(() => fake.stop());

    it('annotations, the grouped text report and the log lines of hidden findings', async () => {
      const ws = workspace(TMP, {
        '.layerguard.yml': 'failOn: error\nrules:\n  dockerfile/apt-no-install-recommends: error\n',
      });
      const src = injectedRepo(15);
      execFileSync('cp', ['-a', `${src}/.`, ws]);
      const run = await runActionBundle(bundle, fake, ws);
      expect(run.code).toBe(1);
      const commands = commandLines(run.stdout);
      // Only the Action's own commands: annotations, groups, the mask and debug lines.
      for (const c of commands)
        expect(c).toMatch(/^::(error|warning|notice|debug|group|endgroup|add-mask)[ :]/);
      expect(commands.some((c) => /stop-commands/.test(c.slice(0, 20)))).toBe(false);
      expect(run.stdout).toMatch(/findings not shown as annotations/);
      // Every finding is still there, escaped: 15 apt findings plus the compose service.
      expect(run.annotations.length).toBeGreaterThan(0);
    }, 120_000);
  });
});

describe('7. links are judged on the resolved path, by segments', () => {
  it('a .dockerignore linked to /etc/passwd in a folder named ..x is refused, its lines never quoted', async () => {
    const dir = repo({
      '..x/Dockerfile': 'FROM alpine:3.20\nCOPY . /app\n',
      'x/Dockerfile': 'FROM alpine:3.20\nCOPY . /app\n',
    });
    symlinkSync('/etc/passwd', path.join(dir, '..x/.dockerignore'));
    symlinkSync('/etc/passwd', path.join(dir, 'x/.dockerignore'));
    const r = await check({
      cwd: dir,
      paths: ['..x', 'x'],
      policy: 'builtin:recommended',
      shellcheck: 'off',
    });
    const all = JSON.stringify(r.findings);
    expect(all).not.toMatch(/root:/);
    expect(
      byRule(r, 'policy/unparsable')
        .map((f) => `${f.file}: ${f.message}`)
        .sort(),
    ).toEqual([
      expect.stringMatching(
        /^\.\.x\/Dockerfile: \.\.x\/\.dockerignore was not read \(it is a symbolic link to a file outside/,
      ),
      expect.stringMatching(
        /^x\/Dockerfile: x\/\.dockerignore was not read \(it is a symbolic link to a file outside/,
      ),
    ]);
  });
});

describe('8. files named by flags are confined like repository files', () => {
  it('--container-inspect on a repository file linked to a secret outside is refused', async () => {
    const outside = mkdtempSync(path.join(TMP, 'outside-'));
    writeFileSync(path.join(outside, 'environ'), 'GITHUB_TOKEN=ghs_verysecret\n');
    const dir = repo({ Dockerfile: 'FROM alpine:3.20\n' });
    symlinkSync(path.join(outside, 'environ'), path.join(dir, 'inspect.json'));
    symlinkSync('/proc/self/environ', path.join(dir, 'environ.json'));
    const { stdout } = await cli(
      dir,
      'check',
      '--container-inspect',
      'inspect.json',
      '--container-inspect',
      'environ.json',
      '--shellcheck',
      'off',
    );
    expect(stdout).not.toMatch(/ghs_verysecret|GITHUB_TOKEN|PATH=/);
    expect(
      stdout.match(/cannot read this file: it is a symbolic link to a file outside the working directory/g),
    ).toHaveLength(2);
  });

  it('a path the user typed outside the repository is still read', async () => {
    const outside = mkdtempSync(path.join(TMP, 'outside-'));
    writeFileSync(path.join(outside, 'inspect.json'), '[]');
    const dir = repo({ Dockerfile: 'FROM alpine:3.20\n' });
    const { stdout } = await cli(
      dir,
      'check',
      '--container-inspect',
      path.join(outside, 'inspect.json'),
      '--shellcheck',
      'off',
    );
    expect(stdout).not.toMatch(/symbolic link/);
  });
});

describe('9. nothing is skipped silently', () => {
  it('a folder whose path is too long to open, and names that are not UTF-8', async () => {
    const dir = repo({ Dockerfile: 'FROM alpine:3.20\n' });
    // Root reads any folder whatever its mode; a path over PATH_MAX (4096) cannot be opened by anyone.
    const segment = 'd'.repeat(250);
    // Made one relative step at a time (a shell's cd gives up once its own path is too long).
    const deep = [
      'const fs = require("fs");',
      `for (let i = 0; i < 18; i++) { fs.mkdirSync("${segment}"); process.chdir("${segment}"); }`,
      'fs.writeFileSync("Dockerfile", "FROM a\\n");',
    ].join('\n');
    execFileSync(process.execPath, ['-e', deep], { cwd: dir });
    mkdirSync(Buffer.from(path.join(dir, 'bad-\xff-name'), 'latin1'));
    writeFileSync(
      Buffer.from(path.join(dir, 'bad-\xff-name', 'Dockerfile'), 'latin1'),
      'FROM alpine:latest\n',
    );
    const r = await check({ cwd: dir, policy: 'builtin:recommended', shellcheck: 'off' });
    const problems = byRule(r, 'policy/unparsable').map((f) => f.message);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/this folder could not be read \(its path is longer than the system allows\)/),
        expect.stringMatching(/this folder's name is not valid UTF-8, so it was not checked/),
      ]),
    );
  });

  it('docker run --privileged with its argument nested 300 deep in "$(…)"', async () => {
    let arg = 'x';
    for (let i = 0; i < 300; i++) arg = `"$(echo ${arg})"`;
    const dir = repo({ 'run.sh': `#!/bin/sh\necho start\ndocker run --privileged alpine:3.20 ${arg}\n` });
    const r = await check({ cwd: dir, policy: 'builtin:recommended', shellcheck: 'off' });
    expect(byRule(r, 'policy/unparsable').map((f) => [f.file, f.line, f.message])).toEqual([
      [
        'run.sh',
        3,
        expect.stringMatching(
          /nesting too deep.*docker\/podman commands in this part of the script were not checked/,
        ),
      ],
    ]);
  });

  it('a UTF-16 compose file with a byte-order mark is read; without one it is reported as UTF-16', async () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n';
    const dir = repo({
      'compose.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'be/compose.yaml': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      'nobom/compose.yaml': Buffer.from(text, 'utf16le'),
    });
    const r = await check({ cwd: dir, policy: 'builtin:recommended', shellcheck: 'off' });
    expect(byRule(r, 'runtime/privileged').map((f) => [f.file, f.line])).toEqual([
      ['be/compose.yaml', 4],
      ['compose.yaml', 4],
    ]);
    expect(byRule(r, 'policy/unparsable').map((f) => [f.file, f.message])).toEqual([
      ['nobom/compose.yaml', expect.stringMatching(/looks like UTF-16 text without a byte-order mark/)],
    ]);
  });
});

describe('12. clear messages for files that are not what they claim', () => {
  it('a binary file named Dockerfile: one finding', async () => {
    const bytes = Buffer.alloc(40_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    const noNul = Buffer.from(bytes.map((b) => (b === 0 ? 1 : b)));
    const dir = repo({ Dockerfile: bytes, 'b/Dockerfile': noNul });
    const r = await check({ cwd: dir, policy: 'builtin:recommended', shellcheck: 'off' });
    expect(r.findings.map((f) => [f.file, f.ruleId, f.message])).toEqual([
      [
        'Dockerfile',
        'policy/unparsable',
        expect.stringMatching(/it is a binary file, not text \(a NUL byte at offset \d+\)/),
      ],
      [
        'b/Dockerfile',
        'policy/unparsable',
        expect.stringMatching(
          /it is a binary file, not text \(\d+ of its \d+ characters are not valid UTF-8\)/,
        ),
      ],
    ]);
  });

  it('a UTF-16 Dockerfile with a byte-order mark is decoded', async () => {
    const text = 'FROM alpine:latest\nRUN apk add curl\n';
    const dir = repo({
      Dockerfile: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    });
    const r = await check({ cwd: dir, policy: 'builtin:recommended', shellcheck: 'off' });
    expect(byRule(r, 'policy/unparsable')).toEqual([]);
    expect(byRule(r, 'dockerfile/base-image-latest').map((f) => [f.line, f.column])).toEqual([[1, 13]]);
  });

  it('a policy with two documents says the file must hold one', async () => {
    const dir = repo({ '.layerguard.yml': 'rules: {}\n---\nrules: {}\n' });
    await expect(loadPolicy({ cwd: dir, rules: RULES_BY_ID, env: {} })).rejects.toThrow(
      /the policy file must hold one document/,
    );
    await expect(loadPolicy({ cwd: dir, rules: RULES_BY_ID, env: {} })).rejects.not.toThrow(
      /parseAllDocuments/,
    );
  });
});
