import { at, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/cpu-limit';

describe(ID, () => {
  it('reports a missing CPU limit', () => {
    expect(at(lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n'))).toEqual(['2:3']);
    expect(lintRuntime(ID, 'sh', 'docker run a\n')[0].message).toMatch(/no CPU limit.*`--cpus 1`/);
  });

  it('accepts --cpus, --cpu-quota, --cpuset-cpus and compose forms', () => {
    expect(
      lintRuntime(
        ID,
        'sh',
        'docker run --cpus 0.5 a\ndocker run --cpu-quota 50000 b\ndocker run --cpuset-cpus 0 c\n',
      ),
    ).toEqual([]);
    expect(
      lintRuntime(
        ID,
        'compose',
        "services:\n  a:\n    image: a\n    deploy: {resources: {limits: {cpus: '0.25'}}}\n",
      ),
    ).toEqual([]);
    expect(lintRuntime(ID, 'sh', 'docker run --cpus "$CPUS" a\n')).toEqual([]);
  });

  it('reports 0 (unlimited) and limits above max, quota / period included', () => {
    expect(lintRuntime(ID, 'inspect', '{"HostConfig": {"NanoCpus": 0, "CpuQuota": 0}}')[0].message).toMatch(
      /means no CPU limit/,
    );
    expect(lintRuntime(ID, 'sh', 'docker run --cpus 4 a\n', { max: 2 })[0].message).toMatch(
      /\(4 CPUs\) is above the policy's maximum of 2/,
    );
    expect(
      lintRuntime(ID, 'sh', 'docker run --cpu-quota 300000 --cpu-period 100000 a\n', { max: 2 }),
    ).toHaveLength(1);
    expect(lintRuntime(ID, 'sh', 'docker run --cpus 1.5 a\n', { max: 2 })).toEqual([]);
    expect(lintRuntime(ID, 'sh', 'docker run --cpus many a\n')[0].message).toMatch(/cannot be read/);
  });
});
