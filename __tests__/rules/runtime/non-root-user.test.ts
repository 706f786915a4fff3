import { dedent, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/non-root-user';

describe(ID, () => {
  it('reports user: root and --user 0 in every form, on the setting', () => {
    const compose = dedent(`
      services:
        worker:
          image: ghcr.io/acme/worker:1.4
          user: root
        db:
          image: ghcr.io/acme/db:2
          user: "0:0"
        app:
          image: ghcr.io/acme/app:1
          user: "10001:10001"
        env:
          image: ghcr.io/acme/app:1
          user: "\${UID}:\${GID}"
    `);
    const f = lintRuntime(ID, 'compose', compose);
    expect(f.map((x) => [x.container, x.line])).toEqual([
      ['worker', 4],
      ['db', 7],
    ]);
    expect(f[0].message).toMatch(/^user: root runs the container as root.*`user: "10001:10001"`/);
    const cli = lintRuntime(
      ID,
      'sh',
      'docker run --rm -u 0 ghcr.io/acme/tool:1\ndocker run --user=root:root x:1\n',
    );
    expect(cli.map((x) => x.line)).toEqual([1, 2]);
    expect(cli[0].message).toContain('`--user 10001:10001`');
    const wf = dedent(`
      on: push
      jobs:
        t:
          runs-on: ubuntu-latest
          container:
            image: node:20
            options: --user 0
          steps: [{ run: make }]
    `);
    expect(lintRuntime(ID, 'workflow', wf)).toHaveLength(1);
  });

  it('reports a long-running service with no user whose official image runs as root', () => {
    const compose = dedent(`
      services:
        api:
          image: python:3.12-slim
          restart: unless-stopped
        db:
          image: postgres:16
          restart: always
        own:
          image: ghcr.io/acme/api:1
          restart: always
        built:
          build: .
          image: node:20
    `);
    const f = lintRuntime(ID, 'compose', compose);
    expect(f.map((x) => [x.container, x.line])).toEqual([['api', 3]]);
    expect(f[0].message).toContain('python runs as root unless told otherwise');
    expect(lintRuntime(ID, 'compose', compose, { rootImages: false })).toEqual([]);
  });

  it('does not ask CI containers or --rm tool runs for a user', () => {
    const wf = dedent(`
      on: push
      jobs:
        t:
          runs-on: ubuntu-latest
          container: node:20
          services:
            cache:
              image: redis:7
          steps:
            - run: docker run --rm alpine:3.20 echo hi
    `);
    expect(lintRuntime(ID, 'workflow', wf)).toEqual([]);
    expect(lintRuntime(ID, 'sh', 'docker run --rm -v "$PWD:/w" alpine:3.20 sh -c make\n')).toEqual([]);
    expect(lintRuntime(ID, 'sh', 'docker run -d alpine:3.20 sleep 1d\n')).toHaveLength(1);
  });
});

describe('runtime/non-root-user on Kubernetes', () => {
  const deployment = (securityContext: string) =>
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: web }',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: python:3.13',
      securityContext,
    ].join('\n') + '\n';

  it('reports a long-running container of a root image with no user, and names the Kubernetes form', () => {
    const [f] = lintRuntime(ID, 'kubernetes', deployment(''));
    expect(f.message).toContain('securityContext: {runAsUser: 10001, runAsNonRoot: true}');
  });

  it('is silent when runAsNonRoot makes the kubelet refuse root', () => {
    expect(
      lintRuntime(ID, 'kubernetes', deployment('          securityContext: { runAsNonRoot: true }')),
    ).toEqual([]);
  });

  it('reports runAsUser: 0', () => {
    const [f] = lintRuntime(ID, 'kubernetes', deployment('          securityContext: { runAsUser: 0 }'));
    expect(f.line).toBe(10);
  });
});
