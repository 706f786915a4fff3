import { at, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/security-opt';

describe(ID, () => {
  it('reports unconfined seccomp and AppArmor, and label:disable, in both spellings', () => {
    const text =
      'services:\n  a:\n    image: a\n    security_opt:\n      - seccomp:unconfined\n      - apparmor=unconfined\n      - label:disable\n      - label=type:svirt_apache_t\n';
    const f = lintRuntime(ID, 'compose', text);
    expect(at(f)).toEqual(['5:9', '6:9', '7:9']);
    expect(f[0].message).toMatch(/seccomp filter/);
  });

  it('reports systempaths=unconfined and podman unmask=ALL on command lines', () => {
    const f = lintRuntime(
      ID,
      'sh',
      'podman run --security-opt systempaths=unconfined --security-opt unmask=ALL --security-opt=seccomp=/p.json a\n',
    );
    expect(f).toHaveLength(2);
  });

  it('requires no-new-privileges when asked, with a fix on command lines', () => {
    const opts = { requireNoNewPrivileges: true };
    const f = lintRuntime(ID, 'sh', '  docker run -d nginx\n', opts);
    expect(f).toMatchObject([{ line: 1, column: 3 }]);
    expect(f[0].fix).toEqual({
      description: 'Add --security-opt no-new-privileges',
      edits: [
        {
          range: { line: 1, column: 13, endLine: 1, endColumn: 13 },
          text: ' --security-opt no-new-privileges',
        },
      ],
    });
    expect(
      lintRuntime(
        ID,
        'sh',
        'docker run --security-opt no-new-privileges a\ndocker run --security-opt=no-new-privileges:true b\n',
        opts,
      ),
    ).toEqual([]);
    const compose = lintRuntime(
      ID,
      'compose',
      'services:\n  a:\n    image: a\n  b:\n    image: b\n    security_opt: ["no-new-privileges:true"]\n',
      opts,
    );
    expect(compose.map((x) => [x.container, x.fix])).toEqual([['a', undefined]]);
    const off = lintRuntime(ID, 'sh', 'docker run --security-opt no-new-privileges=false a\n', opts);
    expect(off).toHaveLength(1);
    expect(off[0].message).toMatch(/lets setuid binaries raise privileges/);
  });

  it('does not require no-new-privileges by default', () => {
    expect(lintRuntime(ID, 'sh', 'docker run a\n')).toEqual([]);
  });
});
