/**
 * End to end: `check()` on a folder holding a compose file, a shell script, a Makefile and a workflow
 * proves that discovery, the run-configuration loaders and the runtime rules are wired together. A fake
 * `docker` first on PATH records any call: nothing may execute docker.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check } from '../../src/engine/check.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';

let dir: string;
let bin: string;
const savedPath = process.env.PATH;

const write = (rel: string, text: string) => {
  const abs = path.join(dir, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
};

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'layerguard-runtime-'));
  bin = mkdtempSync(path.join(os.tmpdir(), 'layerguard-bin-'));
  writeFileSync(path.join(bin, 'docker'), `#!/bin/sh\ntouch "${bin}/docker-was-run"\n`, { mode: 0o755 });
  writeFileSync(path.join(bin, 'podman'), `#!/bin/sh\ntouch "${bin}/podman-was-run"\n`, { mode: 0o755 });
  process.env.PATH = `${bin}${path.delimiter}${savedPath ?? ''}`;

  write(
    'docker-compose.yml',
    [
      'services:', //                                   1
      '  web:', //                                      2
      '    image: nginx:1.25', //                       3
      '    mem_limit: 256m', //                         4
      '    privileged: true', //                        5
      '  worker:', //                                   6
      '    image: worker:1', //                         7
      '    profiles: [jobs]', //                        8
      '    cap_add: [SYS_ADMIN]', //                    9
      '    mem_limit: 128m', //                         10
      '',
    ].join('\n'),
  );
  write(
    'scripts/start.sh',
    [
      '#!/bin/sh', //                                                        1
      'echo "docker run --privileged is only text here"', //                2
      'docker run -d \\', //                                                3
      '  --memory 512m \\', //                                              4
      '  --userns=host \\', //                                              5
      '  redis:7', //                                                       6
      '',
    ].join('\n'),
  );
  write(
    'Makefile',
    [
      'IMAGE = app', //                                                                   1
      'test:', //                                                                         2
      '\tdocker run --rm -m 1g -v /var/run/docker.sock:/var/run/docker.sock $(IMAGE)', // 3
      '',
    ].join('\n'),
  );
  write(
    '.github/workflows/ci.yml',
    [
      'on: push', //                                                      1
      'jobs:', //                                                         2
      '  build:', //                                                      3
      '    runs-on: ubuntu-latest', //                                    4
      '    container:', //                                                5
      '      image: node:20', //                                          6
      '      options: --memory 1g --pid=host', //                         7
      '    steps:', //                                                    8
      '      - run: |', //                                                9
      '          docker run -m ${{ inputs.mem }} \\', //                    10
      '            --security-opt seccomp=unconfined alpine', //           11
      '',
    ].join('\n'),
  );
  write('README.md', '```\ndocker run --privileged x\n```\n');
});

afterAll(() => {
  process.env.PATH = savedPath;
  rmSync(dir, { recursive: true, force: true });
  rmSync(bin, { recursive: true, force: true });
});

const POLICY: ResolvedPolicy = {
  rules: {
    'runtime/pids-limit': { severity: 'off' },
    'runtime/cpu-limit': { severity: 'off' },
    'runtime/read-only-rootfs': { severity: 'off' },
    // The base-image rules also check run-configuration images (__tests__/runtime/images.test.ts); off
    // here, where the runtime rules are tested.
    'dockerfile/base-image-digest': { severity: 'off' },
    'dockerfile/base-image-untagged': { severity: 'off' },
    'dockerfile/base-image-latest': { severity: 'off' },
    'dockerfile/base-image-eol': { severity: 'off' },
  },
  failOn: 'error',
  mode: 'enforce',
  sources: ['test'],
};

describe('check() on run configuration', () => {
  it('discovers compose files, shell scripts, Makefiles and workflows and reports on the right lines', async () => {
    const result = await check({ cwd: dir, resolvedPolicy: POLICY });
    const got = result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`);
    expect(got).toEqual([
      '.github/workflows/ci.yml:7 runtime/host-namespaces',
      '.github/workflows/ci.yml:11 runtime/security-opt',
      'Makefile:3 runtime/docker-socket',
      'docker-compose.yml:5 runtime/privileged',
      'docker-compose.yml:9 runtime/capabilities',
      'scripts/start.sh:5 runtime/userns',
    ]);
    expect(result.targets.map((t) => [t.file, t.kind]).sort()).toEqual([
      ['.github/workflows/ci.yml', 'runtime'],
      ['Makefile', 'runtime'],
      ['docker-compose.yml', 'runtime'],
      ['scripts/start.sh', 'runtime'],
    ]);
    const cap = result.findings.find((f) => f.ruleId === 'runtime/capabilities')!;
    expect(cap.context).toEqual({ service: 'worker (profile jobs)', image: 'worker:1' });
    expect(result.verdict).toBe('fail');
    expect(result.sources.get('Makefile')).toContain('docker run');
    expect(existsSync(path.join(bin, 'docker-was-run'))).toBe(false);
    expect(existsSync(path.join(bin, 'podman-was-run'))).toBe(false);
  });

  it('reports missing limits at the service or command, and takes explicitly named files', async () => {
    const result = await check({
      cwd: dir,
      paths: ['docker-compose.yml', 'scripts/start.sh'],
      resolvedPolicy: {
        ...POLICY,
        rules: { ...POLICY.rules, 'runtime/pids-limit': { severity: 'warning' } },
      },
    });
    const pids = result.findings
      .filter((f) => f.ruleId === 'runtime/pids-limit')
      .map((f) => `${f.file}:${f.line}:${f.column}`);
    expect(pids).toEqual(['docker-compose.yml:2:3', 'docker-compose.yml:6:3', 'scripts/start.sh:3:1']);
  });

  it('honours inline suppressions in every format', async () => {
    write(
      'suppressed/compose.yaml',
      'services:\n  a:\n    image: a\n    mem_limit: 1g\n    # layerguard ignore=runtime/privileged -- needs loop devices\n    privileged: true\n',
    );
    write(
      'suppressed/run.sh',
      '# layerguard ignore=runtime/userns -- legacy volume ownership\ndocker run -m 1g \\\n  --userns=host img\n',
    );
    write(
      'suppressed/Makefile',
      'x:\n\t# layerguard ignore=runtime/docker-socket -- builds images\n\tdocker run -m 1g -v /var/run/docker.sock:/s img\n',
    );
    write(
      'suppressed/.github/workflows/w.yml',
      'on: push\njobs:\n  a:\n    steps:\n      - run: |\n          # layerguard ignore=runtime/privileged -- kind cluster\n          docker run -m 4g --privileged kindest/node\n',
    );
    const result = await check({ cwd: path.join(dir, 'suppressed'), resolvedPolicy: POLICY });
    const active = result.findings.filter((f) => !f.suppressed && f.kind === 'runtime');
    const suppressed = result.findings
      .filter((f) => f.suppressed)
      .map((f) => `${f.file}:${f.line} ${f.ruleId}`);
    expect(active.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([]);
    expect(suppressed.sort()).toEqual([
      '.github/workflows/w.yml:7 runtime/privileged',
      'Makefile:3 runtime/docker-socket',
      'compose.yaml:6 runtime/privileged',
      'run.sh:3 runtime/userns',
    ]);
  });

  it('leaves pids-limit, cpu-limit and read-only-rootfs to builtin:strict', async () => {
    const rulesOf = async (policy: string) => {
      const result = await check({ cwd: dir, paths: ['docker-compose.yml'], policy });
      return [...new Set(result.findings.map((f) => f.ruleId))].sort();
    };
    const extra = ['runtime/cpu-limit', 'runtime/pids-limit', 'runtime/read-only-rootfs'];
    const recommended = await rulesOf('builtin:recommended');
    expect(recommended).toEqual(expect.arrayContaining(['runtime/capabilities', 'runtime/privileged']));
    expect(recommended.filter((r) => extra.includes(r))).toEqual([]);
    expect((await rulesOf('builtin:strict')).filter((r) => extra.includes(r))).toEqual(extra);
  });

  it('reads docker container inspect JSON given with containerInspect', async () => {
    write(
      'inspect.json',
      JSON.stringify(
        [{ Name: '/db', Config: { Image: 'postgres' }, HostConfig: { Memory: 0, Privileged: true } }],
        null,
        2,
      ),
    );
    const result = await check({
      cwd: dir,
      paths: [],
      containerInspect: ['inspect.json'],
      resolvedPolicy: POLICY,
    });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      'inspect.json:8 runtime/memory-limit',
      'inspect.json:9 runtime/privileged',
    ]);
  });
});
