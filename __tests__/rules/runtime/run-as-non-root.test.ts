import { dedent, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/run-as-non-root';

const pod = (podSc: string, containerSc: string) =>
  dedent(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      securityContext: ${podSc}
      containers:
        - name: app
          image: app:1
          securityContext: ${containerSc}
  `);

describe(ID, () => {
  it('accepts runAsNonRoot: true or a non-zero runAsUser, from the pod or the container', () => {
    expect(lintRuntime(ID, 'kubernetes', pod('{runAsNonRoot: true}', '{}'))).toEqual([]);
    expect(lintRuntime(ID, 'kubernetes', pod('{}', '{runAsUser: 1000}'))).toEqual([]);
    expect(lintRuntime(ID, 'kubernetes', pod('{runAsUser: 0}', '{runAsUser: 1000}'))).toEqual([]);
  });

  it('reports runAsUser 0 where it is written, even with runAsNonRoot', () => {
    const f = lintRuntime(ID, 'kubernetes', pod('{runAsUser: 0, runAsNonRoot: true}', '{}'));
    expect(f).toMatchObject([
      { line: 5, message: expect.stringMatching(/runAsUser: 0 runs the container as root/) },
    ]);
  });

  it('reports runAsNonRoot: false and a container that sets nothing', () => {
    expect(lintRuntime(ID, 'kubernetes', pod('{}', '{runAsNonRoot: false}'))[0]).toMatchObject({
      line: 9,
      message: expect.stringMatching(/runAsNonRoot: true/),
    });
    const f = lintRuntime(ID, 'kubernetes', pod('{}', '{}'));
    expect(f).toMatchObject([
      {
        line: 7,
        message: expect.stringMatching(/^Container "app" of Pod "p" runs as whatever user its image names/),
      },
    ]);
  });

  it('reads user in compose files and docker run lines', () => {
    expect(lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n    user: root\n')[0].line).toBe(4);
    expect(lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n    user: "1000:1000"\n')).toEqual([]);
    expect(lintRuntime(ID, 'sh', 'docker run -u 0:0 alpine\n')[0].message).toMatch(/`--user 1000:1000`/);
    expect(lintRuntime(ID, 'sh', 'docker run alpine\n')).toHaveLength(1);
  });
});
