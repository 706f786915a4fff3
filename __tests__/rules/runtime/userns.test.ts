import { at, dedent, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/userns';

describe(ID, () => {
  it('reports --userns=host and explains userns-remap for Docker', () => {
    const f = lintRuntime(ID, 'sh', 'docker run \\\n  --userns=host alpine\n');
    expect(f).toMatchObject([{ line: 2, column: 3, endColumn: 16 }]);
    expect(f[0].message).toMatch(/userns-remap/);
    expect(f[0].message).toMatch(/daemon\.json/);
  });

  it('reports userns_mode: host in compose and HostConfig.UsernsMode in inspect', () => {
    expect(
      at(lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n    userns_mode: "host"\n')),
    ).toEqual(['4:5']);
    expect(at(lintRuntime(ID, 'inspect', '{"Name":"/a",\n"HostConfig": {"UsernsMode": "host"}}'))).toEqual([
      '2:16',
    ]);
  });

  it('reports values Docker rejects', () => {
    const f = lintRuntime(ID, 'sh', 'docker run --userns=keep-id a\n');
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/--userns=keep-id is a podman-only value: Docker rejects it/);
    expect(
      lintRuntime(ID, 'compose', 'services:\n  a:\n    image: a\n    userns_mode: remap\n'),
    ).toHaveLength(1);
  });

  it('accepts the podman modes and their options', () => {
    const ok = [
      'podman run --userns=auto a',
      'podman run --userns=auto:size=65536,uidmapping=0:1000:1 a',
      'podman run --userns keep-id a',
      'podman run --userns=keep-id:uid=1000,gid=1000 a',
      'podman run --userns=nomap a',
      'podman run --userns=ns:/proc/1/ns/user a',
      'podman run --userns=container:db a',
    ];
    for (const line of ok) expect(lintRuntime(ID, 'sh', line)).toEqual([]);
  });

  it('reports podman values it rejects, and host', () => {
    expect(lintRuntime(ID, 'sh', 'podman run --userns=private a')[0].message).toMatch(/podman rejects/);
    expect(lintRuntime(ID, 'sh', 'podman run --userns=keep-id:user=1 a')[0].message).toMatch(
      /"user=1" is not a keep-id option/,
    );
    expect(lintRuntime(ID, 'sh', 'podman run --userns=ns: a')[0].message).toMatch(/needs a namespace path/);
    expect(lintRuntime(ID, 'sh', 'podman run --userns=host a')[0].message).toMatch(/--userns=auto/);
    expect(lintRuntime(ID, 'sh', 'podman run --userns= a')).toHaveLength(1);
  });

  it('leaves an absent setting and variables alone', () => {
    expect(
      lintRuntime(ID, 'sh', 'docker run a\ndocker run --userns "$MODE" b\ndocker run --userns= c\n'),
    ).toEqual([]);
  });

  it('accepts keep-id in a compose file written for podman-compose (x-podman, comments, file name)', () => {
    // containers/podman-compose tests/integration/in_pod shape.
    const withXPodman = dedent(`
      version: "3"
      services:
          cont:
              image: nopush/podman-compose-test
              userns_mode: keep-id:uid=1000
      x-podman:
          in_pod: false
    `);
    expect(lintRuntime(ID, 'compose', withXPodman)).toEqual([]);
    const inService =
      'services:\n  a:\n    image: a\n    userns_mode: keep-id\n    x-podman:\n      uidmaps: []\n';
    expect(lintRuntime(ID, 'compose', inService)).toEqual([]);
    const commented =
      '# Start | podman-compose up -d\nservices:\n  a:\n    image: a\n    userns_mode: keep-id\n';
    expect(lintRuntime(ID, 'compose', commented)).toEqual([]);
    // podman's own rules still apply there: host is reported, an unknown keep-id option is rejected.
    const bad = lintRuntime(ID, 'compose', withXPodman.replace('keep-id:uid=1000', 'keep-id:user=1000'));
    expect(bad.map((f) => f.message)).toEqual([expect.stringContaining('podman rejects')]);
  });

  it('says keep-id is podman-only, not merely "rejected", in a compose file with no podman marker', () => {
    const f = lintRuntime(
      ID,
      'compose',
      'services:\n  cont:\n    image: a\n    userns_mode: keep-id:uid=1000\n',
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain(
      'userns_mode: keep-id:uid=1000 is a podman-only value: Docker Compose rejects it',
    );
    expect(f[0].message).toContain('x-podman');
  });
});
