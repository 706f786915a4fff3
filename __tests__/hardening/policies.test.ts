/**
 * Hostile policies: catastrophic regexes (linear-time engine or rejection), `extends` cycles and
 * depth, size limits, remote policies that hang, trickle or flood, YAML alias bombs and deep nesting
 * in policies, hadolint configurations, compose files and workflows. Each ends in a clear, located
 * error or in a result, quickly; none hangs or crashes.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { evaluate } from '../../src/engine/check.js';
import { loadPolicy } from '../../src/policy/load.js';
import type { LoadPolicyOptions } from '../../src/policy/load.js';
import { PolicyError } from '../../src/policy/types.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { dockerfileTarget } from '../../src/targets/dockerfile/index.js';
import { composeTarget, workflowTarget } from '../../src/targets/runtime/index.js';
import { ALIAS_BOMB } from './fuzz/policy-arb.js';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'lg-hardening-policies-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const CTX = { cwd: TMP, readSibling: async () => null, shellcheck: { mode: 'off' as const } };

/** Writes the files of a policy folder and loads `.layerguard.yml` from it. */
async function loadFiles(
  files: Record<string, string>,
  opts: Partial<LoadPolicyOptions> = {},
): Promise<{ policy?: ResolvedPolicy; error?: PolicyError }> {
  const dir = mkdtempSync(path.join(TMP, 'p-'));
  for (const [f, t] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), t);
  }
  try {
    return { policy: await loadPolicy({ cwd: dir, rules: RULES_BY_ID, env: {}, ...opts }) };
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    return { error: e };
  }
}

function custom(match: string, extra = ''): string {
  return [
    'extends: []',
    'customRules:',
    '  - id: custom/pattern',
    '    kind: instruction',
    '    instruction: RUN',
    `    match: ${JSON.stringify(match)}`,
    '    message: matched',
    extra,
  ].join('\n');
}

describe('catastrophic regexes', () => {
  const subject = `FROM alpine\nRUN echo ${'a'.repeat(50_000)}!\nRUN ${'x'.repeat(30_000)}\n`;

  it.each([
    '(a+)+$',
    '(a|aa)+$',
    '(a|a?)+b',
    '(.*a){25}',
    '(x+x+)+y',
    '^(([a-z])+.)+[A-Z]([a-z])+$',
    '(\\w+\\s?)+$',
  ])('%s runs in linear time on a 50,000-character line', async (pattern) => {
    const { policy, error } = await loadFiles({ '.layerguard.yml': custom(pattern) });
    expect(error).toBeUndefined();
    const target = await dockerfileTarget.load('Dockerfile', subject, CTX);
    const result = evaluate([target], policy!);
    expect(result.findings.filter((f) => f.ruleId === 'policy/internal-error')).toEqual([]);
  });

  it('is also linear in assert rules (`matches` on runtime and image values)', async () => {
    const { policy } = await loadFiles({
      '.layerguard.yml': [
        'extends: []',
        'customRules:',
        '  - id: custom/image-name',
        '    kind: assert',
        '    target: runtime',
        '    path: image.value',
        '    operator: matches',
        '    value: "(a+)+$"',
        '    message: "{value}"',
      ].join('\n'),
    });
    const compose = composeTarget.load(
      'compose.yml',
      `services:\n  s:\n    image: "${'a'.repeat(50_000)}!"\n`,
      CTX,
    ) as Awaited<ReturnType<typeof composeTarget.load>>;
    evaluate([compose], policy!);
  });

  it.each([
    ['look-ahead', '(?=a)b'],
    ['look-behind', '(?<=a)b'],
    ['a back-reference', '(a)\\1'],
    ['an oversized repeat', '((a{1,1000}){1,1000}){1,1000}'],
    ['a repeat over 1000', 'a{1001}'],
    ['a syntax error', '(unclosed'],
  ])('%s is rejected at its line and column', async (_what, pattern) => {
    const { error } = await loadFiles({ '.layerguard.yml': custom(pattern) });
    expect(error?.problems).toEqual([
      expect.objectContaining({
        file: '.layerguard.yml',
        line: 6,
        message: expect.stringContaining('is not valid'),
      }),
    ]);
  });

  it('a regex is text for RE2, never code', async () => {
    const { policy, error } = await loadFiles({
      '.layerguard.yml': custom("'\\); process.exit\\(3\\); \\('"),
    });
    expect(error).toBeUndefined();
    const target = await dockerfileTarget.load('Dockerfile', "FROM a\nRUN '); process.exit(3); ('\n", CTX);
    expect(evaluate([target], policy!).findings.some((f) => f.ruleId === 'custom/pattern')).toBe(true);
  });
});

describe('extends: cycles, depth and size', () => {
  it.each([
    ['itself', { '.layerguard.yml': 'extends: ./.layerguard.yml\n' }],
    ['itself, spelled differently', { '.layerguard.yml': 'extends: sub/../.layerguard.yml\n' }],
    [
      'a three-file cycle',
      {
        '.layerguard.yml': 'extends: a.yml\n',
        'a.yml': 'extends: b.yml\n',
        'b.yml': 'extends: .layerguard.yml\n',
      },
    ],
  ])('a cycle through %s is rejected with its chain', async (_what, files) => {
    const { error } = await loadFiles(files);
    expect(error?.message).toMatch(/extends cycle: .* -> .*; remove one of these extends/);
    expect(error?.problems[0].file).toBeDefined();
  });

  it('a cycle through a symbolic link stops at the depth limit', async () => {
    const dir = mkdtempSync(path.join(TMP, 'link-cycle-'));
    writeFileSync(path.join(dir, '.layerguard.yml'), 'extends: ./alias.yml\n');
    symlinkSync(path.join(dir, '.layerguard.yml'), path.join(dir, 'alias.yml'));
    writeFileSync(path.join(dir, 'x.yml'), '');
    await expect(loadPolicy({ cwd: dir, rules: RULES_BY_ID, env: {} })).rejects.toThrow(
      /extends cycle|nested more than 10 deep/,
    );
  });

  it('a diamond is not a cycle: the shared base is merged once', async () => {
    const { policy, error } = await loadFiles({
      '.layerguard.yml': 'extends: [a.yml, b.yml]\n',
      'a.yml': 'extends: base.yml\n',
      'b.yml': 'extends: base.yml\n',
      'base.yml': 'extends: []\nfailOn: warning\n',
    });
    expect(error).toBeUndefined();
    expect(policy!.failOn).toBe('warning');
  });

  it('a chain deeper than 10 is rejected', async () => {
    const files: Record<string, string> = { '.layerguard.yml': 'extends: l1.yml\n' };
    for (let i = 1; i <= 30; i++)
      files[`l${i}.yml`] = i === 30 ? 'extends: []\n' : `extends: l${i + 1}.yml\n`;
    const { error } = await loadFiles(files);
    expect(error?.message).toMatch(/extends is nested more than 10 deep/);
  });

  it('a wide fan-out of extends is read once per file', async () => {
    const files: Record<string, string> = {
      '.layerguard.yml': `extends: [${Array.from({ length: 200 }, (_, i) => `f${i % 20}.yml`).join(', ')}]\n`,
    };
    for (let i = 0; i < 20; i++)
      files[`f${i}.yml`] = `extends: [${Array.from({ length: 20 }, (_, j) => `f${j}.yml`).join(', ')}]\n`;
    const { error } = await loadFiles(files);
    expect(error?.message).toMatch(/extends cycle/);
  });

  it('a policy over 1 MiB is refused, local or extended', async () => {
    const big = `extends: []\n# ${'x'.repeat(1024 * 1024)}\n`;
    expect((await loadFiles({ '.layerguard.yml': big })).error?.message).toMatch(/larger than 1024 KiB/);
    expect(
      (await loadFiles({ '.layerguard.yml': 'extends: big.yml\n', 'big.yml': big })).error?.message,
    ).toMatch(/big\.yml: it is larger than 1024 KiB/);
  });
});

describe('remote policies that hang, trickle, flood or bomb', () => {
  let server: http.Server;
  let base: string;
  const open = new Set<http.ServerResponse>();
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      open.add(res);
      res.on('close', () => open.delete(res));
      const u = req.url ?? '';
      if (u === '/hang.yml') return; // never answers
      if (u === '/trickle.yml') {
        res.writeHead(200);
        const t = setInterval(() => res.write('#'), 50);
        res.on('close', () => clearInterval(t));
        return;
      }
      if (u === '/flood.yml') {
        res.writeHead(200);
        const chunk = Buffer.alloc(64 * 1024, 0x23);
        const pump = () => {
          while (res.write(chunk)) {
            /* fill the socket */
          }
        };
        res.on('drain', pump);
        pump();
        return;
      }
      if (u === '/bomb.yml') {
        // 1 GiB of '#' as gzip content-encoding (fetch decompresses it transparently).
        const member = gzipSync(Buffer.alloc(1 << 20, 0x23));
        res.writeHead(200, { 'content-encoding': 'gzip' });
        let sent = 0;
        const pump = () => {
          while (sent < 1024 && res.write(member)) sent++;
          if (sent >= 1024) res.end();
        };
        res.on('drain', pump);
        pump();
        return;
      }
      if (u === '/loop.yml') return res.writeHead(302, { location: '/loop.yml' }).end();
      if (u === '/alias-bomb.yml') return res.writeHead(200).end(ALIAS_BOMB(9, 10));
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    for (const res of open) res.destroy();
    server.close();
  });

  async function remote(name: string, timeoutMs = 800) {
    const r = await loadFiles(
      { '.layerguard.yml': `extends: ["${base}/${name}"]\n` },
      { allowLoopbackHttpForTests: true, fetchTimeoutMs: timeoutMs, maxRemoteBytes: 256 * 1024 },
    );
    return r;
  }

  it('a server that never answers: an error within the timeout', async () => {
    expect((await remote('hang.yml')).error?.message).toMatch(
      /cannot fetch the policy .*hang\.yml: no answer within 0\.8 s/,
    );
  });

  it('a body that trickles forever: an error within the timeout', async () => {
    expect((await remote('trickle.yml')).error?.message).toMatch(
      /trickle\.yml: (no answer|the body did not arrive) within 0\.8 s/,
    );
  });

  it('a body that never ends: stopped at the size limit', async () => {
    const before = process.memoryUsage().rss;
    expect((await remote('flood.yml', 5000)).error?.message).toMatch(/larger than the 262144-byte limit/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('a gzip bomb sent as content-encoding: stopped at the size limit after decompression', async () => {
    expect((await remote('bomb.yml', 5000)).error?.message).toMatch(/larger than the 262144-byte limit/);
  });

  it('a redirect loop', async () => {
    expect((await remote('loop.yml')).error?.message).toMatch(/loop\.yml: more than \d+ redirects/);
  });

  it('an alias bomb served remotely', async () => {
    expect((await remote('alias-bomb.yml')).error?.message).toMatch(/too many YAML aliases/);
  });
});

describe('YAML alias bombs and deep nesting', () => {
  it.each([
    ['a billion laughs', ALIAS_BOMB(9, 10)],
    ['a wide bomb', ALIAS_BOMB(3, 1000)],
  ])('a policy with %s is rejected', async (_what, text) => {
    const { error } = await loadFiles({ '.layerguard.yml': text });
    expect(error?.message).toMatch(/too many YAML aliases/);
  });

  it('a hadolint configuration with an alias bomb is rejected', async () => {
    const { error } = await loadFiles(
      {
        '.layerguard.yml': 'extends: []\n',
        '.hadolint.yaml': ALIAS_BOMB(9, 10).replace('rules:', 'ignored:'),
      },
      { hadolintConfig: '.hadolint.yaml' },
    );
    expect(error?.message).toMatch(/alias/i);
  });

  it.each([
    ['flow sequences 100,000 deep', `rules: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`],
    ['flow mappings 50,000 deep', `rules: ${'{a: '.repeat(50_000)}1${'}'.repeat(50_000)}\n`],
  ])('a policy nested %s is an error with a location', async (_what, text) => {
    const { error } = await loadFiles({ '.layerguard.yml': text });
    expect(error?.problems[0]).toMatchObject({ file: '.layerguard.yml', line: 1 });
  });

  it.each([
    ['compose', composeTarget, 'compose.yml', (body: string) => `services:\n  a:\n    image: x\n${body}`],
    [
      'workflow',
      workflowTarget,
      '.github/workflows/ci.yml',
      (body: string) => `on: push\njobs:\n  a:\n    runs-on: x\n${body}`,
    ],
  ])(
    'a %s file with an alias bomb, a recursive merge or deep nesting is a located problem',
    async (_what, handler, file, wrap) => {
      const bodies = [
        `x-bomb:\n${ALIAS_BOMB(9, 10).replace(/^/gm, '  ')}`,
        'x-self: &self\n  image:\n    <<: *self\n',
        `x-deep: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
        `x-deep: ${'{a: '.repeat(50_000)}1${'}'.repeat(50_000)}\n`,
      ];
      for (const body of bodies) {
        const target = await handler.load(file, wrap(body), CTX);
        expect(target.problems.length).toBeGreaterThan(0);
        for (const p of target.problems)
          expect(p.message).toMatch(/aliases|alias to itself|nests too deeply|YAML/);
        expect(
          evaluate([target], { rules: {}, failOn: 'error', mode: 'enforce', sources: ['t'] }).findings.some(
            (f) => f.ruleId === 'policy/unparsable',
          ),
        ).toBe(true);
      }
    },
  );
});

describe('handed to the lead', () => {
  // Fixed (src/policy/load.ts): a local `extends` could name any file the runner can read
  // (`/proc/self/environ`, `.git/config` with the checkout token, `~/.ssh/…`), and the schema error then
  // quoted the file's content. Local extends are now confined to the working directory (real paths,
  // so links cannot escape) and kept out of `.git`; long values are never quoted.
  it('extends cannot leave the working directory nor read .git', async () => {
    const secret = path.join(TMP, 'outside-secret.yml');
    writeFileSync(secret, 'SECRET_VALUE_123\n');
    for (const ref of [secret, '../outside-secret.yml', '/proc/self/environ', '.git/config']) {
      const { error } = await loadFiles({
        '.layerguard.yml': `extends: ${JSON.stringify(ref)}\n`,
        '.git/config': '[http]\n\textraheader = SECRET_VALUE_123\n',
      });
      expect(error?.message).toMatch(/outside the working directory|inside a \.git folder/);
      expect(error?.message).not.toContain('SECRET_VALUE_123');
      expect(error?.message).not.toContain('PATH=');
    }
  });

  // Was (src/policy/yaml.ts, exponential): readYaml called doc.toJS() without `mapAsMap`, and the yaml
  // library stringifies each collection key for a plain object, again at every level: explicit keys
  // nested N deep (`? ? ? … x`, two bytes per level) cost 250: 1.2 s, 300: 3.4 s, 500: 36 s — a 2 KB
  // policy in a pull request holds the run for hours (and prints a Node.js warning per key on stderr).
  // Found by the policy fuzzer (a case over the 5 s limit). Fix: reject non-scalar keys before toJS,
  // or convert with mapAsMap and check key types.
  // Fixed: collection keys and deep nesting are rejected by a non-recursive walk before toJS.
  it('explicit keys nested 250 deep are rejected', async () => {
    const onWarning = () => undefined;
    process.on('warning', onWarning);
    try {
      const { error } = await loadFiles({
        '.layerguard.yml': `extends: []\nrules:\n  ${'? '.repeat(250)}x\n`,
      });
      expect(error?.problems[0]).toMatchObject({ file: '.layerguard.yml' });
    } finally {
      process.off('warning', onWarning);
    }
  });

  // BUG (src/policy/**, quadratic): rejecting unknown rule ids costs time quadratic in their number
  // (4,000: 0.8 s, 8,000: 2.5 s, 16,000: 8 s, 60,000 — still under the 1 MiB limit — about a minute
  // of CPU per run; each problem seems to search the whole mapping for its location).
  // Skipped because it costs 10-20 s under Jest while the bug is open; run it with
  // `jest __tests__/hardening/policies.test.ts -t '16,000 unknown rule ids'` after the fix, then
  // turn `it.skip` into `it`.
  // Fixed: suggestions are computed for the first 100 problems only (and skip candidates whose length
  // rules them out), and duplicate keys are found in linear time instead of by the parser.
  it('rejecting 16,000 unknown rule ids reports them', async () => {
    const text = 'rules:\n' + Array.from({ length: 16_000 }, (_, i) => `  r${i}: off`).join('\n') + '\n';
    const { error } = await loadFiles({ '.layerguard.yml': text });
    expect(error?.problems.length).toBeGreaterThan(0);
  });
});
