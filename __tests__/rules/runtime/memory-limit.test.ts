import { at, dedent, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/memory-limit';

describe(ID, () => {
  it('reports a compose service without a limit at the service key', () => {
    const f = lintRuntime(
      ID,
      'compose',
      'services:\n  web:\n    image: nginx\n    restart: always\n  db:\n    image: postgres\n    mem_limit: 1g\n',
    );
    expect(at(f)).toEqual(['2:3']);
    expect(f[0].message).toMatch(/^Service "web" has no memory limit/);
    expect(f[0].message).toMatch(/`mem_limit: 512m`/);
  });

  it('accepts every way of writing a limit', () => {
    const text = dedent(`
      docker run -m 1g a
      docker run --memory=1g b
      docker run -itm512m c
      podman run --memory 2g d
      docker run --memory "$MEM" e
    `);
    expect(lintRuntime(ID, 'sh', text)).toEqual([]);
    expect(
      lintRuntime(
        ID,
        'compose',
        'services:\n  a:\n    image: a\n    deploy:\n      resources:\n        limits:\n          memory: 1gb\n',
      ),
    ).toEqual([]);
  });

  it('reports a run command without a limit at the command, with the flag to add', () => {
    const f = lintRuntime(ID, 'sh', '#!/bin/sh\nset -e\n  docker run -d \\\n    nginx\n');
    expect(f).toMatchObject([{ line: 3, column: 3, endLine: 3, endColumn: 13 }]);
    expect(f[0].message).toMatch(/^This docker run command has no memory limit.*`--memory 512m`/);
  });

  it('says where to put the flag for a workflow container', () => {
    const f = lintRuntime(
      ID,
      'workflow',
      'on: push\njobs:\n  t:\n    container:\n      image: node\n      options: --cpus 1\n',
      { require: 'always' },
    );
    expect(f).toMatchObject([{ line: 4 }]);
    expect(f[0].message).toMatch(/^The container of job "t" has no memory limit.*in `options:`/);
  });

  it('reports 0 (unlimited), values below the Docker minimum and unreadable values on the setting', () => {
    const f = lintRuntime(ID, 'sh', 'docker run -m 0 a\ndocker run -m 4m b\ndocker run -m lots c\n');
    expect(f.map((x) => [x.line, x.message.slice(0, 40)])).toEqual([
      [1, '-m 0 means no memory limit, so the conta'],
      [2, "The memory limit -m 4m is below Docker's"],
      [3, 'The memory limit -m lots cannot be read:'],
    ]);
  });

  it('flags limits above the max option', () => {
    const text =
      'services:\n  a:\n    image: a\n    mem_limit: 4g\n  b:\n    image: b\n    mem_limit: 2048m\n';
    const f = lintRuntime(ID, 'compose', text, { max: '2g' });
    expect(at(f)).toEqual(['4:5']);
    expect(f[0].message).toMatch(/mem_limit: 4g is above the policy's maximum of 2g/);
    const bytes = lintRuntime(ID, 'sh', 'docker run -m 3221225472 a\n', { max: '2g' });
    expect(bytes[0].message).toMatch(/-m 3221225472 \(3g\) is above the policy's maximum of 2g/);
    expect(lintRuntime(ID, 'compose', text, { max: 8 * 2 ** 30 })).toEqual([]);
  });

  it('reports HostConfig.Memory 0 in inspect JSON', () => {
    const f = lintRuntime(ID, 'inspect', '{"Name": "/x",\n "HostConfig": {\n  "Memory": 0\n }}');
    expect(f).toMatchObject([
      { line: 3, message: expect.stringMatching(/HostConfig.Memory: 0 means no memory limit/) },
    ]);
  });

  it('does not report what it cannot see: override fragments and opaque flags', () => {
    expect(lintRuntime(ID, 'compose', 'services:\n  a:\n    ports: ["80:80"]\n')).toEqual([]);
    expect(lintRuntime(ID, 'sh', 'docker run $DOCKER_OPTS img\n', { require: 'always' })).toEqual([]);
  });
});

describe(`${ID}: who needs a limit (require)`, () => {
  const compose = dedent(`
    services:
      web:
        image: nginx:1.27
        restart: unless-stopped
      worker:
        image: app:1
        deploy:
          replicas: 2
      dev:
        image: app:1
      once:
        image: app:1
        restart: "no"
  `);
  const script = dedent(`
    docker run -d --name web nginx:1.27
    docker run --restart=always app:1
    docker run --rm -v "$PWD:/src" hadolint/hadolint:2.12.0 hadolint /src/Dockerfile
    docker run app:1
  `);
  const workflow = dedent(`
    on: push
    jobs:
      t:
        runs-on: ubuntu-latest
        container: node:20
        services:
          db:
            image: postgres:16
        steps:
          - run: docker run -d -p 5432:5432 postgres:16
  `);
  const names = (f: { container: string }[]) => f.map((x) => x.container);

  it('by default (services) asks only containers kept running: restart policies, deploy:, -d', () => {
    expect(names(lintRuntime(ID, 'compose', compose))).toEqual(['web', 'worker']);
    expect(names(lintRuntime(ID, 'sh', script))).toEqual(['docker run nginx:1.27', 'docker run app:1']);
    // GitHub workflow job, service and step containers live as long as the job.
    expect(lintRuntime(ID, 'workflow', workflow)).toEqual([]);
  });

  it('unless-task adds containers of unknown lifetime; always adds tool runs and CI containers', () => {
    expect(names(lintRuntime(ID, 'compose', compose, { require: 'unless-task' }))).toEqual([
      'web',
      'worker',
      'dev',
      'once',
    ]);
    expect(lintRuntime(ID, 'sh', script, { require: 'unless-task' })).toHaveLength(3);
    expect(lintRuntime(ID, 'sh', script, { require: 'always' })).toHaveLength(4);
    expect(lintRuntime(ID, 'workflow', workflow, { require: 'always' })).toHaveLength(3);
  });
});

describe('runtime/memory-limit on Kubernetes: services by default, not Jobs', () => {
  const manifest = (kind: string, template: string) =>
    [
      'apiVersion: batch/v1',
      `kind: ${kind}`,
      'metadata: { name: w }',
      'spec:',
      `  ${template}:`,
      '    spec:',
      '      containers:',
      '        - { name: app, image: ghcr.io/acme/app:1 }',
    ].join('\n') + '\n';

  it('asks a Deployment for a limit and lets a Job run to completion without one', () => {
    expect(
      lintRuntime('runtime/memory-limit', 'kubernetes', manifest('Deployment', 'template')),
    ).toHaveLength(1);
    expect(lintRuntime('runtime/memory-limit', 'kubernetes', manifest('Job', 'template'))).toEqual([]);
    expect(
      lintRuntime('runtime/memory-limit', 'kubernetes', manifest('Job', 'template'), { require: 'always' }),
    ).toHaveLength(1);
  });
});
