import { at, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/pids-limit';

describe(ID, () => {
  it('reports a missing process limit at the service or command', () => {
    expect(at(lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n'))).toEqual(['2:3']);
    const f = lintRuntime(ID, 'sh', 'docker run a\n');
    expect(f[0].message).toMatch(/`--pids-limit 512`/);
  });

  it('accepts pids_limit, deploy.resources.limits.pids and --pids-limit', () => {
    expect(lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n    pids_limit: 100\n')).toEqual([]);
    expect(
      lintRuntime(
        ID,
        'compose',
        'services:\n  a:\n    image: a\n    deploy: {resources: {limits: {pids: 50}}}\n',
      ),
    ).toEqual([]);
    expect(lintRuntime(ID, 'sh', 'docker run --pids-limit=200 a\n')).toEqual([]);
  });

  it('reports unlimited values and values above max', () => {
    expect(lintRuntime(ID, 'sh', 'docker run --pids-limit -1 a\n')[0].message).toMatch(
      /means no process limit/,
    );
    expect(lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n    pids_limit: 0\n')).toHaveLength(1);
    expect(lintRuntime(ID, 'sh', 'docker run --pids-limit 5000 a\n', { max: 1000 })[0].message).toMatch(
      /above the policy's maximum of 1000/,
    );
    expect(lintRuntime(ID, 'inspect', '{"HostConfig": {"PidsLimit": null}}')).toHaveLength(1);
  });

  it('names workflow service containers', () => {
    const wf = 'on: push\njobs:\n  t:\n    services:\n      db:\n        image: pg\n';
    expect(lintRuntime(ID, 'workflow', wf)[0].message).toMatch(
      /^Service container "db" of job "t" has no process limit.*in `options:`/,
    );
  });

  it('does not report podman, which applies a default limit', () => {
    expect(lintRuntime(ID, 'sh', 'podman run a\n')).toEqual([]);
    expect(lintRuntime(ID, 'sh', 'podman run --pids-limit=0 a\n')).toHaveLength(1);
  });
});
