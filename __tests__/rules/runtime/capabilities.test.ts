import { at, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/capabilities';

describe(ID, () => {
  it('reports each forbidden capability added, in any spelling', () => {
    const text =
      'services:\n  a:\n    image: a\n    cap_add:\n      - CAP_SYS_ADMIN\n      - net_admin\n      - CHOWN\n      - ALL\n';
    const f = lintRuntime(ID, 'compose', text);
    expect(at(f)).toEqual(['5:9', '6:9', '8:9']);
    expect(f[0].message).toMatch(/SYS_ADMIN allows mounts/);
    expect(f[2].message).toMatch(/ALL is every capability/);
  });

  it('reads --cap-add on command lines, comma lists included', () => {
    const f = lintRuntime(ID, 'sh', 'podman run --cap-add=sys_ptrace,dac_read_search --cap-add NET_RAW a\n');
    expect(f.map((x) => x.message.split(' ')[3])).toEqual(['SYS_PTRACE', 'DAC_READ_SEARCH']);
  });

  it('honours a custom forbid list', () => {
    expect(
      lintRuntime(ID, 'sh', 'docker run --cap-add NET_RAW --cap-add SYS_ADMIN a', {
        forbid: ['cap_net_raw'],
      }),
    ).toHaveLength(1);
  });

  it('requires dropping all capabilities when requireDropAll is set', () => {
    const opts = { requireDropAll: true };
    const f = lintRuntime(ID, 'sh', 'docker run a\ndocker run --cap-drop=ALL --cap-add CHOWN b\n', opts);
    expect(f).toMatchObject([{ line: 1, column: 1 }]);
    expect(f[0].message).toMatch(/`--cap-drop ALL`/);
    expect(lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n    cap_drop: [all]\n', opts)).toEqual(
      [],
    );
    expect(lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n', opts)[0].message).toMatch(
      /`cap_drop: \[ALL\]`/,
    );
  });

  it('is quiet without added capabilities', () => {
    expect(lintRuntime(ID, 'sh', 'docker run --cap-drop ALL a\n')).toEqual([]);
  });
});
