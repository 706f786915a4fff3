import { dedent, load, spec, specs } from './helpers.js';
import { composeTarget, isComposeFile } from '../../src/targets/runtime/index.js';

describe('compose files', () => {
  it('reads the settings of each service with the range of the key', () => {
    const text = dedent(`
      services:
        web:
          image: nginx:1.25
          mem_limit: 1gb
          memswap_limit: 2g
          cpus: 0.5
          pids_limit: 100
          userns_mode: host
          privileged: true
          cap_add: [SYS_ADMIN, cap_net_admin]
          cap_drop:
            - ALL
          pid: host
          ipc: host
          uts: host
          network_mode: host
          cgroup: host
          security_opt:
            - seccomp:unconfined
          read_only: true
          user: "1000:1000"
          volumes:
            - /var/run/docker.sock:/var/run/docker.sock:ro
            - type: bind
              source: /etc
              target: /host/etc
              read_only: true
            - data:/data
          devices:
            - /dev/fuse:/dev/fuse
    `);
    const s = spec('compose', text);
    expect(s.engine).toBe('compose');
    expect(s.source).toMatchObject({
      kind: 'compose',
      name: 'web',
      range: { line: 2, column: 3, endLine: 2, endColumn: 6 },
    });
    expect(s.memory).toMatchObject({
      value: 2 ** 30,
      raw: '1gb',
      key: 'mem_limit',
      range: { line: 4, column: 5, endLine: 4, endColumn: 19 },
    });
    expect(s.memorySwap?.value).toBe(2 * 2 ** 30);
    expect(s.cpus?.value).toBe(0.5);
    expect(s.pidsLimit?.value).toBe(100);
    expect(s.userns).toMatchObject({ value: 'host', range: { line: 8 } });
    expect(s.privileged).toMatchObject({ value: true, range: { line: 9 } });
    expect(s.capAdd.map((c) => [c.value, c.range.line])).toEqual([
      ['SYS_ADMIN', 10],
      ['NET_ADMIN', 10],
    ]);
    expect(s.capDrop.map((c) => [c.value, c.range.line])).toEqual([['ALL', 12]]);
    expect([s.pid?.value, s.ipc?.value, s.uts?.value, s.network?.value, s.cgroupns?.value]).toEqual([
      'host',
      'host',
      'host',
      'host',
      'host',
    ]);
    expect(s.securityOpt).toMatchObject([{ value: 'seccomp:unconfined', range: { line: 19 } }]);
    expect(s.readOnly?.value).toBe(true);
    expect(s.user?.value).toBe('1000:1000');
    expect(s.volumes).toMatchObject([
      { type: 'bind', source: '/var/run/docker.sock', readOnly: true, range: { line: 23 } },
      { type: 'bind', source: '/etc', target: '/host/etc', readOnly: true, range: { line: 24 } },
      { type: 'volume', source: 'data', range: { line: 28 } },
    ]);
    expect(s.devices).toMatchObject([{ value: '/dev/fuse:/dev/fuse', range: { line: 30 } }]);
  });

  it('reads deploy.resources limits and plain byte integers', () => {
    const s = spec(
      'compose',
      dedent(`
        services:
          api:
            image: api
            deploy:
              resources:
                limits:
                  memory: 536870912
                  cpus: '2'
                  pids: 64
                reservations:
                  memory: 128M
      `),
    );
    expect(s.memory).toMatchObject({
      value: 512 * 2 ** 20,
      key: 'deploy.resources.limits.memory',
      range: { line: 7 },
    });
    expect(s.cpus).toMatchObject({ value: 2, key: 'deploy.resources.limits.cpus' });
    expect(s.pidsLimit).toMatchObject({ value: 64, key: 'deploy.resources.limits.pids' });
    expect(s.memoryReservation?.value).toBe(128 * 2 ** 20);
  });

  it('resolves anchors, aliases and merge keys; a merged key points at the anchor', () => {
    const text = dedent(`
      x-limits: &limits
        mem_limit: 512m
        cap_add:
          - SYS_PTRACE
      x-priv: &priv
        privileged: true
      services:
        a:
          <<: *limits
          image: a
        b:
          <<: [*priv, *limits]
          image: b
          mem_limit: 2g
        c:
          image: c
          security_opt: &sec
            - apparmor=unconfined
        d:
          image: d
          security_opt: *sec
    `);
    const [a, b, c, d] = specs('compose', text);
    expect(a.memory).toMatchObject({ value: 512 * 2 ** 20, range: { line: 2 } });
    expect(a.capAdd).toMatchObject([{ value: 'SYS_PTRACE', range: { line: 4 } }]);
    expect(b.privileged).toMatchObject({ value: true, range: { line: 6 } });
    expect(b.memory).toMatchObject({ value: 2 * 2 ** 30, range: { line: 14 } });
    expect(c.securityOpt[0].value).toBe('apparmor=unconfined');
    expect(d.securityOpt).toMatchObject([{ value: 'apparmor=unconfined', range: { line: 18 } }]);
  });

  it('checks services in profiles and says which profile in the context', () => {
    const t = load(
      'compose',
      dedent(`
        services:
          app:
            image: app
          debug:
            image: busybox
            profiles: [debug, tools]
            privileged: true
      `),
    );
    expect(t.units.map((u) => u.context?.service)).toEqual(['app', 'debug (profile debug, tools)']);
    expect(t.units[1].model).toMatchObject({
      source: { profiles: ['debug', 'tools'] },
      privileged: { value: true },
    });
  });

  it('applies interpolation defaults and keeps other variables opaque', () => {
    const [a, b] = specs(
      'compose',
      dedent(`
        services:
          a:
            image: a
            mem_limit: \${MEM_LIMIT:-4g}
            privileged: \${PRIVILEGED}
          b:
            image: b
            mem_limit: $MEM
            volumes:
              - \${DOCKER_SOCK:-/var/run/docker.sock}:/var/run/docker.sock
      `),
    );
    expect(a.memory?.value).toBe(4 * 2 ** 30);
    expect(a.privileged).toMatchObject({ opaque: true });
    expect(b.memory).toMatchObject({ opaque: true, raw: '$MEM' });
    expect(b.volumes[0]).toMatchObject({ type: 'bind', source: '/var/run/docker.sock' });
  });

  it('marks override fragments and extends as incomplete', () => {
    const [a, b, c] = specs(
      'compose',
      dedent(`
        services:
          a:
            ports: ["80:80"]
          b:
            extends: { service: base, file: common.yml }
          c:
            build: .
      `),
    );
    expect(a.incomplete).toMatch(/neither image nor build/);
    expect(b.incomplete).toMatch(/extends/);
    expect(c.incomplete).toBeUndefined();
  });

  it('reports values that cannot be read on the setting', () => {
    const s = spec(
      'compose',
      'services:\n  a:\n    image: a\n    mem_limit: lots\n    privileged: perhaps\n    cpus: [1]\n',
    );
    expect(s.memory).toMatchObject({ invalid: expect.stringMatching(/not a size/), range: { line: 4 } });
    expect(s.privileged?.invalid).toMatch(/not true or false/);
    expect(s.cpus?.invalid).toMatch(/single value/);
  });

  it('turns broken YAML into a problem with its line and still reads the other documents', () => {
    const t = load('compose', 'services:\n  a:\n    image: a\n    cap_add: [SYS_ADMIN\n  b:\n    image: b\n');
    expect(t.problems.length).toBeGreaterThan(0);
    expect(t.problems[0].message).toMatch(/YAML syntax error/);
    expect(t.problems[0].range.line).toBeGreaterThanOrEqual(4);
    const two = load(
      'compose',
      'services:\n  a:\n    image: [\n---\nservices:\n  b:\n    image: b\n    privileged: true\n',
    );
    expect(two.problems.length).toBeGreaterThan(0);
    expect(two.units.map((u) => u.context?.service)).toEqual(['b']);
  });

  it('stops a billion-laughs file with a problem instead of expanding it', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    lines.push('services:', '  s:', '    image: x', '    cap_add: *a9');
    const t = load('compose', lines.join('\n') + '\n');
    expect(t.problems).toHaveLength(1);
    expect(t.problems[0].message).toMatch(/alias/i);
    expect(t.units).toEqual([]);
  });

  it('keeps every comment with its range, for inline suppressions', () => {
    const t = load(
      'compose',
      dedent(`
        # top
        services:
          web:
            image: nginx # inline
            # layerguard ignore=runtime/privileged -- needed for the e2e
            privileged: true
            command: "echo # not a comment"
      `),
    );
    expect(t.comments).toEqual([
      { text: 'top', range: { line: 1, column: 1, endLine: 1, endColumn: 6 } },
      { text: 'inline', range: { line: 4, column: 18, endLine: 4, endColumn: 26 } },
      {
        text: 'layerguard ignore=runtime/privileged -- needed for the e2e',
        range: expect.objectContaining({ line: 5, column: 5 }),
      },
    ]);
  });

  it('yields no containers for YAML that is not compose', () => {
    expect(load('compose', 'services:\n  - docker:dind\n').units).toEqual([]);
    expect(load('compose', 'name: x\n').units).toEqual([]);
  });

  it('claims compose files by name and by a top-level services mapping', () => {
    expect(isComposeFile('compose.yaml', '')).toBe(true);
    expect(isComposeFile('deploy/docker-compose.prod.yml', '')).toBe(true);
    expect(isComposeFile('compose.override.yml', '')).toBe(true);
    expect(isComposeFile('stack.yml', 'version: "3"\nservices:\n  # c\n  web:\n    image: x\n')).toBe(true);
    expect(isComposeFile('.gitlab-ci.yml', 'services:\n  - docker:dind\n')).toBe(false);
    expect(isComposeFile('ci.yml', 'services:\n  - docker:dind\n')).toBe(false);
    expect(isComposeFile('values.yaml', 'image:\n  services: x\n')).toBe(false);
    expect(isComposeFile('.github/workflows/compose.yml', 'services:\n  a:\n')).toBe(false);
    expect(composeTarget.claimsExplicit!('0001.yml', 'x: 1\nservices:\n  a: {}\n')).toBe(true);
  });
});
