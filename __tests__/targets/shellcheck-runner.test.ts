/**
 * The run-wide ShellCheck runner, with the real binary: scripts are checked many per process, each
 * distinct script once, and a script's time budget counts its own work only. Processes are counted by
 * the runner and, through check(), by a wrapper on PATH that logs each start and runs the real binary.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check } from '../../src/engine/check.js';
import { parseDockerfile } from '../../src/targets/dockerfile/parse.js';
import { buildShellcheckInput, shellcheckDockerfile } from '../../src/targets/dockerfile/shellcheck.js';
import { ShellcheckRunner } from '../../src/targets/dockerfile/shellcheck-runner.js';
import { REPO_ROOT } from '../helpers/paths.js';

const SHELLCHECK = spawnSync('sh', ['-c', 'command -v shellcheck'], { encoding: 'utf8' }).stdout.trim();
if (!SHELLCHECK)
  console.warn('shellcheck is not on PATH: these tests are skipped (apt-get install shellcheck).');
const withBinary = SHELLCHECK ? it : it.skip;

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'lg-sc-runner-'));

/** A `shellcheck` that appends one line per start to `log`, sleeps on a script holding SLOW_SCRIPT, then runs the real one. */
function countingShellcheck(dir: string): { binDir: string; log: string; starts: () => number } {
  const binDir = path.join(dir, 'bin');
  mkdirSync(binDir, { recursive: true });
  const log = path.join(dir, 'starts.log');
  const bin = path.join(binDir, 'shellcheck');
  writeFileSync(
    bin,
    [
      '#!/bin/sh',
      `echo "$#" >> '${log}'`,
      'for a in "$@"; do case "$a" in -*) ;; *) if grep -q SLOW_SCRIPT "$a" 2>/dev/null; then sleep 5; fi ;; esac; done',
      `exec '${SHELLCHECK}' "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(bin, 0o755);
  return {
    binDir,
    log,
    starts: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').length : 0),
  };
}

const scriptOf = (text: string) => buildShellcheckInput(parseDockerfile(text, 'Dockerfile'))!;

describe('ShellcheckRunner', () => {
  withBinary('keeps at most maxCached results, the least recently used dropped first', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((n) => scriptOf(`FROM alpine\nRUN echo $${n}\n`));
    const runner = new ShellcheckRunner({ binary: SHELLCHECK, maxCached: 2 });
    try {
      const first = await runner.check(a);
      await runner.check(b);
      await runner.check(a); // a hit: a is now the most recently used
      await runner.check(c); // over the bound: b, the least recently used, is dropped
      expect(runner.stats).toMatchObject({ scripts: 3, cacheHits: 1 });
      expect(await runner.check(a)).toEqual(first); // still kept
      expect(runner.stats).toMatchObject({ scripts: 3, cacheHits: 2 });
      await runner.check(b); // checked again
      expect(runner.stats).toMatchObject({ scripts: 4, cacheHits: 2 });
    } finally {
      await runner.close();
    }
  });

  withBinary('checks many scripts in one process, with the results a process per script gives', async () => {
    const texts = Array.from({ length: 12 }, (_, i) => `FROM alpine\nRUN echo $v${i} && cd /tmp${i}\n`);
    const runner = new ShellcheckRunner({ binary: SHELLCHECK });
    try {
      const batched = await Promise.all(texts.map((t) => runner.check(scriptOf(t))));
      expect(runner.stats).toEqual({ processes: 1, scripts: 12, cacheHits: 0 });
      for (let i = 0; i < texts.length; i++) {
        const alone = new ShellcheckRunner({ binary: SHELLCHECK });
        expect(await alone.check(scriptOf(texts[i]))).toEqual(batched[i]);
        await alone.close();
      }
      expect(batched[3].map((c) => c.code).sort()).toEqual([2086, 2154, 2164]);
    } finally {
      await runner.close();
    }
  });

  withBinary('checks a script it has seen once, however many times it is asked', async () => {
    const runner = new ShellcheckRunner({ binary: SHELLCHECK });
    try {
      const input = scriptOf('FROM alpine\nRUN echo $x\n');
      const first = await runner.check(input);
      const again = await Promise.all([1, 2, 3, 4].map(() => runner.check({ ...input })));
      expect(again).toEqual([first, first, first, first]);
      expect(runner.stats).toEqual({ processes: 1, scripts: 1, cacheHits: 4 });
      // Another dialect is another check.
      await runner.check({ ...input, dialect: 'bash' });
      expect(runner.stats.scripts).toBe(2);
    } finally {
      await runner.close();
    }
  });

  withBinary(
    "gives each script its own budget: a slow script fails alone, its batch's others are checked",
    async () => {
      const dir = tmp();
      const fake = countingShellcheck(dir);
      const outcome = async () => {
        const runner = new ShellcheckRunner({
          binary: path.join(fake.binDir, 'shellcheck'),
          timeoutMs: 1500,
        });
        try {
          return await Promise.all(
            ['echo $a', 'echo SLOW_SCRIPT', 'echo $b'].map((run) =>
              runner.check(scriptOf(`FROM alpine\nRUN ${run}\n`)).then(
                (c) => c.map((x) => x.code).sort(),
                (e: Error) => e.message,
              ),
            ),
          );
        } finally {
          await runner.close();
        }
      };
      const first = await outcome();
      expect(first).toEqual([[2086, 2154], 'shellcheck did not finish within 2 s', [2086, 2154]]);
      // The batch, then each script alone.
      expect(fake.starts()).toBe(4);
      expect(await outcome()).toEqual(first);
    },
    30_000,
  );

  it('ends at its timeout when a wrapper left a process holding the output open', () => {
    // A `shellcheck` script whose own child never ends: killing the script leaves the child, which
    // keeps the output pipes open. A process using the runner must still end once the check has
    // failed at its timeout (before the fix it waited for the child, here 60 s). The process is a
    // child with a watchdog; what is asserted is that it ended by itself, and what it printed.
    const dir = tmp();
    const pidFile = path.join(dir, 'child.pid');
    const bin = path.join(dir, 'shellcheck');
    writeFileSync(bin, `#!/bin/sh\nsleep 60 &\necho $! > '${pidFile}'\nwait\n`);
    chmodSync(bin, 0o755);
    const script = path.join(dir, 'run.mts');
    const src = (file: string) => JSON.stringify(path.join(REPO_ROOT, 'src', 'targets', 'dockerfile', file));
    writeFileSync(
      script,
      [
        `const { ShellcheckRunner } = await import(${src('shellcheck-runner.ts')});`,
        `const { buildShellcheckInput } = await import(${src('shellcheck.ts')});`,
        `const { parseDockerfile } = await import(${src('parse.ts')});`,
        `const runner = new ShellcheckRunner({ binary: ${JSON.stringify(bin)}, timeoutMs: 500 });`,
        "const input = buildShellcheckInput(parseDockerfile('FROM alpine\\nRUN echo $a\\n', 'Dockerfile'));",
        "await runner.check(input).then(() => console.log('checked'), (e) => console.log(e.message));",
        'await runner.close();',
      ].join('\n'),
    );
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', script], {
        cwd: REPO_ROOT,
        env: { ...process.env, NODE_OPTIONS: '' },
        encoding: 'utf8',
        timeout: 40_000,
      });
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe('shellcheck did not finish within 500 ms');
      expect(r.signal).toBeNull();
      expect(r.status).toBe(0);
    } finally {
      try {
        process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGKILL');
      } catch {
        // already gone, or never started
      }
    }
  }, 60_000);

  it('reports a missing binary to every script of the batch', async () => {
    const runner = new ShellcheckRunner({ binary: 'no-such-shellcheck-binary' });
    const results = await Promise.all(
      ['echo $a', 'echo $b'].map((r) =>
        runner.check(scriptOf(`FROM alpine\nRUN ${r}\n`)).catch((e: NodeJS.ErrnoException) => e.code),
      ),
    );
    expect(results).toEqual(['ENOENT', 'ENOENT']);
    expect(runner.stats.processes).toBe(1);
    await runner.close();
  });
});

describe('check() with the shared runner', () => {
  withBinary(
    'starts ShellCheck once per batch, checks each distinct script once, and gives the same output every run',
    async () => {
      const dir = tmp();
      const cwd = path.join(dir, 'repo');
      const texts: string[] = [];
      for (let i = 0; i < 20; i++) {
        // 20 Dockerfiles, 5 distinct scripts.
        const text = `FROM alpine:3.19\nUSER app\nRUN echo $x${i % 5} | grep y\n`;
        texts.push(text);
        mkdirSync(path.join(cwd, `svc${i}`), { recursive: true });
        writeFileSync(path.join(cwd, `svc${i}`, 'Dockerfile'), text);
      }
      writeFileSync(path.join(cwd, 'policy.yml'), 'extends: []\nrules:\n  dockerfile/shellcheck: warning\n');
      const fake = countingShellcheck(dir);
      const saved = process.env.PATH;
      process.env.PATH = `${fake.binDir}${path.delimiter}${saved}`;
      try {
        const run = async () => {
          const r = await check({ cwd, policy: 'policy.yml', shellcheck: 'on' });
          return JSON.stringify(r.findings);
        };
        const first = await run();
        const starts = fake.starts();
        // Each start checks several scripts; 5 distinct scripts fit in one or two batches.
        expect(starts).toBeGreaterThanOrEqual(1);
        expect(starts).toBeLessThanOrEqual(2);
        const scriptsChecked = readFileSync(fake.log, 'utf8')
          .trim()
          .split('\n')
          .reduce((n, argc) => n + Number(argc) - 5, 0); // 5 = the options and `--`
        expect(scriptsChecked).toBe(5);
        expect(await run()).toBe(first);
        // The same findings as one process per Dockerfile.
        const solo = await Promise.all(
          texts.map(async (t) => {
            const m = parseDockerfile(t, 'Dockerfile');
            await shellcheckDockerfile(m, { mode: 'on', binary: SHELLCHECK });
            return m.shellcheck!.comments.map((c) => `SC${c.code}@${c.range.line}:${c.range.column}`);
          }),
        );
        const found = JSON.parse(first) as { file: string; ruleId: string; line: number; column: number }[];
        texts.forEach((_, i) => {
          const mine = found
            .filter((f) => f.file === `svc${i}/Dockerfile` && f.ruleId.startsWith('shellcheck/'))
            .map((f) => `${f.ruleId.slice('shellcheck/'.length)}@${f.line}:${f.column}`);
          expect(mine.sort()).toEqual(solo[i].sort());
        });
      } finally {
        process.env.PATH = saved;
      }
    },
    60_000,
  );
});
