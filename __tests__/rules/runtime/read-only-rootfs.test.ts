import { at, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/read-only-rootfs';

describe(ID, () => {
  it('reports a writable root filesystem at the service or command', () => {
    expect(at(lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n'))).toEqual(['2:3']);
    const f = lintRuntime(ID, 'sh', 'docker run a\n');
    expect(f[0].message).toMatch(/writable root filesystem.*`--read-only`/);
  });

  it('reports an explicit false on the setting', () => {
    expect(at(lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n    read_only: false\n'))).toEqual([
      '4:5',
    ]);
    expect(lintRuntime(ID, 'sh', 'docker run --read-only=false a\n')[0].message).toMatch(
      /^--read-only=false leaves/,
    );
    expect(lintRuntime(ID, 'inspect', '{"HostConfig": {"ReadonlyRootfs": false}}')).toHaveLength(1);
  });

  it('accepts read-only containers', () => {
    expect(lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n    read_only: true\n')).toEqual([]);
    expect(lintRuntime(ID, 'sh', 'docker run --read-only a\npodman run --read-only=true b\n')).toEqual([]);
    expect(lintRuntime(ID, 'compose', 'services:\n  a:\n    ports: ["1:1"]\n')).toEqual([]);
  });
});
