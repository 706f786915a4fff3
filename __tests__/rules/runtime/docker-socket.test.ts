import { at, dedent, lintRuntime } from '../../runtime/helpers.js';

const ID = 'runtime/docker-socket';

describe(ID, () => {
  it('reports docker, podman and containerd socket bind mounts in compose (short and long syntax)', () => {
    const text = dedent(`
      services:
        a:
          image: a
          volumes:
            - /var/run/docker.sock:/var/run/docker.sock:ro
            - type: bind
              source: /run/podman/podman.sock
              target: /run/podman.sock
            - /run/containerd/containerd.sock:/c.sock
            - ./data:/data
    `);
    const f = lintRuntime(ID, 'compose', text);
    expect(at(f)).toEqual(['5:9', '6:9', '9:9']);
    expect(f[0].message).toMatch(/read-only does not help/);
    expect(f[1].message).not.toMatch(/read-only/);
  });

  it('reports -v and --mount on command lines, and a variable source by its target', () => {
    const f = lintRuntime(
      ID,
      'sh',
      'docker run -v /var/run/docker.sock:/var/run/docker.sock a\n' +
        'docker run --mount type=bind,source=/run/user/1000/docker.sock,target=/d.sock b\n' +
        'docker run -v "$XDG_RUNTIME_DIR/podman/podman.sock:/run/podman/podman.sock" c\n' +
        'docker run -v "$SOCK:/var/run/docker.sock" d\n',
    );
    expect(f.map((x) => x.line)).toEqual([1, 2, 3, 4]);
  });

  it('ignores named volumes and other files', () => {
    expect(lintRuntime(ID, 'sh', 'docker run -v docker.sock:/x -v /var/run/app.sock:/app.sock a\n')).toEqual(
      [],
    );
  });

  it('reads workflow container volumes and inspect mounts', () => {
    const wf =
      'on: push\njobs:\n  a:\n    container:\n      image: x\n      volumes:\n        - /var/run/docker.sock:/var/run/docker.sock\n';
    expect(at(lintRuntime(ID, 'workflow', wf))).toEqual(['7:11']);
    const inspect =
      '{"HostConfig": {}, "Mounts": [{"Type": "bind", "Source": "/var/run/docker.sock", "Destination": "/s", "RW": true}]}';
    expect(lintRuntime(ID, 'inspect', inspect)).toHaveLength(1);
  });
});
